"""The tagger: find expressions, read the tense of their sentence, resolve them in text order."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.records import Sentence, TemporalMention
from timeline.sentences import ABBREVIATIONS, ends_sentence
from timeline.temporal import durations, resolver
from timeline.temporal.calendar_math import add_months, holiday, week_value
from timeline.temporal.finder import Candidate, find_candidates
from timeline.temporal.lexicon import (
    BARE_MONTH,
    MONTH,
    NUMWORD,
    PARTS_OF_DAY,
    WEEKDAY,
    month_number,
    parse_number,
    weekday_number,
)
from timeline.temporal.regex_cache import rx
from timeline.temporal.resolve_common import DAY_VALUE
from timeline.temporal.resolver import Context, Resolved
from timeline.temporal.tense import (
    FUTURE,
    LOOKING_AHEAD,
    PAST,
    PRESENT,
    TOLD_PLAN,
    has_past_form,
    in_since_phrase,
    tense_near,
)

# Cheap sentence boundaries for when the caller did not split the text.
# (quotes as wire copy writes them too: ``We're not taking a single vote for granted.'')
_SENTENCE_END = rx(r"(?<=[.!?])[\"')\]\u2019\u201d]*\s+(?=(?:[\"'(\[\u2018\u201c]|``)?[A-Z0-9])|\n\s*\n")
_LAST_WORD = rx(r"(\w+)\.$")
_BLANK_LINE = rx(r"\n\s*\n")
_GOOD_EVENING = rx(r"\bGood evening\b", re.IGNORECASE)
_GOOD_MORNING = rx(r"\bGood morning\b", re.IGNORECASE)
# the splitter's abbreviations ("Brig. Gen. Pat Ryder said" is one sentence), and single letters:
# the last of "U.S.", "a.m.", and an initial ("the U.N. General Assembly", "John F. Kennedy")
_ABBREVIATIONS = ABBREVIATIONS | {"s", "a", "p", "m"}
_INITIAL = rx(r"[A-Z]")
_TENSED_KINDS = frozenset({"mdy", "dmy", "month", "weekday", "season", "quarter", "holiday", "nth_weekday",
                           "ordday", "time", "relunit", "bare_unit", "ref", "daypart", "clock24"})


_EVERY_BEFORE = rx(r"\b(?:every|each)\s+$", re.IGNORECASE)
# an hour in a list entry ("TUESDAY: Consumer prices, 8:30 a.m.")
_CLOCK_IN_ENTRY = rx(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)
_DAY_NEXT_TO = rx(r"\bthe\s+day\s+(before|after)\s+$", re.IGNORECASE)
# "A year ago today", "Twenty years ago tonight", "Fourteen years ago this month", "A year ago
# this week": the value each gives for a day
_SAME_PERIOD = {"today": date.isoformat, "tonight": lambda d: f"{d.isoformat()}TNI",
                "this month": lambda d: d.isoformat()[:7], "this week": week_value,
                "this spring": lambda d: f"{d.year}-SP", "this summer": lambda d: f"{d.year}-SU",
                "this fall": lambda d: f"{d.year}-FA", "this autumn": lambda d: f"{d.year}-FA"}
_YEARS_AGO = rx(r"(an?|" + NUMWORD + r"|a\s+hundred|\d{1,3})\s+(years?|decades?|centur(?:y|ies))\s+ago",
                re.IGNORECASE)
_YEARS_IN = {"y": 1, "d": 10, "c": 100}


# "on the afternoon of September 14": that day's afternoon, not this one
_PART_OF_DAY = rx(r"\bthe\s+(morning|afternoon|evening|night)\s+of\s+$", re.IGNORECASE)
_PART_OF_A_DATE = rx(r"\s+of\s+(?:" + WEEKDAY + r"|" + MONTH + r")\b", re.IGNORECASE)
_SECOND_DAY = rx(
    r"\s+(?:and|or)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%:-]|[.,]\d|\s*(?:percent|"
    r"per\s+cent|a\.m|p\.m|am\b|pm\b|hundred|thousand|million|billion|people|men|women|"
    r"children|[a-z]+s\b))(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d))?",
    re.IGNORECASE)
_WEEK_OF = rx(r"(?:the\s+week|(?-i:W)eek)(?P<end>end)?\s+of\s"
              r"|the\s+week\s+(?:beginning|starting|commencing)\s", re.IGNORECASE)
# sentences after a full date behind the reference date, in its paragraph, whose year-less days
# take its year ("On Jan. 28, 2023, the balloon crossed into U.S. airspace. ... The Pentagon told
# the public on Feb. 2"), unless that puts them ahead of the reference date
_DAY_YEAR_REACH = 2
# a value within one year ("2020", "2020-11", "2020-Q3"; not the decade "202" or "the 2020s")
_YEAR_VALUE = rx(r"\d{4}(?!\d)")
# a reporting verb's own time: "the agency said in March"
_SAID_IN = rx(r"\b(?:said|announced|reported|disclosed|confirmed|(?:study|survey|report|poll|"
              r"data|figures|estimates?)\s+(?:released|published|issued))\s+(?:in|on)\s+$"
              r"|\bas\s+recently\s+as\s+$", re.IGNORECASE)
# the base of a comparison: "up 4% from a year earlier", "lower than a year ago"
_COMPARED_WITH = rx(r"\b(?:from|than|with)\s+$", re.IGNORECASE)
# the period a forecast covers ("its outlook for 2004", "guidance for fiscal 2010")
_FORECAST_FOR = rx(r"\b(?:outlook|forecasts?|guidance|targets?|projections?|estimates?|"
                   r"budget|expectations)\s+for\s+(?:fiscal\s+)?$", re.IGNORECASE)
# what a comparison's base told as a possessive follows ("ahead of last year's pace")
_BASE_BEFORE = rx(r"\b(?:ahead\s+of|behind|than|from|over|above|below|with|versus|vs\.?|"
                  r"matching|match|exceed|exceeding|beat|beating)\s+$", re.IGNORECASE)
# a year between an article and a noun ("a 2017 fine", "the 2024 budget")
_YEAR_AS_MODIFIER = rx(r"\b(?:a|an|the|its|their|his|her|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = rx(r"\s+[A-Za-z]")
# a preposition (or a comma) right before a year, which makes it a time rather than a noun's
# modifier ("in 2009 quotas rose"), and a plural noun after one ("set 2009 quotas")
_PREPOSITION_BEFORE = rx(r"\b(?:in|of|since|by|during|until|till|for|from|to|before|after|"
                         r"through|between|and|or|than|early|late|mid|around)\s+$|[,(]\s*$",
                         re.IGNORECASE)
_PLURAL_AFTER = rx(r"\s+(?!(?:was|is|has|as|its|his|this|thus|plus|does|says)\b)[a-z]+s\b")
# the ends of a range: a month, a day or a clock time on a day ("from June through November",
# "between March 3 and March 5", "from noon on May 1 to noon on Aug. 16")
_CALENDAR_POINT = rx(r"\d{4}-\d\d(?:-\d\d(?:T[\d:]+)?)?")
_RANGE_JOIN = rx(r"\s*(?:through|thru|to|until|till|and|-|\u2013)\s*")
_RANGE_OPEN = rx(r"\b(?:from|between)\s+$", re.IGNORECASE)
_PAIR_JOIN = rx(r"\s+(?:and|or|to|through|into)\s+")
_AND_OR = rx(r"\s+(?:and|or)\s+")  # a pair, not a range
_MONTH_ONLY = rx(r"\d{4}-\d\d")
# a clause that follows on from the one before
_FOLLOWS_ON = rx(r",?\s+and\s|;\s|,\s+then\s|\bthen\b|\blater\b")
# "records going back to 1850", "dating to 1987": the start of a period, like "since"
_BACK_TO = rx(r"\b(?:back|dating|dates)\s+to\s+$|\bas\s+far\s+back\s+as\s+$", re.IGNORECASE)
# "to raise the retirement age to 67 by 2026 and to pass measures by mid-November": a deadline's
# year is no time of the rest of its sentence
# (not one that opens its clause: "By 2012, the doors were opening at 8 p.m. on Thanksgiving")
_BY_YEAR = rx(r"[\w%)]\s+by\s+$")
# a relative clause that tells what happened in the year just named ("the first since 2017, when
# he met Trump at Mar-a-Lago in April": that April is 2017's, though "since" starts a period)
_WHEN_AFTER = rx(r",?\s+when\b")
# a year gone by that leads its sentence, with or without a comma
_LEADING_YEAR = rx(r"[\s\"'\u201c]*(?:(?:In|During)\s+(?P<year>1[89]\d\d|20\d\d)\b(?!['\u2019])|Last\s+year\b"
                   r"|(?P<ago>[A-Z][a-z]+|\d+)\s+years\s+ago\b)")


def _leading_year(lead: re.Match[str], dct: date) -> int:
    """The year a sentence opens with ("In 2012", "Last year", "Two years ago")."""
    if lead["year"]:
        return int(lead["year"])
    if lead["ago"]:
        n = parse_number(lead["ago"].lower())
        return dct.year - int(n) if n is not None and n == int(n) and 1 < n <= 30 else dct.year
    return dct.year - 1


# a year's "when" clause up to the expression, with no clause or sentence of its own between
_WHEN_CLAUSE = rx(r",\s+when\b[^;:.!?\n]*$")
# a day that belongs to a noun before it ("the collapse of Oct. 19, 1987"; not "on the night of")
_NOUN_OF_BEFORE = rx(r"(?<!\bnight)(?<!\bmorning)(?<!\bevening)(?<!\bafternoon)\s+of\s+$")
# a present perfect clause that runs up to the expression through "since"
# ("has acted on neither threat since taking office in January")
_SINCE_NOW = rx(r"\b(?:has|have)\s+(?:\w+\s+){0,2}\w+(?:ed|en|wn|un)\b[^,;]{0,60}\bsince\s+"
                r"(?:\w+ing\s+(?:\w+\s+){0,3}?in\s+)?$", re.IGNORECASE)
# what may stand between a clock time and the day it belongs to: "10:35 a.m. (0735 GMT) Friday",
# "11 p.m. London time on March 29", "5 p.m. EDT, Nov. 6"
_TIME_TO_DAY = rx(
    r"(?!\s*\n\s*\n)\s*(?:\([^()]{1,24}\)\s*)?(?:(?:[A-Z]{2,4}|local\s+time|[A-Z][a-z]+\s+time)\s*)?,?\s*"
    r"(?:on\s+)?$")  # (not across a paragraph: "Crude inventories, 10:30 a.m.\n\nTHURSDAY: ...")
# a counted length: years, months, weeks, days, then hours, minutes, seconds
_COUNTED = rx(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")
# what joins the parts of one length: "14 years and two months", "4 hours, 9 minutes"
_LENGTH_JOIN = rx(r"\s*,?\s*(?:and\s+)?")
# what makes a length a step from a time ("one day after", "two hours later")
_STEP_AFTER = rx(r"\s+(?:after|before|later|earlier|ago|from)\b", re.IGNORECASE)
# between the two ends of a range of clock times: "between 2 a.m. and 8 a.m. Friday"
_TIME_RANGE_JOIN = rx(r"\s*(?:and|to|until|till|-|\u2013)\s*")
# what may stand between a day and its clock time: "the following Sunday at 4:30 p.m."
_DAY_TO_TIME = rx(r",?\s+(?:at\s+)?")
# a weekday named alone, and a bare clock ("Sunday at 10:30")
_BARE_DAY = rx(WEEKDAY, re.IGNORECASE)
# nothing but blanks to the end of the line
_LINE_ENDS = rx(r"\s*?(?:\n|\Z)")
# a part of a day the story has named ("that night", "the next morning", "this afternoon")
_PART_NAMED = rx(r"(that|this|the\s+same|the\s+next|the\s+following)\s+(night|afternoon|evening|"
                 r"morning)", re.IGNORECASE)
# a day the story has named ("10 a.m. that day", "noon the same day"), and one after a clock
_DAY_NAMED = rx(r"(?:that|the\s+same|that\s+same)\s+day\b", re.IGNORECASE)
_DAY_NAMED_AFTER = rx(r"\s+" + _DAY_NAMED.pattern, re.IGNORECASE)
_BARE_CLOCK = rx(r"(?:1[0-2]|0?[1-9]):[0-5]\d")
_CAPITAL_NEXT = rx(r"\s+[A-Z]")  # ("Tuesday at 5:30 Central": a zone the clock leaves out)
# what joins a clock to the day after it as one time ("9 p.m. on New Year's Eve")
_ON_JOIN = rx(r"\s+on\s+")
# a clock time that names no day of its own
_DAYLESS_TIME = rx(
    r"(?:(?!day|tonight|today|tomorrow|yesterday|this\s|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).)*", re.IGNORECASE | re.DOTALL)
# a year opening its sentence ("In 2013, a cold April ...", "By 1998, ...")
_OPENING_YEAR = rx(r"\s*(?:In|By|During|Throughout|Through)\s+(?:early\s+|late\s+|mid-)?"
                   r"(1[89]\d\d|20\d\d),")
_PERIOD_VALUE = rx(r"\d{4}-(?:\d\d|Q[1-4]|H[12])")
# what a period of its sentence is compared with ("in September from August")
_COMPARED_BASE = rx(r"\b(?:from|over|compared\s+(?:with|to)|against)\s+(?:the\s+)?$",
                    re.IGNORECASE)
# what an earlier quarter of its sentence is set against ("earned $41 million in the second
# quarter, down from $102 million in the second quarter of 2007"), or a quarter a record is
# counted from ("the highest since the third quarter of 2013"): not the quarter the story reports
_COMPARED_LATER = rx(r"\b(?:from|compared\s+(?:with|to)|versus|against)\b", re.IGNORECASE)
_SINCE_BEFORE = rx(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_ENDED = rx(r"the\s+(?:fiscal\s+|financial\s+)?(year|month|week)$", re.IGNORECASE)
_ENDED_AFTER = rx(r"\s+(?:ended|ending)\b")


def _sentences(text: str) -> list[Sentence]:
    """Split on sentence-final punctuation and blank lines (offsets kept)."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
        if word and (word.group(1).lower() in _ABBREVIATIONS or _INITIAL.fullmatch(word.group(1))) \
                and not ends_sentence(text, m.start() - 1) and not _BLANK_LINE.search(m.group(0)):
            continue  # (a blank line ends a paragraph after "a.m." too)
        out.append(Sentence(start, m.start(), text[start:m.start()]))
        start = m.end()
    out.append(Sentence(start, len(text), text[start:]))
    return out


def _resolve(kind: str, m: re.Match[str], text: str, ctx: Context, tense: str | None,
             sentence_year: int | None, day_year: int | None = None,
             opening_year: int | None = None) -> Resolved | None:
    """Dispatch one candidate to its resolver (``day_year``: the year of a full date before it in
    its sentence; ``opening_year``: the year that opens its sentence, "In 2014, ...")."""
    if kind in ("time", "clock24"):
        return resolver.resolve_time(m, ctx, tense)
    if kind in ("mdy", "dmy", "numeric"):
        return resolver.resolve_calendar(kind, m, ctx, tense, day_year, opening_year)
    if kind in ("my", "month"):
        return resolver.resolve_month(kind, m, ctx, tense, sentence_year)
    if kind == "season":
        return resolver.resolve_season(m, ctx, tense, opening_year)
    if kind in ("year", "decade", "century", "shortyear"):
        return resolver.resolve_year(kind, m, ctx)
    if kind == "quarter":
        return resolver.resolve_quarter(m, ctx, tense)
    if kind == "ago":
        return resolver.resolve_ago(m, ctx)
    if kind == "relunit":
        return resolver.resolve_relunit(m, ctx, tense)
    if kind == "weekday":
        return resolver.resolve_weekday(m, ctx, tense)
    if kind == "dayword":
        return resolver.resolve_dayword(m, ctx, tense)
    if kind == "daypart":
        return resolver.resolve_daypart(m, ctx, tense)
    if kind == "spelled_year":
        return resolver.resolve_spelled_year(m)
    if kind == "monthsof":
        return resolver.resolve_months_of(m, ctx)
    if kind == "bare_unit":
        return resolver.resolve_bare_unit(m, ctx, tense)
    if kind == "yearend":
        return resolver.resolve_year_end(m, ctx)
    if kind == "yearago":
        return resolver.resolve_year_ago(m, ctx)
    if kind == "relseason":
        return resolver.resolve_rel_season(m, ctx)
    if kind == "nth_weekday":
        return resolver.resolve_nth_weekday(m, ctx, tense)
    if kind == "ordday":
        return resolver.resolve_ordinal_day(m, ctx, tense)
    if kind == "holiday":
        return resolver.resolve_holiday(m, ctx, tense, sentence_year)
    if kind == "duration":
        return durations.resolve_duration(m, text)
    if kind == "while":
        return Resolved("DURATION", "PXX", "none", None)  # "for a while"
    if kind in ("longword", "bareplural", "another"):
        return durations.resolve_unit_length(m, kind)
    if kind == "set":
        return durations.resolve_set(m)
    if kind == "ref":
        return durations.resolve_ref(m, tense)
    return None


def _quarter_over(ctx: Context, year: int, quarter: int) -> bool:
    """Whether a quarter had ended by the reference date (forecasts do not set the topic)."""
    if ctx.dct is None:
        return True
    return (year, quarter) < (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)


# the weekday a day falls on, told after it ("Jan. 22, a Wednesday", "May 4, which is a Sunday")
_APPOSITIVE_WEEKDAY = rx(r",\s+(?:which\s+(?:is|was|will\s+be)\s+)?an?\s+(?P<wd>" + WEEKDAY + r")\b",
                         re.IGNORECASE)
_YEAR_IN_DATE = rx(r"\d{4}|['\u2019]\d\d\b")


def _year_of_weekday(r: Resolved, weekday: int | None, dct: date) -> Resolved:
    """``r`` (a day) moved to the year next to ``dct`` in which it falls on ``weekday``, if any."""
    day = date.fromisoformat(r.value)
    if weekday is None or day.weekday() == weekday:
        return r
    for year in sorted((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(y - day.year)):
        try:
            other = day.replace(year=year)
        except ValueError:
            continue
        if other.weekday() == weekday:
            return Resolved(r.type, other.isoformat(), "weekday-year", r.reference)
    return r


def _remember(ctx: Context, r: Resolved, day_told: bool = True, base: bool = False,
              reported: bool = True) -> None:
    """Update the article context with a resolved value (``day_told``: a day in it may be the
    day later clock times are on; ``base``: it is what an earlier period of its sentence is
    compared with; ``reported``: a quarter in it may be the one the story reports on)."""
    v = r.value
    if re.fullmatch(r"P(?:[6-9]|1[01])M|\d{4}-H[12]", v):
        # "the first nine months", "the first half": the comparison is no longer a quarter
        ctx.last_quarter = None
    if r.type != "DATE" and r.type != "TIME":
        return
    if _PERIOD_VALUE.fullmatch(v) and r.anchor != "article-period" \
            and not (base and ctx.period and ctx.period[1] == ctx.sentence):
        # ("fell 7 percent in September from August, and rose from a year earlier": September
        # is what the sentence reports; nor is "a year earlier", read from it, another period)
        ctx.period = (v, ctx.sentence)
    if r.type == "DATE" and _YEAR_VALUE.fullmatch(v) and r.anchor != "article-period" and not base:
        ctx.year_told = (int(v), ctx.sentence)
    if re.fullmatch(r"\d{4}-W\d\d", v):
        ctx.last_week = (v, ctx.sentence)
    if r.anchor.startswith("article"):
        return
    if re.fullmatch(r"\d{4}-Q[1-4]", v) and reported and (
            r.anchor == "fiscal" or _quarter_over(ctx, int(v[:4]), int(v[-1]))):
        ctx.last_quarter = (int(v[:4]), int(v[-1]))
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)", v)
    try:
        told = date(int(day[1]), int(day[2]), int(day[3])) if day else None
    except ValueError:
        told = None
    if told is not None and day_told:
        if clock := re.match(r"T(\d\d):", v[10:]):
            # (not a restatement in another zone: "at 5:57 a.m. (2057 GMT Monday)")
            ctx.last_clock = (told, int(clock[1]), ctx.sentence)
        ctx.days_in_last_day_sentence = (ctx.days_in_last_day_sentence + 1
                                         if ctx.last_day_sentence == ctx.sentence else 1)
        ctx.last_day = told
        ctx.last_day_sentence = ctx.sentence
        if ctx.dct is None or told <= ctx.dct:
            ctx.last_past_day = told
    if r.anchor == "absolute" and _YEAR_VALUE.match(v):
        ctx.last_year = int(v[:4])
    month = re.match(r"(\d{4})-(\d\d)(?!\d)", v)
    if month and (r.anchor == "absolute" or re.fullmatch(r"\d{4}-\d\d", v)):
        # a named or counted month ("in March", "last month") is one "the following month"
        # can count from
        ctx.last_month = (int(month[1]), int(month[2]))
        ctx.last_month_sentence = ctx.sentence


# a day named in a clock time's words ("midnight on May 4", "midnight Tuesday"; not "12 midnight")
_NAMED_DAY = rx(r"\b(?:" + WEEKDAY + "|" + MONTH + r")\b", re.IGNORECASE)


_QUOTE_CLOSE = rx(r'["\u201d]')


def _in_a_quote(text: str, sentence_start: int, start: int) -> bool:
    """Whether ``text[start:]`` opens inside a quotation begun in its sentence."""
    before = text[sentence_start:start]
    return before.count('"') % 2 == 1 or (before.count("\u201c") > before.count("\u201d"))


# a day the news was told on ("the company said on Thursday")
_SAID_ON = rx(
    r"\b(?:said|says|told\s+\w+|announced|reported|added)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE)
# ", which Xi visited in 2015, are due to travel": a relative clause the year sits in
_RELATIVE_OPEN = rx(r",\s+(?:(?:(?:an?|the)\s+[^,;]{1,40}?\s+)?(?:who|which|whose|where)\b"
                    # (", an industrial city in southern China that became its sister
                    # city in 1996,": an appositive's own relative clause)
                    r"|(?:an?|the)\s+[^,;]{1,40}?\s+that\b"
                    # (", built in 1962 and expanded in 1994,": a participle's clause)
                    r"|(?:[a-z]+ed|built|born|sold|won|begun|held|known|made)\s+(?:in|on|during)\s)"
                    r"(?:[^,;]|(?<=\d),(?=\d))*$")  # ("which peaked at 372,000 in 2019")
# "A former education minister who lost his seat in 1993, he was chosen in February": a sentence
# that opens with a noun phrase and its relative clause, before the subject
_OPENING_RELATIVE = rx(r"(?:An?|The)\s+[^,;]{1,60}?\s+(?:who|which|whose)\b"
                       r"(?:[^,;]|(?<=\d),(?=\d))*$")
# "Kingsbridge, champions in 1991, have won seven in a row since ... early January", "His side,
# relegated in 1986 and promoted again last May, have not won since the end of August": an
# appositive after a short subject that opens the sentence
_APPOSITIVE_OPEN = rx(
    r"(?!(?:In|On|At|By|For|After|Before|Since|During|Last|This|Earlier|Later|But|And|Yet|Still|"
    r"However|Meanwhile|Then|Now|Today|Yesterday|When|While|If|As|Although|Though|Because|"
    r"Despite|With|Without|Under|Over|From|To|Also|So|Instead|Separately|Overall|Even|Once|Until|"
    r"Like|Unlike|Asked|According)\b)[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,3},\s+[^,;]+$")


# a heading: a short line in capitals ("KEY DATES", "WHAT COMES NEXT", "FRIDAY, JULY 12")
_HEADING = rx(r"^[ \t]*([A-Z0-9][A-Z0-9 ,.'\u2019&?-]{2,44})[ \t]*$", re.MULTILINE)
# ... over a list of what is to come ("ON THE CALENDAR", "THE WEEK AHEAD", "WHAT HAPPENS NEXT")
_AHEAD_HEADING = rx(r"\b(?:NEXT|AHEAD|CALENDAR|COMING|UPCOMING|SCHEDULE|TO\s+WATCH|FORECASTS?|OUTLOOK)\b")


# ... or a line that ends in a colon and tells what is to come ("What to watch early next year:",
# "Here is what the coming weeks hold:"), over the entries that follow it
# (or a short title line of its own, "Dates to watch", "What comes next")
_AHEAD_INTRO = rx(r"^[ \t]*([A-Z][^\n:]{2,100}):[ \t]*$|^[ \t]*([A-Z][^\n:.?!,]{2,40})[ \t]*$",
                  re.MULTILINE)
_AHEAD_WORDS = rx(r"\b(?:next|ahead|calendar|coming|upcoming|schedule|to\s+watch|to\s+come|"
                  r"will)\b", re.IGNORECASE)


def _ahead_headings(text: str) -> list[tuple[int, bool]]:
    """Where each heading starts, and whether it heads a list of what is to come."""
    if "\n" not in text:
        return []
    found = [(m.start(), bool(_AHEAD_HEADING.search(m.group(1)))) for m in _HEADING.finditer(text)
             if any(ch.isalpha() for ch in m.group(1))]
    intros = [(m.start(), m.end()) for m in _AHEAD_INTRO.finditer(text)
              if _AHEAD_WORDS.search(m.group(1) or m.group(2))]
    # a forecast's entries: "Tonight: Blizzard conditions." then "Wednesday morning: Heaviest snow
    # continues" (a list that opens with the day it is told on goes on ahead of it)
    intros += [(m.start(), m.end()) for m in _TODAY_ENTRY.finditer(text)]
    for start, end in intros:
        found.append((start, True))
        # the list ends at the first line after it that opens no entry ("For now, both capitals
        # are waiting.")
        for line in re.finditer(r"^[ \t]*(\S[^\n]*)$", text[end:], re.MULTILINE):
            if not _ENTRY_HEAD.match(line.group(1)):
                found.append((end + line.start(1), False))
                break
    return sorted(found)


_TODAY_ENTRY = rx(r"^[ \t]*(?:Today|Tonight|This\s+(?:morning|afternoon|evening))[ \t]*:[^\n]*$",
                  re.MULTILINE)


# what a list's entry opens with: its date or dates, then a colon or a dash ("Saturday and Sunday:
# U.S.-China talks in Geneva", "Sept. 19 - The window closes")
_ENTRY_HEAD = rx(r"[^:;\n]{3,40}?(?::|\s[-\u2013\u2014])\s")


def _in_entry_head(sentence: str, end: int) -> bool:
    """Whether an expression ending at ``end`` lies in the head of a list's entry."""
    head = _ENTRY_HEAD.match(sentence)
    return head is not None and end <= head.end() - 1


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds ("SATURDAY, JULY 13" over a log)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .:")


# a comma that closes a clause (not one inside a figure: "372,000")
_CLAUSE_COMMA = rx(r"(?<!\d),|,(?!\d)")


def _next_clause_comma(text: str, start: int, end: int) -> int:
    """Where the first comma that closes a clause stands in ``text[start:end]``, else ``end``."""
    comma = _CLAUSE_COMMA.search(text, start, end)
    return comma.start() if comma else end


_MONTH_YEAR = rx(r"\b(?P<mon>" + MONTH + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{4})\b",
                 re.IGNORECASE)


def _same_month_told(text: str, lo: int, c: Candidate, year: int) -> bool:
    """Whether the words from ``lo`` to candidate ``c`` (a month) name that month with ``year``."""
    month = month_number(c.match.group("mon"))
    return any(int(t["year"]) == year and month_number(t["mon"]) == month
               for t in _MONTH_YEAR.finditer(text, lo, c.start))


_MONTH_WORD = rx(r"\b" + MONTH + r"\b")
# up to two words before a year that opens its sentence ("In 2007,", "Last year,")
_OPENING_WORDS = rx(r"\s*(?:[\w'\u2019]+\s+){0,2}")
# a coordinated clause with a subject or verb of its own (not "and in October": the same
# clause's list)
_NEW_CLAUSE = rx(r",\s+(?:and|but)\s+(?!(?:in|on|at|by|during|from|until|through|again|"
                 r"then|also)\b)")


def _clause_close(text: str, sentence: Sentence | None, start: int) -> int:
    """Where the relative clause or appositive holding the expression at ``start`` closes (its
    next comma), so its year does not date the main clause ("Trump, who tried to ban the app in
    2020, said in March ...": March of the article's year); -1 when it is in no such clause."""
    if sentence is None or not (_RELATIVE_OPEN.search(text, sentence.start, start)
                                or _APPOSITIVE_OPEN.match(text, sentence.start, start)
                                or _OPENING_RELATIVE.match(text, sentence.start, start)):
        return -1
    return _next_clause_comma(text, start, sentence.end)


def tag(text: str, dct: date | None, sentences: list[Sentence] | None = None
        ) -> list[TemporalMention]:
    """Find and normalize the temporal expressions of ``text`` against the reference date ``dct``.

    Mentions come in text order, do not overlap, and carry offsets into ``text`` (end exclusive).
    With ``dct=None`` relative expressions are still found but keep unknown parts as "X"
    ("in November" -> "XXXX-11").

    Example:
        >>> from datetime import date
        >>> [(m.text, m.value) for m in tag("Xi met Biden in November.", date(2024, 4, 26))]
        [('November', '2023-11')]
    """
    if sentences is None:
        sentences = _sentences(text)
    starts = [s.start for s in sentences]
    ctx = Context(dct, evening_broadcast=bool(_GOOD_EVENING.search(text, 0, 1500)),
                  morning_broadcast=bool(_GOOD_MORNING.search(text, 0, 1500)))
    mentions: list[TemporalMention] = []
    headings = _ahead_headings(text)
    # (sentence index, year, where the year's relative clause closes: -1 when it is in none)
    year_in_sentence: tuple[int, int, int, int, int] | None = None
    # (sentence index, the year of a full date, whether that date is behind the reference date)
    day_in_sentence: tuple[int, int, bool] | None = None
    # (sentence index, tense) of the last weekday or clock time told as ahead
    told_ahead: tuple[int, str, int] | None = None
    # (where the weekday a day is told to fall on starts, and that day: "Jan. 22, a Wednesday")
    appositive: tuple[int, str] | None = None
    for c in find_candidates(text):
        if mentions and c.start < mentions[-1].end:
            continue  # inside a second day added after "April 24 and"
        if c.kind == "daypart" and _PART_OF_A_DATE.match(text, c.end) \
                and text[c.start:c.start + 4].lower() == "the ":
            continue  # "the evening of Friday, Sept. 25": the date's own mention takes it in
        si = max(0, bisect.bisect_right(starts, c.start) - 1)
        tense = None
        # (of the day words, only "today" reads its tense: a generic "Today, ..." is the present)
        if (c.kind in _TENSED_KINDS or c.kind == "dayword" and text[c.start:c.end].lower() == "today") \
                and sentences:
            s = sentences[si]
            tense = tense_near(s.text, c.start - s.start, c.end - s.start)
            if tense is None and told_ahead and si - told_ahead[0] <= 2 and c.kind in ("weekday", "time") \
                    and "\n" not in text[told_ahead[2]:c.start]:
                # "Southwest reports next Thursday, and Alaska Air Group on Tuesday", "meet
                # Saturday night for a debate and again at 9 a.m. Sunday": a day with no verb of
                # its own is told as the day before it in its sentence was, ahead; so is one in a
                # verbless sentence of the same paragraph ("... drop below freezing late Saturday
                # afternoon. When is the worst of it? Saturday night into Sunday morning.")
                tense = told_ahead[1]
            if tense in (FUTURE, PRESENT) and c.kind in ("weekday", "time"):
                told_ahead = (si, tense, c.end)
            if tense == TOLD_PLAN and c.kind not in ("weekday", "time"):
                tense = None if c.kind in ("mdy", "dmy", "month") else PRESENT
            if tense in (PAST, None) and _in_entry_head(s.text, c.end - s.start):
                under = bisect.bisect_right(headings, (c.start, True)) - 1
                if under >= 0 and headings[under][1]:
                    # "ON THE CALENDAR  Tuesday: U.S. consumer prices for April": an entry under
                    # a heading of what is to come is ahead, though told like a chronology's
                    tense = FUTURE
                elif under < 0 and tense == PAST and c.kind == "weekday" \
                        and _CLOCK_IN_ENTRY.search(text, c.end, s.end) and not has_past_form(text[c.end:s.end]):
                    # under no heading, a weekday's entry that gives an hour and no past form is a
                    # calendar's ("TUESDAY: Consumer prices, 8:30 a.m."); a round-up says what was
                    # done ("Monday: The Dow fell 500 points"), or tells it in the historical present
                    # ("Here is how it unfolded.  Tuesday: Blinken names Beijing")
                    tense = FUTURE
        sentence_year = year_in_sentence[1] if year_in_sentence and year_in_sentence[0] == si and (
            year_in_sentence[2] < 0 or c.start < year_in_sentence[2]) else None
        if sentence_year is not None and sentences and _SINCE_NOW.search(
                text, sentences[si].start, c.start):
            # "exports were worth $12 billion in 2017, and futures have fallen 17 percent since
            # late May": a present perfect's "since" counts back from now, not from that year
            sentence_year = None
        if sentence_year is not None and _SAID_IN.search(text, max(0, c.start - 25), c.start):
            # "recorded 19,038 cases in 2023, ... the agency said in March", "went without
            # insurance last year, according to a study released in June": the report's own
            # time, told from the reference date; so is "as recently as November"
            sentence_year = None
        if sentence_year is not None and year_in_sentence is not None and c.kind == "month" \
                and tense == PAST and ctx.dct is not None and sentence_year < ctx.dct.year \
                and month_number(c.match.group("mon")) is not None \
                and month_number(c.match.group("mon")) <= ctx.dct.month \
                and _NEW_CLAUSE.search(text, year_in_sentence[4], c.start) \
                and not _MONTH_WORD.search(text, year_in_sentence[4], c.start) \
                and not (sentences and _OPENING_WORDS.fullmatch(text, sentences[si].start, year_in_sentence[3])
                         and text.startswith(",", year_in_sentence[4])):
            # "was cited for 37 violations last year, ..., and was idled for two weeks in March",
            # "rose 4.2 percent in 2007, and January was the busiest month": a clause of its own
            # tells a month gone by this year (not after a year that opens the sentence, "Last
            # year, Ian was forecast to ..., and it came ashore in late September", nor in a
            # chain of months, "approved on May 24, 2000, the Senate followed in September, and
            # Clinton signed it in October")
            sentence_year = None
        if sentence_year is not None and c.kind == "month" and sentences \
                and _same_month_told(text, sentences[si].start, c, sentence_year):
            # "lost her majority in June 2017 and resigned as party leader in June": the year
            # told with that very month leaves the bare one to another year
            sentence_year = None
        opening_year = None  # "In 2014, when counting took place on May 16, ...": dates all of it
        if sentence_year is not None and year_in_sentence is not None and c.kind in ("mdy", "dmy", "season") \
                and ctx.dct is not None and sentence_year < ctx.dct.year \
                and _WHEN_CLAUSE.match(text, year_in_sentence[4], c.start):
            # "not in 2003, when he had bypass surgery on Dec. 2": a "when" clause told of a year
            # gone by is in it
            opening_year = sentence_year
        if opening_year is None and c.kind in ("mdy", "dmy", "season") and ctx.dct is not None and sentences \
                and (lead := _LEADING_YEAR.match(sentences[si].text)) \
                and (lead_year := _leading_year(lead, ctx.dct)) < ctx.dct.year \
                and (sentence_year == lead_year or sentence_year is None and lead["ago"]):
            # "Last year the council approved the budget on June 28", "In 2012 I had corn in the
            # ground by April 20", "Two years ago we didn't see it until Dec. 22": a year gone by
            # that leads its sentence dates its days
            opening_year = lead_year
        if sentence_year is not None and sentences \
                and (opening := _OPENING_YEAR.match(sentences[si].text)) \
                and opening.group(1) == str(sentence_year):
            opening_year = sentence_year
        if opening_year is not None and ctx.dct is not None and opening_year < ctx.dct.year \
                and tense in LOOKING_AHEAD:
            # "In 2013, a cold April and wet May kept planters parked until late May": a year
            # that opens its sentence dates all of it, whatever looks ahead inside
            tense = PAST
        day_year = day_in_sentence[1] if day_in_sentence and day_in_sentence[0] == si else None
        told_before = (day_in_sentence is not None and day_year is None and day_in_sentence[2]
                       and si - day_in_sentence[0] <= _DAY_YEAR_REACH
                       and "\n" not in text[sentences[day_in_sentence[0]].end:c.start])
        ctx.sentence = si
        ctx.sentence_start = sentences[si].start if sentences else 0
        r = _resolve(c.kind, c.match, text, ctx, tense, sentence_year,
                     day_in_sentence[1] if told_before else day_year, opening_year)
        if told_before and r is not None and r.anchor == "article-year" and ctx.dct is not None \
                and r.value > ctx.dct.isoformat():
            r = _resolve(c.kind, c.match, text, ctx, tense, sentence_year, None)
        if r is None:
            continue
        if c.kind == "weekday" and appositive is not None and c.start <= appositive[0] < c.end:
            r = Resolved(r.type, appositive[1], "article", r.reference)  # "Jan. 22, a Wednesday"
        appositive = None
        if c.kind in ("mdy", "dmy") and ctx.dct is not None and DAY_VALUE.fullmatch(r.value) \
                and not _YEAR_IN_DATE.search(text, c.start, c.end) \
                and (named := _APPOSITIVE_WEEKDAY.match(text, c.end)):
            # "the earliest date for a vote was Jan. 22, a Wednesday": the year in which that day
            # is that weekday, of those next to the reference date's; the weekday is that day
            r = _year_of_weekday(r, weekday_number(named["wd"]), ctx.dct)
            appositive = (named.start("wd"), r.value)
        if r.anchor == "sentence-year" and sentences and ctx.dct is not None:
            r = _in_telling_order(text, sentences[si].start, c.start, r, mentions, ctx.dct)
        if c.kind == "month" and ctx.dct is not None:
            r = _paired_month(text, c.start, c.end, r, mentions, ctx.dct)
        if (week_of := _WEEK_OF.match(text, c.start)) and DAY_VALUE.fullmatch(r.value):
            # "the week of March 6", "the week beginning 10 March": the (ISO) week that holds the
            # day; "the weekend of June 21": its weekend
            r = Resolved(r.type, week_value(date.fromisoformat(r.value)) + ("-WE" if week_of["end"] else ""),
                         r.anchor, r.reference)
        if (ended := _PERIOD_ENDED.match(text[c.start:c.end])) and _ENDED_AFTER.match(text, c.end):
            # "the fiscal year ended March 31", "the week ended Nov. 14": a period's length, not
            # the calendar year or week
            r = Resolved("DURATION", f"P1{ended.group(1)[0].upper()}", "none", None)
        start = c.start
        if c.kind == "holiday" and DAY_VALUE.fullmatch(r.value) and ctx.dct is not None \
                and (every := _EVERY_BEFORE.search(text, max(0, c.start - 8), c.start)):
            # "Every Fourth of July the town holds a parade": that day of every year, when the
            # holiday keeps its date ("every Thanksgiving" falls on no fixed day)
            name = c.match.group("h")
            days = {(d.month, d.day) for y in (ctx.dct.year, ctx.dct.year + 1)
                    if (d := holiday(name, y)) is not None}
            if len(days) == 1:
                r = Resolved("SET", f"XXXX{r.value[4:10]}", "none", None)
                start = every.start()
        # ("'Seventy years ago today, ...,' Xi said in a speech shortly after 10 a.m.": a day
        # recalled in a quote is not the story's; "Ten years ago today, the dam gave way at 4:40
        # a.m.", in the story's own words, is)
        anniversary = False
        beside = _DAY_NEXT_TO.search(text, max(0, c.start - 20), c.start)
        if (beside and DAY_VALUE.fullmatch(r.value)
                and not (mentions and mentions[-1].end > beside.start())):
            # "the day before last Tuesday's hearing": one day off the day named
            shift = timedelta(days=-1 if beside.group(1).lower() == "before" else 1)
            day = date.fromisoformat(r.value) + shift
            r = Resolved(r.type, day.isoformat(), r.anchor, r.reference)
            start = beside.start()
        if (mentions and ctx.dct is not None
                and (same := _SAME_PERIOD.get(text[c.start:c.end].lower()))
                and r.value == same(ctx.dct)
                and (ago := _YEARS_AGO.fullmatch(mentions[-1].text))
                and text[mentions[-1].end:c.start] == " "):
            # "A year ago today": the same day of that year, one expression ("Fourteen years ago
            # this month": that month; "A year ago this week": that week)
            # (the pattern admits only counts: "a century ago this month" is 100 years back)
            years = int(parse_number(ago.group(1)) or 0) * _YEARS_IN[ago.group(2)[0].lower()]
            first = mentions.pop()
            day = add_months(ctx.dct, -12 * years)  # (Feb. 29 a year on is Feb. 28)
            r = Resolved(r.type, same(day), "dct", ctx.dct)
            start = first.start
            anniversary = True
        part = _PART_OF_DAY.search(text, max(0, c.start - 20), c.start)
        if part and DAY_VALUE.fullmatch(r.value):
            # "the afternoon" was taken for today's: it is that day's part, one time ("on the
            # night of Aug. 6" 2009-08-06TNI)
            while mentions and mentions[-1].end > part.start():
                mentions.pop()
            r = Resolved("TIME", r.value + "T" + PARTS_OF_DAY[part.group(1).lower()], r.anchor,
                         r.reference)
            start = part.start()
        # ("one minute past midnight on Thursday" is told as midnight is)
        midnight = r.value.endswith("T24:00") or (
            r.type == "TIME" and "midnight" in text[c.start:c.end].lower())
        if midnight and _NAMED_DAY.search(text, c.start, c.end):
            # "by his deadline at midnight on May 4. Rivlin handed the mandate to Lapid the
            # following day": the day named is the story's day, though the clock is not (unless
            # its sentence named another day before it: "began at 6:40 p.m. EST Wednesday, less
            # than 19 hours after the midnight Tuesday deadline")
            opens = sentences[si].start if sentences else 0
            if not any(x.start >= opens and _NAMED_DAY.search(x.text) and DAY_VALUE.match(x.value)
                       for x in mentions):
                _remember(ctx, Resolved("DATE", r.value[:10], r.anchor, r.reference))
        elif not (midnight or (c.kind == "daypart" and r.value.endswith("TNI")
                                                  and text[c.start:c.end].lower() == "overnight")):
            # (a midnight and an "overnight" run into the next day: a later "at 2 a.m." is that
            # day's, not the night's)
            # (nor is the day a clock time is on the one a vigil started "since Wednesday night",
            # or the other zone's day a restatement names: "at 3:32 a.m. (1832 GMT Tuesday)")
            # (nor, after a day its sentence already told, the day the news was told: "knocked
            # websites offline on Tuesday ..., the company said on Thursday")
            _remember(ctx, r, day_told=not (
                (anniversary and _in_a_quote(text, sentences[si].start if sentences else 0, start))
                or (sentences and in_since_phrase(sentences[si].text, c.start - sentences[si].start))
                or (r.type == "TIME" and text[max(0, c.start - 1):c.start] == "(")
                # (nor a clock whose day follows it: "at 10 a.m. that day")
                or (r.type == "TIME" and _DAY_NAMED_AFTER.match(text, c.end) is not None)
                or (ctx.last_day_sentence == si and ctx.last_day != ctx.dct  # (no dateline)
                    and _SAID_ON.search(text, max(0, c.start - 16), c.start))),
                base=_COMPARED_BASE.search(text, max(0, c.start - 16), c.start) is not None,
                reported=not (_SINCE_BEFORE.search(text, max(0, c.start - 12), c.start) or (
                    ctx.quarter_told[0] == si
                    and _COMPARED_LATER.search(text, ctx.quarter_told[1], c.start))))
            if ctx.last_quarter and r.value == "{}-Q{}".format(*ctx.last_quarter):
                ctx.quarter_told = (si, c.end)
            if ctx.last_day_sentence == si and _NOUN_OF_BEFORE.search(text, max(0, c.start - 30), c.start):
                # "the 22.6 percent collapse of Oct. 19, 1987": a day that names another event,
                # not the one the story goes on telling
                ctx.days_in_last_day_sentence += 1
        if (r.anchor in ("absolute", "article-year", "weekday-year") and c.kind in ("mdy", "dmy")
                or r.anchor == "absolute" and c.kind in ("time", "clock24")) \
                and DAY_VALUE.fullmatch(r.value[:10]):
            # "On March 21, 2022, ... and on March 31": a full date's year for the sentence's
            # other days
            day_in_sentence = (si, int(r.value[:4]),
                               ctx.dct is not None and r.value <= ctx.dct.isoformat())
        elif day_in_sentence and _YEAR_VALUE.match(r.value) and int(r.value[:4]) != day_in_sentence[1]:
            # ... but once the story names another year ("in September 2023", "since June"), the
            # full date's year no longer carries into the next sentences
            day_in_sentence = (day_in_sentence[0], day_in_sentence[1], False)
        if ((r.anchor == "absolute" or (r.anchor == "dct" and re.fullmatch(r"\d{4}", r.value)))
                and c.kind != "relseason"  # (a season may run into the next year: "this flu
                # season ... peaks in early January")
                and _YEAR_VALUE.match(r.value) and not (
                sentences and in_since_phrase(sentences[si].text, c.start - sentences[si].start)
                and not _WHEN_AFTER.match(text, c.end))
                and not _BACK_TO.search(text, max(0, c.start - 22), c.start)
                and not _BY_YEAR.search(text, max(0, c.start - 6), c.start)
                and not (c.kind == "year" and re.match(r"(?:the\s+)?f", c.match.group("fiscal") or "",
                                                       re.IGNORECASE))
                and not (c.kind == "ago" and _COMPARED_WITH.search(text, max(0, c.start - 10), c.start))
                # (nor the period a forecast covers: "will give its outlook for 2004 at its
                # investor meeting in September")
                and not _FORECAST_FOR.search(text, max(0, c.start - 30), c.start)
                # (nor a comparison's base told as a possessive: "bookings for July were running
                # ahead of last year's pace")
                and not (text.startswith(("'s", "\u2019s"), c.end)
                         and _BASE_BEFORE.search(text, max(0, c.start - 14), c.start)
                         # (but "ahead of last year's holiday season, when fog stranded
                         # travelers on Christmas Eve": the base's own time, told after it)
                         and not re.match(r"['\u2019]s(?:\s+[\w-]+){1,2},\s+when\b", text[c.end:c.end + 60]))
                and not (re.fullmatch(r"\d{4}(?:-\d\d(?:\d\d)?)?", c.match.group(0))
                         and (_YEAR_AS_MODIFIER.search(text, max(0, c.start - 12), c.start)
                              and _NOUN_AFTER.match(text, c.end)
                              # "will set 2009 quotas at its meeting in December": a plural
                              # noun right after a year that no preposition introduces
                              or not _PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start)
                              and _PLURAL_AFTER.match(text, c.end)))):
            # ("a hearing on Lumen's challenge to a 2017 fine ... is scheduled for February": a
            # year that only qualifies a noun names no time of the sentence; nor does a fiscal
            # year: "a budget for fiscal 2027 ... a stopgap that expires in mid-November"; nor a
            # comparison's base: "down 26.9 percent from a year earlier, and the government
            # revised its estimate for March")
            # a year names the sentence's time, unless it starts a period ("the first since
            # Wilbur Ross in 2018, and follows Yellen, who held talks in July": not July 2018);
            # so does "last year" ("Cook met Wang twice last year, in March and in October")
            close = _clause_close(text, sentences[si] if sentences else None, c.start)
            if sentences and (when := _WHEN_AFTER.match(text, c.end)) and in_since_phrase(
                    sentences[si].text, c.start - sentences[si].start):
                # (the "when" clause after a year that starts a period is all the year dates: "since
                # 2013, when a committee rejected it, but support hardened after ... November")
                close = _next_clause_comma(text, when.end(), sentences[si].end)
            if close < 0 and sentences and _in_a_quote(text, sentences[si].start, c.start):
                # ("'Twenty years ago people told me nobody would come,' said Olin, who turns
                # 80 in August": a year told in a quote dates the quote alone)
                shut = _QUOTE_CLOSE.search(text, c.end, sentences[si].end)
                close = shut.start() if shut else -1
            year_in_sentence = (si, int(r.value[:4]), close, start, c.end)
        if DAY_VALUE.fullmatch(r.value) and _alone_on_its_line(text, start, c.end):
            ctx.section_day = date.fromisoformat(r.value)  # "SATURDAY, JULY 13" over a log
        if c.kind == "month" and mentions and mentions[-1].value[:4] == r.value[:4] \
                and _month_pair(text, mentions[-1], c.start, c.end, r.value) \
                and _AND_OR.fullmatch(text[mentions[-1].end:c.start]):
            # "sales in November and December will rise 3.9 percent from a year earlier": what the
            # sentence compares is a stretch of its year, so "a year earlier" is the year before
            ctx.period = (r.value[:4], si)
        mentions.append(TemporalMention(
            start=start, end=c.end, text=text[start:c.end], type=r.type, value=r.value,
            precision=r.precision, anchor=r.anchor,
            reference=r.reference,
        ))
        second = _SECOND_DAY.match(text, c.end) if c.kind == "mdy" else None
        if second and DAY_VALUE.fullmatch(r.value):
            # "on April 24 and 25": the second day shares the first one's month and year
            try:
                day1 = date.fromisoformat(r.value)
                if second.group("y"):  # "May 5 and 6, 2024": the year belongs to both
                    day1 = day1.replace(year=int(second.group("y")))
                day2 = day1.replace(day=int(second.group("d")))
            except ValueError:
                continue
            if second.group("y") and day1.isoformat() != r.value:
                mentions[-1] = replace(mentions[-1], value=day1.isoformat(), anchor="absolute",
                                       reference=None)
            r2 = (Resolved(r.type, day2.isoformat(), "absolute", None) if second.group("y")
                  else Resolved(r.type, day2.isoformat(), r.anchor, r.reference))
            _remember(ctx, r2)
            d_start, d_end = second.start("d"), second.end()
            mentions.append(TemporalMention(
                start=d_start, end=d_end, text=text[d_start:d_end], type=r2.type,
                value=r2.value, precision=r2.precision, anchor=r2.anchor,
                reference=r2.reference,
            ))
    mentions = _stretches_of_months(text, _compound_durations(text, mentions))
    return _weekday_ranges(text, _ranges_in_order(text, _times_with_their_day(text, mentions)), dct)


def _in_telling_order(text: str, sentence_start: int, start: int, r: Resolved,
                      mentions: list[TemporalMention], dct: date) -> Resolved:
    """A month that took its year from a month of that year told earlier in the sentence, in a
    clause that follows on ("In August 2017, Trump ordered an inquiry, and the inquiry concluded
    in March"), comes after it: the next year's, when that is not ahead of the reference date."""
    year = r.value[:4]
    before = [mt for mt in mentions if mt.start >= sentence_start and mt.anchor == "absolute"
              and mt.value[:4] == year and len(mt.value) >= 7]
    if not before or before[-1].value[:7] <= r.value[:7] or not _FOLLOWS_ON.search(
            text, before[-1].end, start):
        return r
    later = str(int(year) + 1) + r.value[4:]
    if later[:7] > dct.isoformat()[:7]:
        return r
    return Resolved(r.type, later, r.anchor, r.reference)


def _length_parts(value: str) -> list[str | None] | None:
    """The counts of a counted TIMEX3 length by unit, years first ("P14Y2M" -> 14 years,
    2 months); None for an uncounted or unusual one ("PXY", "P1.5Y")."""
    m = _COUNTED.fullmatch(value)
    if not m or not any(m.groups()):
        return None
    return list(m.groups())


def _compound_durations(text: str, mentions: list[TemporalMention]) -> list[TemporalMention]:
    """Counted lengths joined in falling units are one length: "14 years and two months"
    (P14Y2M), "2 hours, 3 minutes, 41 seconds" (PT2H3M41S)."""
    out: list[TemporalMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        a = _length_parts(prev.value) if prev is not None and prev.type == "DURATION" else None
        b = _length_parts(m.value) if m.type == "DURATION" else None
        if (prev is not None and a and b and _LENGTH_JOIN.fullmatch(text[prev.end:m.start])
                and max(i for i, x in enumerate(a) if x) < min(i for i, x in enumerate(b) if x)
                # (not "lasted 69 years, one day after Gorbachev resigned": a length and a step;
                # but "six hours and 40 minutes after launch" is one length)
                and not ("and" not in text[prev.end:m.start] and _STEP_AFTER.match(text, m.end))):
            parts = [x or y for x, y in zip(a, b)]
            date_part = "".join(f"{n}{u}" for n, u in zip(parts[:4], "YMWD") if n)
            time_part = "".join(f"{n}{u}" for n, u in zip(parts[4:], "HMS") if n)
            value = "P" + date_part + (f"T{time_part}" if time_part else "")
            out[-1] = replace(prev, end=m.end, text=text[prev.start:m.end], value=value)
            continue
        out.append(m)
    return out


# the opening or closing stretch of a month ("the first two weeks of June", "the final days of")
_MONTH_STRETCH = rx(r"the\s+(?:first|last|final|opening|closing)\s+(?:(?:few|two|three|four|"
                    r"several|\d)\s+)?(?:days|weeks)", re.IGNORECASE)


def _stretches_of_months(text: str, mentions: list[TemporalMention]) -> list[TemporalMention]:
    """The opening or closing days or weeks of a month are a time in that month, one mention:
    "were down 35 percent in the first two weeks of June" (2020-06), "in the last days of
    December"."""
    out: list[TemporalMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "DURATION" and m.type == "DATE"
                and _MONTH_ONLY.fullmatch(m.value) and BARE_MONTH.fullmatch(m.text)
                and _MONTH_STRETCH.fullmatch(prev.text) and text[prev.end:m.start] == " of "):
            out[-1] = replace(m, start=prev.start, text=text[prev.start:m.end])
            continue
        out.append(m)
    return out


def _ranges_in_order(text: str, mentions: list[TemporalMention]) -> list[TemporalMention]:
    """The end of a range that took its year from the reference date comes after its start:
    "Records were broken in every month from June through November" (in December) ends in the
    November after June, not the next one."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (b.anchor != "dct" or not _CALENDAR_POINT.fullmatch(a.value)
                # (a weekday's week is not the month's: _weekday_ranges puts it after the start)
                or _bare_weekday(b)
                # ("from January 1987 through last month": a month counted from now keeps it)
                or b.text.lower().startswith(("last ", "next ", "this ", "the "))
                or not _CALENDAR_POINT.fullmatch(b.value) or not _joined_as_range(text, a, b)
                # (a clock time counts only with its month told: "from 10 p.m. to 6 a.m." is a night)
                or "T" in b.value and not _MONTH_WORD.search(b.text)):
            continue
        year = int(a.value[:4])
        candidate = f"{year}{b.value[4:]}"
        if candidate[:10] < a.value[:len(candidate[:10])]:
            candidate = f"{year + 1}{b.value[4:]}"
        if candidate != b.value:
            out[i + 1] = replace(b, value=candidate, anchor="article-year")
    return out


_WEEKDAY_WORD = rx(r"\b" + WEEKDAY + r"\b", re.IGNORECASE)
# (words that fix the week already: "last Wednesday", "Sunday, March 1")
_NAMED_WEEK = rx(r"\b(?:last|next|this|past|coming|following|previous|" + MONTH + r")\b",
                 re.IGNORECASE)


def _joined_as_range(text: str, a: TemporalMention, b: TemporalMention) -> bool:
    """Whether ``a`` and ``b`` are the two ends of one range ("from June through November",
    "between Monday and Friday")."""
    return bool(_RANGE_JOIN.fullmatch(text[a.end:b.start])
                and _RANGE_OPEN.search(text, max(0, a.start - 9), a.start))


def _month_pair(text: str, a: TemporalMention, start: int, end: int, value: str) -> bool:
    """Whether ``text[start:end]`` (valued ``value``) is a bare month joined to mention ``a``, a
    bare month before it ("August and September", "April through November")."""
    return bool(_MONTH_ONLY.fullmatch(value) and _MONTH_ONLY.fullmatch(a.value)
                and _PAIR_JOIN.fullmatch(text[a.end:start])
                and BARE_MONTH.fullmatch(a.text) and BARE_MONTH.fullmatch(text[start:end]))


def _paired_month(text: str, start: int, end: int, r: Resolved,
                  mentions: list[TemporalMention], dct: date) -> Resolved:
    """A month told right after another, neither with a year ("looking past this quarter to
    August and September", "in late April and early May"), follows it: the same year, or the
    next when it comes earlier in the calendar. The reference date's own month keeps the year its
    tense gave it ("sales in November and December would rise", written on Dec. 24), and the
    month paired before it (the last of ``mentions``) is set to that year when tense put it in
    the next."""
    a = mentions[-1] if mentions else None
    if a is None or r.anchor != "dct" or not _month_pair(text, a, start, end, r.value):
        return r
    if r.value[5:] == f"{dct.month:02d}":
        if r.value[:4] == str(dct.year) and a.value[:4] == str(dct.year + 1) and a.value[5:] < r.value[5:] \
                and _AND_OR.fullmatch(text[a.end:start]):
            # ... and the month paired before it is in that year too ("will grow in November and
            # December", written on Dec. 1: this season's November, not next year's; a range
            # "from April through November" is left to the range's own reading)
            mentions[-1] = replace(a, value=f"{dct.year}{a.value[4:]}")
        return r
    year = int(a.value[:4]) + (r.value[5:] <= a.value[5:])
    if str(year) == r.value[:4]:
        return r
    return Resolved(r.type, f"{year}{r.value[4:]}", "article-year", None)


def _bare_weekday(m: TemporalMention) -> bool:
    """Whether a mention names a weekday and nothing that fixes its week ("Thursday", "4 p.m.
    Wednesday"; not "last Wednesday" or "Sunday, March 1")."""
    return bool(_WEEKDAY_WORD.search(m.text)) and not _NAMED_WEEK.search(m.text)


def _weekday_ranges(text: str, mentions: list[TemporalMention], dct: date | None
                    ) -> list[TemporalMention]:
    """The ends of a range of weekdays ("from 4 p.m. Wednesday until 10 a.m. Thursday") lie in
    one week, the start first. Each end is read from its own words ("has issued an advisory from
    ... Wednesday" looks back, "until ... Thursday" ahead); when they fall apart, the end nearer
    the reference date keeps its day and the other joins it."""
    if dct is None:
        return mentions
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (_joined_as_range(text, a, b) and _bare_weekday(b)
                and DAY_VALUE.fullmatch(a.value[:10]) and DAY_VALUE.fullmatch(b.value[:10])):
            continue
        da, db = date.fromisoformat(a.value[:10]), date.fromisoformat(b.value[:10])
        if 0 <= (db - da).days < 7:
            continue
        step = timedelta(days=(db.weekday() - da.weekday()) % 7)
        if not _bare_weekday(a):
            # a start that names its date keeps it, and the end only has to follow it ("from
            # Sunday, March 1 through Thursday"; "bought from Sept. 14 to Thursday" spans weeks)
            if db < da:
                out[i + 1] = replace(b, value=(da + step).isoformat() + b.value[10:])
            continue
        if abs((db - dct).days) <= abs((da - dct).days):
            out[i] = replace(a, value=(db - step).isoformat() + a.value[10:])
        else:
            out[i + 1] = replace(b, value=(da + step).isoformat() + b.value[10:])
    return out


def _times_with_their_day(text: str, mentions: list[TemporalMention]) -> list[TemporalMention]:
    """A clock time is on the day written next to it: after it ("at 10:35 a.m. (0735 GMT)
    Friday"), before it ("the following Sunday at 4:30 p.m.") or at the end of its range
    ("between 2 a.m. and 8 a.m. Friday")."""
    out: list[TemporalMention | None] = list(mentions)
    for i in range(len(out) - 2):
        t, g, d = out[i], out[i + 1], out[i + 2]
        if (t.type == "TIME" and g.type == "TIME" and d.type == "DATE" and DAY_VALUE.fullmatch(d.value)
                and DAY_VALUE.match(t.value) and DAY_VALUE.match(g.value)
                and _DAYLESS_TIME.fullmatch(t.text) and _DAYLESS_TIME.fullmatch(g.text)
                and re.fullmatch(r"\s*\(\s*", text[t.end:g.start])
                and re.fullmatch(r"\s*\)\s*,?\s*(?:on\s+)?", text[g.end:d.start])):
            # "at 10:35 a.m. (0735 GMT) Friday": the time and its restatement, on the day named
            out[i] = replace(t, value=d.value + t.value[10:], anchor=d.anchor, reference=d.reference)
            out[i + 1] = replace(g, value=d.value + g.value[10:], anchor=d.anchor, reference=d.reference)
    for i in range(len(out) - 1):
        t, d = out[i], out[i + 1]
        if t is None or d is None:
            continue
        if (t.type == "TIME" and d.type == "DATE" and DAY_VALUE.match(t.value)
                and DAY_VALUE.fullmatch(d.value) and _DAY_NAMED.fullmatch(d.text)
                and text[t.end:d.start] == " " and _DAYLESS_TIME.fullmatch(t.text)):
            # "10 a.m. that day", "noon the same day": one time, on the day named
            out[i] = replace(t, end=d.end, text=text[t.start:d.end], value=d.value + t.value[10:],
                             anchor=d.anchor, reference=d.reference)
            out[i + 1] = None
        elif (t.type == "TIME" and d.type == "DATE" and DAY_VALUE.fullmatch(d.value)
                and DAY_VALUE.match(t.value) and _DAYLESS_TIME.fullmatch(t.text)
                and _TIME_TO_DAY.match(text[t.end:d.start])):
            out[i] = replace(t, value=d.value + t.value[10:], anchor=d.anchor, reference=d.reference)
            if _ON_JOIN.fullmatch(text[t.end:d.start]):
                # "9 p.m. on New Year's Eve", "3:30 a.m. on Good Friday": one time, as "12:30
                # p.m. on March 3" is
                out[i] = replace(out[i], end=d.end, text=text[t.start:d.end])
                out[i + 1] = None
        elif (t.type == "TIME" and d.type == "TIME" and DAY_VALUE.match(t.value)
              and (part := _PART_NAMED.fullmatch(d.text)) and DAY_VALUE.match(d.value)
              and text[t.end:d.start] == " " and (clock := re.match(r"T(\d\d):(\d\d)", t.value[10:]))):
            # "at 9:30 that night", "1:47 the next morning": one time, on the day of the part
            # named, in its half of the day
            hour = int(clock[1])
            word = part.group(2).lower()
            day = date.fromisoformat(d.value[:10])
            if word in ("afternoon", "evening") and hour < 12 or word == "night" and 6 <= hour < 12:
                hour += 12
            elif hour == 12 and "m." not in t.text and word in ("morning", "night"):
                # "12:30 that night" is the half hour after midnight; "12 that night" midnight
                if word == "night" and clock[2] == "00":
                    hour = 24
                else:
                    hour = 0
                    day += timedelta(days=1 if word == "night" else 0)
            out[i] = replace(t, end=d.end, text=text[t.start:d.end],
                             value=f"{day.isoformat()}T{hour:02d}:{clock[2]}", anchor=d.anchor,
                             reference=d.reference)
            out[i + 1] = None
        elif (d.type == "TIME" and t.type == "DATE" and DAY_VALUE.fullmatch(t.value)
              and t.text[-4:].isdigit() and DAY_VALUE.match(d.value) and _DAYLESS_TIME.fullmatch(d.text)
              and re.fullmatch(r",? *(?:[-\u2013\u2014] *)?", text[t.end:d.start])
              and _LINE_ENDS.match(text, d.end)):
            # a broadcast's heading, "Monday, June 16, 1997, 6:30 p.m. ET" on a line of its
            # own: one time
            out[i] = replace(d, start=t.start, text=text[t.start:d.end], value=t.value + d.value[10:],
                             anchor=t.anchor, reference=t.reference)
            out[i + 1] = None
        elif (d.type == "TIME" and t.type == "DATE" and DAY_VALUE.fullmatch(t.value)
              and _BARE_DAY.fullmatch(t.text) and text[t.end:d.start] == " at "
              and _BARE_CLOCK.fullmatch(d.text) and not _CAPITAL_NEXT.match(text, d.end)):
            # "services resume Sunday at 10:30": one time, as "Sunday at 10:30 a.m." is
            out[i] = replace(d, start=t.start, text=text[t.start:d.end], value=t.value + d.value[10:],
                             anchor=t.anchor, reference=t.reference)
            out[i + 1] = None
        elif (d.type == "TIME" and t.type == "DATE" and DAY_VALUE.fullmatch(t.value)
              and DAY_VALUE.match(d.value) and d.value[:10] != t.value
              and _DAYLESS_TIME.fullmatch(d.text) and _DAY_TO_TIME.fullmatch(text[t.end:d.start])):
            # "the following Sunday at 4:30 p.m.": the time of the day just named
            out[i + 1] = replace(d, value=t.value + d.value[10:], anchor=t.anchor,
                                 reference=t.reference)
        elif (t.type == "TIME" and d.type == "TIME" and DAY_VALUE.match(t.value)
              and DAY_VALUE.match(d.value) and _DAYLESS_TIME.fullmatch(t.text)
              and not _DAYLESS_TIME.fullmatch(d.text) and _TIME_RANGE_JOIN.fullmatch(text[t.end:d.start])):
            # "between 2 a.m. and 8 a.m. Friday": both ends on the day named at the end
            out[i] = replace(t, value=d.value[:10] + t.value[10:], anchor=d.anchor,
                             reference=d.reference)
        elif (t.type == "TIME" and d.type == "TIME" and DAY_VALUE.match(t.value)
              and DAY_VALUE.match(d.value) and t.value[10:] == d.value[10:]
              and _DAYLESS_TIME.fullmatch(t.text) and re.fullmatch(r"\s*\(\s*", text[t.end:d.start])):
            # "at 4 in the morning (4 a.m. EDT Thursday)": the same moment, on the day it names
            out[i] = replace(t, value=d.value, anchor=d.anchor, reference=d.reference)
    return [mt for mt in out if mt is not None]
