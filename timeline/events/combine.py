"""Comparing and combining finished events (used when a run appends to an existing timeline)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from summarize import DEFAULT_SUMMARIZER, summarize, unique_sentences
from timeline.events.build import (
    MAX_SUMMARY_INPUT,
    PRECISION_RANK,
    SUMMARY_SENTENCES,
    event_title,
)
from timeline.events.extract import best_trigger
from timeline.events.merge import content_tokens, similar
from timeline.events.profiles import DEFAULT_PROFILE, TopicProfile, load_profile
from timeline.events.salience import local_salience
from timeline.records import Event, EventSourceRecord


@lru_cache(maxsize=8)
def _profile(topic: str) -> TopicProfile:
    return load_profile(topic)


@lru_cache(maxsize=8)
def _countries(topic: str = DEFAULT_PROFILE) -> frozenset[str]:
    """Country actors of a profile (too common to identify an event)."""
    return frozenset(a.name for a in _profile(topic).actors if a.kind == "country")


def _tokens(event: Event) -> frozenset[str]:
    """Content words of an event's summary and evidence."""
    text = " ".join([event.summary, *(s.evidence for s in event.sources[:6])])
    return content_tokens(text)


def _nested(a: Event, b: Event) -> bool:
    """Whether one event's date range lies inside the other's."""
    return (a.date_start <= b.date_start and b.date_end <= a.date_end) or (
        b.date_start <= a.date_start and a.date_end <= b.date_end
    )


def same_event(a: Event, b: Event) -> bool:
    """Whether two events are the same real event: compatible dates and alike content.

    Dates are compatible when equal or one range holds the other; two day dates up to two days
    apart count only with two shared actors and mostly the same words.

    Example:
        >>> from datetime import date
        >>> e = Event("k", "2024-04-26", "day", date(2024, 4, 26), date(2024, 4, 26), "Friday",
        ...           None, "none", "t", "Xi met Blinken in Beijing.", ("Xi Jinping",), "Beijing",
        ...           "meet", 1.0)
        >>> same_event(e, e)
        True
    """
    countries = _countries()
    actors_a = set(a.actors) - countries
    actors_b = set(b.actors) - countries
    trig_a = [a.trigger] if a.trigger else []
    trig_b = [b.trigger] if b.trigger else []
    if a.date_value == b.date_value or _nested(a, b):
        return similar(_tokens(a), actors_a, trig_a, _tokens(b), actors_b, trig_b)
    if a.precision == b.precision == "day" and abs((a.date_start - b.date_start).days) <= 2:
        return similar(_tokens(a), actors_a, trig_a, _tokens(b), actors_b, trig_b, strict=True)
    return False


def _value_info(sources: list[EventSourceRecord], a: Event, b: Event) -> dict[str, Event | None]:
    """For each date value the sources give, the event that already carries it (if any)."""
    out: dict[str, Event | None] = {s.date_value: None for s in sources}
    out[b.date_value] = b
    out[a.date_value] = a
    return out


def combine_events(existing: Event, new: Event, summarizer: str = DEFAULT_SUMMARIZER,
                   topic: str = DEFAULT_PROFILE) -> Event:
    """Fold ``new`` into ``existing``: same key, sources united, date re-voted, re-summarized.

    The date is the value most sources give (a finer value inside it wins over a coarser one);
    values that disagree are listed in ``date_disagreement``.

    Example:
        >>> from datetime import date
        >>> e = Event("k", "2024-04-26", "day", date(2024, 4, 26), date(2024, 4, 26), "Friday",
        ...           None, "none", "t", "Xi met Blinken.", ("Xi Jinping",), None, "meet", 1.0)
        >>> combine_events(e, e).key
        'k'
    """
    seen = {(s.article.source_id, s.evidence) for s in existing.sources}
    sources = list(existing.sources)
    for src in new.sources:
        if (src.article.source_id, src.evidence) not in seen:
            seen.add((src.article.source_id, src.evidence))
            sources.append(src)
    carriers = _value_info(sources, existing, new)
    votes = Counter(v for v, _ in {(s.date_value, s.article.source_id) for s in sources})
    for ev in (existing, new):
        votes.setdefault(ev.date_value, 1)
    ranked = sorted(
        (v for v in votes if carriers.get(v) is not None),
        key=lambda v: (-votes[v], PRECISION_RANK.get(carriers[v].precision, 9), v),  # type: ignore[union-attr]
    )
    best = carriers[ranked[0]]
    assert best is not None
    other = new if best is existing else existing
    disagreement = existing.date_disagreement
    if not _nested(best, other):
        note = f"{other.date_value} ({votes[other.date_value]} source"
        note += "s)" if votes[other.date_value] > 1 else ")"
        disagreement = "; ".join(x for x in (disagreement, new.date_disagreement, note) if x)
    elif PRECISION_RANK.get(other.precision, 9) < PRECISION_RANK.get(best.precision, 9):
        best = other  # a finer date inside the agreed one
    evidence = unique_sentences([s.evidence for s in sources])[:MAX_SUMMARY_INPUT]
    summary = summarize(evidence, n=SUMMARY_SENTENCES, algorithm=summarizer) or [existing.summary]
    actors = tuple(dict.fromkeys([*existing.actors, *new.actors]))[:6]
    trigger = best_trigger([existing.trigger, new.trigger])
    location = existing.location or new.location
    people = [a for a in actors if a not in _countries(topic)]
    # the title is made again as a new event's is: it must say what the new summary says
    title = event_title(people, trigger, location, summary, _profile(topic),
                        article_title=existing.title)
    extra = max(existing.salience - local_salience(existing.sources),
                new.salience - local_salience(new.sources), 0.0)
    return Event(
        key=existing.key,
        date_value=best.date_value,
        precision=best.precision,
        date_start=best.date_start,
        date_end=best.date_end,
        date_text=best.date_text,
        date_reference=best.date_reference,
        date_reference_source=best.date_reference_source,
        title=title,
        summary=" ".join(summary),
        actors=actors,
        location=location,
        trigger=trigger,
        salience=round(local_salience(sources) + extra, 4),
        sources=tuple(sources),
        date_disagreement=disagreement or None,
    )
