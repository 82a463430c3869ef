"""Find temporal expressions: run every pattern, keep the longest non-overlapping matches."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.temporal.patterns import LEFT_EDGE, PATTERNS

# Kinds that take "early"/"the end of"/... on their left as part of the expression.
_EDGE_KINDS = frozenset(
    {"mdy", "dmy", "my", "month", "year", "decade", "quarter", "relunit", "season", "century"}
)
# A month name alone that is also a common word needs a preposition or modifier before it.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "dec", "sept", "august"})
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|of|during|before|after|from|to|on|last|next|this|"
    r"early|late|mid|between|and|or|each|every|until|around)\s*|-)$",
    re.IGNORECASE,
)
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|troops|soldiers|workers|jobs|students|employees|members|cases|deaths|"
    r"meters|metres|feet|miles|kilometers|km|tons|tonnes|barrels|shares|units|points|votes|"
    r"yuan|dollars|acres|hectares|pounds|francs|marks|yen|copies|cars|vehicles|homes|seats|"
    r"rooms|beds|calories|to\s+\d)\b",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:No|no|number|Nos?\.|flight|Flight|Route|route|page|Article|article|chapter|"
    r"about|nearly|some|than|over|under|around|almost|approximately|roughly|#)\.?\s*)$"
)


@dataclass(frozen=True)
class Candidate:
    """A span found by one pattern."""

    start: int
    end: int
    kind: str
    priority: int
    match: re.Match[str]


def _acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply."""
    if kind == "month" and not m.group("edge") and not m.group("rel"):
        word = m.group("mon").lower().rstrip(".")
        if word in _AMBIGUOUS_MONTHS and not _MONTH_CUES.search(text, 0, m.start()):
            return False
        if word == "may" and not m.group("mon")[0].isupper():
            return False
        if len(word) <= 4 and word not in ("may", "june", "july") and not m.group("mon").endswith("."):
            return False
    if kind == "duration" and "num" in m.re.groupindex and m.group("unit").lower() == "quarter" \
            and m.group("pl"):
        if "-" in text[m.start("num"):m.start("unit")]:
            return False
    if kind == "year" and not m.group("fiscal") and not m.group("edge"):
        if _COUNT_NOUN_AFTER.match(text, m.end()):
            return False
        before = text[max(0, m.start() - 12):m.start()]
        if _NUMBER_BEFORE.search(before):
            return False
    if kind == "set" and "wdpl" in m.re.groupindex and m.group("wdpl"):
        before = text[max(0, m.start() - 4):m.start()].lower()
        if not before.endswith("on "):
            return False
    return True


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping temporal expression candidates in ``text``, in text order.

    Example:
        >>> [c.kind for c in find_candidates("Talks ended on Friday, Aug. 7, 1998.")]
        ['mdy']
    """
    found: list[Candidate] = []
    for priority, (kind, pattern) in enumerate(PATTERNS):
        for m in pattern.finditer(text):
            if m.end() <= m.start() or not _acceptable(kind, m, text):
                continue
            start = m.start()
            if "prep" in m.re.groupindex and m.group("prep"):
                start = m.end("prep")
            if kind in _EDGE_KINDS:
                edge = LEFT_EDGE.search(text, max(0, start - 40), start)
                if edge and edge.end() == start:
                    start = edge.start()
            found.append(Candidate(start, m.end(), kind, priority, m))
    found.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
    taken: list[Candidate] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken
