"""The Prefect flow: load articles -> find dated events -> append to the timeline -> record the run.

The flow only wires tasks; every task is a thin wrapper over plain functions in ``timeline/``,
``summarize/`` and ``db/``. Tasks work on whole batches: a Prefect task run costs milliseconds.

No ``from __future__ import annotations`` here: ``timeline serve`` hands the flow to its runs
pickled by value, which keeps only the globals the code uses, so string annotations such as
``date | None`` could no longer be resolved when Prefect validates the parameters.
"""

from dataclasses import dataclass, field
from datetime import date

from prefect import flow, task, unmapped
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from db.engine import make_engine
from db.liveness import Heartbeat, mark_interrupted
from db.store import (
    DbHttpCache,
    append,
    ensure_schema,
    file_stamps,
    finish_run,
    known_hashes,
    record_failures,
    seen_checker,
    start_run,
)
from flows.interrupt import bound_exit_after_interrupt
from flows.progress import Progress
from flows.runners import MIN_BATCH, batches, events_locally, merge_parts
from timeline.events import (
    combine_events,
    events_from_candidates,
    load_profile,
    same_event,
)
from timeline.events.build import extract_part
from timeline.ingest import FileLedger, FileStamp, IngestOptions, Skipped, iter_inputs
from timeline.records import Article, Event, EventCandidate, InputFailure


@dataclass
class Loaded:
    """What ingestion produced for one run."""

    articles: list[Article] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: dict[str, FileStamp] = field(default_factory=dict)  # stored with the articles
    validators: dict[str, dict[str, str] | None] = field(default_factory=dict)  # likewise
    file_counts: dict[str, int] = field(default_factory=dict)  # new / changed / unchanged


@dataclass(frozen=True)
class RunSummary:
    """What a run did, returned by the flow and printed by the command line."""

    run_id: int
    state: str
    articles_seen: int
    articles_new: int
    articles_skipped: int
    articles_failed: int
    events_added: int
    events_merged: int
    failures: tuple[InputFailure, ...]
    skipped: tuple[InputFailure, ...] = ()  # skips worth telling (language, duplicate, ...)
    files_new: int = 0  # local files never read before
    files_changed: int = 0  # local files read again: their content changed since a run read them
    files_unchanged: int = 0  # local files skipped unopened (or hashed: same content)


# Skips that happen on every scheduled run by design are counted, not listed one by one.
ROUTINE_SKIPS = frozenset({"seen", "not-modified", "unchanged"})


def _worth_recording(skipped: list[Skipped]) -> list[InputFailure]:
    """Skips a user may want to see (language, duplicate, ...), as records with a reason."""
    return [
        InputFailure(source=s.source, reason=s.reason, detail=s.detail)
        for s in skipped
        if s.reason not in ROUTINE_SKIPS
    ]


@task(name="load-articles", cache_policy=NO_CACHE)
def load_articles(
    sources: list[str], db: str, published: date | None, timeout: float, max_bytes: int
) -> Loaded:
    """Read every source; articles already stored (same URL, id or content) are skipped.

    Local files unchanged since a run read them are not opened; changed ones are read again.
    """
    engine = make_engine(db)
    cache = DbHttpCache(engine)
    ledger = FileLedger(file_stamps(engine))
    options = IngestOptions(
        published=published,
        timeout=timeout,
        max_bytes=max_bytes,
        seen=seen_checker(engine),
        http_cache=cache,
        files=ledger,
    )
    loaded = Loaded()
    with Progress("reading") as progress:
        for item in iter_inputs(sources, options):
            progress.step()
            if isinstance(item, Article):
                loaded.articles.append(item)
            elif isinstance(item, InputFailure):
                loaded.failures.append(item)
            else:
                loaded.skipped.append(item)
    stored = known_hashes(engine, (a.content_hash for a in loaded.articles))
    if stored:
        loaded.skipped.extend(
            Skipped(source=a.origin or a.source_id, reason="seen")
            for a in loaded.articles
            if a.content_hash in stored
        )
        loaded.articles = [a for a in loaded.articles if a.content_hash not in stored]
    loaded.validators = cache.changes()
    loaded.files = ledger.stamps
    loaded.file_counts = {f"files_{status}": n for status, n in ledger.counts.items()}
    return loaded


@task(name="find-events", cache_policy=NO_CACHE)
def find_events(articles: list[Article], topic: str, summarizer: str) -> tuple[list[Event], list[str]]:
    """Dated, merged, summarized events of a batch of articles, and the articles extraction failed on."""
    if not articles:
        return [], []
    # (a large batch uses this machine's other core for half the extraction)
    return events_locally(articles, topic, summarizer)


@task(name="extract-candidates", cache_policy=NO_CACHE)
def extract_batch(
    articles: list[Article], topic: str
) -> tuple[list[EventCandidate], dict[str, tuple[date, date]], list[str]]:
    """Event candidates of one batch of articles (the CPU-heavy step, mapped over workers)."""
    return extract_part(articles, topic)


@task(name="merge-events", cache_policy=NO_CACHE)
def merge_events(
    parts: list[tuple[list[EventCandidate], dict[str, tuple[date, date]]]], topic: str,
    summarizer: str,
) -> list[Event]:
    """Merge every batch's candidates into dated, summarized events, once for the whole run."""
    candidates, spans = merge_parts(parts)
    return events_from_candidates(candidates, spans, load_profile(topic), summarizer)


def find_events_parallel(
    articles: list[Article], topic: str, summarizer: str, workers: int, min_batch: int = MIN_BATCH
) -> tuple[list[Event], list[str]]:
    """``find_events`` with extraction mapped over batches on the flow's task runner."""
    parts = batches(articles, workers, min_batch)
    if len(parts) <= 1:
        return find_events(quote(articles), topic, summarizer)
    results = [f.result() for f in extract_batch.map(parts, unmapped(topic))]
    untagged = [source_id for _, _, failed in results for source_id in failed]
    events = merge_events(quote([(c, s) for c, s, _ in results]), topic, summarizer)
    return events, untagged


@task(name="append-timeline", cache_policy=NO_CACHE)
def append_timeline(
    db: str, run_id: int, articles: list[Article], events: list[Event], topic: str, summarizer: str,
    files: dict[str, FileStamp], validators: dict[str, dict[str, str] | None],
) -> tuple[int, int, int, list[Event]]:
    """Append in one transaction, the stamps of the files and validators of the feeds read included.

    Returns (articles new, events added, events merged, the added events).
    """
    result = append(
        make_engine(db),
        run_id,
        articles,
        events,
        topic=topic,
        same_event=same_event,
        combine=lambda old, new: combine_events(old, new, summarizer=summarizer, topic=topic),
        files=files,
        validators=validators,
    )
    added_keys = set(result.added_keys)
    added = [e for e in events if e.key in added_keys]
    return result.articles_new, result.events_added, result.events_merged, added


def _publish_artifact(run_id: int, added: list[Event]) -> None:
    """A table of the events this run added, visible in the Prefect UI."""
    rows = [
        {"date": e.date_value, "title": e.title, "actors": ", ".join(e.actors), "sources": len(e.sources)}
        for e in added[:500]
    ]
    create_table_artifact(
        table=rows or [{"date": "", "title": "(no new events)", "actors": "", "sources": 0}],
        key=f"timeline-run-{run_id}",
        description=f"Events added by timeline run {run_id}",
    )


@flow(name="timeline", log_prints=False)
def timeline_flow(
    sources: list[str],
    db: str,
    topic: str = "us-china",
    published: date | None = None,
    summarizer: str = "lexrank",
    trigger: str = "manual",
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    workers: int = 1,
) -> RunSummary:
    """Read ``sources``, find their dated events, and append them to the timeline in ``db``.

    With ``workers`` > 1, event extraction is mapped over that many batches of articles on the
    flow's task runner (give it one with ``flows.runners.task_runner``), then merged once.
    """
    bound_exit_after_interrupt()  # a scheduled run that Ctrl-C reached cannot hold serve up
    engine = make_engine(db)
    ensure_schema(engine)
    mark_interrupted(engine)  # runs left "running" by a killed process or a restarted machine
    run_id = start_run(
        engine, trigger=trigger, topic=topic, sources=sources, flow_run_id=str(flow_run.id or "")
    )
    with Heartbeat(engine, run_id):
        try:
            loaded = load_articles(sources, db, published, timeout, max_bytes)
            record_failures(engine, run_id, loaded.failures)
            if workers > 1:
                events, untagged = find_events_parallel(loaded.articles, topic, summarizer, workers)
            else:
                events, untagged = find_events(quote(loaded.articles), topic, summarizer)
            notable = _worth_recording(loaded.skipped) + [
                InputFailure(source=source_id, reason="extraction-error",
                             detail="finding its dates or events failed (a defect, logged): "
                                    "stored, but no events taken")
                for source_id in untagged
            ]
            record_failures(engine, run_id, notable, kind="skipped")
            new, added, merged, added_events = append_timeline(
                db, run_id, quote(loaded.articles), quote(events), topic, summarizer,
                quote(loaded.files), quote(loaded.validators),
            )
        except BaseException as exc:
            finish_run(engine, run_id, state="failed", error=f"{type(exc).__name__}: {exc}")
            raise
    counts = {
        "articles_seen": len(loaded.articles) + len(loaded.failures) + len(loaded.skipped),
        "articles_new": new,
        "articles_skipped": len(loaded.skipped),
        "articles_failed": len(loaded.failures),
        "events_added": added,
        "events_merged": merged,
        "files_new": loaded.file_counts.get("files_new", 0),
        "files_changed": loaded.file_counts.get("files_changed", 0),
        "files_unchanged": loaded.file_counts.get("files_unchanged", 0),
    }
    state = "partial" if loaded.failures else "completed"
    finish_run(engine, run_id, state=state, **counts)
    _publish_artifact(run_id, added_events)
    return RunSummary(
        run_id=run_id, state=state, failures=tuple(loaded.failures), skipped=tuple(notable), **counts
    )
