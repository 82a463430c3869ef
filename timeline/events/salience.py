"""How much a collection talks about an event: sources, mentions, spread over days, date support."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from timeline.records import EventCandidate, EventSourceRecord

DATE_SUPPORT_WEIGHT = 1.0  # weight of "how many articles refer to this day" in salience


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
    """For each date value, the number of distinct articles that refer to it."""
    pairs = {(c.mention.value, c.article.source_id) for c in candidates}
    return Counter(value for value, _ in pairs)


def salience(sources: Sequence[EventSourceRecord], support: int) -> float:
    """Event salience: its own support plus how many articles in the collection cite its date.

    Example:
        >>> salience([], 0)
        0.0
    """
    return round(local_salience(sources) + DATE_SUPPORT_WEIGHT * math.log1p(support) * 2, 4)
