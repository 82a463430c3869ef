"""Runs at once on SQLite and PostgreSQL: two real `timeline run`s, and appends queued on the lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.queries import EventFilter, list_runs, query_events
from db.store import _PG_APPEND_LOCK, append, ensure_schema, start_run
from tests import postgres
from tests.conftest import DATA, http_server, run_timeline, timeline_json

OPS = DATA / "ops"
# What the articles in tests/data/ops report (written for these tests): each real event has one
# date, and these articles report it. Every article in the three files appears here.
REAL_EVENTS = {
    "2023-06-19": {"ops-wire-blinken", "ops-agency-blinken"},
    "2023-07-08": {"ops-paper-yellen", "ops-agency-yellen"},
    "2023-08-28": {"ops-wire-raimondo", "ops-paper-raimondo"},
}
ALL_ARTICLES = set().union(*REAL_EVENTS.values())
SUMMIT_DATE = "2023-11-15"  # reported by the page both runs fetch


class BarrierHandler(BaseHTTPRequestHandler):
    """Serves the summit page only once both runs have asked for it: both are then mid-run."""

    barrier = threading.Barrier(2)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        """Wait for the other run, then send the page (a 503 if it never came)."""
        try:
            type(self).barrier.wait(timeout=60)
        except threading.BrokenBarrierError:
            self.send_response(503)
            self.end_headers()
            return
        body = (OPS / "summit-page.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def summit_url() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 whose page makes the two runs meet in the middle."""
    BarrierHandler.barrier = threading.Barrier(2)
    with http_server(BarrierHandler) as base:
        yield f"{base}/2023/11/16/summit.html"


def _json(*args: str) -> list[dict]:
    return timeline_json(*args)


def test_two_runs_at_once_over_overlapping_sources(
    blank_db_url: str, prefect_api: str, summit_url: str
) -> None:
    """Both runs read before either writes (the page waits for both), then both append."""
    jobs = [
        [str(OPS / "wire.jsonl"), str(OPS / "common.jsonl"), summit_url],
        [str(OPS / "paper.jsonl"), str(OPS / "common.jsonl"), summit_url],
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        procs = list(pool.map(
            lambda sources: run_timeline("run", *sources, "--db", blank_db_url, "--timeout", "90",
                                         api_url=prefect_api),
            jobs,
        ))
    for proc in procs:
        assert proc.returncode == 0, proc.stderr
        assert "database is locked" not in proc.stderr

    runs = _json("runs", "--db", blank_db_url)
    assert len(runs) == 2 and {r["state"] for r in runs} == {"completed"}
    first, second = sorted((r.run for r in list_runs(make_engine(blank_db_url))), key=lambda r: r.started_at)
    assert second.started_at < first.finished_at, "the two runs did not overlap"
    # Both read common.jsonl and the page as new; each article is stored once all the same.
    assert sum(r["articles_new"] for r in runs) == len(ALL_ARTICLES) + 1
    assert sum(r["articles_seen"] for r in runs) == len(ALL_ARTICLES) + 2 + 2

    events = _json("query", "--db", blank_db_url)
    keys = [e["event_id"] for e in events]
    assert len(keys) == len(set(keys))
    for date, reporters in REAL_EVENTS.items():
        rows = [e for e in events if e["date"] == date]
        assert len(rows) == 1, f"{date}: {len(rows)} rows for one real event"
        assert {s["id"] for s in rows[0]["sources"]} == reporters
    [summit] = [e for e in events if e["date"] == SUMMIT_DATE]
    assert [s["id"] for s in summit["sources"]] == [summit_url]
    assert {s["id"] for e in events for s in e["sources"]} == ALL_ARTICLES | {summit_url}


@pytest.fixture(params=["sqlite", "postgresql"])
def store_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    """A migrated, empty timeline database of each kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("pg_server")
        postgres.empty(url)
    engine = make_engine(url)
    ensure_schema(engine)
    yield engine
    engine.dispose()


def test_appends_waiting_on_the_writer_lock_merge_instead_of_duplicating(store_engine) -> None:
    """Two appends of one real event (different keys) queued behind the lock end as one row."""
    from tests.test_db_store import A1, A2, make_event, same_actors, union

    run = start_run(store_engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    jobs = [([A1], [make_event("key-wire", A1)]),
            ([A2], [make_event("key-paper", A2, actors=("Xi Jinping",))])]
    results: list = []
    with store_engine.begin() as conn:  # hold the writer lock while both appends start
        if store_engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_APPEND_LOCK})
        threads = [threading.Thread(target=lambda a=a, e=e: results.append(append(
            store_engine, run, a, e, topic="us-china", same_event=same_actors, combine=union)))
            for a, e in jobs]
        for t in threads:
            t.start()
        time.sleep(1.0)
        assert all(t.is_alive() for t in threads), "an append did not wait for the writer lock"
    for t in threads:
        t.join(timeout=60)
    assert sorted((r.events_added, r.events_merged) for r in results) == [(0, 1), (1, 0)]
    [event] = query_events(store_engine, EventFilter())
    assert sorted(s.id for s in event.sources) == ["a1", "a2"]
