"""Reading the timeline: events with filters, one event with its sources, run history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, select

from db.models import (
    ArticleRow,
    EventRead,
    EventRow,
    EventSourceRow,
    InputFailureRow,
    RunRow,
    SourceRead,
)


class EventNotFound(Exception):
    """No event has the requested id."""


@dataclass(frozen=True)
class EventFilter:
    """What ``timeline query`` asks for."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None
    text: str | None = None
    topic: str | None = None
    top: int | None = None  # the N most salient, then shown most salient first
    limit: int | None = None


def _sources_for(session: Session, event_ids: Sequence[int]) -> dict[int, list[SourceRead]]:
    result: dict[int, list[SourceRead]] = defaultdict(list)
    if not event_ids:
        return result
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        rows = session.exec(
            select(EventSourceRow, ArticleRow)
            .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)  # type: ignore[arg-type]
            .where(EventSourceRow.event_id.in_(chunk))  # type: ignore[attr-defined]
            .order_by(EventSourceRow.event_id, ArticleRow.published, EventSourceRow.id)  # type: ignore[arg-type]
        )
        for src, art in rows:
            result[src.event_id].append(
                SourceRead(
                    id=art.source_id,
                    url=art.url,
                    published=art.published,
                    published_source=art.published_source,
                    evidence=src.evidence,
                    title=art.title,
                )
            )
    return result


def _read(row: EventRow, sources: list[SourceRead]) -> EventRead:
    assert row.id is not None
    return EventRead(
        event_id=row.id,
        date=row.date_value,
        precision=row.precision,
        date_start=row.date_start,
        date_end=row.date_end,
        title=row.title,
        summary=row.summary,
        actors=list(row.actors),
        location=row.location,
        trigger=row.trigger,
        salience=row.salience,
        date_text=row.date_text,
        date_reference=row.date_reference,
        date_reference_source=row.date_reference_source,
        date_disagreement=row.date_disagreement,
        sources=sources,
    )


def query_events(engine: Engine, flt: EventFilter) -> list[EventRead]:
    """Events matching ``flt``: chronological, or most salient first with ``top``.

    Example:
        >>> query_events(engine, EventFilter(actor="Blinken", top=5))  # doctest: +SKIP
    """
    stmt = select(EventRow)
    if flt.date_from:
        stmt = stmt.where(EventRow.date_end >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(EventRow.date_start <= flt.date_to)
    if flt.topic and flt.topic != "all":
        stmt = stmt.where(EventRow.topic == flt.topic)
    if flt.text:
        like = f"%{flt.text.lower()}%"
        stmt = stmt.where(
            or_(func.lower(EventRow.title).like(like), func.lower(EventRow.summary).like(like))
        )
    if flt.top:
        stmt = stmt.order_by(EventRow.salience.desc(), EventRow.date_start, EventRow.id)  # type: ignore[attr-defined]
    else:
        stmt = stmt.order_by(EventRow.date_start, EventRow.date_end, EventRow.id)  # type: ignore[arg-type]
    with Session(engine) as session:
        rows = list(session.exec(stmt))
        if flt.actor:
            needle = flt.actor.lower()
            rows = [r for r in rows if any(needle in a.lower() for a in r.actors)]
        cap = min(x for x in (flt.top, flt.limit) if x) if (flt.top or flt.limit) else None
        if cap is not None:
            rows = rows[:cap]
        sources = _sources_for(session, [r.id for r in rows if r.id is not None])
        return [_read(r, sources.get(r.id or 0, [])) for r in rows]


def get_event(engine: Engine, event_id: int) -> EventRead:
    """One event with every source and evidence sentence."""
    with Session(engine) as session:
        row = session.get(EventRow, event_id)
        if row is None:
            raise EventNotFound(f"no event with id {event_id}")
        return _read(row, _sources_for(session, [event_id]).get(event_id, []))


@dataclass(frozen=True)
class RunReport:
    """A run with its failures, as ``timeline runs`` prints it."""

    run: RunRow
    failures: list[InputFailureRow]


def list_runs(engine: Engine, limit: int = 20, run_id: int | None = None) -> list[RunReport]:
    """The latest runs, newest first, each with its input failures."""
    with Session(engine) as session:
        stmt = select(RunRow).order_by(RunRow.id.desc())  # type: ignore[union-attr]
        if run_id is not None:
            stmt = stmt.where(RunRow.id == run_id)
        runs = list(session.exec(stmt.limit(limit)))
        ids = [r.id for r in runs]
        failures: dict[int, list[InputFailureRow]] = defaultdict(list)
        if ids:
            for f in session.exec(
                select(InputFailureRow)
                .where(InputFailureRow.run_id.in_(ids))  # type: ignore[attr-defined]
                .order_by(InputFailureRow.id)  # type: ignore[arg-type]
            ):
                failures[f.run_id].append(f)
        return [RunReport(run=r, failures=failures.get(r.id or 0, [])) for r in runs]
