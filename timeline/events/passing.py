"""Passing mentions the tagger leaves undated or dates forward: nominal months, since-clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.records import TemporalMention

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
EVENT_NOUNS = (
    "visit", "visits", "trip", "trips", "talks", "meeting", "meetings", "summit", "call", "calls",
    "election", "elections", "inauguration", "speech", "tour", "hearing", "decision", "vote",
    "announcement", "crackdown", "drills", "exercises", "incident", "shootdown", "rules",
    "restrictions", "controls", "sanctions", "tariffs", "deal", "agreement", "dialogue",
)
# "Pelosi's August visit", "the senator's March trip": a month that modifies an event noun
_NOMINAL_RE = re.compile(
    r"(?<=[’']s )(" + "|".join(MONTHS) + r")(?= (?:" + "|".join(EVENT_NOUNS) + r")\b)")
_SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.;:!?]")
_NO_SHIFT_RE = re.compile(r"\b(?:next|this|coming|upcoming|early|late)\b|\d", re.IGNORECASE)
SINCE_REACH = 120  # characters: how far back a "since" may govern a month name


def _month_value(month: int, published: date) -> str:
    """The latest such month on or before the publication month (a past event)."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def nominal_months(text: str, published: date | None,
                   mentions: Sequence[TemporalMention]) -> list[TemporalMention]:
    """Month names that modify an event noun after a possessive, when the tagger missed them.

    Example:
        >>> [m.value for m in nominal_months("since Pelosi's August visit", date(2023, 2, 1), [])]
        ['2022-08']
    """
    if published is None:
        return []
    out = []
    for hit in _NOMINAL_RE.finditer(text):
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        out.append(TemporalMention(
            start=hit.start(), end=hit.end(), text=hit.group(0), type="DATE",
            value=_month_value(MONTHS.index(hit.group(1)) + 1, published), precision="month",
            anchor="dct", reference=published))
    return out


def since_in_past(text: str, published: date | None,
                  mentions: Sequence[TemporalMention]) -> list[TemporalMention]:
    """A bare month governed by "since" starts a period: it cannot lie after publication.

    Example:
        >>> m = TemporalMention(40, 46, "August", "DATE", "2023-08", "month")
        >>> text = "Talks have been frozen since his visit in August."
        >>> [x.value for x in since_in_past(text, date(2023, 6, 4), [m])]
        ['2022-08']
    """
    if published is None:
        return list(mentions)
    out = []
    for m in mentions:
        if (m.precision == "month" and len(m.value) == 7 and m.value[4] == "-"
                and not _NO_SHIFT_RE.search(m.text)
                and m.value > f"{published.year:04d}-{published.month:02d}"):
            before = text[max(0, m.start - SINCE_REACH):m.start]
            tail = before[max((e.end() for e in _CLAUSE_END_RE.finditer(before)), default=0):]
            if _SINCE_RE.search(tail):
                m = replace(m, value=f"{int(m.value[:4]) - 1:04d}{m.value[4:]}")
        out.append(m)
    return out


_LATER_RE = re.compile(r"\s+(later|earlier|afterwards|afterward)\b")
_COUNT_RE = re.compile(r"P(\d+)([DW])")
DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")  # a value of day precision (a time's day with .match)
COUNT_REACH = 300  # characters: how far back "two days later" looks for the day it counts from
# ... and "the same day" when no other date was told since that day
SAME_DAY_REACH = 1500


def _day_before(mentions: Sequence[TemporalMention], pos: int, reach: int = COUNT_REACH) -> date | None:
    """The last day the article named before ``pos``, if it ends within ``COUNT_REACH``, or
    within ``reach`` when no other date or time was named after it."""
    dated = [m for m in mentions if m.end <= pos and m.type in ("DATE", "TIME")]
    days = [m for m in dated if DAY_RE.match(m.value)]
    if not days:
        return None
    limit = reach if dated[-1] is days[-1] else COUNT_REACH
    if pos - days[-1].end > limit:
        return None
    return date.fromisoformat(days[-1].value[:10])


def counted_days(text: str, mentions: Sequence[TemporalMention]) -> list[TemporalMention]:
    """"Two days later", "a week earlier": TimeML tags the count as a duration (P2D), but the
    words name a day, counted from the last day the article named before them.

    Example:
        >>> text = "Talks opened on March 4. Two days later, envoys signed a deal."
        >>> ms = [TemporalMention(16, 23, "March 4", "DATE", "2024-03-04", "day"),
        ...       TemporalMention(25, 33, "Two days", "DURATION", "P2D", "day")]
        >>> [(m.text, m.value) for m in counted_days(text, ms)]
        [('March 4', '2024-03-04'), ('Two days later', '2024-03-06')]
    """
    out: list[TemporalMention] = []
    for m in mentions:
        count = _COUNT_RE.fullmatch(m.value) if m.type == "DURATION" else None
        word = _LATER_RE.match(text, m.end) if count else None
        last_day = _day_before(mentions, m.start) if count and word else None
        if count and word and last_day is not None:
            days = int(count.group(1)) * (7 if count.group(2) == "W" else 1)
            sign = 1 if word.group(1).startswith("after") or word.group(1) == "later" else -1
            value = date.fromordinal(last_day.toordinal() + sign * days)
            m = replace(m, end=word.end(), text=text[m.start:word.end()], type="DATE",
                        value=value.isoformat(), precision="day", anchor="article-day",
                        reference=last_day)
        out.append(m)
    return out


# case-sensitive literal starts: a pattern that opens with an optional word or IGNORECASE costs
# a scan of every position of every article
_SAME_DAY_RE = re.compile(r"\b(?:[Tt]he\s+same|[Tt]hat(?:\s+same)?)\s+day\b")
_DAY_LEAD_RE = re.compile(r"(?:\b(?:[Ll]ater|[Ee]arlier|[Oo]n)\s+)$")


def same_days(text: str, mentions: Sequence[TemporalMention],
              published: date | None = None) -> list[TemporalMention]:
    """"The same day", "that day", "later that day": the tagger leaves them undated; they are
    the last day the article named (within ``COUNT_REACH`` characters before them), not counting
    days after ``published`` ("due to take effect on July 23. China's Commerce Ministry responded
    the same day": the day of the step, not of its taking effect).

    Example:
        >>> text = "Microsoft reported it on Wednesday. The same day, the NSA issued an advisory."
        >>> ms = [TemporalMention(25, 34, "Wednesday", "DATE", "2023-05-24", "day")]
        >>> [(m.text, m.value) for m in same_days(text, ms)]
        [('Wednesday', '2023-05-24'), ('The same day', '2023-05-24')]
    """
    # the tagger dates "the same day" by the last day it read; here the day is the last one told
    # within reach, as the events were built to count it, so its reading gives way
    mentions = [m for m in mentions if not (m.anchor == "article-day" and _SAME_DAY_RE.search(m.text))]
    extra = []
    ahead = published.isoformat() if published is not None else None
    told = [m for m in mentions if ahead is None or not DAY_RE.match(m.value) or m.value[:10] <= ahead]
    for hit in _SAME_DAY_RE.finditer(text):
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        day = _day_before(told, hit.start(), SAME_DAY_REACH)
        if day is None:
            continue
        lead = _DAY_LEAD_RE.search(text, max(0, hit.start() - 9), hit.start())
        start = lead.start() if lead else hit.start()  # "later that day", "on the same day"
        extra.append(TemporalMention(
            start=start, end=hit.end(), text=text[start:hit.end()], type="DATE",
            value=day.isoformat(), precision="day", anchor="article-day", reference=day))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else list(mentions)


def passing_mentions(text: str, published: date | None,
                     mentions: Sequence[TemporalMention]) -> list[TemporalMention]:
    """The tagger's mentions with since-clauses kept in the past, counted days ("two days
    later") and anaphoric days ("the same day") dated, plus nominal months."""
    fixed = since_in_past(text, published, same_days(text, counted_days(text, mentions), published))
    extra = nominal_months(text, published, fixed)
    return sorted([*fixed, *extra], key=lambda m: m.start) if extra else fixed
