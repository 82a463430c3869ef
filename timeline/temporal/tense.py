"""A light tense guess for the verb that governs a temporal expression.

No parser: the nearest tense marker in the same sentence wins (auxiliaries, irregular past forms,
"-ed" words), scanning outwards from the expression. Good enough to decide whether "Friday" or
"in November" points back or forward in news text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from timeline.temporal.lexicon import BARE_MONTH, WEEKDAY, month_number
from timeline.temporal.regex_cache import rx

PAST = "past"
FUTURE = "future"
PRESENT = "present"
# a verb that looks ahead, or a present timetable ("opens in July"): a year told before it in its
# sentence is not its year
LOOKING_AHEAD = (FUTURE, PRESENT)
# the words of a weather forecast, in a sentence with no verb to go by
_FORECAST_WORDS = rx(r"\b(?:forecasts?|chance\s+of|highs?\s+(?:in|near|of|around)|lows?\s+(?:in|near|of|"
                     r"around)|showers|thunderstorms)\b", re.IGNORECASE)
_ENTRY_AFTER = rx(r"(?:\s+(?:and|or)\s+\w+)?\s*:")
# a plan told as it stood ("was due here on February 5", "was first set for Jan. 22", "had
# planned to meet in September"): the nearest such time, behind or ahead; the tagger reads it
# as PRESENT for a weekday or a month and as no tense (the nearest) for a day of the month
TOLD_PLAN = "told-plan"

# (a compound is one word: "closed-door", "face-to-face"; the tail of "U.S.-brokered" no verb)
# ("May 15" is one token: the month and its day, never the modal; digits are no tokens otherwise)
_TOKEN = rx(r"(?<![-A-Za-z])May\s+\d{1,2}\b|(?<![-A-Za-z])[A-Za-z]+(?:-[A-Za-z]+)*(?:'(?!ll\b)[a-z]+)?|n't|'ll|,(?!\d)|[;:()\"\u2014]|(?<=\s)(?:--|\u2013)(?=\s)")

_PAST_IRREGULAR = frozenset(
    ["was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "held", "began", "left", "won", "lost", "fell", "rose", "saw", "got", "paid", "sold", "bought", "brought", "thought", "sent", "spent", "kept", "led", "ran", "set", "put", "cut", "hit", "became", "found", "knew", "grew", "heard", "meant", "stood", "understood", "wrote", "spoke", "broke", "chose", "drove", "flew", "struck", "fought", "caught", "taught", "sought", "built", "dealt", "felt", "forgot", "froze", "hid", "hung", "laid", "lay", "lit", "overtook", "quit", "rang", "read", "rode", "sank", "sat", "shook", "shot", "shut", "slid", "spun", "split", "spread", "stole", "stuck", "swore", "swept", "swung", "threw", "took", "tore", "withdrew", "woke", "wore", "agreed", "ago", "yesterday", "last", "earlier", "resigned", "announced", "reported", "sued", "died", "fled", "used", "tied", "owed", "eyed", "lied", "bled",
     "blew", "drew", "dug", "ate", "arose", "bore", "bit", "clung", "crept", "dove", "drank", "forbade",
     "foresaw", "forgave", "knelt", "leapt", "lent", "mistook", "misled", "overcame", "oversaw", "overran",
     "overrode", "overthrew", "outgrew", "rebuilt", "rewrote", "sang", "shone", "shrank", "slept", "sped",
     "sprang", "stank", "stung", "strode", "strove", "swam", "undertook", "underwent", "upheld", "wept",
     "withheld", "withstood", "wove", "awoke", "befell", "spat", "beat", "let"]
)
# Words ending in "ed" that are not past forms.
_NOT_ED = frozenset(
    ["need", "indeed", "hundred", "united", "red", "speed", "bed", "shed", "seed", "feed", "weed", "breed", "greed", "reed", "proceed", "exceed", "succeed", "embed", "sacred", "wicked", "naked", "kindred", "deed", "creed", "fed", "led", "bred", "sped", "hatred", "biased", "based", "related", "detailed", "limited", "noted", "advanced",
     # adjectives of state ("leave its rates unchanged at the fixing on Tuesday")
     "unchanged", "unprecedented", "unexpected", "unidentified", "unnamed", "undecided",
     "unarmed", "unemployed", "unvaccinated", "unrelated", "unspecified", "undisclosed",
     "unscheduled", "unconfirmed", "unresolved", "unopposed", "unexplained", "unlimited",
     "unmanned", "unsolved", "unwanted", "unsettled", "unaffected", "unharmed", "unscathed",
     # adjectives before a noun ("the Group of Seven industrialized nations on Friday")
     "industrialized", "industrialised", "sophisticated", "talented", "renowned", "skilled"]
)
# irregular past participles, read as the -ed forms are ("its set-top box, first shown in
# September, would ship in February": shown then)
_PAST_PARTICIPLES = frozenset(
    ["shown", "known", "seen", "given", "taken", "written", "begun", "grown", "drawn", "broken",
     "chosen", "driven", "fallen", "flown", "forgotten", "hidden", "ridden", "risen", "spoken",
     "stolen", "sworn", "thrown", "torn", "withdrawn", "undertaken", "overtaken", "beaten",
     "shaken", "forbidden"]
)
_AUX_FUTURE = frozenset(["will", "'ll", "shall", "would", "wo"])
# contracted negatives, read as the words they contract
_NEGATED = {"didn't": "did", "wasn't": "was", "weren't": "were", "hadn't": "had", "won't": "will",
            "wouldn't": "would"}
# words that cannot follow the modal "may" ("sales in May were flat")
_NOT_AFTER_MODAL = frozenset(["was", "were", "is", "are", "has", "had", "and", "or", ",", ";", ")",
                              '"', "<T>"])
_AUX_PRESENT_PASSIVE = frozenset(["is", "are", "am", "be", "been", "being"])
# "by August", "until January", "effective June 1": a deadline or a start, ahead of the reference.
_FORWARD_PREPOSITIONS = frozenset(["by", "until", "till", "through", "effective", "starting", "beginning"])
_SPAN_UNITS = frozenset(["day", "days", "week", "weeks", "visit", "trip", "tour", "talks"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "still", "very", "more", "most", "newly", "its", "their", "his", "her", "our", "this", "these", "those"]
)
_MODALS = frozenset(["might", "may", "could", "can", "must", "should"])
# verbs of a forecast for a stretch of time
_FORECAST_VERBS = frozenset(["expects", "expect", "expected", "forecast", "forecasts", "projects",
                             "projected", "sees", "predicts", "estimates", "anticipates", "will"])
# verbs that ask someone to do something ("asked FIFA to allow ...")
_ASKING_TO = frozenset(["asked"])
_NOT_A_VERB_AFTER_TO = frozenset(["<T>", "the", "a", "an", "its", "their", "his", "her", "be", "have"])
# the participles of telling
_TELLING = frozenset(["saying", "announcing", "telling", "adding", "noting", "warning", "stating",
                      "declaring", "confirming", "reporting", "insisting", "arguing"])
# deciding verbs told as the deciding is done ("agreeing to remove 9.7 million barrels a day in
# May"): what they look ahead to is to come
_DECIDING = frozenset(["agreeing", "deciding", "vowing", "pledging"])
_TO_FUTURE = frozenset(
    ["planned", "planning", "plans", "plan", "set", "scheduled", "slated", "expected", "expects", "expect", "due", "hoped", "hopes", "hope", "hoping", "intended", "intends", "intend", "wants", "want", "wanted", "prepare", "prepares", "prepared", "preparing", "aims", "seeks", "ready", "is", "are", "am", "going", "likely", "agreed", "decided", "promised", "vowed", "threatened",
     "offered", "proposed", "proposes", "timed",
     # the same decisions told as they are made ("agreeing to remove 9.7 million barrels a day
     # in May", "vows to finish the line by June")
     *_DECIDING,
     # "was poised to hit Okinawa Thursday night", "was forecast to pass", "was on course to",
     # "was on track to"
     "poised", "forecast", "predicted", "projected", "course", "track"]
)
# an occasion a decision was taken at ("at their summit", "at a meeting")
_AT_THE_OCCASION = rx(r"\bat (?:their|the|a|its|his|her) (?:\w+ )?(?:summit|meeting|talks|"
                      r"conference|session|congress)\b")
# verbs whose object is to do something later ("asked the court to rule by Friday")
# (not "allowed", "forced", "ordered": "allowed the policy to stay in place in May" is when it
# was allowed)
_ASK_SOMEONE_TO = frozenset(["wanted", "want", "wants", "asked", "asks", "urged", "urges",
                             "told", "tells", "expected", "expects", "invited", "invites",
                             "pressed", "encouraged", "encourages", "advised", "advises",
                             "reminded", "reminds", "summoned", "summons", "called", "calls",
                             "instructed", "directed"])
# an -ed word right after a preposition is an adjective ("a webcast for affected customers"), as
# after "only" ("their only televised debate")
_ADJ_AFTER = frozenset(["for", "with", "of", "from", "among", "about", "into", "on", "in", "at",
                        "against", "toward", "towards", "only"])
# bodies whose names run on with "to" ("told the Committee to Protect Journalists in August")
_NAMED_TO = frozenset(["committee", "campaign", "coalition", "foundation", "alliance", "movement",
                       "society", "league", "institute", "center", "centre", "fund", "council"])
# past forms of deciding verbs: done by the time they are reported
_DONE_TO = frozenset(["agreed", "decided", "promised", "vowed", "threatened", "pledged", "offered",
                      "proposed"])
# what makes "expected" no forecast of the writer's subject: "than expected", "had expected",
# "was expected", "the expected ..."
_NOT_EXPECTING = frozenset(["than", "as", "had", "been", "be", "is", "was", "were", "are", "the", "a",
                            "an", "its", "their", "his", "her"])
# alerts issued for hours to come, and what ends one
_ALERTS = frozenset(["warning", "watch", "advisory", "alert"])
_ALERT_ENDED = frozenset(["expired", "lifted", "ended", "canceled", "cancelled", "had"])
# what a hyphen may follow in a verb ("re-elected", "co-founded", "pre-recorded")
_VERB_PREFIXES = frozenset(["re", "co", "pre", "e", "un", "de", "mis", "over", "under", "cross",
                            "double", "fast", "out", "up", "down", "back", "well"])
_PLANNED = frozenset(["scheduled", "slated", "expected", "set", "due", "planned"])
# Present-tense verbs of timetables ("opens Tuesday", "leaves office in January").
_SCHEDULED_PRESENT = frozenset(
    ["opens", "begins", "starts", "leaves", "arrives", "departs", "convenes", "resumes", "ends",
     "closes", "expires", "kicks", "heads", "returns", "travels", "takes",
     # with a plural subject ("Polling stations open at 8 a.m. Sunday", "tallies begin Wednesday")
     "open", "begin", "start", "arrive", "depart", "convene", "resume", "expire", "return",
     "close", "kick",
     # "Tickets go on sale Friday", "before it lapses Monday", "sets policy on Friday"
     "goes", "go", "lapses", "sets",
     # "money runs out at 12:01 a.m. Saturday", "a summit which concludes Friday"
     "runs", "concludes", "conclude", "finishes",
     # "days before leaders of the Group of 20 gather in Hamburg on Friday"
     "gathers", "gather",
     # "when markets reopen Monday", "before the delegations reconvene Monday afternoon"
     "reopens", "reopen", "reconvenes", "reconvene",
     # "the series shifts to Riverside for Games 3, 4 and 5 on Saturday"
     "shifts", "moves",
     # "flies to Bali on Sunday", "the agency publishes December trade figures on Tuesday", "the
     # witness testifies Friday", "the series premieres Sunday"
     "flies", "fly", "publishes", "publish", "testifies", "testify", "airs",
     "premieres", "debuts",
     # "The 72-hour mark passes early Thursday"
     "passes",
     # "the Supreme Court, which hears arguments in the case at 10 a.m. Friday"
     "hears",
     # "The hearings continue Thursday", "restrictions on the shares end on Thursday", "the class
     # that graduates Sunday"
     "continues", "continue", "end", "graduates", "graduate"]
)
# Verbs of a calendar that are as often plural nouns ("222 votes", "Country Reports on Human
# Rights", "face-to-face talks"): a timetable only right before the expression or a short object
# before it ("Shareholders vote Wednesday", "Ostsee Sparbank reports on Tuesday", "who faces
# elections on May 14")
_CALENDAR_OR_NOUN = frozenset(["reports", "votes", "plays", "faces", "meets", "meet", "holds",
                               "hosts", "follows", "vote", "play", "host", "face", "hold",
                               "releases", "stops",
                               # "Both Koreas mark Liberation Day on Tuesday", "the index comes out
                               # Friday" (not "marks", as often money: "from 2.86 marks Thursday")
                               "mark", "celebrate", "celebrates", "observe", "observes",
                               "comes",
                               # "Both parties debate at Saint Anselm College Saturday night, and
                               # Republicans appear at a televised forum Sunday"
                               "debate", "debates", "appear", "appears",
                               # "visit Kearsarge State Saturday"
                               "visit"])
_BARE_CALENDAR = frozenset(["vote", "play", "host", "face", "hold", "mark", "celebrate", "observe",
                            "debate", "appear", "visit"])
# the words of a short object between such a verb and its day ("reports April consumer prices")
_OBJECT_WORD = rx(r"[a-z0-9][a-z0-9'-]*")
_NOT_OBJECT = frozenset(["that", "which", "who", "said", "says", "and", "but", "or", "was", "were",
                         "is", "are", "be", "been", "will", "would", "has", "have", "had", "to",
                         "after", "before", "since", "until", "when", "while", "if", "on", "in",
                         "at", "by", "for", "from", "as", "than", "not", "did", "does", "do",
                         "of"])
_NOUN_AFTER_PREPOSITION = frozenset(["about", "of", "with", "from", "amid", "after", "despite",
                                     "over", "into", "like", "among"])

_BARE_FORMS = frozenset(w for w in _SCHEDULED_PRESENT if not w.endswith("s"))
# words after a plural noun, not after a verb ("reports by Wednesday", "votes of the board")
_AFTER_A_NOUN = frozenset(["by", "of", "from", "that", "said", "say", "says", "were", "was", "are",
                           "is", "have", "had", "as"])

# Words that may stand between an auxiliary and its verb ("will not be", "had already been").
_AUX_CHAIN = frozenset(
    ["will", "'ll", "shall", "would", "wo", "is", "are", "am", "be", "been", "being", "has", "have",
     "had", "was", "were", "not", "n't", "also", "already", "just", "still", "now", "never",
     "previously", "originally", "initially", "recently", "then", "next", "first", "tentatively",
     # copulas before a participle ("would remain closed Monday")
     "remain", "remains", "stay", "stays"]
)
# what follows the date that opens a chronology's entry ("April 17 - ", "February: ")
_ENTRY_SEPARATOR = rx(r"\s*(?:[:\u2013\u2014]|-\s)")
# adverbs of habit: a timetable verb after one tells what usually happens, not what is next
_HABITUAL = frozenset(["normally", "usually", "typically", "generally", "often", "always",
                       "traditionally", "customarily", "routinely"])
_SUBJECT_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "you"])
_REPORTING = frozenset(["said", "says", "say", "told", "added", "announced", "reported"])


# words before "May" that make it the month ("in May", "since May", "early May")
_BEFORE_MONTH = frozenset(["in", "of", "since", "until", "till", "by", "from", "through", "to",
                           "during", "early", "late", "mid", "last", "next", "this", "between"])


def _auxiliaries(tokens: list[str], i: int) -> list[str]:
    """The auxiliary chain right before token ``i`` ("had been" in "had been due")."""
    out: list[str] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j] not in _AUX_CHAIN:
            break
        out.append(tokens[j])
    return out


# words before "calls for" that make it a noun ("renewed calls for talks in May")
_CALLS_NOUN_BEFORE = frozenset(["new", "renewed", "growing", "repeated", "fresh", "mounting",
                                "made", "make", "making", "issued", "amid", "of", "and", "with",
                                "ignored", "rejected", "heeded", "despite", "after", "urgent"])


# participles of a time drawing near ("with the deadline arriving Wednesday")
_ARRIVING = frozenset(["arriving", "approaching", "looming", "nearing", "coming", "due"])


def _verb_since_quote(tokens: list[str], end: int) -> bool:
    """Whether a verb marker stands before ``end``, after the last quotation mark, colon or
    semicolon."""
    lo = max((j + 1 for j in range(end) if tokens[j] in ('"', ":", ";")), default=0)
    return any(_classify(tokens, j) is not None for j in range(lo, end))


def _opens_with_month(sentence: str, start: int, end: int) -> bool:
    """Whether the expression ``sentence[start:end]`` opens with a month's name ("Jan. 1")."""
    return month_number(sentence[start:end].split()[0]) is not None


def _dated_up_front(tokens: list[str], i: int) -> bool:
    """Whether the expression opens the clause of token ``i``, then a comma and a short subject
    ("In August, Veritek forecast ...", "On Monday, analysts expected ..."): it dates the act."""
    k = next((j for j in range(i - 2, max(-1, i - 7), -1) if tokens[j] == "<T>"), None)
    return k is not None and tokens[k + 1] == "," \
        and all(t in _CLAUSE_OPENERS for t in tokens[_clause_start(tokens, k):k]) \
        and all(t not in _CLAUSE_BREAKS and t not in _AUX_CHAIN for t in tokens[k + 2:i])


def _classify(tokens: list[str], i: int) -> str | None:
    """Tense signalled by token ``i`` (lower-case), or None if it is not a marker."""
    w = _NEGATED.get(tokens[i], tokens[i])  # "didn't go" tells its tense as "did" does
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if w == "may" and (nxt[:1].isdigit() or (i > 0 and tokens[i - 1] in _BEFORE_MONTH)
                       or nxt in _NOT_AFTER_MODAL or (i > 1 and tokens[i - 1] in ("and", "or", "to")
                                                       and "<T>" in tokens[max(0, i - 3):i])):
        # "in May", "May 5", "between January and May were down": the month, not the modal
        return None
    if w == "can" and (nxt in _NOT_AFTER_MODAL or nxt in ("of", "") or (
            i > 0 and tokens[i - 1] in ("a", "an", "the", "gas", "trash", "beer", "soda", "tin"))):
        return None  # "buying a red plastic gas can and two gallons": the noun
    if w in _AUX_FUTURE or w in _MODALS:
        return FUTURE
    if w in _ASKING_TO and not {"was", "were"} & set(_auxiliaries(tokens, i)) \
            and "when" not in tokens[max(0, i - 5):i]:
        # (not "we were asked to stand aside Wednesday", "when officials asked to speak ... in
        # February": a request told as done)
        k = next((j for j in range(i + 1, min(len(tokens), i + 5)) if tokens[j] == "to"), None)
        if k is not None and k + 1 < len(tokens) and tokens[k + 1] not in _NOT_A_VERB_AFTER_TO \
                and "<T>" in tokens[k + 2:k + 12] and "<T>" not in tokens[i:k] \
                and all(t not in _CLAUSE_BREAKS for t in tokens[i + 1:k]):
            # "had asked FIFA to allow loans until the end of November", "airlines have been
            # asked to cancel every departure between midnight Wednesday and midnight Thursday":
            # what they are asked to do is ahead
            return FUTURE
    if w in _TELLING and i > 0 and tokens[i - 1] == "," \
            and (nxt == "<T>" or nxt == "on" and tokens[i + 2:i + 3] == ["<T>"]):
        # "pushed back the deadline, announcing Wednesday that families will have until June 1":
        # the day of the telling, gone by (not "they're saying Wednesday", "begin reporting
        # Friday": no participle clause)
        return PAST
    if w == "last" and (nxt not in _AFTER_LAST or (
            nxt in _NUMBER_WORDS and (tokens[i + 2] if i + 2 < len(tokens) else "") not in _AFTER_LAST)):
        # "one last time on Wednesday afternoon", "in a last attempt to avert war", "will
        # disconnect its last three reactors on Saturday"
        return None
    if w == "last" and i > 0 and tokens[i - 1] == "the" and tokens[i + 2:i + 3] == ["of"]:
        return None  # "will push the last day of school into late June": the final one, no past
    if w == "last" and i > 0 and tokens[i - 1] in ("above", "below", "than", "over", "versus", "vs"):
        # "fares from mid-June to late August running 9 percent above last summer": the base of
        # a comparison, not the time of the clause
        return None
    if w == "last" and i > 0 and tokens[i - 1] == "for" and "<T>" in tokens[i + 1:i + 4]:
        # "will release the consumer price index for last month on Wednesday": the period the
        # figures cover, not the time of the telling
        return None
    if w == "earlier" and nxt == "than":
        return None  # "the next try would come no earlier than Thursday"
    if w == "left" and nxt in ("before", "in", "to", "until", "for", "this", "on", "at", ",") and i > 1 \
            and tokens[i - 1] not in _SUBJECT_PRONOUNS | _AUX_CHAIN \
            and {"have", "has", "had", "with"} & set(tokens[max(0, i - 5):i - 1]):
        return None  # "They have one series left before the break": what remains, no past
    if i > 0 and tokens[i - 1] == "newly":
        return None  # "will report sales of newly built homes on Monday": an adjective
    if w in ("plan", "plans") and i > 0 and tokens[i - 1] in ("a", "the", "of", "its", "their", "his", "her") \
            and "<T>" in tokens[max(0, i - 8):i]:
        # ("notified Congress on Friday of plans to sell missiles")
        return None  # "Yoon broke the deadlock in March with a plan to pay victims": a noun after
    after_to = tokens[i + 2] if i + 2 < len(tokens) else ""
    if w in _DONE_TO and nxt != "to" and "had" not in _auxiliaries(tokens, i):
        # "agreed on Saturday to raise production in July": the day the agreeing was done stands
        # between the verb and what it looks ahead to
        k = i + 1 + (2 if nxt == "on" and tokens[i + 2:i + 3] and tokens[i + 2] in _DAY_NAMES
                     else 1 if nxt in _DAY_NAMES else 0)
        if k > i + 1 and tokens[k:k + 1] == ["to"] and tokens[k + 1:k + 2] \
                and tokens[k + 1] not in ("<T>", "in", "on", "at", "by", "for", "the", "a"):
            return FUTURE
    if nxt == "to" and w in _TO_FUTURE and after_to not in ("<T>", "in", "on", "at", "by", "for",
                                                          # ("what was promised to us in April")
                                                          "us", "them", "him", "her", "me", "you") \
            and not ((w in _DONE_TO or w in _DECIDING) and after_to in _DETERMINERS
                     and "if" not in tokens[max(0, i - 4):i]) \
            and not (w in _DECIDING and "<T>" in tokens[max(0, i - 3):i]):
        # ("a plan the two militaries agreed to in September": no infinitive after "to"; nor
        # "agreed to a 90-day truce over dinner on Dec. 1", unless a condition still ahead:
        # "if Ukraine agreed to the higher one from the second quarter"; nor the participle
        # after a main verb's time: "took office in May pledging to improve ties")
        # "had been due to expire Friday": a plan that is already behind the writer
        if w in ("planned", "hoped", "intended", "expected") and _auxiliaries(tokens, i) == ["had"] \
                or w in ("due", "scheduled", "slated", "set") and _auxiliaries(tokens, i) == ["been", "had"]:
            # ("had been due to expire at the end of July": a plan since changed, near either way)
            # "had planned to meet again in Washington in September": a plan given up, whose
            # time is the nearest such one, behind or ahead
            return TOLD_PLAN
        if w in ("scheduled", "slated", "set", "due") and _auxiliaries(tokens, i) in (["was"], ["were"]):
            # "Blinken was scheduled to land on Sunday. He postponed the trip": a plan told as
            # it stood, the nearest such day
            return TOLD_PLAN
        if "had" in _auxiliaries(tokens, i) and not (
                w in _DONE_TO and "<T>" in tokens[i + 2:i + 8] and "<T>" not in tokens[:i]):
            return PAST  # (but "said the two sides had agreed to meet at 10 a.m. Thursday")
        # "On Monday, they agreed to set up a group": the date is the agreeing's, which is done;
        # "they agreed to meet on Monday" keeps the meeting ahead
        if w in _DONE_TO and "<T>" in tokens[max(0, i - 20):i]:
            return PAST
        if w in _DONE_TO and "<T>" in tokens[i:i + 16] and _AT_THE_OCCASION.search(
                " ".join(tokens[i:tokens.index("<T>", i)])):
            # "agreed to resume cooperation at their summit in Woodside, California, on Nov.
            # 15": the day is the summit's, where the agreeing was done
            return PAST
        return FUTURE
    if (w in _PLANNED and w != "set" or w == "set" and nxt == "for") and nxt != "to" \
            and {"was", "were", "had"} & set(_auxiliaries(tokens, i)):
        # "Blinken was originally due in Beijing in February", "had been due in February",
        # "arguments were scheduled for April": a plan told in the past, ahead of or behind the
        # writer; read as the present, the nearest such month
        return TOLD_PLAN
    if w in ("was", "were") and nxt == "to" and after_to not in ("<T>", "in", "on", "at", "by",
                                                                   "for", "the", "a", "an", "be", "have"):
        # "Gorbachev was to meet Li Peng on Wednesday": a plan told as it stood, whose day is
        # the nearest such one (ahead when it is a weekday to come)
        return TOLD_PLAN
    if (w in ("was", "were") and nxt == "to" and after_to == "have"
            or w == "supposed" and nxt == "to" and i > 0 and tokens[i - 1] in ("was", "were")):
        # "were supposed to be back by late March", "was to have taken effect on Jan. 1": a
        # plan that did not happen as told, the nearest such time
        return TOLD_PLAN
    if w == "supposed" and nxt == "to" and i > 0 and (
            tokens[i - 1] in ("is", "are", "am") or tokens[i - 1].endswith(("'m", "'re", "'s"))):
        return FUTURE  # "I'm supposed to start a job in June"
    if w in _PLANNED and i > 0 and tokens[i - 1] in ("originally", "initially", "first") \
            and not {"is", "are", "will"} & set(tokens[max(0, i - 3):i]):
        # "The meeting, originally set for Monday, was pushed back", "the 5K, originally set for
        # Sunday, will start at 9": a plan that was changed, the nearest such day
        return TOLD_PLAN
    if w in ("scheduled", "slated"):
        return FUTURE
    if w == "followed" and nxt == "by":
        return None  # "figures are due Thursday, followed by retail sales on Friday": a sequence
    if w == "expected" and (nxt == "<T>" or nxt in ("on", "in", "at", "by") and after_to == "<T>") \
            and (i == 0 or tokens[i - 1] not in ("than", "as")) and not (
                i > 1 and tokens[i - 2] in ("than", "as") and tokens[i - 1] in _SUBJECT_PRONOUNS) \
            and "than" not in tokens[max(0, i - 4):i]:
        # ("fewer jobs than expected in May", "tougher than we expected in the summer", "a
        # steadier footing than many people expected in December": what was expected then)
        # "the high tides expected Sunday", "a final vote expected on Saturday afternoon"
        return FUTURE
    if w in ("forecast", "predicted", "expected") and _dated_up_front(tokens, i):
        return PAST  # "In August, Veritek forecast third-quarter revenue of $4.6 billion"
    if w == "forecast" and i > 0 and tokens[i - 1] in ("he", "she", "it"):
        return PAST  # "In November it forecast a return to profit" (the present is "forecasts")
    if w in ("expected", "forecast", "predicted") \
            and nxt not in ("to", "<T>", "on", "in", "at", "by", "that", ",", "and", "for", "of", "was", "is") \
            and (i == 0 or tokens[i - 1] not in _NOT_EXPECTING | {
                "the", "a", "its", "their", "his", "her", "<T>", "weather", "latest", "new"}):
        # "brokers said they expected further losses on Monday", "the Observatory forecast heavy
        # rain through Sunday and an improvement on Monday": a forecast
        return FUTURE
    if nxt == "for" and w in ("set", "planned", "scheduled", "slated", "due"):
        return FUTURE
    if w in ("set", "scheduled", "slated") and "for" in tokens[i + 2:i + 5] and (
            tokens[tokens.index("for", i + 2) + 1:][:1] == ["<T>"]):
        # "the court set sentencing for Nov. 14", "set the new date for Jan. 14": what was set
        # is ahead
        return FUTURE
    if w == "due" and nxt in ("in", "at", "on", "back", "here", "there", "<T>", "by") and not (
            {"was", "were", "had"} & set(_auxiliaries(tokens, i))):
        return FUTURE  # "with Raimondo due in Beijing on Sunday"
    if w == "calls" and nxt == "for" and i > 0 and tokens[i - 1] not in _DETERMINERS \
            and tokens[i - 1] not in _CALLS_NOUN_BEFORE:
        return FUTURE  # "The agreement calls for cutting output in May and June": a plan
    if w == "called" and nxt == "for" and i > 0 and tokens[i - 1] not in _DETERMINERS \
            and tokens[i - 1] not in _AUX_CHAIN and tokens[i + 2:i + 3] != ["<T>"] \
            and "<T>" not in tokens[:i]:
        # (but "On Wednesday, China's envoy called for restraint": the day of the calling)
        # "Forecasters on Friday called for mostly clear skies Monday morning": what was called
        # for, the nearest such time (but "a strike called for Monday" is the day itself)
        return TOLD_PLAN
    if w == "calling" and nxt == "for" and i > 0 and tokens[i - 1] in ("is", "are", "was", "were"):
        return FUTURE  # "The National Weather Service was calling for showers Saturday night"
    if w == "going" and i + 1 < len(tokens) and tokens[i + 1] == "to":
        return FUTURE
    prev_word = tokens[i - 1] if i > 0 else ""
    if w in ("plans", "plan", "intends", "intend", "hopes", "hope", "expects", "expect", "want",
             "wants"):
        if nxt == "to":
            return FUTURE
        if w in ("plans", "plan") and nxt in ("on", "in", "at", "<T>") \
                and prev_word not in _SUBJECT_PRONOUNS:
            return None  # "submitted updated compensation plans on Sunday": a noun
        words = [t for t in tokens[max(0, i - 4):i] if t != '"']  # ('a draft "action plan"')
        if prev_word in _DETERMINERS or prev_word.endswith("'s") or (
                w == "plan" and len(words) > 1 and (words[-2] in ("a", "an", "the", "draft")
                                                    or words[-2].endswith("'s"))):
            return None  # "announced the plan on Wednesday", "the Dutch plan": a noun
        if w in ("expects", "expect"):
            return FUTURE  # "Few analysts expect a second deal before the election in November"
        return PRESENT
    if w == "planned" and prev_word not in _DETERMINERS:
        aux = _auxiliaries(tokens, i)
        before = tokens[i - 1 - len(aux)] if i - 1 - len(aux) >= 0 else ""
        if not {"had", "was", "were"} & set(aux) and before not in ("as", "than"):
            return FUTURE  # "protesters planned a rally on Saturday": an intention, still ahead
    if i >= 2 and tokens[i - 2:i] == ["to", "be"] and (
            w in _PAST_IRREGULAR or w in _PAST_PARTICIPLES or len(w) > 4 and w.endswith("ed")) \
            and (i < 3 or tokens[i - 3] not in ("said", "thought", "believed", "known", "reported",
                                                "had", "supposed", "was", "were", "used",
                                                "appeared", "appears", "seemed", "seems")) \
            and "<T>" not in tokens[:i]:
        # ("before it appeared to be pulled late Sunday"; nor "used his speech on Monday to call
        # for the forces to be built into ...": a plan told after the day, not the day's)
        # "three-year notes to be sold on Monday": a passive infinitive, ahead (but "toys that
        # had to be marked down in January", "was supposed to be finished by late summer")
        return FUTURE
    past = w in _PAST_IRREGULAR or (
        (len(w) > 4 and w.endswith("ed") or w in _PAST_PARTICIPLES) and w not in _NOT_ED
        # ("longer-dated bonds on Thursday", "its survey-based estimate Wednesday": a compound
        # adjective; but "re-elected", "co-founded" are verbs)
        and not ("-" in w and w.rsplit("-", 1)[0] not in _VERB_PREFIXES) and (
            prev_word not in _DETERMINERS and prev_word not in _ADJ_AFTER
            # "it still gained 2.7 percent in January" (but "a still unfinished bridge")
            or (prev_word == "still" and i > 1 and tokens[i - 2] not in _DETERMINERS)
            # "the last one only ended in June" (but "their only televised debate")
            or (prev_word == "only" and i > 1 and tokens[i - 2] not in _DETERMINERS
                and not tokens[i - 2].endswith("'s") and tokens[i - 2] not in _ADJ_AFTER))
        # ("will publish updated forecasts on Friday": an adjective after a bare verb)
        and not (i > 1 and prev_word not in _AUX_CHAIN
                 and (tokens[i - 2] in _AUX_FUTURE or tokens[i - 2] == "to"
                      or tokens[i - 2] in _MODALS and tokens[i - 2] != "may"))
    )
    if w == "known" and nxt == "as":
        return None  # "a joint exercise with Belarus, known as Zapad, in September": a name
    if past and w in _PAST_IRREGULAR and prev_word in ("the", "a", "an"):
        return None  # "stretch the school year into June to make up the lost time": an adjective
    if past and prev_word in ("remain", "remains", "stay", "stays", "remained", "stayed"):
        # "will close at noon Wednesday and remain closed Thursday and Friday": a state the
        # verb before it tells
        return _classify(tokens, i - 1) if prev_word.endswith("ed") else None
    if past and w in _NOUN_OR_PAST and (prev_word in ("a", "an", "the") or (
            i > 1 and tokens[i - 2] in ("a", "an") and prev_word.replace("-", "").isalpha()
            and prev_word not in _AUX_CHAIN)):
        # "could take a direct hit Thursday night", "a deep cut in March", "for a two-hour set":
        # a noun
        return None
    if past and (prev_word in _MODALS and prev_word != "may" or prev_word in _AUX_FUTURE) \
            and w in _PAST_IRREGULAR and not w.endswith("ed"):
        return None  # "sales could set a record": a bare form after its modal, which decides
    if past and prev_word == "to" and w in _PAST_IRREGULAR and not w.endswith("ed"):
        # "expected to cut rates at noon Thursday", "to set up": an infinitive that only looks
        # like a past form; the verb before "to" decides
        return None
    if past:
        # "will be held", "is scheduled to", "has met": look at the auxiliaries before it.
        for j in range(i - 1, max(-1, i - 5), -1):
            prev = tokens[j]
            if prev.endswith("ly") and len(prev) > 4 and prev not in ("early", "only") \
                    and j > 0 and (j == i - 1 or tokens[j - 1] in _AUX_CHAIN):
                continue  # "will be largely closed", "'ll likely be moved": an adverb in the chain
            if prev not in _AUX_CHAIN:
                if prev == "to" and j < i - 1:
                    if j == 0 or tokens[j - 1] in _CLAUSE_BREAKS or tokens[j - 1] in (
                            "and", "still", "yet"):
                        # "The findings, to be published Wednesday in the journal": a plan
                        return FUTURE
                    if j > 1 and tokens[j - 2] in _DETERMINERS and tokens[j - 1].isalpha() \
                            and not tokens[j - 1].endswith(("ing", "ed")):
                        return FUTURE  # "a paper to be published on Thursday": a noun's plan
                    return None  # "going to be left": the verb before "to" decides
                break  # "statements made Friday": no auxiliary of its own
            if prev in _AUX_FUTURE:
                return FUTURE
            if prev in _AUX_PRESENT_PASSIVE:
                if w in _PLANNED:
                    return FUTURE
                before = j - 1
                while before > 0 and tokens[before] in ("still", "also", "probably", "likely", "only",
                                                        "already", "then", "soon"):
                    before -= 1  # "may still be seen Friday night"
                if j > 0 and (tokens[before] in _AUX_FUTURE or tokens[before] in _MODALS):
                    # "will be held", "must be filed in January", "could be reached as early
                    # as Wednesday" (but "could not be reached for comment Wednesday", "Neither
                    # he nor they could be located Wednesday": what someone failed to do)
                    if tokens[before] == "could" and {"not", "n't", "neither", "nor", "never"} & set(
                            tokens[max(0, j - 12):i]):
                        return PAST
                    return FUTURE
                if prev in ("is", "are", "am"):
                    return PRESENT
            if prev == "have" and j > 1 and tokens[j - 1] == "to" and tokens[j - 2] in ("was", "were"):
                continue  # "was to have started Thursday": the verb before "to" decides
            if prev in ("has", "have", "had", "was", "were"):
                return PAST
        return PAST
    if w in ("is", "are", "am", "says", "say", "does", "do") and not (
            w in ("say", "do") and prev_word == "to") or w.endswith(("'re", "'m")) or (
            w in _IS_CONTRACTED and nxt not in ("been", "got", "had")):
        return PRESENT  # (and "they're finding out", "I'm told", "Then it's at Halston on
        # Tuesday"; not "it's been")
    if w.endswith("'d") and nxt in ("rather", "like", "love", "prefer"):
        return FUTURE  # "We'd rather have the right picture in November than ... in May"
    if w in ("has", "have") and nxt in ("a", "an", "no", "until", "one", "two", "three", "four",
                                        "several", "only") and prev_word not in (
            "to", "would", "could", "should", "might", "must", "will", "may", "not", "than"):
        return PRESENT  # "I have a job waiting for me in September": "have" as the main verb
    if w in ("follow", "follows") and nxt in ("the", "a", "an", "last", "this") and "<T>" in tokens[i + 1:i + 25] \
            and prev_word not in _DETERMINERS and prev_word not in ("to", "will", "would"):
        return PAST  # "They follow the firing of three missiles Friday morning": behind them
    if w == "heads" and nxt not in ("to", "for", "back", "home", "off", "into", "out"):
        return None  # "Yang, who heads the commission": he leads it, no timetable
    # ("comes" only before its day or a particle: "What comes next\nIn Beijing on Tuesday, Wang
    # told ..." is a heading, no timetable)
    if w in _CALENDAR_OR_NOUN and prev_word not in _DETERMINERS and (
            w != "comes" or nxt in ("<T>", "out", "up", "on", "in", "at")) and not (
            # a preposition before it makes it a noun ("the winner by 537 votes on Sunday
            # evening": the tokens hold no digits; "after talks on Friday")
            prev_word in _NOUN_AFTER_PREPOSITION or prev_word == "by") and not (
            # a bare form after a singular noun is a compound noun ("lost a confidence vote on
            # Dec. 16"); after a plural or a pronoun, a verb ("The Mariners play games Tuesday")
            w in _BARE_CALENDAR and (not prev_word.endswith("s") or prev_word.endswith(("'s", "\u2019s")))
            and prev_word not in _SUBJECT_PRONOUNS) and prev_word not in (
            "to", "will", "would", "did", "didn't", "do", "does", "not"):
        # ("They meet separately Monday": an adverb may stand between; so may a short object:
        # "Branford reports second-quarter results Thursday", "which holds a special session on
        # Thursday")
        after = tokens[i + 2:] if nxt.endswith("ly") else tokens[i + 1:]
        if after[:2] == ["host", "to"]:
            after = after[2:]  # "The Wolves play host to Harborview Friday night"
        k = 0
        # ("asked about reports of his selection on Tuesday": a noun; "the sail follows a fresh
        # encounter on Wednesday": what it follows is behind it)
        while w != "follows" and prev_word not in _NOUN_AFTER_PREPOSITION and k < 4 \
                and k < len(after) and _OBJECT_WORD.fullmatch(after[k]) and after[k] not in _NOT_OBJECT:
            k += 1
        for skip in sorted({0, k}):
            rest = after[skip:]
            if rest[:1] in (["in"], ["at"]) or (rest[:1] == ["of"] and skip) or (
                    rest[:1] in (["on"], ["for"]) and not skip and "<T>" in rest[2:7]):
                # ("members vote on the deal Wednesday", "meet for their only debate Thursday
                # night": the verb's own complement)
                # "G7 ministers meet in Washington on Friday", "hosts Yang at the State Department
                # on Wednesday": a place between; "releases its next weekly tally of jobless
                # claims on Thursday": the object's own complement
                n = 1
                while n < 4 and n < len(rest) and _OBJECT_WORD.fullmatch(rest[n]) \
                        and rest[n] not in _NOT_OBJECT:
                    n += 1
                if rest[:1] in (["in"], ["at"]) and n < len(rest) and rest[n] == ",":
                    # "Democrats vote in Kansas, Louisiana and Nebraska Saturday": a list of places
                    k = n
                    while k < min(len(rest), 12) and (rest[k] in (",", "and") or (
                            _OBJECT_WORD.fullmatch(rest[k]) and rest[k] not in _NOT_OBJECT)):
                        k += 1
                    if k < len(rest) and rest[k] == "<T>":
                        n = k
                if 1 < n < len(rest) and (rest[n] != "<T>" or rest[0] in ("on", "for", "in", "at")):
                    rest = rest[n:]
            if rest[:1] == ["<T>"] or (rest[:1] in (["on"], ["in"], ["at"]) and rest[1:2] == ["<T>"]):
                return PRESENT
    if w == "falls" and nxt == "on" and prev_word not in _DETERMINERS:
        return FUTURE  # "Lunar New Year, which falls on Tuesday": a calendar's day ahead
    if w in ("take", "taking") and nxt == "effect" and prev_word != "to":
        # "The reductions take effect Wednesday", "changes taking effect Sunday"; "a pay raise,
        # which would take effect in January", written in April, looks ahead
        return FUTURE if prev_word in ("will", "would", "'ll", "shall") else PRESENT
    if w in ("wraps", "wrap") and nxt == "up" and prev_word not in _DETERMINERS | {"under", "to"}:
        # "the series wraps up with the quintet Friday", "talks wrap up Thursday": a timetable
        return PRESENT if prev_word in _HABITUAL else FUTURE
    if w in ("go", "goes") and nxt == "back" and prev_word not in _AUX_FUTURE | _MODALS | {"to"}:
        # (not "they will go back in the spring", "plan to go back in March": a return ahead)
        return PRESENT  # "the trip's roots go back to November": a past it reaches to
    if w in ("go", "goes") and nxt in ("further", "beyond", "up", "down", "wrong", "unnoticed"):
        return None  # "Trump's pledge goes further than the move in May": no timetable
    if w in _SCHEDULED_PRESENT and prev_word not in _DETERMINERS and not _noun_after(tokens, i) and not (
            w in _BARE_FORMS and (prev_word in _AUX_CHAIN or prev_word in _MODALS
                                  or prev_word in ("to", "will", "would", "did", "didn't", "do", "does")
                                  or prev_word in _PAST_IRREGULAR or prev_word.endswith("ed")))\
            and nxt not in _AFTER_A_NOUN and not (w == "close" and nxt in ("to", "of")):
        # ("which Xi declared open on Friday": an adjective after a verb)
        # "the summit opens on Tuesday": a timetable, ahead of the reference ("had been due to
        # expire Friday": an infinitive, which the verb before it governs; "had filed
        # compliance reports by Wednesday": a noun). A timetable tells what is still to come
        # ("Powell's term as chair ends in May", written in October), unless it is a habit ("the
        # rainy season normally begins in late October").
        return PRESENT if prev_word in _HABITUAL else FUTURE
    if w == "forecast" and prev_word in _SUBJECT_PRONOUNS:
        return PAST  # "up from the 6 to 8 percent it forecast in August"
    if w.isalpha() and len(w) > 2 and w not in _NOT_A_VERB_AFTER_SUBJECT and not (
            w.endswith("ly") and len(w) > 4) and (
            ((prev_word in ("he", "she", "it")
              or prev_word == "who" and tokens[i - 2:i - 1] == [","] and "<T>" in tokens[i + 1:])
             and w.endswith("s") and not w.endswith(("ss", "us")))
            or prev_word in ("they", "we", "i", "you")) and (
            i < 2 or tokens[i - 2] not in ("what", "which", "that", "who", "as", "than", "how")):
        # "He speaks at Harvard on Saturday", "We fly home Friday", "Olin, who turns 80 in
        # August" (not a clause inside the sentence's own: "used an appearance on Monday to
        # present what he calls ...", "We'll see who agrees in June"; nor a "who" clause after
        # the day: "On Monday, Van Kerkhove, who leads the WHO's work, said")
        return PRESENT
    return None


# prepositions that are never a clause's conjunction ("after", "before", "until" may be: "until
# parliament reconvenes Monday")
_ONLY_PREPOSITIONS = frozenset(["to", "by", "of", "against", "about", "over", "with", "for", "on", "at",
                                "into", "from", "toward", "towards", "amid", "despite", "among", "without"])


def _noun_after(tokens: list[str], i: int) -> bool:
    """Whether token ``i``, a timetable verb's form ending in -s, stands where only a plural noun
    can: after a preposition ("objected to moves in May"), a possessive ("Beijing's moves"), or a
    preposition and an initialism ("objected to U.S. moves in late May"), or a gerund after a
    verb ("began accepting returns")."""
    if not tokens[i].endswith("s") or i == 0:
        return False
    prev = tokens[i - 1]
    if prev in _ONLY_PREPOSITIONS or prev.endswith("'s") and prev not in _IS_CONTRACTED:
        return True
    if prev.endswith("ing") and not prev.endswith("thing") and len(prev) > 5 and i >= 2 and (
            tokens[i - 2] in _PAST_IRREGULAR or tokens[i - 2] in _AUX_CHAIN
            or tokens[i - 2].endswith("ed")):
        return True  # "began accepting returns on Jan. 28", "is holding talks": a gerund's object
    j = i - 1
    while j > 0 and len(tokens[j]) == 1 and tokens[j].isalpha() and len(tokens[j - 1]) == 1:
        j -= 1  # "U.S.", tokens "u" and "s"
    # (an initialism only: a word there may be a noun that heads the subject, "the festival of
    # lights begins at sundown Wednesday", "a truce reached on Dec. 1 expires on March 1")
    return j < i - 1 and j > 0 and tokens[j - 1] in _ONLY_PREPOSITIONS


# what opens a noun phrase that "likely" qualifies ("what was likely their final meeting")
_NOUN_PHRASE_OPENERS = _DETERMINERS | frozenset(["my", "your", "a", "an", "the", "some", "another",
                                                 "one", "two", "three"])


def _possible_before(left: list[str]) -> bool:
    """Whether "was possible" or "is likely" stands a few words before, with no verb or clause
    break between ("was possible along the Atlantic coast on Wednesday", "were possible again
    Sunday afternoon"; not "held what was likely their final meeting on Saturday", where it
    qualifies a noun)."""
    for k in range(len(left) - 1, max(0, len(left) - 9), -1):
        if left[k] in ("possible", "likely"):
            return left[k - 1] in ("was", "were", "is", "are", "be", "remains", "remained") \
                and k + 1 < len(left) and left[k + 1] not in _NOUN_PHRASE_OPENERS and all(
                    t not in _CLAUSE_BREAKS and _classify(left, j) is None
                    for j, t in enumerate(left[k + 1:], k + 1))
    return False


# past forms that are as often nouns after an article ("a direct hit", "the cut", "a long shot")
_NOUN_OR_PAST = frozenset(["hit", "cut", "shot", "set", "spread", "split", "bid", "bet", "cast",
                           "cost", "lead", "lay", "saw", "found"])


# words that follow a subject pronoun without being its present verb ("he also", "they both")
_NOT_A_VERB_AFTER_SUBJECT = frozenset(
    ["also", "always", "perhaps", "sometimes", "thus", "nevertheless", "nonetheless", "still",
     "then", "now", "never", "often", "already", "just", "only", "even", "both", "all", "each",
     "too", "who", "themselves", "himself", "herself", "itself", "ourselves", "yourself", "and",
     "but", "not", "said", "say", "says", "told", "the", "alone", "together", "again",
     "once", "ever", "later", "earlier", "soon", "first", "finally", "instead", "rather",
     "otherwise", "besides", "meanwhile", "hereby",
     # (past and present alike: "together they cost taxpayers ... in September")
     "cost", "put", "set", "hit", "cut", "let", "quit", "shut", "spread", "hurt", "read", "bet",
     "beat", "bid", "cast", "split", "upset", "forecast", "broadcast"])


# Words that may stand between "since" and the date it starts from.
_SINCE_FILLERS = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "our", "early", "late", "mid", "shortly",
     "just", "soon", "right", "after", "before", "around", "about"]
)


def _after_since(left: list[str]) -> bool:
    """Whether the words before an expression are "since" and at most three fillers: a start
    behind the writer ("since the Oct. 23 shooting", "since shortly after the Oct. 23 slaying"),
    or "since" and a noun phrase with no verb or clause break ("the first time since the
    explosion aboard the rig on 20 April")."""
    for j in range(len(left) - 1, max(-1, len(left) - 5), -1):
        if left[j] == "since":
            return True
        if left[j] not in _SINCE_FILLERS:
            break
    if left[-1:] == ["for"]:
        return False  # "scheduled its first election since the 2014 coup for Feb 24": the verb's
    for j in range(len(left) - 1, max(-1, len(left) - 11), -1):
        if left[j] == "since":
            return True
        if left[j] in _CLAUSE_BREAKS or left[j] in _SUBORDINATORS or _classify(left, j) is not None:
            return False
    return False


def in_since_phrase(sentence: str, start: int) -> bool:
    """Whether the expression at ``sentence[start:]`` is inside a "since" phrase, the start of a
    period behind the writer ("the first since Wilbur Ross in 2018")."""
    return _after_since([m.group(0).lower() for m in _TOKEN.finditer(sentence, 0, start)])


# the commas around a place's state or country ("talks in Da Nang, Vietnam, on Monday", "his
# home in Kennebunkport, Maine, on Friday"): no clause ends there
_PLACE_COMMAS = rx(r"\b(?:in|at|to|from|near|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(,)\s+"
                   r"[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?(,)(?=\s+(?:on|in|at|by|for|from|"
                   r"and|to|this|next|last|early|late)\b)")


# ... and around a short appositive to a name, before the day's preposition ("to reach Wuhan, a
# city of seven million, on Sunday")
_APPOSITIVE_COMMAS = rx(r"\b[A-Z][a-z]+(,)\s+(?:a|an)\s+[^,;]{1,40}?(,)(?=\s+(?:on|by)\s)"
                        # ... or a name after a common noun ("with his Chinese counterpart,
                        # Admiral Wu Shengli, on Thursday")
                        r"|\b[a-z]{3,}(,)\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*(,)(?=\s+(?:on|by)\s)")


_TO_AFTER = rx(r"\s+to(?![\w'-])", re.IGNORECASE)  # "pushed from Thursday to Saturday"
_AT_THE_EARLIEST = rx(r"\s+at\s+the\s+earliest\b", re.IGNORECASE)
# a company's reporting period ("its forecast for the fourth quarter")
_QUARTER_OR_HALF = rx(r"quarter|half", re.IGNORECASE)


# past verbs of something that went on ("worked through Thursday night", "met until 3 a.m.")
_LASTED = frozenset(["worked", "continued", "ran", "kept", "lasted", "stayed", "remained", "talked",
                     # "It took laboratories until August to identify it"
                     "took",
                     "negotiated", "haggled", "met", "waited", "stretched", "dragged", "went",
                     "toiled", "labored", "laboured", "fought", "burned", "raged", "rattled",
                     # ("lined up at cash machines through the weekend", "marched through the night")
                     "lined", "queued", "camped", "marched", "protested", "partied", "celebrated",
                     "danced", "sang", "prayed", "slept",
                     "held", "battled", "struggled", "lingered", "persisted", "searched",
                     # ... or that grew as it went on ("targets grew larger through Monday night")
                     "grew", "rose", "climbed", "mounted", "swelled", "deepened", "worsened",
                     "intensified", "piled", "built", "increased", "accumulated", "strengthened",
                     # ... or that counted up to then ("sold 98,000 stamps through the end of
                     # September", "counted 1.4 ducks per hunter through Saturday evening")
                     "sold", "counted", "collected", "received", "recorded", "raised", "logged",
                     "tallied", "registered", "reached", "totaled", "totalled", "grossed",
                     "earned", "gained", "topped", "drew",
                     # ... or kept failing ("card transactions failed intermittently through
                     # Monday afternoon")
                     "failed",
                     # ... or fell ("dropped snow through Saturday night", "prices slid through June")
                     "weakened", "improved", "slowed", "eased", "declined", "fell", "slid", "dropped"])


_SENTENCE_STOP = rx(r"[.!?](?=\s|$)|\n")
_PLAIN_WORD = rx(r"[A-Za-z]+(?:'[a-z]+)?")
# what a sentence told in the present holds: a present form of "be", "have", "do", "come", or a
# word in "-s" after a name or a plural ("the Commerce Department reports")
_PRESENT_MARKERS = frozenset(["is", "are", "has", "have", "does", "do", "come", "comes"])
# what before a word in -s makes it a verb ("it all freezes", "the front, which brings snow")
_SUBJECT_WORDS = frozenset(["it", "he", "she", "who", "which", "all", "then", "also"])


def has_past_form(text: str) -> bool:
    """Whether ``text`` holds a past form ("said", "rose", "didn't", "would")."""
    return _has_past_form([w.lower() for w in _PLAIN_WORD.findall(text)])


def _has_past_form(lower: list[str]) -> bool:
    """Whether lower-case words hold a past form."""
    return any(w in _PAST_IRREGULAR or w in ("could", "couldn't", "would", "wouldn't") or (
        w.endswith("ed") and w not in _NOT_ED) or w.endswith("n't") and w[:-3] in (
        "did", "was", "were", "had") for w in lower)


def told_in_present(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``end`` (from ``start``) has a present verb and no past one."""
    stop = _SENTENCE_STOP.search(text, end)
    words = _PLAIN_WORD.findall(text[start:stop.start() if stop else len(text)])
    lower = [w.lower() for w in words]
    if _has_past_form(lower):
        return False
    return any(w in _PRESENT_MARKERS or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and i > 0
        and words[i].islower()  # (not a name: "President Ferdinand Marcos Jr.")
        and (words[i - 1][:1].isupper() or lower[i - 1].endswith("s") or lower[i - 1] in _SUBJECT_WORDS)
        and lower[i - 1] not in ("the", "a", "an", "on", "in", "at"))
        for i, w in enumerate(lower))


_ASKED_WHY = frozenset(["asked", "asks", "ask", "why", "whether", "if", "wondered"])


def _negated_past(clause: list[str]) -> bool:
    """Whether a clause's words hold a past told in the negative ("did not begin", "wasn't"; of a
    clause whose verb is past, "matched no one", "heard nothing", "never came")."""
    words = set(clause)
    return bool({"did", "was", "were"} & words and {"not", "n't"} & words
                or {"didn't", "wasn't", "weren't", "never", "nothing", "nobody", "none"} & words
                or any(w == "no" and nxt in ("one", "word", "sign") for w, nxt in pairwise(clause)))


# what before a past form makes it an infinitive's or a modal's participle ("expected to have few
# places left by the weekend")
_LOOKS_AHEAD_BEFORE = frozenset(["to", "will", "would", "'ll", "'d"]) | _MODALS
# simple pasts (of _PAST_IRREGULAR, the only forms the "by" rule reads) that ask for, promise or
# announce something by a day, a deadline still ahead ("told them to leave by Friday", "gave the
# company until ... by Friday", "agreed on a plan by Friday")
_ASKED_FOR_BY = frozenset(["told", "gave", "said", "sought", "agreed", "announced"])


# what makes a participle an object's state ("have scripts stockpiled through January", "keep
# them staffed through March"), not the clause's past
_HAVE_IT_DONE = frozenset(["have", "has", "had", "keep", "keeps", "kept", "to", "get", "gets", "got",
                           "leave", "leaves"])
# past verbs that set an end ahead: "had canceled all trains through Saturday", "had reserved
# the hall until Friday" (other past verbs fill the time: "negotiators worked through Thursday")
_SET_AN_END = frozenset(["extended", "closed", "shut", "suspended", "halted", "banned", "barred",
                         "booked", "reserved", "postponed", "delayed", "canceled", "cancelled",
                         "waived", "paused", "froze", "frozen", "blocked", "lifted", "renewed"])


# what figures or conditions were up to a day ("were strong through Saturday")
_STATE_ADJECTIVES = frozenset(["strong", "weak", "steady", "busy", "brisk", "slow", "heavy", "light",
                               "high", "low", "firm", "soft", "solid", "quiet", "calm", "stable",
                               "elevated", "flat", "mixed", "volatile"])


# "ahead of schedule", "ahead of time": early, not a look forward
_AHEAD_OF_IDIOM = (["schedule"], ["time"], ["expectations"], ["forecasts"], ["estimates"],
                   ["plan"], ["target"],
                   # "running 12 percent ahead of last year's pace": a comparison with the past
                   ["last"], ["pace"])


def _opens_entry(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` opens a list's entry: "February: Xi and Putin meet",
    "April 17 - Tai opens an investigation"."""
    return not sentence[:start].strip() and _ENTRY_SEPARATOR.match(sentence, end) is not None


def _token_text(m: re.Match[str]) -> str:
    """A token in lower case; "May" capitalized inside a sentence is a name or the month, never
    the modal ("On Friday, Theresa May laid a wreath")."""
    word = m.group(0)
    if word == "May" and _NAME_BEFORE_MAY.search(m.string, max(0, m.start() - 30), m.start()):
        return "may-name"
    if word == "Open" and _NAME_BEFORE_OPEN.search(m.string, max(0, m.start() - 20), m.start()):
        return "open-name"  # "pulled out of the French Open in May": a tournament, no timetable
    return word.lower()


# a first name or title right before "May" ("Theresa May", "Mrs. May"; not "In May", "and May")
_NAME_BEFORE_MAY = rx(r"\b(?!(?:In|On|By|For|Since|Until|Through|From|During|And|Or|Early|Late|"
                      r"Mid|Last|Next|This|That|Of|To|Before|After|Between)\b)[A-Z][a-z]+\.?[ \t]+$")


# a capitalized word right before "Open" ("the French Open", "the U.S. Open"); not a sentence's
# first word ("Stores open Monday" stays a verb)
_NAME_BEFORE_OPEN = rx(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z.]*[ \t]+$")


# ", less than three months away", "- just days away": a time still to come
_AWAY_AFTER = rx(
    r",?\s+(?:[-\u2013\u2014]\s+)?(?:still\s+|now\s+)?(?:less\s+than\s+|more\s+than\s+|about\s+|"
    r"just\s+|only\s+|barely\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+away\b",
    re.IGNORECASE)


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """Tense of the verb nearest to ``sentence[start:end]`` (offsets into ``sentence``).

    Example:
        >>> s = "Biden and Xi met in November near San Francisco."
        >>> tense_near(s, s.index("November"), s.index("November") + 8)
        'past'
    """
    place_commas = {c.start(g) for rx in (_PLACE_COMMAS, _APPOSITIVE_COMMAS)
                    for c in rx.finditer(sentence) for g in range(1, rx.groups + 1)
                    if c.start(g) >= 0} if ", " in sentence else set()
    left = [_token_text(m) for m in _TOKEN.finditer(sentence, 0, start)
            if m.start() not in place_commas]
    while len(left) >= 2 and left[-1] in ("and", "or", ",") and (left[-2] in _DAY_NAMES or (
            left[-2] == "may" and len(left) > 2 and left[-3] in _BEFORE_MONTH | {"for", ","})):
        left = left[:-2]  # "events scheduled for April and May have been canceled": the pair's
        # second takes the verb the first has; so does every item of a list ("sent warships
        # through the strait in January, February, March and April")
    if _opens_entry(sentence, start, end):
        # "February: Xi and Putin meet in Beijing", "April 17 - Tai opens an investigation": a
        # chronology's entry, told in the historical present; ahead only when it says so
        words = [m.group(0).lower() for m in _TOKEN.finditer(sentence, end)]
        # (a modal only as the entry's own verb: "January: Mills may ask for a review", not
        # "Wednesday: Microsoft said a hacking group could ...")
        return FUTURE if set(words) & {"will", "'ll", "scheduled", "due", "expected", "set"} or set(
            words[:6]) & {"may", "could", "might", "should", "can"} else PAST
    if _AWAY_AFTER.match(sentence, end):
        return FUTURE  # "the Beijing Olympics opening Aug. 8, less than three months away"
    if month_number(sentence[start:end]) is not None and _FIGURES_AFTER.match(sentence, end):
        return PAST  # "will release January producer prices on Friday": a month already counted
    if left[-1:] and left[-1] in ("declared", "declares", "declare", "designated", "proclaimed") \
            and _A_HOLIDAY_AFTER.match(sentence, end):
        return FUTURE  # "Lebanon's government declared Thursday a public holiday"
    if _SUBJECT_DAY_VERB.match(sentence, end) and (not left or left[-1] in _CLAUSE_BREAKS | {
            "what", "and", "but", "that", '"'}):
        return PRESENT  # "Saturday marks two years since the invasion", "what Monday brings"
    if (subject := _SUBJECT_DAY_MODAL.match(sentence, end)) \
            and re.fullmatch(WEEKDAY, sentence[start:end], re.IGNORECASE) \
            and (not left or left[-1] in _CLAUSE_BREAKS | {"and", "but", "that", '"'}
                 or left[-1] in ("said", "says") and subject.group("be")):
        # "officials said Wednesday and Sunday would be the heaviest days" (but "tariffs, which
        # Trump said Wednesday would stay": the day of the saying)
        return FUTURE
    if left[-1:] in (["possible"], ["likely"]) or (
            len(left) >= 2 and left[-2] in ("possible", "likely") and left[-1] in ("after", "by", "on")) \
            or "odds" in left[-8:] or _possible_before(left):
        # "more freezing rain was possible Friday", "further strikes were possible after Friday",
        # "put the odds of acceptable conditions Tuesday at 80 percent", "a slight cooling was
        # possible along the Atlantic coast on Wednesday": a forecast
        return FUTURE
    if left[-1:] in (["from"], ["until"], ["through"], ["to"]) and any(
            left[k] in _ALERTS and left[k + 1] not in ("level", "levels", "status")
            for k in range(max(0, len(left) - 10), len(left) - 1)) \
            and not _ALERT_ENDED & set(left):
        # "posted a red flag warning for the Rolling Plains from noon Thursday until 9 p.m.", "a
        # flash flood watch was posted ... from Thursday afternoon through Saturday morning": the
        # hours an alert covers are ahead of its issuing (not "the warning expired Tuesday", "had
        # been in effect until 7 p.m. Sunday", nor "raised their alert level through May")
        return FUTURE
    if left[-2:-1] in (["conditions"], ["weather"], ["forecast"], ["outlook"]) and left[-1] == "for" \
            and not sentence.startswith(("'s", "\u2019s"), end) \
            and not _QUARTER_OR_HALF.search(sentence, start, end):
        # "forecasters said Thursday that conditions for Saturday looked only slightly better"
        # (not "conditions for Saturday's race were treacherous"; a company's forecast for a
        # quarter is a reporting period, which resolve_quarter reads)
        return FUTURE
    if _if_clause_ahead(left):
        return FUTURE  # "If they strike Thursday, I don't know how I get to work"
    if _told_to_wait(left):
        return FUTURE  # "Ask me in October," said the manager; "Check back at Christmas"
    if left[-3:] == ["as", "soon", "as"] or _AT_THE_EARLIEST.match(sentence, end) or (
            left[-3:] == ["as", "early", "as"] and not (len(left) > 3 and (
                left[-4].endswith("ed") or left[-4] in ("began", "was", "were", "came")))):
        # (but "the intrusion began as early as March 28": the past)
        return FUTURE  # "as soon as Tuesday", "as early as Friday", "until Monday at the earliest"
    if left[-3:] == ["as", "recently", "as"]:
        return PAST  # "larger than many had expected as recently as Thursday night"
    if left[-2:] == ["most", "recently"] or left[-3:-1] == ["most", "recently"]:
        return PAST  # "has threatened to walk away several times, most recently in May"
    if _after_since(left):
        return PAST  # "since the Oct. 23 shooting", "since shortly after the Oct. 23 slaying"
    if len(left) >= 2 and left[-1] == "for" and (left[-2] in _PERIOD_FIGURES or any(
            left[k] == "of" and left[k - 1] in _PERIOD_FIGURES for k in range(max(1, len(left) - 5), len(left) - 2))) \
            and not (len(left) >= 4 and left[-2] in ("output", "production", "spending")
                     and left[-3] in _SET_AHEAD and left[-4] in ("to", "will", "would")):
        # (not a level set ahead: "will meet on March 1 to decide output for April")
        # "the employment report for January, due Friday", "will report sales of existing homes
        # for May", "sales of newly built homes for June": a month already over
        return PAST
    if any(left[k] == "closing" and left[k + 1] in ("price", "prices", "level", "value")
           for k in range(max(0, len(left) - 7), len(left) - 1)):
        return PAST  # "a 38 percent premium to Brightline's closing price on Friday": a price set
    if left[-1:] in (["in"], ["on"]) and _compared_before(left[:-1]) or (
            left[-1:] == ["from"] and _opens_with_month(sentence, start, end) and _compared_before(left)):
        return PAST  # "costs 9.50 pesos today, against 8.05 pesos in January": the base is past
    if len(left) >= 2 and left[-1] in ("through", "to", "ending") and left[-2] in (
            "months", "weeks", "quarters", "days") \
            and not _FORECAST_VERBS & set(left[-14:]):
        # (not a forecast for a stretch still running: "expects revenue of $300 million for the
        # three months ending June 29", written in April)
        return PAST  # "prices rose 7.1 percent in the 12 months through November"
    if left[-3:] in (["this", "year", "through"], ["so", "far", "through"]) or (
            left[-3:-1] in (["up", "percent"], ["down", "percent"], ["up", "%"], ["down", "%"])
            and left[-1] == "through"):
        # ("Sales are up 9 percent through November": a figure to date)
        return PAST  # "shares, which had fallen 30 percent this year through Wednesday": to date
    if left[-1:] == ["from"] and _put_off_before(left) and _TO_AFTER.match(sentence, end):
        # "the finals have been pushed from Thursday to Saturday": the day first set, the
        # nearest such one ("will move from Thanksgiving to next summer": one still ahead)
        return FUTURE if _AUX_FUTURE & set(left[-13:]) else TOLD_PLAN
    if left[-1:] in (["to"], ["past"], ["until"], ["till"]) and _put_off_before(left):
        # ("Talks with Lebanon were delayed until Wednesday", "adjourned until Friday": the day
        # it was put off to, still ahead)
        # "requesting a three-month extension, to 31 January", "pushing a decision on the drug
        # to June 20", "pushing the last day of school past June 12": a new deadline
        return FUTURE
    if len(left) >= 3 and left[-1] == "to" and left[-2] in ("back", "out") and {
            "pushed", "push", "pushes", "pushing"} & set(left[-7:-2]):
        return FUTURE  # "has pushed its return back to 6 March": a date put off, still ahead
    if left[-1:] == ["before"] and {"unlikely", "not", "n't", "no"} & set(left[-6:-1]):
        return FUTURE  # "a decision was unlikely before the weekend": not until then, still ahead
    if left[-3:] in (["counting", "down", "to"], ["count", "down", "to"], ["counts", "down", "to"]):
        return FUTURE  # "has been counting down to Tuesday for eight years"
    if left[-2:] == ["eve", "of"] or left[-3:] == ["eve", "of", "the"]:
        return FUTURE  # "rumbled toward the river today, on the eve of the Wednesday deadline"
    if left and left[-1] in _ARRIVING and "with" in left[-10:-1] and not _CLAUSE_BREAKS & set(left[-8:]):
        return FUTURE  # "With the final planting date for insured corn arriving Wednesday"
    if left[-2:] in (["heading", "into"], ["head", "into"], ["heads", "into"], ["going", "into"]):
        return FUTURE  # "few traders would bet against the rally heading into the weekend"
    if any(left[k:k + 2] == ["ahead", "of"] and left[k + 2:k + 3] not in _AHEAD_OF_IDIOM
           and not _CLAUSE_BREAKS & set(left[k + 2:])
           for k in range(max(0, len(left) - 9), len(left) - 1)):
        return FUTURE  # "ahead of Trump's inauguration on Jan. 20": what is still to come
    if any(left[k:k + 2] in (["ahead", "to"], ["forward", "to"])
           and not {",", ";", ":"} & set(left[k:]) for k in range(max(0, len(left) - 8), len(left) - 1)):
        return FUTURE  # "looked ahead to a closely watched inflation report Wednesday"
    right = [_token_text(m) for m in _TOKEN.finditer(sentence, end)
             if m.start() not in place_commas]
    tokens = left + ["<T>"] + right
    here = len(left)
    dash = next((k for k, t in enumerate(right) if t in _DASHES), None)
    if dash is not None and any(_classify(tokens, j) is not None for j in range(here)):
        # "a state dinner that evening — the first since Jiang Zemin was feted in 1997": an
        # aside after a dash does not govern what comes before it
        right = right[:dash]
        tokens = left + ["<T>"] + right
    if left[-3:] in ([",", "percent", "in"], [",", "%", "in"]) and right[:1] == [","]:
        # "the unemployment rate, 6.5 percent in October, would keep rising": a figure set off
        # by commas is one already measured
        return PAST
    nearest = _nearest_in_clause(tokens, here)
    if nearest is None and (opening := _opening_clause(tokens, here)) is not None and not (
            left and left[-1] in _FORWARD_PREPOSITIONS and _clause_start(tokens, here) > 0):
        # its own verb, after the appositive: no reported clause to defer to (but "will close
        # its plant in Findlay, Ohio, by the end of September, eliminating ...": a deadline
        # inside the sentence, after its verb)
        return opening
    if nearest is None:
        nearest = _nearest(_without_relatives(tokens, here), here)
        if nearest is not None and nearest[1] > here and any(
                tokens[k] == "," and tokens[k + 1] in _ADVERBIAL_OPENERS for k in range(here, nearest[1])):
            # "could meet again later this year, perhaps in October, once tempers had cooled":
            # an adverbial clause after the expression is another clause; the verb before it
            nearest = _nearest(tokens[:here + 1], here) or nearest
    if left[-2:] in (["at", "least"], ["at", "most"]) and len(left) > 2:
        left = left[:-2]  # "until at least October": the preposition before the hedge
    if left[-2:] in (["beginning", "at"], ["starting", "at"]) and nearest is not None \
            and nearest[0] == PAST:
        # "ordered the evacuation of Dauphin Island beginning at 6 a.m. Friday", "reversed the
        # lanes of Interstate 26 beginning at noon Tuesday": the start of what was ordered, the
        # nearest such time, ahead or just gone
        return TOLD_PLAN
    if left and left[-1] == "payable":
        return FUTURE  # "a dividend payable Oct. 8"
    opens = _clause_start(tokens, here)
    if opens > 0 and tokens[opens - 1] == "," and tokens[opens:opens + 3] == ["to", "take", "effect"]:
        # "pushed for a new cut of 1 million barrels a day, to take effect Jan. 1": a timetable,
        # ahead unless the day has just gone
        return PRESENT
    if left[-1:] == ["effective"] or (left[-2:-1] == ["effective"] and left[-1] in ("at", "on", "from")):
        # "ordered an evacuation, effective at 6 a.m. Saturday": a timetable, ahead unless the day
        # has just gone ("the ban, effective Jan. 1", written Jan. 5); a date in a month set by
        # a verb in the past is the nearer of the two ("Washington capped the number of its
        # reporters, effective March 13", written in July: that March)
        if _opens_with_month(sentence, start, end) \
                and _setting_clause(tokens, left.index("effective", len(left) - 2)) == PAST:
            return None
        return PRESENT
    if left[-2:] == ["retroactive", "to"] or (
            left[-2:] == ["back", "to"] and _opens_with_month(sentence, start, end)):
        # "a raise retroactive to April 1", "the higher rates reach back to Jan. 1" (not "the
        # vote was moved back to Tuesday")
        return PAST
    if left and left[-1] == "come" and (len(left) < 2 or left[-2] in _CLAUSE_BREAKS | {
            "and", "or", "but", "more", "again"}):
        return FUTURE  # "a few more come Sept. 30", "come January": when that day comes
    if left[-2:] in (["beginning", "in"], ["starting", "in"], ["beginning", "on"], ["starting", "on"]) \
            and (nearest is None or nearest[0] != PAST):
        # "would have raised premiums beginning in January": a start ahead (but "saw a slowdown
        # beginning in May", "cut them off early, starting in June": a start the past verb tells)
        left = left[:-1]
    if left[-1:] == ["by"] and sentence.startswith(("'s ", "\u2019s "), end):
        left = left[:-1]  # "stretched by October's earthquake": who did it, no deadline
    if left and left[-1] in _FORWARD_PREPOSITIONS and nearest is not None and nearest[0] == TOLD_PLAN:
        return TOLD_PLAN  # "A decision was expected by the end of June. It still hasn't come."
    if left and left[-1] in ("by", "until", "till", "through", "to") and nearest is not None \
            and nearest[0] == PAST and _from_to_span(tokens, here, nearest[1]):
        # "the yield climbed from 3.1 percent in mid-June to 4.5 percent by early September",
        # "From late spring until the end of October, buyers booked no soybeans": the end of a
        # span the past verb tells
        return PAST
    if left[-1:] == ["through"] and right[:1] in (["was"], ["were"], ["had"]):
        return PAST  # "Attendance through Wednesday was running 4 percent behind": figures to date
    if left[-1:] == ["through"] and nearest is not None and nearest[0] == PAST \
            and tokens[nearest[1]] in ("was", "were") and here - nearest[1] == 3 \
            and tokens[nearest[1] + 1] in _STATE_ADJECTIVES:
        return PAST  # "receipts for the weekend were strong through Saturday": a state that held
    if left[-1:] in (["until"], ["till"]) and not (_REPORTING | _ASKED_WHY) & set(left) and any(
            t == "couldn't" or t == "could" and nxt in ("not", "n't", "no", "never")
            for t, nxt in pairwise(left[_clause_start(tokens, here):])):
        # "Crews could not go up in bucket trucks until Tuesday morning": what was out of reach
        # until a day gone by (not told as said or asked: "said it could not release the figures
        # until Monday", "asked why the work could not wait until September" look ahead)
        return PAST
    if left and left[-1] in _FORWARD_PREPOSITIONS:
        # "by Friday", "until Thursday" look ahead, unless the clause is past perfect
        # ("had filed reports by Wednesday", "until Thursday they had not called").
        if nearest is not None and nearest[0] == PAST and nearest[1] < here \
                and (tokens[nearest[1]] in ("was", "were") or left[-1] in ("until", "till") and {
                    "was", "were"} & set(_auxiliaries(tokens, nearest[1])) and here - nearest[1] <= 9
                    and "," not in tokens[nearest[1]:here - 2]) \
                and left[-1] in ("by", "until", "till") \
                and not any(t.endswith("ing") and t not in ("during", "morning", "evening", "nothing")
                            for t in tokens[nearest[1] + 2:here]):
            # (but "were loading cars in the hope of returning home by Sunday": the -ing verb's)
            return PAST  # "it was gone by Monday afternoon", "were back in service by Sunday"
        if nearest is not None and nearest[0] == PAST and nearest[1] > here \
                and left[-1] in ("by", "until", "till") \
                and (len(left) == 1 or left[-2] in _CLAUSE_BREAKS | {"and", "but"}) \
                and not (left[-2:-1] == [","] and _verb_since_quote(tokens, len(left) - 2)):
            # (but "would eliminate 2,300 jobs, by the end of June, on top of positions cut last
            # year", '"We will get Brexit done, on time, by January 31," he told': a deadline
            # set off by commas after its own verb)
            return PAST  # "By Saturday night there was more than a foot on the ground"
        if nearest is not None and nearest[0] == PAST and nearest[1] < here \
                and left[-1] in ("through", "until", "till") and (
                    (tokens[nearest[1]] in _LASTED and tokens[nearest[1] + 1:nearest[1] + 2] not in (["out"], ["effect"])
                     and (tokens[nearest[1]] != "kept" or tokens[nearest[1] + 1].endswith("ing"))
                     and "if" not in tokens[max(0, nearest[1] - 4):nearest[1]])
                    or _negated_past(tokens[_clause_start(tokens, here):here])):
            # ("trains were sold out through the weekend" are full until then, ahead)
            # "worked through Thursday night", "haggled over the wording until late Sunday", "did
            # not begin until 9:03 p.m. Monday": a past that lasted to that day (but "kept a
            # warning in place through 8 p.m. Sunday" sets an end ahead; "kept talking" lasted;
            # "if the truce held through the weekend" is a condition still ahead)
            return PAST
        if nearest is not None and nearest[0] == PAST and left[-1] == "through" \
                and (nearest[1] == here - 2 and tokens[nearest[1]] not in _SET_AN_END
                     and not tokens[nearest[1]].startswith("un")
                     and not _HAVE_IT_DONE & set(tokens[max(0, nearest[1] - 4):nearest[1]])
                     or nearest[1] > here and not {"to", ","} & set(tokens[here:nearest[1]])
                     and not _SET_AN_END & set(tokens[here:nearest[1] + 1])) \
                and BARE_MONTH.fullmatch(sentence[start:end]):
            # "the drought tightened through June and July", "cold rains through April and May
            # held up planting": a stretch of months the past verb tells (not "extended the
            # program through March", an end set ahead)
            return PAST
        if nearest is not None and nearest[0] == PAST and nearest[1] > here and left[-1] == "through" \
                and left[0] in ("through", "from") and "," not in left \
                and tokens[nearest[1]] not in _SET_AN_END and BARE_MONTH.fullmatch(sentence[start:end]):
            # "Through September, 79 percent of flights arrived on time", "From January through
            # November, exports rose 20 percent": an opening stretch of months the past verb
            # after it reports
            return PAST
        if nearest is not None and nearest[0] == PAST and nearest[1] < here \
                and left[-1] in ("through", "until", "till") and tokens[nearest[1]] in _SET_AN_END:
            # "had canceled all trains through Saturday", "had reserved the hall until Friday":
            # an end set ahead, whatever the tense of the setting
            return FUTURE
        if nearest is not None and nearest[0] == PAST and any(
                t == "had" and tokens[j - 1] not in ("which", "who")
                and (tokens[j + 1] if j + 1 < len(tokens) else "") not in _HAD_AN_OBJECT
                for j, t in enumerate(tokens)):
            # (not "had enough cash to operate through the third quarter": "had" the main verb)
            return PAST  # (not "The Senate, which had been expected to act today, postponed
            # its session until 10 a.m. Friday": a relative clause's "had")
        if nearest is not None and nearest[0] == PAST and left[-1] == "through" \
                and nearest[1] == here - 2 and sentence[start:end].lower() == "the night":
            return PAST  # "Firefighters worked through the night": a night the past verb fills
        # "held talks over two days starting Saturday": the start of a span the past verb tells
        if nearest is not None and nearest[0] == PAST and left[-1] in ("starting", "beginning") \
                and _SPAN_UNITS & set(left[-4:-1]):
            return PAST
        if nearest is not None and nearest[0] == PAST and left[-1] == "by" \
                and nearest[1] < here and here - nearest[1] <= 10 \
                and (tokens[nearest[1]] in _PAST_IRREGULAR or tokens[nearest[1]].endswith("ed")
                     # "fell on Wednesday but recovered most of the loss by Friday": a second
                     # past verb with its object (not "roots and preserved fruit")
                     and tokens[nearest[1] - 1] in ("but", "and", "then")
                     and tokens[nearest[1] + 1] in _OBJECT_OPENERS) \
                and tokens[nearest[1]] not in _ASKED_FOR_BY | _NOUN_OR_PAST | _AUX_CHAIN \
                and nearest[1] > 0 and tokens[nearest[1] - 1] not in _AUX_CHAIN | _DETERMINERS \
                and not _LOOKS_AHEAD_BEFORE & set(tokens[max(0, nearest[1] - 7):nearest[1]]) \
                and not {"to", ",", ";", "and", "or", "but"} & set(tokens[nearest[1] + 1:here]):
            # "bottled water ran short at several groceries by Wednesday afternoon", "most of the
            # snow fell by Sunday night": what was over by then, told in a simple past whose form
            # is no participle (-ed forms are as often adjectives, "mailed ballots"; and "told
            # them to leave by Friday", "expected to have few places left by the weekend" set a
            # deadline still ahead)
            return PAST
        return FUTURE
    if nearest is None:
        if _FORECAST_WORDS.search(sentence) and not _ENTRY_AFTER.match(sentence, end):
            # (not a list's entry, "Saturday and Sunday: Clearing, highs in the low 80s", which
            # its heading dates)
            # "a chance of snow Thursday night", "highs in the 60s Saturday": a forecast's days
            return FUTURE
        return None
    tense, i = nearest
    if tense == PAST and left[-1:] == ["for"] and {"has", "have"} & set(_auxiliaries(tokens, i)):
        return PRESENT  # "have pencilled in a conference call for 7 a.m. Friday": still ahead
    if tokens[i] in _REPORTING and i > here + 2:
        # "X will leave at dawn (4 a.m. Thursday), he said": the reported clause decides.
        # (only before the reporting verb: "..., he told reporters as he arrived" is its own)
        # (not across a clause break: "the cleanup could cost more, and on Tuesday members
        # said ...")
        other = _nearest(tokens[:i], here, skip=_REPORTING, limit=i - here + 6)
        opens = _clause_start(tokens, here)
        if other is not None and other[0] == FUTURE and other[1] < here and not (
                other[1] < opens < here and tokens[opens] in ("and", "but")
                and all(t in _CLAUSE_OPENERS for t in tokens[opens:here])):
            return FUTURE
    return tense


# a reply put off to a later time ("Ask me in October", "Check back at Christmas", "Come back
# in the spring"): an imperative that opens its sentence or quote, then "me", "us", "again"...
_PUT_OFF_REPLY = frozenset(["ask", "check", "come", "call", "talk", "wait"])
_REPLY_OBJECT = frozenset(["me", "us", "again", "back", "until", "till"])


# words that open a verb's object ("recovered most of the loss", "regained its footing")
_OBJECT_OPENERS = frozenset(["most", "much", "all", "some", "the", "a", "an", "its", "their", "his",
                             "her", "half", "part"])
# what follows "had" when it is the main verb, not the past perfect's auxiliary
_HAD_AN_OBJECT = frozenset(["enough", "plenty", "money", "cash", "funds"])


def _from_to_span(tokens: list[str], here: int, verb: int) -> bool:
    """Whether the expression at ``here`` ends a "from ... to/until ..." span of the clause whose
    past verb is at ``verb``: the verb, then "from" and "to" before the expression ("climbed from
    3.1 percent in June to 4.5 percent by September"), or a clause that opens with "from" and
    has its verb after the expression ("From late spring until October, buyers booked none")."""
    if verb < here:
        # (the span's start a date: not "cut flights from daily to four a week until March")
        between = tokens[verb + 1:here]
        if "from" not in between or "to" not in between[between.index("from"):] \
                or _CLAUSE_BREAKS & set(between) or tokens[verb] in _SET_AN_END:
            return False
        start = between[between.index("from"):]
        return any(_DATE_WORD.search(t) for t in start[:start.index("to")])
    lo = _clause_start(tokens, here)
    return tokens[lo:lo + 1] == ["from"] and verb > here


# a word that names a month, a weekday, a season or a year ("mid-june", "1998")
_DATE_WORD = rx(r"(?:january|february|march|april|may|june|july|august|september|october|"
                r"november|december|day|spring|summer|fall|autumn|winter)$|^(?:1[89]|20)\d\d$")


def _setting_clause(tokens: list[str], at: int) -> str | None:
    """For "..., effective <date>" at ``tokens[at]``, the tense of the first verb of the clause
    before the comma: what set the date ("capped the number at 100, effective March 13")."""
    if at < 1 or tokens[at - 1] != ",":
        return None
    lo = _clause_start(tokens, at - 1)
    for i in range(lo, at - 1):
        tense = _classify(tokens, i)
        if tense is not None:
            return tense
    return None


def _told_to_wait(left: list[str]) -> bool:
    """Whether the words before an expression open with a reply put off to it ("Ask me")."""
    k = max((j + 1 for j, t in enumerate(left) if t in ('"', ":", ";")), default=0)
    return (len(left) - k <= 4 and len(left) - k >= 2 and left[k] in _PUT_OFF_REPLY
            and left[k + 1] in _REPLY_OBJECT)


# words after "if" that open no condition with its own subject ("if necessary", "if so")
_IF_NOT_SUBJECT = frozenset(["necessary", "so", "not", "possible", "any", "ever", "only", "anything",
                             "true", "needed", "approved", "confirmed", "passed", "elected"])


def _if_clause_ahead(left: list[str]) -> bool:
    """Whether the expression closes a short condition with no past verb ("if they strike")."""
    for k in range(len(left) - 1, max(-1, len(left) - 9), -1):
        if left[k] in _CLAUSE_BREAKS:
            return False
        if left[k] in ("if", "unless"):
            # ("if they strike", "If buyers come back in March"; not "if necessary")
            return k + 1 < len(left) and (left[k + 1] in _SUBJECT_PRONOUNS or (
                len(left) - k >= 4 and left[k + 1].isalpha()
                and left[k + 1] not in _IF_NOT_SUBJECT)) and not any(
                left[j] in ("had", "was", "were", "did") or _classify(left, j) == PAST
                for j in range(k + 1, len(left)))
    return False


# "it's", "that's": "is" run into its subject (a verb, not a possessive)
_IS_CONTRACTED = frozenset(["it's", "that's", "there's", "here's", "he's", "she's", "what's"])


# a day as its clause's subject, with a present verb: "Saturday marks two years since ..."
# ("Thursday and Friday look almost identical": a pair of days, a plural verb)
_SUBJECT_DAY_VERB = rx(
    r"(?:\s+(?:and|or)\s+" + WEEKDAY + r")?\s+(?:marks|brings|begins|starts|ends|"
    r"opens|closes|sees|holds|stays|remains|looks|turns|warms|cools|is|are|look|stay|remain|bring|see)\b",
    re.IGNORECASE)
# a weekday that is the subject of what will be ("Friday will be the busiest day", "said
# Wednesday and Sunday would be the heaviest")
_SUBJECT_DAY_MODAL = rx(
    r"(?:\s+(?:and|or)\s+" + WEEKDAY + r")?\s+(?:will|would|should|'ll|is\s+expected\s+to|"
    r"are\s+expected\s+to|is\s+likely\s+to|are\s+likely\s+to)(?P<be>\s+be)?\b", re.IGNORECASE)
# "... Monday a one-off national holiday", "... Friday a national day of mourning"
_A_HOLIDAY_AFTER = rx(r"\s+an?\s+(?:[\w-]+\s+){0,3}?(?:holiday|day)\b", re.IGNORECASE)
# a month's figures named after it ("January producer prices", "the May jobs report", "March
# retail sales")
_FIGURES_AFTER = rx(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:prices|sales|payrolls|figures|data|"
                    r"statistics|numbers|jobs\s+report|employment\s+report|exports|imports|"
                    r"inflation|output|production|orders|spending|readings?|"
                    r"(?:price|sentiment|confidence)\s+index|housing\s+starts|"
                    r"trade\s+(?:deficit|surplus|balance))\b")
# verbs that fix a level for a period to come ("to set output for the third quarter")
_SET_AHEAD = frozenset(["set", "decide", "fix", "determine", "agree", "cut", "raise", "boost",
                        "lift", "curb", "limit", "target", "maintain", "keep"])
# figures published for a period that is over ("the jobs report for January")
_PERIOD_FIGURES = frozenset(["report", "index", "data", "figures", "numbers", "statistics",
                             "payrolls", "sales", "results", "earnings", "survey", "reading",
                             "production", "output", "orders", "spending", "inflation",
                             # "housing starts for February", "the trade deficit for January"
                             "starts", "deficit", "surplus",
                             # "consumer installment credit for September", "personal income
                             # for May" (not "inventories for the spring": stock laid in ahead)
                             "credit", "income"])


# what a figure is counted in ("against 8.05 pesos"; not "a game against Chicago")
_AMOUNT_UNITS = frozenset(["percent", "cents", "dollars", "pesos", "yen", "euros", "pounds", "points",
                           "barrels", "tons", "tonnes", "million", "billion", "trillion", "rupees",
                           "yuan", "won", "marks", "francs", "a"])


# changes measured from a base ("economists expect a dip from December")
_CHANGE_NOUNS = frozenset(["dip", "drop", "decline", "rise", "increase", "gain", "jump", "fall",
                           "slide", "rebound", "slowdown", "pickup", "change"])


def _compared_before(left: list[str]) -> bool:
    """Whether the last few words are a comparison's base ("against 8.05 pesos", "up from 4.1
    percent", "compared with 2.3 million", "a decline of about 1 percent from"), with no verb
    after its preposition."""
    for k in range(len(left) - 1, max(-1, len(left) - 7), -1):
        w = left[k]
        if (w in ("against", "versus") and left[k + 1:k + 2] and left[k + 1] in _AMOUNT_UNITS) \
                or (w == "from" and k > 0 and left[k - 1] in ("up", "down")) \
                or (w == "from" and k == len(left) - 1 and k > 0 and left[k - 1] in _CHANGE_NOUNS) \
                or (w == "from" and k == len(left) - 1 and {"percent", "%"} & set(left[k - 3:k])) \
                or (w == "with" and k > 0 and left[k - 1] == "compared"):
            return not any(_classify(left, j) for j in range(k + 1, len(left)))
        if w in _CLAUSE_BREAKS:
            return False
    return False


def _put_off_before(left: list[str]) -> bool:
    """Whether a word that moves a deadline stands in the few words before the last one, with no
    clause break between ("an extension, to", "pushing a decision on the drug to")."""
    quotes = 0
    for k in range(len(left) - 2, max(-1, len(left) - 13), -1):
        w = left[k]
        if w in _PUT_OFF:
            # ("A game was moved to October", told in December: a move made and done)
            # (but "has been moved to 7:30 p.m. Thursday" is still ahead)
            return quotes % 2 == 0 and k >= len(left) - 9 - quotes and not (
                w.startswith("mov") and k > 0 and (left[k - 1] in ("was", "were") or left[k - 1] == "been"
                                                   and left[k - 2:k - 1] not in (["has"], ["have"])))
        if w == '"':
            quotes += 1  # a title in quotation marks: "moved its epic "Starfall" from June 18"
            continue
        if w in (";", ":", "(", ")") or (w in _PAST_IRREGULAR and w not in (
                "last", "ago", "yesterday", "earlier")):
            return False
    return False


# a deadline moved ("an extension to Jan. 31", "postponed to March 3")
_PUT_OFF = frozenset(["extension", "extended", "extend", "extends", "extending", "postponed",
                      "postpone", "postpones", "delayed", "deferred", "adjourned", "rescheduled",
                      "pushed", "pushing", "push", "pushes", "delaying", "postponing",
                      # "moved its next session to 7 p.m. Tuesday"
                      "moved", "moves", "moving", "move"])
_DASHES = frozenset(["\u2014", "--", "\u2013"])
_CLAUSE_BREAKS = frozenset([",", ";", ":", "(", ")", '"']) | _DASHES
# Words that open another clause after the expression ("in November after they stalled").
_SUBORDINATORS = frozenset(
    ["after", "before", "when", "while", "because", "although", "though", "whereas", "unless",
     "if", "once", "since", "until", "as", "but", "and", "which", "who", "where", "that",
     "whether", "how", "why"]
)
# conjunctions that open an adverbial clause after a comma
# (not "when": "a bottleneck in September, when printers are stretched" tells of the month; nor
# "before", "if": "a vote in the first quarter, before the election season takes hold" looks ahead)
_ADVERBIAL_OPENERS = frozenset(["once", "after", "because", "although", "though"])
_AHEAD_ADJECTIVES = frozenset(["upcoming", "planned", "scheduled", "proposed"])
# ... and before the noun the expression follows ("an expected landfall early Friday")
_AHEAD_BEFORE_NOUN = _AHEAD_ADJECTIVES | {"expected"}
# acts an owner has taken by the time they are named ("Beijing's ban in May")
_DONE_NOUNS = frozenset(["decision", "move", "announcement", "ruling", "order", "ban"])
# Prepositions between a verb and the expression it governs ("met in November", "due on Friday").
_PHRASE_PREPOSITIONS = frozenset(["in", "on", "at", "during", "for", "from", "around", "over"])


def _governor(tokens: list[str], here: int, lo: int) -> tuple[str, int] | None:
    """A verb right before the expression's phrase ("collapsed in the spring", "met Thursday")."""
    j = here - 1
    if j > lo and tokens[j] in _AHEAD_ADJECTIVES and (
            tokens[j - 1] in _DETERMINERS or tokens[j - 1].endswith("'s") or tokens[j - 1] == "s"):
        return FUTURE, j  # "the upcoming March drills", "Pelosi's planned August visit"
    if j - 1 > lo and tokens[j - 1] in _AHEAD_BEFORE_NOUN and (
            tokens[j - 2] in _DETERMINERS or tokens[j - 2].endswith("'s")):
        return FUTURE, j - 1  # "toward an expected landfall early Friday", "the planned talks Friday"
    if j >= lo and tokens[j] in _PHRASE_PREPOSITIONS:
        j -= 1
    if j > lo and tokens[j] in _DONE_NOUNS and tokens[j - 1].endswith("'s"):
        return PAST, j  # "to raise China's decision in May to bar Micron": a decision taken
    if j >= lo:
        tense = _classify(tokens, j)
        if tense is not None:
            return tense, j
    return None


def _verb_before_quoted_name(tokens: list[str], lo: int) -> tuple[str, int] | None:
    """For a clause that starts right after a quoted name ('told Fox News' "Sunday Morning
    Futures" on Sunday that he may ...'), the verb before the quotation, in its clause."""
    if lo < 2 or tokens[lo - 1] != '"':
        return None
    opening = next((j for j in range(lo - 2, max(-1, lo - 12), -1) if tokens[j] == '"'), None)
    if opening is None:
        return None
    for j in range(opening - 1, _clause_start(tokens, opening) - 1, -1):
        tense = _classify(tokens, j)
        if tense is not None:
            return tense, j
    return None


def _nearest_in_clause(tokens: list[str], here: int) -> tuple[str, int] | None:
    """The tense marker nearest to ``here`` without crossing punctuation: the expression's own
    clause ("agreed when Biden and Xi met in November, would have been": "met", not "would").

    A verb right before the expression's phrase governs it ("talks that collapsed in the spring
    are expected to resume"), and a subordinate clause after it is another clause ("expected to
    resume in November after they stalled"), unless nothing before the expression has a tense.
    """
    lo = _clause_start(tokens, here)
    hi = here
    while hi + 1 < len(tokens) and tokens[hi + 1] not in _CLAUSE_BREAKS:
        hi += 1
    governor = _governor(tokens, here, lo)
    if governor is not None:
        return governor
    # "who is due to arrive in Beijing on Thursday for talks aimed at ...": the plan whose
    # infinitive holds the expression decides, not a participle after it
    for j in range(here - 1, max(lo, here - 6), -1):
        if (tokens[j] == "to" and j > lo and tokens[j - 1] in _TO_FUTURE
                and not {"was", "were", "had"} & set(_auxiliaries(tokens, j - 1))):
            return _classify(tokens, j - 1), j - 1  # ("was due to arrive": left to the rest)
    for j in range(here - 1, max(lo, here - 10), -1):
        if tokens[j] == "to" and any(
                tokens[k] in _ASK_SOMEONE_TO and not (_CLAUSE_BREAKS | _NAMED_TO) & set(tokens[k:j])
                for k in range(max(lo, j - 4), j - 1)):
            # "wanted a full trial to begin in September", "asked both sides to come back to
            # the table Monday morning"
            return FUTURE, j
    for k in range(here + 1, hi + 1):
        if tokens[k] in ("and", "or") and k + 1 < len(tokens) and tokens[k + 1] in _DAY_NAMES:
            continue  # "that Saturday and Sunday service would be cut": one phrase, not a clause
        if tokens[k] in _SUBORDINATORS:
            found = _nearest_own(tokens, lo, k, here)
            if found is not None:
                return found
            if (before := _verb_before_quoted_name(tokens, lo)) is not None:
                return before
            break
    return _nearest_own(tokens, lo, hi + 1, here)


def _nearest_own(tokens: list[str], lo: int, hi: int, here: int) -> tuple[str, int] | None:
    """The tense marker in ``tokens[lo:hi]`` nearest to ``here``, passing over a participle after
    the expression that describes a noun ("would begin indirect talks in Cairo on Wednesday aimed
    at a durable truce": no auxiliary before the -ed form, "at", "by", "with" or "from" after it)
    when the clause has a verb of its own before the expression."""
    found = _nearest(tokens[lo:hi], here - lo)
    if found is None:
        return None
    i = found[1] + lo
    if found[0] == PAST and i > here and tokens[i].endswith("ed") and tokens[i - 1] not in _AUX_CHAIN \
            and tokens[i + 1:i + 2] in (["at"], ["by"], ["with"], ["from"]) \
            and (i > here + 1 or here > 0 and tokens[here - 1] in _PHRASE_PREPOSITIONS):
        # (not the expression as the subject: "a recap of how Wednesday unfolded at the U.N.")
        before = _nearest(tokens[lo:here + 1], here - lo)
        if before is not None:
            return before[0], before[1] + lo
    return found[0], i


_NUMBER_WORDS = frozenset(["few", "several", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "ten", "twelve", "couple"])
# (not "may": alone it is as often the modal; "May 15" is one token of its own)
_DAY_NAMES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "june", "july",
                        "august", "september", "october", "november", "december"])
# what "last" names when it marks the past ("last week", "the last three years", "last spring";
# not "a last attempt", "one last time")
_AFTER_LAST = _DAY_NAMES | _NUMBER_WORDS | frozenset([
    "week", "weeks", "month", "months", "year", "years", "night", "nights", "weekend", "weekends",
    "season", "seasons", "quarter", "quarters", "decade", "decades", "century", "day", "days",
    "hour", "hours", "summer", "winter", "spring", "fall", "autumn", "evening", "morning",
    "afternoon", "<T>", ""])
_CLAUSE_OPENERS = frozenset(["and", "but", "on", "in", "then", "later", "earlier", "by", "at"])


def _clause_start(tokens: list[str], here: int) -> int:
    """Index of the first token of the clause holding position ``here`` (after punctuation)."""
    lo = here
    while lo > 0:
        if tokens[lo - 1] == '"' and (opening := _quoted_term_start(tokens, lo - 1)) is not None:
            lo = opening  # 'discussed a draft "action plan" with them on Monday': a term, read on
            continue
        if tokens[lo - 1] in _CLAUSE_BREAKS:
            break
        lo -= 1
    return lo


def _quoted_term_start(tokens: list[str], closing: int) -> int | None:
    """Index of the opening quotation mark when ``tokens[closing]`` closes a short quoted term
    inside a clause (at most four words, no punctuation, a word before it), else None."""
    for j in range(closing - 1, max(-1, closing - 6), -1):
        if tokens[j] == '"':
            if j == closing - 1 or j == 0 or tokens[j - 1] in _CLAUSE_BREAKS:
                return None
            return j
        if tokens[j] in _CLAUSE_BREAKS:
            return None
    return None


def _opening_clause(tokens: list[str], here: int, reach: int = 30) -> str | None:
    """For an expression that opens its clause with no verb before the next comma (", and on July
    21 the chairs of the committee, Gallagher and Smith, said ..."), the tense of the first
    marker after it, across the appositive, not a verb of the clause before."""
    lo = _clause_start(tokens, here)
    if lo == 0 or not all(t in _CLAUSE_OPENERS for t in tokens[lo:here]) or tokens[lo - 1] == "(":
        return None  # ("at 4 in the morning (4 a.m. EDT Thursday)": a parenthesis restates)
    if lo == here and tokens[here + 1:here + 2] in ([","], ["and"], ["or"]):
        return None  # "cuts on Jan. 31, March 20, April 18 and May 15": an item of a list
    for i in range(here + 1, min(len(tokens), here + reach)):
        if tokens[i] in (";", ":"):
            return None
        tense = _classify(tokens, i)
        if tense is not None:
            return tense
    return None


def _without_relatives(tokens: list[str], here: int) -> list[str]:
    """``tokens`` with the relative clauses set off by commas before position ``here`` blanked
    out ("results for the quarter, which ended Feb. 28, on Thursday": "ended" is the quarter's):
    such a clause ends at the first comma followed by a verb, or at the last comma before
    ``here``. (A clause after the expression may well date it: "The first quarter, which ends
    Jan. 31, includes ...")"""
    out = tokens
    i = 1
    while i < here:
        if tokens[i] in ("which", "who") and tokens[i - 1] == ",":
            end = next((k for k in range(i + 1, len(tokens) - 1) if tokens[k] == ","
                        and _classify(tokens, k + 1) is not None), len(tokens))
            if here < end:
                end = max((k for k in range(i + 1, here) if tokens[k] == ","), default=i)
            if end > i + 1:
                out = out[:i] + [""] * (end - i) + out[end:]
            i = max(end, i + 1)
            continue
        i += 1
    return out


def _nearest(tokens: list[str], here: int, skip: frozenset[str] = frozenset(),
             limit: int | None = None) -> tuple[str, int] | None:
    """The tense marker nearest to position ``here`` and its index, scanning both ways; the
    words of a short quoted name are no verbs of the clause ('its "Go Now" order')."""
    quotes = [i for i, t in enumerate(tokens) if t == '"']
    named = {k for a, b in zip(quotes[::2], quotes[1::2]) if b - a <= 5 for k in range(a + 1, b)}
    for dist in range(1, min(len(tokens), limit or len(tokens))):
        for i in (here - dist, here + dist):
            if 0 <= i < len(tokens) and i != here and tokens[i] not in skip and i not in named:
                tense = _classify(tokens, i)
                if tense is not None:
                    return tense, i
    return None
