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


def passing_mentions(text: str, published: date | None,
                     mentions: Sequence[TemporalMention]) -> list[TemporalMention]:
    """The tagger's mentions with since-clauses kept in the past, plus nominal months."""
    fixed = since_in_past(text, published, mentions)
    extra = nominal_months(text, published, fixed)
    return sorted([*fixed, *extra], key=lambda m: m.start) if extra else fixed
