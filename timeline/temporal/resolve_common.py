"""Shared pieces of the resolvers: the resolved record, the article context, word helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.temporal.lexicon import MONTH, month_number
from timeline.temporal.regex_cache import rx
from timeline.temporal.values import precision_of

DAY_VALUE = rx(r"\d{4}-\d\d-\d\d")  # a value of day precision


@dataclass(frozen=True)
class Resolved:
    """Type, value and provenance of one expression."""

    type: str
    value: str
    anchor: str
    reference: date | None = None

    @property
    def precision(self) -> str:
        return precision_of(self.value)


@dataclass
class Context:
    """What the article said so far that later expressions may lean on."""

    dct: date | None
    last_quarter: tuple[int, int] | None = None
    last_day: date | None = None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    # the sentence that named ``last_month``
    last_month_sentence: int = -1
    # bare weekdays told so far as days behind the reference date, by weekday number
    past_weekdays: dict[int, date] = field(default_factory=dict)
    # the sentence being read (its index and where it starts in the text), and the one that
    # named ``last_day``
    sentence: int = 0
    sentence_start: int = 0
    last_day_sentence: int = -1
    # how many days that sentence told (one alone is the day it is about)
    days_in_last_day_sentence: int = 0
    # the last day named that is not after the reference date (a deadline ahead is no "same day")
    last_past_day: date | None = None
    # the last month, quarter or half named, and its sentence: what "a year earlier" compares
    # with in that sentence ("prices rose 3.4 percent in April from a year earlier")
    period: tuple[str, int] | None = None
    # the last year named and its sentence: what "a year earlier" compares with when that
    # sentence names no finer period ("deaths rose in 2015, up 72 percent from a year earlier")
    year_told: tuple[int, int] | None = None
    # the day, hour and sentence of the last clock time told ("11:53 p.m."), so a small hour
    # after a late one ("shortly after 12:30 a.m.") is on the next day
    last_clock: tuple[date, int, int] | None = None
    # the last week named ("last week") and its sentence: what "the week before" in that
    # sentence counts from
    last_week: tuple[str, int] | None = None
    # the day a line of its own names ("FRIDAY, JULY 12" over a police log): the day of the
    # time-stamped entries under it
    section_day: date | None = None
    # a broadcast that opens with "Good evening": the hours it tells by the clock alone ("It
    # is 10 o'clock here", "Polls closed at 7:30") are the evening's
    evening_broadcast: bool = False
    # one that opens with "Good morning": its small hours told by the clock alone are the night's
    morning_broadcast: bool = False
    # the sentence and end offset of the last quarter that became ``last_quarter``
    quarter_told: tuple[int, int] = (-1, 0)


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_BACK = (
    "last", "past", "previous", "the past", "the last", "the previous", "the prior",
    "this past", "the latest", "the most recent",
)
_FORWARD = ("next", "coming", "the next", "the coming", "the following", "this coming")
_NOW = ("this", "current", "the current", "the new", "a new")
# "of the following year", "of the previous year": the years after or before the one told
# ("of that year", "of the same year": none)
_TOLD_YEAR_STEP = {"following": 1, "next": 1, "previous": -1, "prior": -1}


def _norm(s: str | None) -> str:
    """Lower-case, single-spaced form of a matched word group."""
    return " ".join(s.lower().split()) if s else ""


def _offset(rel: str) -> int | None:
    """-1, 0 or +1 for a relative word ("last", "this", "next"), None if unknown."""
    if rel in _BACK:
        return -1
    if rel in _FORWARD:
        return 1
    if rel in _NOW:
        return 0
    return None


def _year_of(word: str | None, dct: date | None) -> int | None:
    """A written year ("1998", "'98", "this year") as a number, if resolvable."""
    w = _norm(word)
    if not w:
        return None
    if w.isdigit():
        return int(w)
    if w.startswith(("'", "\u2019")) and w[1:].isdigit():
        # "'98": the year of this century unless it is more than ten years ahead of the
        # reference date, else of the one before
        yy = int(w[1:])
        base = dct.year if dct else 2000
        year = (base // 100) * 100 + yy
        return year - 100 if year > base + 10 else year
    spelled = _spelled_year(w)
    if spelled is not None:
        return spelled
    if dct is None:
        return None
    # ("the second half of the year": of the year the story is in)
    return {"this year": dct.year, "the year": dct.year, "last year": dct.year - 1,
            "next year": dct.year + 1}.get(w)


def _spelled_year(w: str) -> int | None:
    """A year in words ("nineteen ninety-four", "two thousand and one"), else None."""
    from timeline.temporal.lexicon import parse_number

    for lead, base in (("nineteen ", 1900), ("two thousand", 2000)):
        if w.startswith(lead):
            rest = w[len(lead):].strip()
            rest = rest.removeprefix("and ")
            n = parse_number(rest) if rest else 0
            if n is not None and 0 <= n <= 99 and n == int(n):
                return base + int(n)
    return None



def _day_value(d: date | None, unresolved: str = "XXXX-XX-XX") -> str:
    """ISO day value, or the unresolved form."""
    return d.isoformat() if d else unresolved


# a chronology's entry: a paragraph that opens with a year, a month and year or a full date, then
# a dash or a colon ("April 2012 - ...", "Dec. 3, 2012 - ...", "2014: ...")
_ENTRY_HEAD = rx(r"[ \t]*(?:(?P<mon>" + MONTH + r")\s+(?:[0-3]?\d,?\s+)?)?(?P<year>1[5-9]\d\d|20\d\d)"
                 r"[ \t]*(?:[-\u2013\u2014]|:)[ \t]")


def _entry_head(text: str, start: int) -> tuple[int, int | None] | None:
    """The year and month that open the chronology entry holding ``start``, if it is in one."""
    line = text.rfind("\n", 0, start) + 1
    head = _ENTRY_HEAD.match(text, line)
    if head is None or head.end() > start:
        return None
    return int(head.group("year")), month_number(head.group("mon")) if head.group("mon") else None
