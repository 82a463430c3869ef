"""Find temporal expressions: run every pattern, keep the longest non-overlapping matches."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.temporal.durations import count_of
from timeline.temporal.lexicon import (
    CONTRACT_AFTER,
    CONTRACTS_NAMED,
    MOVED_AFTER,
    after_for,
    that_before,
)
from timeline.temporal.patterns import (
    KIND_FAMILIES,
    LEFT_EDGE,
    PATTERNS,
    TRIGGER_WORDS,
    WINDOW,
    WORD,
)
from timeline.temporal.regex_cache import rx

# Kinds that take "early"/"the end of"/... on their left as part of the expression.
_EDGE_KINDS = frozenset(
    {"mdy", "dmy", "my", "month", "year", "decade", "quarter", "relunit", "season", "century",
     "bare_unit"}
)
# A month name alone that is also a common word needs a preposition or modifier before it.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "dec", "sept", "august"})
_MONTH_CUES = rx(
    r"(?:\b(?:in|since|by|until|till|through|of|during|before|after|from|to|on|last|next|this|"
    r"early|late|mid|between|and|or|each|every|until|around|that|(?:recently|early|late)\s+as)\s*|-)$",
    re.IGNORECASE,
)
# "in July, August and September": a month in a list of months
_MONTH_LIST_BEFORE = rx(r"\b(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\s*,\s*$")
# a verb right after "May" makes it a person ("May formally triggered", "May told lawmakers"),
# unless a preposition makes it the month ("in May said", "since May has")
_VERB_AFTER = rx(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|told|has|had|is|was|will|would|"
                 r"could|can|should|must|did|does|made|met|won|lost|spoke|wrote|came|went)\b")
_MONTH_PREPOSITION = rx(r"\b(?:in|since|until|till|by|during|of|last|next|this|early|late|"
                        r"mid|through|before|from)\s+$", re.IGNORECASE)
# what may stand before "past" when it is the adjective of a stretch with no article ("in past
# five years", "its past three seasons"); after anything else it is a preposition ("the final
# round stretched past five hours")
# what makes "last" the verb before a length ("would last three days", "expected to last 12 hours")
_LAST_AS_VERB_BEFORE = rx(r"\b(?:to|will|would|could|can|may|might|should|must|'ll|'d|"
                          r"not|n't|did|does|do)\s+$", re.IGNORECASE)
_PAST_AS_ADJECTIVE_BEFORE = rx(r"\b(?:in|over|for|during|within|of|these|those|its|his|her|"
                               r"their|our|my|your|\w+['\u2019]s)\s+$", re.IGNORECASE)
# a story about Theresa May (or another May by title): there "support for May" is hers
_MAY_NAMED = rx(r"\b(?:Theresa|Mrs|Ms|Mr|Minister|Premier)\.?\s+May\b")
# "support for May", "a blow for May": a person's standing, not the month
_BACKING_BEFORE = rx(r"\b(?:support|backing|confidence|votes?|sympathy|loyalty|blow|"
                     r"defeat|victory|win|trouble|problems?)\s+for\s+$", re.IGNORECASE)
# "Pelosi's August visit", "the May summit", "his March trip": a month that modifies the noun
# after it, behind a possessive or an article
_NOMINAL_BEFORE = rx(
    r"(?:['’]s|\b(?:the|a|an|his|her|its|their|our|your))\s+(?:(?:planned|upcoming|"
    r"scheduled|expected|proposed|postponed|canceled|cancelled)\s+)?$", re.IGNORECASE)
_NOUN_AFTER = rx(r"\s+(?!(?:of|on|for|to|in|at|and|or|but|by|from|with|into|as|toward|"
                 r"towards|against|through|is|was|are|were|be|been|has|have|had|will|"
                 r"would|could|should|can|may|might|must|did|does|do|not|that|which|who)"
                 r"\b)[a-z][a-z-]+\b")
_COUNT_NOUN_AFTER = rx(
    r"\s+(?:people|persons|troops|soldiers|workers|jobs|students|employees|members|cases|deaths|"
    r"meters|metres|feet|miles|kilometers|km|tons|tonnes|barrels|shares|units|points|votes|"
    r"yuan|dollars|acres|hectares|pounds|francs|marks|yen|copies|cars|vehicles|homes|seats|"
    r"rooms|beds|calories|to\s+\d)\b",
    re.IGNORECASE,
)
# ("crude for May delivery", "May Brent gained"; "May fell 7.4 cents" in a report on contracts)
_CONTRACTS_BEFORE = rx(CONTRACTS_NAMED, re.IGNORECASE)
# "showed August was", "to decide August production": a capitalized month inside a sentence (the
# adjective "august" and the verb "march" are written in lower case; "August Wilson" is a name)
_LOWER_WORD_BEFORE = rx(r"\b[a-z]+\s+$")
_MARCH_NAME_AFTER = rx(r"\s+(?:for|on|against|to)\s+(?:the\s+)?[A-Z]")  # "March for Life"
# "demand growth in 2011 to 1.3 million bpd": a year, not the start of a count's range
_IN_YEAR_BEFORE = rx(r"\b(?:in|during|for|by|since|until)\s+$", re.IGNORECASE)
# "at four this morning": an hour; "killed two this morning": a count
_AT_BEFORE = rx(r"\b(?:at|about|around|until|till|by|before|after|from|to)\s+$",
                re.IGNORECASE)
_NUMBER_BEFORE = rx(
    r"(?:\b(?:No|no|number|Nos?\.|flight|Flight|Route|route|page|Article|article|chapter|"
    r"Resolution|resolution|Section|section|Chapter|Title|Rule|Executive\s+Order|Order|Bill|"
    r"Form|Room|Highway|Interstate|Unit|Lot|Patent|Case|Docket|Local|Precinct|Ward|Gate|"
    r"about|nearly|some|than|over|under|around|almost|approximately|roughly|#)\.?\s*)$"
)

# "will peak around 2030", "built in about 2001": a year hedged, not a count ("about 2000 people"
# has its noun after it)
_HEDGED_YEAR_BEFORE = rx(r"(?:\b(?:in|by|since|until|from|to|before|after|peak|peaks|peaked)\s+"
                         r"(?:about|around|roughly|approximately|circa)|\baround|\bcirca)\s+$")

# a plan's title, its length capitalized ("the 13th Five-Year Plan", "a Ten-Year Plan")
_TITLED_PLAN = rx(r"[A-Z][a-z]+-(?:Year|Month|Day|Week)\s+(?:Plan|Program|Programme|Strategy)\b")

_HEAT_BEFORE = rx(
    r"\b(?:temperatures?|highs?|lows?|heat|degrees|thermometers?|mercury|upper|lower|low|high|"
    r"mid)\b[^.;]*$", re.IGNORECASE)
_HEAT_AFTER = rx(r"\s*(?:degrees|°|percent|%|mph)", re.IGNORECASE)

_OF_DAY_AFTER = rx(
    r"\s+of\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|"
    r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.IGNORECASE)
_YEAR_BEFORE = rx(r"\b(?:in|since|by|of|from|until|during|through)\s+(?:1[5-9]|20)\d\d\s+$",
                  re.IGNORECASE)
# "the fall of Srebrenica", "the fall in the pound" (not "the fall of 1998", "the fall of this year")
_FALL_NOUN_AFTER = rx(r"\s+(?:of\s+(?!(?:\d{4}|this|last|next|that|the\s+year)\b)|in\s+(?:the\s+)?"
                      r"(?!\d)[a-z])")
# a clause that "the year" introduces without "that" ("the year Washington and Beijing established
# relations", "the year the LDP suffered a defeat", "will be the year somebody talks")
_CLAUSE_AFTER_YEAR = rx(r"\s+(?:(?-i:[A-Z][a-zA-Z]+)|the|somebody|someone|nobody|"
                        r"everyone)\s+(?!(?:of|before|after|ago|earlier|later)\b)")
_YEAR_COMMA_BEFORE = rx(r"\d{4},\s+$")
_SEASON_NAME_AFTER = rx(r"\s+(?-i:Olympics?|Games|Paralympics|Davos|Palace|Festival|"
                        r"Classic|Meetings|Session)\b", re.IGNORECASE)
# the preposition before "the 15th" or "late afternoon" (a day of the month, the edge of a part of
# the day)
_ORDDAY_BEFORE = rx(r"\b(?:on|by|until|till|after|before|from|since)\s+$", re.IGNORECASE)
_EDGE_PART_BEFORE = rx(r"\b(?:in|by|until|till|during|from|since|before|after|at|it's)\s+$",
                       re.IGNORECASE)
# what may stand before a bare plural unit that is a length of its own: "within hours", "after
# months of talks", "could take weeks", "for years", "weeks or months"
_BARE_PLURAL_CUE = rx(
    r"\b(?:for|within|in|over|after|before|took|take|takes|taking|last|lasts|lasted|lasting|"
    r"wait|waits|waited|waiting|spent|spend|spends|spending|follows|followed|capped|ending|ended|"
    r"despite|amid|than|or|and|be|been|about|during|reverse|reversed|threatens|threatened|"
    r"prompting|prompted|waste|wasted|needed|need|needs|add|adds|not|even|perhaps|into|of)\s+$",
    re.IGNORECASE)
# after the unit: "hours before the deadline", "Days later": a length that places something
_BARE_PLURAL_PLACES = rx(
    r"\s+(?:before|after|later|earlier|in\s+advance|behind\b|"
    # "months of negotiations", "years of war": a stretch of something
    r"of\s+(?!(?:the|its|their|a|an|this|that|these|those|his|her|our|age|some|many|several|all|"
    r"each|every|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)[a-z])",
    re.IGNORECASE)
# "minutes of the meeting": a record, not a length
_OF_AFTER = rx(r"\s+(?:of|from)\s+(?:the|its|their|a)\b", re.IGNORECASE)
# what makes a bare plural unit part of another phrase: a count, an article or determiner, a
# possessive, "of", "on", "by" ("the days", "several weeks", "his years", "a matter of months")
_BARE_PLURAL_NOT = rx(
    r"(?:\d|\b(?:a|an|the|these|those|this|that|several|few|many|some|most|all|recent|past|last|"
    r"next|coming|previous|following|early|first|final|other|more|his|her|their|its|our|my|your|"
    r"on|by)\s+|\b(?:hundreds|thousands|millions|billions|dozens|tens|couple|number|lot|lots|"
    r"matter|fraction|handful|series|one|some|any|each|none|most|all)\s+of\s+|['\u2019]s\s+|-)$")
# "as soon as", "too soon", "so soon", "how soon": a comparison, not a time of its own
_SOON_BEFORE = rx(r"\b(?:as|too|so|how)\s+$", re.IGNORECASE)
# "soon after the vote", "soon afterwards", "soon thereafter": timed by what follows
_SOON_AFTER = rx(r"\s+(?:after|afterwards?|thereafter|as)\b", re.IGNORECASE)
_NOWADAYS_AFTER = rx(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|young|society|generations?|children|kids|teenagers|"
    r"families|culture|technology|technologies|computers|standards|terms|dollars|times|age|era|"
    r"economy|politics|media|consumers)\b", re.IGNORECASE)
_QUOTE_BEFORE = rx(r"(?:\"|''|``|“|‘)$")

# A count or an amount right before "a year"/"a week" makes it a rate ("$2 million a year",
# "700 seats a week", "24 hours a day")
_AMOUNT_BEFORE = rx(
    r"(?:\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety))(?:\s+(?:of\s+)?[a-z]+s)?\s+$", re.IGNORECASE)


# what follows "a quarter" that makes it a share: "a quarter point", "a quarter of the stock"
# (but "a quarter of a century", "a quarter of an hour")
_SHARE_AFTER = rx(r"[\s-]+(?:point|percent|percentage|of\s+(?!an?\s+(?:century|hour)\b))",
                  re.IGNORECASE)
_PAID_BY_THE_HOUR = rx(r"\s+(?:workers|employees|staff|earnings|wages?|pay|jobs|"
                       r"positions)\b", re.IGNORECASE)
_PROGRAM_AFTER = rx(r"\s+(?:news|newscasts?|newspapers?|papers?|shows?|programs?|"
                    r"programmes?|editions?|broadcasts?|bulletins?|reports?)\b", re.IGNORECASE)

# things named after a holiday, not its day ("the Christmas market", "Christmas cookies")
_HOLIDAY_THING_AFTER = rx(r"\s+(?:markets?|trees?|cards?|cookies|lights|gifts|presents|carols?|"
                          r"decorations|shoppers|ornaments|bird|albums?|songs?|movies?|films?|"
                          r"eggs?|bunny|story|stories|tunes?|specials?)\b",
                          re.IGNORECASE)
_WEEKDAY_STEMS = frozenset({"mon", "tues", "wednes", "thurs", "fri", "satur", "sun"})
# the words of a part of the day that may stand in a program's name, and a name's next word
_NAME_PART_WORDS = frozenset({"the", "this", "morning", "afternoon", "evening", "night", "tonight",
                              "midday", "overnight", "today"})
_TITLE_AFTER = rx(r"\s+(?:[A-Z][a-z]|[A-Z]{2,}\b)")
_PROGRAM_NAME_BEFORE = rx(r"\b(?!(?:On|And|Or|At|By|For|In|Of|Until|Through|From|Since|Also|Only|"
                          r"Even|Early|Late|Good)\b)[A-Z][A-Za-z]*[ \t]+$")
_SENTENCE_OPENS = rx(r"(?:^|[.!?:;\"\u201c]\s*|\n\s*)$")
_CAPITAL_AFTER = rx(r"\s+[A-Z][a-z]")
_TITLE_POSSESSIVE_AFTER = rx(r"['\u2019]s\s+[A-Z][a-z]")
# a capitalized word before a plural weekday names it ("TGI Fridays", "Super Tuesdays")
_CAPITAL_BEFORE = rx(r"\b(?!(?:On|And|Or|At|By|Most|Many|Some|All|Until|Through|From|"
                     r"Including|Also|Only|Even)\b)[A-Z][A-Za-z]*\s+$")
_FOR_FUTURE = rx(r"\s+for\s+Future\b")


@dataclass(frozen=True)
class Candidate:
    """A span found by one pattern."""

    start: int
    end: int
    kind: str
    priority: int
    match: re.Match[str]


# a capitalized word or initialism right before, inside a sentence: "USA Today", "VOA Today"
_NAME_BEFORE = rx(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+)\s+$")


_FOR_BEFORE = rx(r"\b(?:for|over|during|in)\s+(?:the\s+(?:next|first)\s+)?$", re.IGNORECASE)


# a word before "over" that makes it "more than" ("to last over a week", "just over an hour")
_OVER_AS_MORE = rx(r"\b(?:last|lasts|lasted|lasting|just)\s+$", re.IGNORECASE)


def _preposition_mod(m: re.Match[str], text: str) -> bool:
    """Whether a duration's "within" or "over" is a preposition that stays outside the span:
    "sell the units within 18 months", "$52 billion over five years" (but "a tour likely to
    last over a week" is more than a week)."""
    mod = (m.group("mod") or "").lower()
    if mod == "within":
        return True
    return mod == "over" and not m.group("det") \
        and not _OVER_AS_MORE.search(text, max(0, m.start() - 12), m.start())


# a capitalized event noun after a date makes the two a name
_EVENT_NAME_AFTER = rx(r"\s+(?:Movement|Incident|Massacre|Communiqu[e\u00e9]|Accords?|Agreement|"
                       r"Declaration|Uprising|Revolution|Offensive)\b")


_RATE_AFTER = rx(r"\s+(?:a|an|per|each|every)\b", re.IGNORECASE)


def _upward_range(m: re.Match[str], text: str) -> bool:
    """Whether "six to eight weeks" counts up from a smaller length, and is no rate ("one to
    three days a week")."""
    low, high = count_of(m.group("num")), count_of(m.group("num2"))
    return low is not None and high is not None and low < high and not _RATE_AFTER.match(text, m.end())


def _acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply."""
    if kind == "holiday" and (_HOLIDAY_THING_AFTER.match(text, m.end())
                              or text.endswith("& ", 0, m.start())):
        return False  # "the Christmas market", "a Christmas tree", "Challenger, Gray & Christmas"
    if kind == "duration" and _TITLED_PLAN.match(text, m.start()):
        return False  # "the 13th Five-Year Plan": a name
    if kind == "season" and m.group().lower() == "the fall" and _FALL_NOUN_AFTER.match(text, m.end()):
        return False  # "the fall of Srebrenica", "the fall in the pound": a drop, not autumn
    if kind == "bare_unit" and m.group().lower().endswith("the year") \
            and _CLAUSE_AFTER_YEAR.match(text, m.end()) \
            and _YEAR_COMMA_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        # "since 1979, the year Washington and Beijing established relations": the year just
        # named, told again (not "in the year the two countries mark 50 years of ties")
        return False
    if m.group().endswith("the Year"):
        return False  # "named her its Citizen of the Year": a title
    if kind in ("mdy", "dmy") and _EVENT_NAME_AFTER.match(text, m.end()):
        return False  # "the May Fourth Movement", "the August 17 Communique": a name
    if kind == "season" and _SEASON_NAME_AFTER.match(text, m.end()):
        return False  # "the Winter Olympics", "the Summer Davos", "the Spring Festival": names
    if kind == "ago" and "fromday" in m.re.groupindex and m.group("fromday") \
            and _FOR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "to shut for 14 days from Friday": a length that starts that day
    if kind == "ago" and (m.group("dir") or "").lower() == "back" \
            and (m.group("unit") or "").lower().startswith("second"):
        return False  # "finished 39 seconds back": behind the winner, a length
    if kind == "ago" and (m.group("dir") or "").lower() in ("earlier", "before") \
            and (m.group("unit") or "").lower().startswith(("hour", "minute", "second")):
        # "had left two hours earlier": a length back from a time the story told, as "two
        # hours later" is one forward (the duration, "two hours"), not a time before now
        return False
    if kind == "ordday" and not _ORDDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "on the 15th", "until after the 15th"; not "the 15th of the list"
    if kind == "daypart" and "edgeonly" in m.re.groupindex \
            and not _EDGE_PART_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "by late afternoon"; not "the late afternoon light"
    if kind == "month" and not m.group("edge") and not m.group("rel"):
        word = m.group("mon").lower().rstrip(".")
        if (word in _AMBIGUOUS_MONTHS and not _MONTH_CUES.search(text, 0, m.start())
                and not (m.group("mon")[0].isupper()
                         and _MONTH_LIST_BEFORE.search(text, max(0, m.start() - 14), m.start()))
                and not (m.group("mon")[0].isupper()
                         and after_for(text, m.start())
                         and (word != "may" or not (
                             _MAY_NAMED.search(text)
                             or _BACKING_BEFORE.search(text, max(0, m.start() - 20), m.start()))))
                and not (m.group("mon")[0].isupper() and (
                    CONTRACT_AFTER.match(text, m.end())
                    or (MOVED_AFTER.match(text, m.end())
                        and not _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
                        and _CONTRACTS_BEFORE.search(text, max(0, m.start() - 300), m.start()))))
                and not (word in ("august", "march") and m.group("mon")[0].isupper()
                         and _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
                         and not _CAPITAL_AFTER.match(text, m.end())
                         and not _MARCH_NAME_AFTER.match(text, m.end()))
                and not (_NOMINAL_BEFORE.search(text, max(0, m.start() - 20), m.start())
                         and _NOUN_AFTER.match(text, m.end()))):
            return False
        if word == "may" and not m.group("mon")[0].isupper():
            return False
        if (word == "may" and _VERB_AFTER.match(text, m.end())
                and not _MONTH_PREPOSITION.search(text, max(0, m.start() - 12), m.start())):
            return False  # "two years after May triggered Article 50": Theresa May
        if len(word) <= 4 and word not in ("may", "june", "july") and not m.group("mon").endswith("."):
            return False
    if kind == "duration" and "num2" in m.re.groupindex and not _upward_range(m, text):
        return False  # "16 to one hour", "one to three days a week": no range of lengths
    if (kind == "duration" and "num" in m.re.groupindex and m.group("pl")
            and m.group("unit").lower() == "quarter"
            and "-" in text[m.start("num"):m.start("unit")]):
        return False  # "three-quarters" is a fraction
    if (kind == "duration" and "num" in m.re.groupindex
            and m.group("num").lower() in ("a", "an") and not m.group("pl")
            and not (m.group("mod") or m.group("det") or m.group("rel") or m.group("tail"))
            and _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        return False  # "$500 million a year", "four flights a week": a rate, not a period
    if "mon" in m.re.groupindex and m.group("mon") and m.group("mon").lower() == "march" \
            and text[max(0, m.start() - 5):m.start()] in ("Long ", "LONG "):
        return False  # "a Long March 2F rocket", "the Long March-5": a rocket, not a month
    if (kind == "duration" and "num" in m.re.groupindex and not m.group("pl")
            and m.group("unit").lower() == "quarter" and _SHARE_AFTER.match(text, m.end())):
        return False  # "a quarter point", "a quarter of the stock": a fraction, not 3 months
    if (kind == "set" and "adv" in m.re.groupindex and (m.group("adv") or "").lower() == "hourly"
            and _PAID_BY_THE_HOUR.match(text, m.end())):
        return False  # "hourly workers", "average hourly earnings": paid by the hour
    if (kind == "time" and "this" in m.re.groupindex and not m.group("mi")
            and "o'clock" not in m.group().lower()
            and not _AT_BEFORE.search(text, max(0, m.start() - 8), m.start())):
        return False  # "killed two this morning": a count; "at four this morning": an hour
    if (kind == "daypart" and "rel" in m.re.groupindex and (m.group("rel") or "").lower() == "the"
            and _PROGRAM_AFTER.match(text, m.end())):
        return False  # "found out from the evening news": a broadcast, not a time
    if kind == "season" and m.group("season")[0].isupper() and _TITLE_POSSESSIVE_AFTER.match(text, m.end()):
        return False  # "The Winter's Tale": a title
    words = re.findall(r"[A-Za-z]+", m.group())
    named = [w for w in words if w.lower() != "the"]  # ("This is the Morning Market Brief")
    if (named and named[0][0].isupper() and all(w.lower() in _NAME_PART_WORDS for w in words)
            and (_PROGRAM_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
                 or (_TITLE_AFTER.match(text, m.end())
                     and not _SENTENCE_OPENS.search(text, max(0, m.start() - 4), m.start())))):
        # "The Morning Report", "Market Watch Tonight", "the Midday Farm Report", "AMERICA THIS
        # MORNING": a program's name, not a time
        return False
    if (kind in ("relunit", "duration") and _QUOTE_BEFORE.search(text, max(0, m.start() - 3), m.start())
            and all(w[0].isupper() for w in words)):
        return False  # ABC's "This Week", CBS's "60 Minutes": the title of a show
    if (len(words) >= 2 and all(w[0].isupper() for w in words) and not re.search(r"\d", m.group())
            and words[0].lower() not in ("last", "next", "this", "that", "early", "late", "every")
            and any(w.lower().endswith("day") and w.lower()[:-3] in _WEEKDAY_STEMS for w in words)
            and (_QUOTE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                 or _CAPITAL_AFTER.match(text, m.end()))):
        # (not a quote that opens on a day: '"Last Sunday I had six," he said'; nor a dated day
        # over the lines it heads: "Saturday, May 12\nThe levee broke")
        return False  # Fox News' "Sunday Morning Futures", "Saturday Night Live": a title
    if (kind == "duration" and "num" not in m.re.groupindex
            and m.group("unit").lower() in ("hour", "minute") and _OF_DAY_AFTER.match(text, m.end())):
        return False  # "in the early hours of Thursday": part of the day named after it
    if kind == "ref" and m.group("w").lower() == "recently" and text[max(0, m.start() - 3):m.start()].lower() == "as " \
            and text[m.end():m.end() + 3].lower() == " as":
        return False  # "as recently as Thursday night": the day is the expression
    if (kind == "duration" and "num" in m.re.groupindex
            and (m.group("pl") or (m.group("tail") or "").lower() == "-long")
            and (m.group("num") or "").lower() in ("a", "an")):
        return False  # "a decades-long dispute", "a day-long meeting": the article is the noun's
    if kind == "bareplural" and (
            _BARE_PLURAL_NOT.search(text, max(0, m.start() - 30), m.start())
            or not (_BARE_PLURAL_CUE.search(text, max(0, m.start() - 12), m.start())
                    or _BARE_PLURAL_PLACES.match(text, m.end()))
            or (m.group("unit").lower() == "minute" and _OF_AFTER.match(text, m.end()))):
        return False  # "snow days", "the busiest weeks", "for hundreds of years"; the Fed's minutes
    if kind == "ref" and m.group("w").lower() == "soon" and (
            _SOON_BEFORE.search(text, max(0, m.start() - 5), m.start()) or _SOON_AFTER.match(text, m.end())):
        return False  # "as soon as Tuesday", "too soon to say", "soon after the vote": no time of its own
    if kind == "dayword" and _NOWADAYS_AFTER.match(text, m.end()) and m.group("w").lower() == "today":
        return False  # "today's world", "today's youth": these times, not the day
    if kind == "dayword" and m.group("w") == "Today" and _NAME_BEFORE.search(
            text, max(0, m.start() - 30), m.start()):
        return False  # "USA Today", "China Daily" style titles: a name, not the day
    if (kind == "dayword" and m.group("w").lower() == "tomorrow" and not m.group("part")
            and not text.startswith(("'s", "\u2019s"), m.end())
            and re.search(r"\b(?!as\b)\w+\s+of\s+$", text[max(0, m.start() - 20):m.start()],
                          re.IGNORECASE)):
        # "the people of tomorrow": the future, not the next day (but "the results of
        # tomorrow's elections" is the day)
        return False
    if kind == "year" and not m.group("fiscal") and not m.group("edge"):
        count = _COUNT_NOUN_AFTER.match(text, m.end())
        if count and not (count.group().lstrip().startswith("to") and _IN_YEAR_BEFORE.search(
                text, max(0, m.start() - 8), m.start())):
            return False  # ("demand growth in 2011 to 1.3 million bpd": the year of a forecast)
        before = text[max(0, m.start() - 12):m.start()]
        if _NUMBER_BEFORE.search(before) and not _HEDGED_YEAR_BEFORE.search(
                text, max(0, m.start() - 24), m.start()):
            return False
    if kind == "decade" and "decword" in m.re.groupindex and (
            _HEAT_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _HEAT_AFTER.match(text, m.end())):
        return False  # "highs in the upper nineties": degrees, not a decade
    # "on Saturdays", "Tuesdays and Thursdays", "to include Saturdays" are sets; "TGI Fridays",
    # "Super Tuesdays", "Fridays for Future" are names
    # ("in Hazard every Saturday morning": not a plural, whatever comes before)
    return not (kind == "set" and "wdpl" in m.re.groupindex and m.group("wdpl")
                and not m.group().lower().startswith(("every", "each")) and (
        _CAPITAL_BEFORE.search(text, max(0, m.start() - 20), m.start())
        or _FOR_FUTURE.match(text, m.end())))


def _merge(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Sorted trigger spans widened by WINDOW and merged."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - WINDOW), min(n, end + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# a preposition that opens a clock time's match ("shortly after 11:30 a.m.", "before noon"): the
# resolver reads it, but it is no part of the expression
_PREPOSITION_HEDGE = rx(r"(?:(?:shortly|just|soon|right|immediately)\s+)?(?:before|after)\s+",
                        re.IGNORECASE)


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger family, the merged spans of text around its words."""
    hits: dict[str, list[tuple[int, int]]] = {}
    families_of = TRIGGER_WORDS.get
    low = text.lower()
    same_offsets = len(low) == len(text)  # "İ" lower-cases to two characters
    for w in WORD.finditer(low if same_offsets else text):
        word = w.group() if same_offsets else w.group().lower()
        families = families_of(word)
        if families:
            for family in families:
                hits.setdefault(family, []).append(w.span())
        elif word[0].isdigit():
            hits.setdefault("digit", []).append(w.span())
            if len(word) in (2, 4):  # a year or a decade: 1998, '98, the 1990s, the '90s
                hits.setdefault("yearish", []).append(w.span())
    n = len(text)
    return {family: _merge(spans, n) for family, spans in hits.items()}


def _scan_spans(windows: dict[str, list[tuple[int, int]]], kind: str, n: int
                ) -> list[tuple[int, int]]:
    """Where a pattern of ``kind`` must be run: its families' windows, merged, word-aligned."""
    spans = sorted(s for family in KIND_FAMILIES[kind] for s in windows.get(family, ()))
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping temporal expression candidates in ``text``, in text order.

    Example:
        >>> [c.kind for c in find_candidates("Talks ended on Friday, Aug. 7, 1998.")]
        ['mdy']
    """
    found: list[Candidate] = []
    windows = _windows(text)
    n = len(text)
    for priority, (kind, pattern) in enumerate(PATTERNS):
        for m in (m for lo, hi in _scan_spans(windows, kind, n) for m in pattern.finditer(text, lo, hi)):
            if m.end() <= m.start() or not _acceptable(kind, m, text):
                continue
            start = m.start()
            if "prep" in m.re.groupindex and m.group("prep"):
                start = m.end("prep")
            if kind == "duration" and "mod" in m.re.groupindex and m.group("det") \
                    and (m.group("mod") or "").lower() in ("over", "within", "under"):
                start = m.start("det")  # "over the past two years": "over" is a preposition
            elif kind == "time" and (hedge := _PREPOSITION_HEDGE.match(text, start, m.end())):
                start = hedge.end()  # "shortly after 11:30 a.m.": "after" is a preposition
            elif kind == "duration" and "num" in m.re.groupindex and m.group("num") and m.group("det") \
                    and m.group("det").lower() in ("the", "for the") and not m.group("rel") \
                    and not m.group("mod") and "-" in text[m.end("num"):m.start("unit")]:
                start = m.start("num")  # "the three-day strike": "the" is the noun's
            elif kind == "duration" and "det" in m.re.groupindex and m.start("det") == m.start() \
                    and (m.group("det") or "")[:3].lower() == "for":
                start = m.end("det") - 3  # "for the past six years": "for" is a preposition
            elif kind == "duration" and "mod" in m.re.groupindex and _preposition_mod(m, text):
                start = m.end("mod")  # "$52 billion over five years": the length after it
                while text[start].isspace():
                    start += 1
            elif kind == "duration" and "num" in m.re.groupindex and not m.group("det") \
                    and (m.group("rel") or "").strip().lower() == "past" \
                    and not _PAST_AS_ADJECTIVE_BEFORE.search(text, max(0, start - 12), start):
                start = m.start("num")  # "the round stretched past five hours": a preposition
            elif kind == "duration" and "num" in m.re.groupindex and not m.group("det") \
                    and (m.group("rel") or "").strip().lower() == "last" \
                    and _LAST_AS_VERB_BEFORE.search(text, max(0, start - 12), start):
                start = m.start("num")  # "the strike would last three days": the verb
            if kind in _EDGE_KINDS:
                edge = LEFT_EDGE.search(text, max(0, start - 40), start)
                if edge and edge.end() == start:
                    start = edge.start()
            if kind in ("weekday", "month") and start == m.start() and not m.group("rel") \
                    and not m.group("edge") and (that := that_before(text, start, m.end())) is not None:
                start = that  # "met again that May", "That Tuesday afternoon": the story's
            found.append(Candidate(start, m.end(), kind, priority, m))
    found.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if not any(occupied[c.start:c.end]):
            taken.append(c)
            occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    return taken
