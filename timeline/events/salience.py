"""How much a collection talks about an event: sources, mentions, spread over days, date support."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from timeline.events.merge import content_tokens
from timeline.records import Event, EventCandidate, EventSourceRecord

DATE_SUPPORT_WEIGHT = 1.0  # weight of "how many articles refer to this day" in salience
LATER_REFERENCE_WEIGHT = 2.0
SECONDARY_DECAY = 0.3  # the r-th event of a date gets DECAY**r of the date's support
PUBLISHED_WEIGHT = 1.0  # an article published on a day points at that day
MIN_TOPICAL_ARTICLES = 20  # below this, every article is taken as on topic
MIN_TOPICALITY = 0.1  # the weight of the article least like its collection
TOPICAL_CHARS = 3000  # the opening of an article that says what it is about


def local_salience(sources: Sequence[EventSourceRecord],
                   weights: dict[str, float] | None = None) -> float:
    """Salience from the event's own sources: articles, sentences, publication days.

    Example:
        >>> local_salience([])
        0.0
    """
    if not sources:
        return 0.0
    articles = {s.article.source_id for s in sources}
    days = {s.article.published for s in sources if s.article.published is not None}
    count = sum(weights.get(a, 1.0) for a in sorted(articles)) if weights else len(articles)
    return count + 0.3 * math.log1p(len(sources)) + 0.5 * max(0, len(days) - 1)


def topicality(candidates: Sequence[EventCandidate]) -> dict[str, float]:
    """How much each article is about what the collection is about, in (0, 1].

    An article scores the mean share of the collection's articles that use each of its content
    words (words of the title and opening); scores are divided by the collection's median and
    capped at 1. A radio schedule or a sports page caught in a collection about an oil spill
    shares few of its words and gets a small weight. Collections of fewer than
    ``MIN_TOPICAL_ARTICLES`` articles weigh every article 1.

    Example:
        >>> topicality([])
        {}
    """
    words: dict[str, frozenset[str]] = {}
    for cand in candidates:
        art = cand.article
        if art.source_id not in words:
            words[art.source_id] = content_tokens(f"{art.title or ''} {art.text[:TOPICAL_CHARS]}")
    if len(words) < MIN_TOPICAL_ARTICLES:
        return dict.fromkeys(words, 1.0)
    df: Counter[str] = Counter()
    for toks in words.values():
        df.update(toks)
    n = len(words)
    raw = {key: (sum(df[t] for t in toks) / (n * len(toks)) if toks else 0.0)
           for key, toks in words.items()}
    middle = statistics.median(raw.values()) or 1.0
    return {key: max(MIN_TOPICALITY, min(1.0, score / middle)) for key, score in raw.items()}


def date_support(candidates: Iterable[EventCandidate],
                 weights: dict[str, float] | None = None) -> Counter[str]:
    """For each date value, how much the collection points at it: references plus publications.

    Every article that refers to a value counts once (``LATER_REFERENCE_WEIGHT`` when it was
    published more than a day after the day it refers to: a day the collection still talks about
    later matters more), and every article published on a day counts ``PUBLISHED_WEIGHT`` for
    that day (the "how many articles came out then" signal of date-wise timeline summarization).

    Example:
        >>> date_support([])
        Counter()
    """
    seen: set[tuple[str, str]] = set()
    published_seen: set[str] = set()
    out: Counter[str] = Counter()
    for cand in candidates:
        published = cand.article.published
        topical = weights.get(cand.article.source_id, 1.0) if weights else 1.0
        if published is not None and cand.article.source_id not in published_seen:
            published_seen.add(cand.article.source_id)
            out[published.isoformat()] += PUBLISHED_WEIGHT * topical  # type: ignore[assignment]
        pair = (cand.mention.value, cand.article.source_id)
        if pair in seen:
            continue
        seen.add(pair)
        weight = 1.0
        if published is not None and cand.mention.precision == "day":
            day = _day(cand.mention.value)
            if day is not None and (published - day).days > 1:
                weight = LATER_REFERENCE_WEIGHT
        out[cand.mention.value] += weight * topical  # type: ignore[assignment]
    return out


def _day(value: str) -> date | None:
    """The day of a day-precision value, else None."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


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


def rank_within_dates(events: Sequence[Event], support: Counter[str],
                      weights: dict[str, float] | None = None) -> list[Event]:
    """Salience from the event's date: the main event of a date carries the date's importance.

    Within each date value, events are ordered by their own support (articles, sentences,
    days); the r-th gets ``support[value] * SECONDARY_DECAY ** r`` on top of its own salience.
    So the busiest dates lead with their main event, and their other events follow the main
    events of the next dates instead of crowding them out.

    Example:
        >>> rank_within_dates([], Counter())
        []
    """
    by_value: dict[str, list[Event]] = {}
    for event in events:
        by_value.setdefault(event.date_value, []).append(event)
    out: list[Event] = []
    for value, group in by_value.items():
        own = {e.key: local_salience(e.sources, weights) for e in group}
        group = sorted(group, key=lambda e: (-own[e.key], e.key))
        for rank, event in enumerate(group):
            score = own[event.key] + support.get(value, 0) * SECONDARY_DECAY**rank
            out.append(replace(event, salience=round(score, 4)))
    return out
