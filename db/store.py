"""Writing the timeline: runs, failures, articles, and the idempotent append of events."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, and_, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel, select

from db.engine import DatabaseConfigError, describe
from db.liveness import Owner, this_process
from db.models import (
    ArticleRow,
    EventRow,
    EventSourceRow,
    FetchCacheRow,
    FileStampRow,
    InputFailureRow,
    RunRow,
)
from timeline.records import Article, Event, EventSourceRecord, InputFailure

if TYPE_CHECKING:  # importing timeline.ingest costs 0.4 s that `timeline query` need not pay
    from timeline.ingest.filestamps import FileStamp

LOGGER = logging.getLogger(__name__)

# One constant advisory-lock id: PostgreSQL appends run one at a time, like SQLite's writer lock.
_PG_APPEND_LOCK = 715_2024


def utcnow() -> datetime:
    """The current time in UTC (only for bookkeeping columns, never for resolving dates)."""
    return datetime.now(UTC)


def evidence_hash(evidence: str) -> str:
    """Stable hash of an evidence sentence, whitespace-normalized."""
    return hashlib.sha256(" ".join(evidence.split()).encode("utf-8")).hexdigest()


def ensure_schema(engine: Engine) -> None:
    """Bring the schema up to date (Alembic migrations); a clear error if the database cannot be reached."""
    from db.migrate import upgrade_schema

    try:
        upgrade_schema(engine)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseConfigError(f"cannot open database {describe(engine)}: {reason}") from exc


def _insert_ignore(session: Session, model: type[SQLModel], rows: list[dict], keys: list[str]):
    """INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(model.__table__).on_conflict_do_nothing(index_elements=keys)  # type: ignore[attr-defined]
    session.execute(stmt, rows)  # executemany: compiled once, whatever the number of rows


def _lock_for_append(session: Session) -> None:
    """Serialize appends across processes (SQLite does it with BEGIN IMMEDIATE already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(:k)").bindparams(k=_PG_APPEND_LOCK))  # type: ignore[call-overload]


# --- runs -----------------------------------------------------------------------------------


def start_run(
    engine: Engine, *, trigger: str, topic: str, sources: Sequence[str], flow_run_id: str | None,
    owner: Owner | None = None,
) -> int:
    """Record the start of a run by ``owner`` (default: this process) and return its id."""
    owner = owner or this_process()
    now = utcnow()
    with Session(engine) as session:
        row = RunRow(
            started_at=now,
            trigger=trigger,
            topic=topic,
            sources=list(sources),
            flow_run_id=flow_run_id,
            host=owner.host,
            pid=owner.pid,
            process=owner.process,
            heartbeat_at=now,
        )
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


def finish_run(engine: Engine, run_id: int, *, state: str, error: str | None = None, **counts: int) -> None:
    """Record how a run ended and its counts."""
    with Session(engine) as session:
        row = session.get(RunRow, run_id)
        if row is None:
            return
        row.state = state
        row.finished_at = utcnow()
        row.error = error
        for name, value in counts.items():
            setattr(row, name, value)
        session.add(row)
        session.commit()


def record_failures(
    engine: Engine, run_id: int, failures: Iterable[InputFailure], kind: str = "failed"
) -> int:
    """Store every input that failed (or, with kind="skipped", was left out); returns how many."""
    rows = [
        InputFailureRow(run_id=run_id, kind=kind, source=f.source, reason=f.reason, detail=f.detail)
        for f in failures
    ]
    if rows:
        with Session(engine) as session:
            session.add_all(rows)
            session.commit()
    return len(rows)


# --- what was seen ---------------------------------------------------------------------------


def seen_checker(engine: Engine) -> Callable[[str], bool]:
    """A cheap membership test of source ids, URLs and content hashes already ingested."""
    with Session(engine) as session:
        known: set[str] = set()
        rows = session.exec(select(ArticleRow.source_id, ArticleRow.url, ArticleRow.content_hash))
        for source_id, url, digest in rows:
            known.add(source_id)
            known.add(digest)
            if url:
                known.add(url)
    return known.__contains__


def known_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """The subset of ``hashes`` whose article is already stored."""
    wanted = list(set(hashes))
    found: set[str] = set()
    with Session(engine) as session:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            found.update(
                session.exec(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(chunk)))  # type: ignore[attr-defined]
            )
    return found


def file_stamps(engine: Engine) -> dict[str, FileStamp]:
    """The stamp of every local file a run has read whole, by absolute path."""
    from timeline.ingest.filestamps import FileStamp

    with Session(engine) as session:
        return {
            row.path: FileStamp(size=row.size, mtime_ns=row.mtime_ns, ctime_ns=row.ctime_ns,
                                sha256=row.sha256)
            for row in session.exec(select(FileStampRow))
        }


def _save_file_stamps(
    session: Session, run_id: int, stamps: Mapping[str, FileStamp], now: datetime
) -> None:
    """Insert or replace the stamps of the files this run read (inside the append's transaction)."""
    if not stamps:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(FileStampRow.__table__)  # type: ignore[attr-defined]
    columns = ("size", "mtime_ns", "ctime_ns", "sha256", "run_id", "read_at")
    stmt = stmt.on_conflict_do_update(
        index_elements=["path"], set_={name: stmt.excluded[name] for name in columns}
    )
    session.execute(stmt, [
        {"path": path, "size": s.size, "mtime_ns": s.mtime_ns, "ctime_ns": s.ctime_ns,
         "sha256": s.sha256, "run_id": run_id, "read_at": now}
        for path, s in stamps.items()
    ])


class DbHttpCache(MutableMapping[str, dict[str, str]]):
    """ETag / Last-Modified validators per URL, loaded once; a run stores its ``changes()``
    with its append (stored earlier, a run that dies before the append would leave a feed
    "not modified" whose entries it never stored)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._data: dict[str, dict[str, str]] = {}
        self._dirty: set[str] = set()
        with Session(engine) as session:
            for row in session.exec(select(FetchCacheRow)):
                entry = {}
                if row.etag:
                    entry["etag"] = row.etag
                if row.last_modified:
                    entry["last_modified"] = row.last_modified
                self._data[row.url] = entry

    def __getitem__(self, key: str) -> dict[str, str]:
        return self._data[key]

    def __setitem__(self, key: str, value: dict[str, str]) -> None:
        self._data[key] = dict(value)
        self._dirty.add(key)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self._dirty.add(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def changes(self) -> dict[str, dict[str, str] | None]:
        """The validators set since loading (None: removed), by URL."""
        return {url: self._data.get(url) for url in self._dirty}

    def save(self) -> None:
        """Write the changed validators back now."""
        if not self._dirty:
            return
        with Session(self._engine) as session:
            _save_validators(session, self.changes())
            session.commit()
        self._dirty.clear()


def _save_validators(session: Session, changes: Mapping[str, dict[str, str] | None]) -> None:
    """Store (or, for None, drop) the HTTP validators of these URLs."""
    for url, entry in changes.items():
        row = session.get(FetchCacheRow, url)
        if entry is None:
            if row is not None:
                session.delete(row)
            continue
        row = row or FetchCacheRow(url=url)
        row.etag = entry.get("etag")
        row.last_modified = entry.get("last_modified")
        session.add(row)


# --- the append --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppendResult:
    """What one append wrote."""

    articles_new: int
    events_added: int
    events_merged: int
    added_keys: tuple[str, ...]


def _article_from_row(row: ArticleRow) -> Article:
    return Article(
        source_id=row.source_id,
        text=row.text,
        title=row.title,
        url=row.url,
        published=row.published,
        published_source=row.published_source,
        origin=row.origin,
    )


def _event_from_row(session: Session, row: EventRow) -> Event:
    """Rebuild the domain record of a stored event, with its sources."""
    pairs = session.exec(
        select(EventSourceRow, ArticleRow)
        .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)  # type: ignore[arg-type]
        .where(EventSourceRow.event_id == row.id)
        .order_by(EventSourceRow.id)  # type: ignore[arg-type]
    ).all()
    sources = tuple(
        EventSourceRecord(
            article=_article_from_row(art),
            evidence=src.evidence,
            date_text=src.date_text,
            date_value=src.date_value,
        )
        for src, art in pairs
    )
    return Event(
        key=row.key,
        date_value=row.date_value,
        precision=row.precision,
        date_start=row.date_start,
        date_end=row.date_end,
        date_text=row.date_text,
        date_reference=row.date_reference,
        date_reference_source=row.date_reference_source,
        title=row.title,
        summary=row.summary,
        actors=tuple(row.actors),
        location=row.location,
        trigger=row.trigger,
        salience=row.salience,
        sources=sources,
        date_disagreement=row.date_disagreement,
    )


def _event_values(event: Event, run_id: int) -> dict[str, object]:
    """The columns of an event row that follow from the domain record."""
    return {
        "date_value": event.date_value,
        "precision": event.precision,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_text": event.date_text,
        "date_reference": event.date_reference,
        "date_reference_source": event.date_reference_source,
        "date_disagreement": event.date_disagreement,
        "title": event.title,
        "summary": event.summary,
        "actors": list(event.actors),
        "location": event.location,
        "trigger": event.trigger,
        "salience": event.salience,
        "n_sources": len({s.article.content_hash for s in event.sources}),
        "updated_run_id": run_id,
        "updated_at": utcnow(),
    }


def _fill_row(row: EventRow, event: Event, run_id: int) -> None:
    for name, value in _event_values(event, run_id).items():
        setattr(row, name, value)


def append(
    engine: Engine,
    run_id: int,
    articles: Sequence[Article],
    events: Sequence[Event],
    *,
    topic: str,
    same_event: Callable[[Event, Event], bool],
    combine: Callable[[Event, Event], Event],
    files: Mapping[str, FileStamp] | None = None,
    validators: Mapping[str, dict[str, str] | None] | None = None,
) -> AppendResult:
    """Append articles and events in one transaction; running it twice changes nothing.

    An event whose key is stored, or that ``same_event`` matches to a stored event with an
    overlapping date range, is combined into that row (its sources added); others are inserted.
    ``files`` (absolute path -> stamp of the local files read whole) and ``validators`` (URL ->
    ETag / Last-Modified of the feeds read whole) are stored in the same transaction: a file or
    feed counts as read only once its articles are stored.

    Example:
        >>> append(engine, run_id, articles, events, topic="us-china",
        ...        same_event=same_event, combine=combine_events)  # doctest: +SKIP
    """
    now = utcnow()
    try:
        with Session(engine) as session:
            _lock_for_append(session)
            unique = {a.content_hash: a for a in articles}
            stored = _article_ids(session, set(unique))
            fresh = [a for h, a in unique.items() if h not in stored]
            _insert_ignore(
                session,
                ArticleRow,
                [
                    {
                        "content_hash": a.content_hash,
                        "source_id": a.source_id,
                        "url": a.url,
                        "title": a.title,
                        "published": a.published,
                        "published_source": a.published_source,
                        "origin": a.origin,
                        "text": a.text,
                        "run_id": run_id,
                        "created_at": now,
                    }
                    for a in fresh
                ],
                ["content_hash"],
            )
            hashes = set(unique) | {s.article.content_hash for e in events for s in e.sources}
            article_ids = _article_ids(session, hashes)
            articles_new = len(fresh)
            added, merged = _append_events(
                session, run_id, events, article_ids, topic=topic, same_event=same_event, combine=combine
            )
            _save_file_stamps(session, run_id, files or {}, now)
            _save_validators(session, validators or {})
            session.commit()
            return AppendResult(articles_new, len(added), merged, tuple(added))
    except OperationalError as exc:
        raise DatabaseConfigError(f"database error while appending: {exc.orig}") from exc


def _article_ids(session: Session, hashes: set[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    wanted = list(hashes)
    for i in range(0, len(wanted), 500):
        rows = session.exec(
            select(ArticleRow.content_hash, ArticleRow.id).where(
                ArticleRow.content_hash.in_(wanted[i : i + 500])  # type: ignore[attr-defined]
            )
        )
        ids.update({h: int(i_) for h, i_ in rows if i_ is not None})
    return ids


def _append_events(
    session: Session,
    run_id: int,
    events: Sequence[Event],
    article_ids: dict[str, int],
    *,
    topic: str,
    same_event: Callable[[Event, Event], bool],
    combine: Callable[[Event, Event], Event],
) -> tuple[list[str], int]:
    """Combine each event into a stored one it matches, insert the rest in bulk.

    Returns (keys of added events, number of stored events that got new sources). Events of one
    batch were merged by the caller already, so they are matched only against stored events.
    """
    if not events:
        return [], 0
    lo = min(e.date_start for e in events)
    hi = max(e.date_end for e in events)
    stored: list[EventRow] = list(
        session.exec(
            select(EventRow).where(and_(EventRow.date_start <= hi, EventRow.date_end >= lo))
        )
    )
    by_key = {row.key: row for row in stored}
    by_key.update(_rows_by_key(session, {e.key for e in events} - set(by_key)))
    cache: dict[int, Event] = {}
    pending: dict[str, Event] = {}
    merged_ids: set[int] = set()
    for event in events:
        row = by_key.get(event.key) or _find_match(session, stored, event, cache, same_event)
        if row is None:
            previous = pending.get(event.key)
            pending[event.key] = combine(previous, event) if previous else event
            continue
        assert row.id is not None
        current = cache.get(row.id) or _event_from_row(session, row)
        new_sources = _new_sources(current, event)
        if not new_sources:
            continue
        combined = combine(current, event)
        _fill_row(row, combined, run_id)
        session.add(row)
        cache[row.id] = combined
        _add_sources(session, row.id, new_sources, article_ids)
        merged_ids.add(row.id)
    _insert_new_events(session, run_id, topic, list(pending.values()), article_ids)
    return list(pending), len(merged_ids)


def _rows_by_key(session: Session, keys: set[str]) -> dict[str, EventRow]:
    """Stored events with these keys (whatever their dates)."""
    found: dict[str, EventRow] = {}
    wanted = sorted(keys)
    for i in range(0, len(wanted), 500):
        for row in session.exec(select(EventRow).where(EventRow.key.in_(wanted[i : i + 500]))):  # type: ignore[attr-defined]
            found[row.key] = row
    return found


def _insert_new_events(
    session: Session, run_id: int, topic: str, events: list[Event], article_ids: dict[str, int]
) -> None:
    """Bulk-insert new events and their sources (the append lock is held: keys are free)."""
    if not events:
        return
    now = utcnow()
    _insert_ignore(
        session,
        EventRow,
        [
            {"key": e.key, "topic": topic, "created_run_id": run_id, "created_at": now,
             **_event_values(e, run_id)}
            for e in events
        ],
        ["key"],
    )
    ids = {key: row.id for key, row in _rows_by_key(session, {e.key for e in events}).items()}
    _insert_ignore(
        session,
        EventSourceRow,
        [row for e in events if ids.get(e.key) for row in _source_rows(ids[e.key], e.sources, article_ids)],
        ["event_id", "article_id", "evidence_hash"],
    )


def _new_sources(current: Event, new: Event) -> list[EventSourceRecord]:
    """Sources of ``new`` that ``current`` lacks.

    A sentence is the same source when its article is the same content or has the same source
    id (path, id or URL): an edited file's unchanged sentences do not come back as new sources,
    as ``combine_events`` does not count them either.
    """
    have = {(s.article.content_hash, evidence_hash(s.evidence)) for s in current.sources}
    have |= {(s.article.source_id, evidence_hash(s.evidence)) for s in current.sources}
    return [
        s for s in new.sources
        if (s.article.content_hash, evidence_hash(s.evidence)) not in have
        and (s.article.source_id, evidence_hash(s.evidence)) not in have
    ]


def _find_match(
    session: Session,
    stored: list[EventRow],
    event: Event,
    cache: dict[int, Event],
    same_event: Callable[[Event, Event], bool],
) -> EventRow | None:
    for row in stored:
        if row.date_start > event.date_end or row.date_end < event.date_start:
            continue
        assert row.id is not None
        if row.id not in cache:
            cache[row.id] = _event_from_row(session, row)
        if same_event(cache[row.id], event):
            return row
    return None


def _source_rows(
    event_id: int, sources: Iterable[EventSourceRecord], article_ids: dict[str, int]
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for s in sources:
        article_id = article_ids.get(s.article.content_hash)
        if article_id is None:
            LOGGER.warning("source article of event %s is not stored; skipped", event_id)
            continue
        rows.append(
            {
                "event_id": event_id,
                "article_id": article_id,
                "evidence": s.evidence,
                "evidence_hash": evidence_hash(s.evidence),
                "date_text": s.date_text,
                "date_value": s.date_value,
            }
        )
    return rows


def _add_sources(
    session: Session, event_id: int, sources: Iterable[EventSourceRecord], article_ids: dict[str, int]
) -> None:
    rows = _source_rows(event_id, sources, article_ids)
    _insert_ignore(session, EventSourceRow, rows, ["event_id", "article_id", "evidence_hash"])


__all__ = [
    "AppendResult",
    "DbHttpCache",
    "append",
    "ensure_schema",
    "file_stamps",
    "finish_run",
    "known_hashes",
    "record_failures",
    "seen_checker",
    "start_run",
]
