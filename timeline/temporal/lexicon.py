"""Word tables and regex fragments shared by the temporal patterns and the resolver."""

from __future__ import annotations

import re

from timeline.temporal.regex_cache import rx

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "final": 4, "last": 4,
}

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a couple of", "couple of", "a couple")

# Unit word -> (TIMEX3 duration letter, whether it is a time unit written after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "fortnight": ("FN", False),
}

# --- regex fragments (used inside patterns compiled with re.IGNORECASE) -----------------------

# Month names must be capitalized ("may", "march" are common words); abbreviations may end in ".".
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    # a timeline's entries: "NOV. 14, 2022 - Biden and Xi hold talks", "MAY 5, 2023 - ..."
    r"|JAN\.|FEB\.|MAR\.|APR\.|JUN\.|JUL\.|AUG\.|SEPT\.|SEP\.|OCT\.|NOV\.|DEC\.|MAY(?=\s+\d)))"
)
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
DAYPART = r"(?:morning|afternoon|evening|night)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day of the month said aloud ("December the fifteenth", "the twenty-first of June")
_UNIT_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
DAY_ORDINAL_WORD = (r"(?:" + _UNIT_ORDINALS + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                    r"twenty[- ]" + _UNIT_ORDINALS + r"|thirtieth|thirty[- ]first)")


def day_number(text: str) -> int | None:
    """The day of the month in "15", "15th", "fifteenth" or "twenty-first"."""
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    words = text.lower().replace("-", " ").split()
    tens = TENS.get(words[0], 0) if len(words) == 2 else 0
    unit = ORDINALS.get(words[-1]) if words else None
    return tens + unit if unit is not None and words[-1] not in ("final", "last") else None
YEAR4 = r"(?:1[5-9]\d\d|20\d\d|21[0-4]\d)"
NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# A count: digits, number words, "a"/"an", or a vague quantity.
NUMBER = (
    # ("a quarter of a century", "a quarter hour", "half an hour", "three quarters of an hour")
    r"(?:(?:a\s+quarter(?:\s+of\s+an?)?|three[- ]quarters\s+of\s+an?|half\s+an)"
    r"(?=\s+(?:century|hour)\b)|"
    # ("a quarter-century", "the past quarter century", "the next half century", "the past half
    # hour"; not a measure's span before its noun: "just a notch above its quarter-century low")
    r"(?:(?:a\s+)?quarter|half)(?=[\s-]century\b(?![\s-](?:lows?|highs?|old|records?|peaks?)\b))|"
    r"half(?=[\s-]hour\b)|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:[\s-]\d/\d|\s+and\s+a\s+half)?|" + NUMWORD + r"(?:\s+(?:hundred|thousand))?"
    r"(?:\s+and\s+(?:a\s+)?half)?|an?\s+(?:hundred|thousand)|a|an|a\s+couple\s+of|couple\s+of|"
    r"a\s+few|few|several|some|many|"
    r"a\s+half|half\s+a|one\s+and\s+a\s+half|a\s+single|(?:a|two|three|half\s+a)\s+dozen)"
)
# what follows a futures contract's month ("crude for May delivery", "the June contract")
# (an exchange may stand between: "the December Nymex contract", "over July NYMEX futures")
_CONTRACT_WORD = (r"(?:(?:Nymex|NYMEX|Comex|COMEX|CBOT|ICE|LME)\s+)?"
                  r"(?:delivery|loading|shipment|contracts?|futures)\b")
# how a market report moves a contract ("May Brent gained", "March soybeans rose")
_MARKET_VERB = (r"(?:fell|rose|gained|lost|slipped|climbed|dropped|closed|settled|ended|added|eased|"
                r"jumped|tumbled|firmed|edged|declined|plunged|advanced|surged|rallied|slumped|sank|hit|"
                r"touched|rising|falling|climbing|gaining|losing|dropping|"
                r"(?:was|were)\s+(?:\$?\d[\d.]*\s+(?:cents?|points?|dollars?)\s+)?"
                r"(?:up|down|unchanged|steady|higher|lower|flat))")
# a commodity's contract named after its month: "December corn futures", "May Brent gained"
_COMMODITY = (r"(?:corn|wheat|milling\s+wheat|soybeans?|soymeal|soyoil|crude(?:\s+oil)?|Brent|WTI|oil|"
              r"gold|silver|platinum|palladium|copper|coffee|arabica|robusta|cocoa|sugar|cotton|cattle|"
              r"hogs|natural\s+gas|gas|gasoline|heating\s+oil|palm\s+oil|canola|rapeseed|oats|"
              r"unleaded(?:\s+gasoline)?)")
# (an appositive may stand before the verb: "December gold, the most active contract, settled")
_COMMODITY_CONTRACT = (r"(?:U\.S\.\s+)?" + _COMMODITY + r"(?:,\s+(?:the|a)\s+[^,.;]{1,40},)?\s+(?:futures|contracts?|"
                       + _MARKET_VERB
                       + r"|on\s+London's\s+International\s+Petroleum\s+Exchange"
                       r"|on\s+the\s+(?:COMEX|Comex|Nymex|NYMEX|CBOT|IPE|International\s+Petroleum\s+Exchange|"
                       r"New\s+York\s+Mercantile|"
                       r"(?:Chicago|Kansas\s+City)\s+Board\s+of\s+Trade|Chicago\s+Mercantile|"
                       r"Minneapolis\s+Grain))\b")
# a contract month moved by a sum in a market report: "May fell 7.4 cents", "June rose $1.20 to"
_MONTH_MOVED = _MARKET_VERB + r"\s+\$?\d[\d.,/-]*\s+(?:cents?|points?|percent|dollars?|to\b)"
# what follows a contract's month (for the finder and the resolver alike)
# (the first of two months named together: "the January and February contracts")
CONTRACT_AFTER = rx(r"(?:\s+(?:and|or)\s+" + MONTH + r")?\s+(?:" + _CONTRACT_WORD + r"|"
                    + _COMMODITY_CONTRACT + r")")
MOVED_AFTER = rx(r"\s+" + _MONTH_MOVED)
# a commodity's contract for a month, the month last ("cocoa for September rose $12", "orange
# juice futures for March jumped")
# ("crude for delivery in January")
COMMODITY_FOR_BEFORE = rx(r"\b(?:(?:" + _COMMODITY + r"|futures|contracts?)\s+for"
                          r"|for\s+delivery\s+in)\s+$", re.IGNORECASE)
# words that tell a report is about contracts (before "May fell 7.4 cents")
CONTRACTS_NAMED = r"\b(?:contracts?|futures|delivery|Mercantile\s+Exchange|Nymex)\b"

_FOR_JUST_BEFORE = rx(r"\bfor\s+$")


# a past verb right after a day something was set "for" ("a ceasefire announced for Friday
# collapsed", "a rally planned for the weekend was called off"): the setting is over
PAST_VERB_NEXT = rx(r"\s+(?:\w+ly\s+)?(?:was|were|had|\w+ed)\b", re.IGNORECASE)


def named_clock(word: str) -> tuple[int, int]:
    """Hour and minute of "noon", "midday" or "midnight" (T24:00, the end of its day)."""
    return (24, 0) if word.lower() == "midnight" else (12, 0)


def hour_24(hour: int, ampm: str) -> int:
    """The 24-hour clock's hour for ``hour`` with "a.m."/"p.m." ("12 a.m." is 0, "12 p.m." 12)."""
    if ampm.lower().startswith("p") and hour < 12:
        return hour + 12
    if ampm.lower().startswith("a") and hour == 12:
        return 0
    return hour


def after_for(text: str, start: int) -> bool:
    """True when "for" stands just before ``start``: "set for Friday", "scheduled for August"."""
    return _FOR_JUST_BEFORE.search(text, max(0, start - 5), start) is not None


# "that May", "that Friday": the month or day of the story the article tells ...
_THAT_BEFORE = rx(r"(?<!\w)(?:(?P<word>\w+)\s+)?(?P<that>[Tt]hat)\s+$")
# ... unless "that" opens a clause after a verb of saying, knowing, hoping or fearing ("had
# hoped until recently that June showers would ...", "a spokesperson noted that Thursday's")
_CLAUSE_THAT_AFTER = frozenset(["said", "says", "say", "hope", "hoped", "know", "knew", "feel", "felt",
                                "fear", "feared", "think", "thought", "believe", "believed", "warned",
                                "noted", "expect", "expects", "expected", "reported", "announced",
                                "added", "argued", "claimed", "insisted", "confirmed", "predicted",
                                "recently"])


# ... nor a noun that the day or month modifies ("minutes of that March meeting")
_HEAD_NOUN_AFTER = rx(
    r"\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|he|she|it|they|we|i|you|there|and|"
    r"or|but|of|on|in|at|to|for|with|by|from|as|when|while|after|before|until|is|was|were|are|be|"
    r"been|had|has|have|will|would|could|should|can|may|might|must|did|does|do|not)\b)"
    r"(?-i:[a-z]+)\b(?<!ed)(?<!ly)", re.IGNORECASE)


def that_before(text: str, start: int, end: int) -> int | None:
    """Where "that" starts when it stands just before the day or month at ``start:end`` as its
    demonstrative ("met again that May", "That Tuesday, the rain came"), not as a clause's
    "that" ("said that Monday's vote") nor as a noun's ("that March meeting")."""
    m = _THAT_BEFORE.search(text, max(0, start - 25), start)
    if m is None or (m.group("word") or "").lower() in _CLAUSE_THAT_AFTER \
            or text.startswith(("'s", "\u2019s"), end) or _HEAD_NOUN_AFTER.match(text, end):
        return None
    return m.start("that")
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)"
MODIFIER = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|"
    r"fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|only|just|within|"
    r"barely|well\s+over|close\s+to|the\s+better\s+part\s+of)"
)


def parse_number(words: str) -> float | None:
    """Number for a count phrase ("two", "twenty-four", "18", "5 1/2", "a"); None if vague."""
    w = " ".join(words.lower().replace("-", " ").split())
    half = 0.0
    if w.endswith((" and a half", " and half")):
        half = 0.5
        w = w.rsplit(" and ", 1)[0]
    if w in ("a half", "half a", "half an", "half"):
        return 0.5
    fraction = re.fullmatch(r"(a|three|) ?quarters?(?: of an?)?", w)
    if fraction:
        return 0.75 if fraction.group(1) == "three" else 0.25
    if w == "a single":
        return 1  # "a single day"
    if w.endswith(" dozen"):
        return {"a": 12, "two": 24, "three": 36, "half a": 6}.get(w[:-6])  # "a dozen years ago"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))  # "1,941 days"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", w)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value + half
    total = 0
    mult = 1
    parts = w.split()
    if parts and parts[-1] in ("hundred", "thousand"):
        mult = 100 if parts[-1] == "hundred" else 1000
        parts = parts[:-1]
    if not parts:
        return None
    for p in parts:
        if p in SMALL_NUMBERS:
            total += SMALL_NUMBERS[p]
        elif p in TENS:
            total += TENS[p]
        else:
            return None
    return total * mult + half


# a month alone, with the edge of it ("August", "late April", "mid-Sept.")
BARE_MONTH = rx(r"(?:(?:early|mid|late)[\s-]+)?" + MONTH + r"\.?", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """Month number for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """Weekday number (Monday = 0) for a weekday name."""
    return WEEKDAYS.get(word.lower())
