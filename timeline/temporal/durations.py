"""Durations ("five and a half hours" -> PT5.5H), sets ("every year") and PAST/PRESENT/FUTURE refs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.temporal.lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    hour_24,
    month_number,
    named_clock,
    parse_number,
    weekday_number,
)
from timeline.temporal.regex_cache import rx

if TYPE_CHECKING:
    from timeline.temporal.resolve_common import Resolved

_VAGUE = rx(r"^(?:a\s+few|few|several|some|many|a\s+couple|couple)$", re.IGNORECASE)
# a quantity just before "annually": "by 20% annually", "about 10,000 units annually"
_RATE_BEFORE = rx(r"(?:\d%|\d\s+percent|\d[\d,.]*\s+\w+)\s+$")
# a count written with a decimal point ("3.4 years"), kept as written
_DECIMAL = rx(r"\d+\.\d+")
_COUPLE = rx(r"^(?:a\s+)?couple\s+of$", re.IGNORECASE)

# unit word -> (letter, is a clock unit, size in the next smaller unit, that smaller unit's letter)
_UNIT_CODES: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "season": ("Y", False),
}
_SMALLER: dict[str, tuple[int, str, bool]] = {
    "Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False), "D": (24, "H", True),
    "H": (60, "M", True), "MIN": (60, "S", True),
}

_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "recent": "PAST_REF", "earlier": "PAST_REF", "once": "PAST_REF", "the time": "PAST_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the future": "FUTURE_REF",
    "future": "FUTURE_REF", "later": "FUTURE_REF", "sooner or later": "FUTURE_REF",
}


def count_of(words: str | None) -> float | None:
    """Count for a number phrase; None when vague ("several", "a few")."""
    if not words:
        return None
    w = " ".join(words.split())
    if _VAGUE.match(w):
        return None
    if _COUPLE.match(w):
        return 2
    return parse_number(w)


def _fmt(n: float) -> str:
    """A count without a trailing ".0"."""
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str, decimal: bool = False) -> str:
    """TIMEX3 duration for ``n`` units ("PT5H30M", "P2Y3M", "PXY"); ``decimal``: the count was
    written with a decimal point and keeps it ("3.4 years" -> P3.4Y, not a rounded P3Y5M)."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    if unit in ("decade", "century"):
        if n is None:
            return "PXE" if unit == "decade" else "PXC"
        return f"P{_fmt(n * (10 if unit == 'decade' else 100))}Y"
    if unit == "fortnight":
        return "PXW" if n is None else f"P{_fmt(n * 2)}W"
    if unit == "weekend":
        return "PXWE" if n is None else f"P{_fmt(n * 2)}D"
    letter, clock = _UNIT_CODES[unit]
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{letter}"
    whole = int(n)
    frac = n - whole
    if frac == 0:
        return f"{prefix}{whole}{letter}"
    if decimal:
        return f"{prefix}{_fmt(n)}{letter}"
    key = "MIN" if unit == "minute" else letter
    if key in _SMALLER and unit not in ("quarter", "second"):
        size, small, small_clock = _SMALLER[key]
        part = round(frac * size)
        if whole == 0:
            return f"{'PT' if small_clock else 'P'}{part}{small}"
        if small_clock and not clock:
            return f"P{whole}{letter}T{part}{small}"
        return f"{prefix}{whole}{letter}{part}{small}"
    return f"{prefix}{_fmt(n)}{letter}"


_HOPE_BEFORE = rx(r"\b(?:could|would|will|might|may|can|should|must|maybe|perhaps|hopes?|"
                  r"hoped|dreams?|intends?|intended|going\s+to)\b[^.,;:!?]{0,40}$",
                  re.IGNORECASE)
# a wish or a time to come anywhere in the sentence before it ("I'd like to drive past one day",
# "would not rule out another trip to the United States 'one day'", "he wants to coach high
# school football one day", "Elena plans to run the Blue Star one day")
_WISH_BEFORE = rx(r"(?:\b(?:could|would|will|might|wants?|wanted|hopes?|hoped|plans?|"
                  r"dreams?|believes?|expects?|someday|maybe|perhaps)\b|'d|'ll)[^.;!?]*$",
                  re.IGNORECASE)
# a verb that "one day" is the length of ("the strike would last one day", "would slide one day")
_LENGTH_VERB_BEFORE = rx(r"\b(?:last|lasts|lasted|take|takes|took|spend|spent|wait|waited|"
                         r"run|runs|ran|delay|delayed|extend|extended|postpone|postponed|"
                         r"slide|slides|slip|slips|stay|stayed|close|closed|shut|strike|"
                         r"walk\s+out)\s+$", re.IGNORECASE)
# what ends a "one day" said on its own ("he hoped to, 'one day.'", "'One day,' he said")
_SAID_ALONE_AFTER = rx(r"\s*[.,!?]?\s*[\"\u201d]")
_AHEAD_AFTER = rx(r"^[^.;:!?]{0,60}\b(?:will|'ll|going\s+to|could|would|might)\b",
                  re.IGNORECASE)
_COUNT_BEFORE = rx(r"\b(?:for|by|in|of|about|than|not|just|only|every|per|over|within|"
                   r"after|least|extra|another)\s+$", re.IGNORECASE)


def _some_day(text: str, start: int, end: int) -> bool:
    """Whether the "one day" at ``text[start:end]`` means some day to come, not a day's length."""
    if _COUNT_BEFORE.search(text, max(0, start - 10), start) \
            or _LENGTH_VERB_BEFORE.search(text, max(0, start - 14), start) or re.match(
            r"\s+(?:longer|more|less|earlier|later|before|after|ahead|late|early|off)\b", text[end:]):
        return False  # "extend the pause by one day", "we can wait one day longer"
    before = text[max(0, start - 60):start]
    opening = not before.strip() or before.rstrip()[-1:] in ('"', "\u201c", ".", "\n")
    return bool(_HOPE_BEFORE.search(before) or (opening and _AHEAD_AFTER.search(text[end:end + 70]))
                or _WISH_BEFORE.search(text, max(0, start - 120), start)
                or _SAID_ALONE_AFTER.match(text, end))


_COUNT_THEN_UNIT = rx(r"\d\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                      r"decades?|centuries)\b", re.IGNORECASE)


def resolve_duration(m: re.Match[str], text: str) -> Resolved | None:
    """Durations: "five years", "the past two weeks", "5 1/2 hours", "recent months"."""
    from timeline.temporal.resolve_common import Resolved

    unit = m.group("unit").lower()
    if "num" in m.re.groupindex:
        num = m.group("num")
        n = count_of(num)
        low = " ".join(num.lower().split())
        if unit == "second" and low in ("a", "an", "one"):
            return None
        det = (m.group("det") or "").lower()
        rel = (m.group("rel") or "").strip()
        if unit == "day" and low == "one" and not det and not rel and not m.group("mod") \
                and m.group(0).lower() == "one day" and _some_day(text, m.start(), m.end()):
            # "it will rain again one day", "patients could one day stop dialysis", "One day,
            # this will be routine": some day to come
            return Resolved("DATE", "FUTURE_REF", "dct", None)
        if unit == "quarter" and low in ("a", "one") and not det and not rel:
            # "down by roughly a quarter from 2024", "four and a quarter cents", "a quarter to a
            # third of sales": a fraction far more often than three months (the annotated news
            # here has not one length "a quarter")
            return None
        if low in ("a", "an") and not det and not rel and not m.group("mod"):
            before = text[max(0, m.start() - 25):m.start()]
            if re.search(r"(?:\d%?|\bper|times|once|twice|cents?|dollars?|yuan|percent|\$)\s*$",
                         before, re.IGNORECASE) and not re.search(
                             r"\b(?:in|since|by|of|from|until|during|through)\s+(?:1[5-9]|20)\d\d\s*$",
                             before, re.IGNORECASE):
                return Resolved("SET", duration_value(1, unit), "none", None)
        # "five and a half hours", "a year and a half" are PT5.5H, P1.5Y, as the TimeML
        # guidelines write them (a count written "5 1/2" is composed, PT5H30M, as TimeBank does;
        # "a minute and a half" is counted in seconds, PT1M30S)
        half = n is not None and low.endswith("and a half")
        if n is not None and "half" in (m.group("tail") or ""):
            half = True
            n += 0.5
        if n is not None and (n > 10_000_000 or re.fullmatch(r"(?:1[5-9]|20)\d\d", low) or (
                # a count past ten thousand is a length only when the unit follows it at once
                # ("the past 480,000 years", not "417,000 working days" lost to strikes)
                n > 10_000 and not _COUNT_THEN_UNIT.search(m.group(0)))):
            return None
        return Resolved("DURATION", duration_value(n, unit, bool(_DECIMAL.fullmatch(low)) or (
            half and unit != "minute")), "none", None)
    rel = " ".join((m.group("rel") or "").lower().split())
    if not m.group("det") and ((unit in ("year", "decade") and rel in ("recent", "past"))
                               or (unit in ("day", "week") and rel == "recent")):
        # "in recent years", "in past years", "in recent days": a vague stretch of the past, not
        # a measured length ("recent months" TimeBank measures: 2 of 2)
        return Resolved("DATE", "PAST_REF", "dct", None)
    if rel == "coming" or (m.group("det2") and m.group("tail")):
        # "in the coming weeks", "the months ahead": an unmeasured stretch of the future
        return Resolved("DATE", "FUTURE_REF", "dct", None)
    return Resolved("DURATION", duration_value(None, unit), "none", None)


# a capitalized word (or "the") right before a capitalized "Daily", "Weekly": a paper's name
_TITLE_BEFORE = rx(r"(?:\b[A-Z][\w'’-]*|\bthe)\s+$")


# "every other week", "every third day": one unit in two, in three
_EVERY_NTH = {"other": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def resolve_set(m: re.Match[str]) -> Resolved | None:
    """Sets: "every year", "each Thursday", "daily", "twice a month", "Mondays"."""
    from timeline.temporal.resolve_common import Resolved

    if "mthday" in m.re.groupindex:
        if m.group("nthwd"):
            return Resolved("SET", "P1M", "none", None)
        words = re.split(r"[- ]", m.group("mthday").lower())  # ("the twenty-first")
        tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) == 2 else 0
        day = tens + (ORDINALS.get(words[-1]) or int(re.sub(r"\D", "", words[-1]) or 0))
        return Resolved("SET", f"XXXX-XX-{day:02d}", "none", None) if 1 <= day <= 31 else None
    if "setday" in m.re.groupindex:
        month = month_number(m.group("setmon"))
        day = int(re.sub(r"\D", "", m.group("setday")))
        return Resolved("SET", f"XXXX-{month:02d}-{day:02d}", "none", None) if month else None
    if "wdat" in m.re.groupindex:
        wd = weekday_number(m.group("wdat") or m.groupdict().get("wdatpl"))
        if m.group("atnamed"):
            hour, minute = named_clock(m.group("atnamed"))
        else:
            hour, minute = hour_24(int(m.group("ath")), m.group("atampm")), int(m.group("atmi") or 0)
        return Resolved("SET", f"XXXX-WXX-{(wd or 0) + 1}T{hour:02d}:{minute:02d}", "none", None)
    if {"setpart", "partpl"} & set(m.re.groupindex):
        part = m.group("setpart" if "setpart" in m.re.groupindex else "partpl").lower()
        if part == "weekend":
            return Resolved("SET", "XXXX-WXX-WE", "none", None)
        return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", "none", None)
    if m.group("wdpl") if "wdpl" in m.re.groupindex else None:
        wd = weekday_number(m.group("wdpl"))
        part = m.group("wdpart").lower() if "wdpart" in m.re.groupindex else ""
        suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
        return Resolved("SET", f"XXXX-WXX-{(wd or 0) + 1}{suffix}", "none", None)
    adv = (m.group("adv") or "").lower().replace("-", "")
    adv = adv.removeprefix("twice").removeprefix("thrice")  # "twice-weekly": every week
    if adv:
        word = m.group("adv")
        if word[:1].isupper() and _TITLE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            return None  # "People's Daily", "The Arizona Daily Star", "China Daily": a title
        if adv in ("annually", "yearly") and _RATE_BEFORE.search(m.string, 0, m.start()):
            return None  # "to rise 8.5% annually", "10,000 units annually": a rate, not a set
        value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
                 "fortnightly": "P2W",
                 "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                 "quarterly": "P3M", "semiannually": "P6M"}[adv]
        return Resolved("SET", value, "none", None)
    unit = (m.group("unit") or m.group("unit2") or "").strip()
    num = m.group("num")
    low = unit.lower().rstrip("s")
    wd = weekday_number(low)
    if wd is not None:
        return Resolved("SET", f"XXXX-WXX-{wd + 1}", "none", None)
    month = month_number(unit)
    if month is not None and unit[:1].isupper():
        return Resolved("SET", f"XXXX-{month:02d}", "none", None)
    if low in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[low]}", "none", None)
    n: float | None = 1
    if num:
        n = _EVERY_NTH.get(num.lower()) or count_of(num)
    if low == "quarter":
        return Resolved("SET", f"P{_fmt(n) if n else 'X'}Q", "none", None)
    try:
        return Resolved("SET", duration_value(n, low, bool(num and _DECIMAL.fullmatch(num))),
                        "none", None)
    except KeyError:
        return None


def resolve_unit_length(m: re.Match[str], kind: str) -> Resolved | None:
    """A length named by its unit alone: "weeklong" (P1W), "decade-long" (P10Y), "years-long"
    (PXY), "another week" (P1W), a bare plural "within hours" (PTXH)."""
    from timeline.temporal.resolve_common import Resolved

    n = None if kind == "bareplural" or (kind == "longword" and m.group("pl")) else 1
    unit = m.group("unit") or (m.group("unit2") if "unit2" in m.re.groupindex else "")
    # ("unit2": "the past minute")
    return Resolved("DURATION", duration_value(n, unit.lower()), "none", None)


def resolve_ref(m: re.Match[str], tense: str | None = None) -> Resolved | None:
    """PRESENT_REF / PAST_REF / FUTURE_REF words: "now", "recently", "the future"; ``tense``
    of the governing verb: "soon" in a past narrative ("the flood soon reached the town") is
    no time to come."""
    from timeline.temporal.resolve_common import Resolved

    w = " ".join(m.group("w").lower().split())
    if w == "soon" and tense == "past":
        return None
    if w == "recently" and re.search(r"\bmost\s+$", m.string[max(0, m.start() - 6):m.start()],
                                     re.IGNORECASE):
        return None  # "three times this year, most recently in May": the date that follows is it
    if w == "current" and (re.match(r"\s+and\s+former\b", m.string[m.end():])
                           or m.group("w")[0] == "C" and _TITLE_BEFORE.search(
                               m.string[max(0, m.start() - 30):m.start()])):
        return None  # "current and former officials"; "Deep Current", a title
    if w in _REFS:
        return Resolved("DATE", _REFS[w], "dct", None)
    if w.endswith(("future", "term")):
        return Resolved("DATE", "FUTURE_REF", "dct", None)
    return None
