"""How much a collection talks about an event: sources, mentions, spread over days, date support."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from timeline.records import EventCandidate, EventSourceRecord

DATE_SUPPORT_WEIGHT = 1.0  # weight of "how many articles refer to this day" in salience
LATER_REFERENCE_WEIGHT = 2.0


def local_salience(sources: Sequence[EventSourceRecord]) -> float:
    """Salience from the event's own sources: articles, sentences, publication days.

    Example:
        >>> local_salience([])
        0.0
    """
    if not sources:
        return 0.0
    articles = {s.article.source_id for s in sources}
    days = {s.article.published for s in sources if s.article.published is not None}
    return len(articles) + 0.3 * math.log1p(len(sources)) + 0.5 * max(0, len(days) - 1)


def date_support(candidates: Iterable[EventCandidate]) -> Counter[str]:
    """For each date value, how many distinct articles refer to it.

    A reference made more than a day after the date counts double (``LATER_REFERENCE_WEIGHT``):
    a day the collection still talks about later is more important than one reported only as
    it happens.
    """
    seen: set[tuple[str, str]] = set()
    out: Counter[str] = Counter()
    for cand in candidates:
        pair = (cand.mention.value, cand.article.source_id)
        if pair in seen:
            continue
        seen.add(pair)
        weight = 1.0
        published = cand.article.published
        if published is not None and cand.mention.precision == "day":
            try:
                day = date.fromisoformat(cand.mention.value)
            except ValueError:
                day = None
            if day is not None and (published - day).days > 1:
                weight = LATER_REFERENCE_WEIGHT
        out[cand.mention.value] += weight  # type: ignore[assignment]
    return out


def salience(sources: Sequence[EventSourceRecord], support: float, share: float = 1.0) -> float:
    """Event salience: its own support plus its share of the articles that cite its date.

    ``support`` is how many articles in the collection refer to the event's date, ``share`` the
    event's part of them (its articles over all articles citing that date), so that the main
    event of a busy day ranks high and the day's minor events do not ride on it.

    Example:
        >>> salience([], 0)
        0.0
    """
    return round(local_salience(sources) + DATE_SUPPORT_WEIGHT * share * support, 4)
