"""Two real ``timeline run`` processes at once over overlapping sources, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from db.engine import make_engine
from db.queries import list_runs
from tests import postgres
from tests.conftest import DATA, run_timeline

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
    server = ThreadingHTTPServer(("127.0.0.1", 0), BarrierHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/2023/11/16/summit.html"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """A fresh PostgreSQL database for this module."""
    yield from postgres.fresh_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A blank timeline database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'timeline.db'}"
        return
    url = request.getfixturevalue("pg_server")
    postgres.empty(url)
    yield url


def _json(*args: str) -> list[dict]:
    proc = run_timeline(*args, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_two_runs_at_once_over_overlapping_sources(
    db: str, prefect_api: str, summit_url: str
) -> None:
    """Both runs read before either writes (the page waits for both), then both append."""
    jobs = [
        [str(OPS / "wire.jsonl"), str(OPS / "common.jsonl"), summit_url],
        [str(OPS / "paper.jsonl"), str(OPS / "common.jsonl"), summit_url],
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        procs = list(pool.map(
            lambda sources: run_timeline("run", *sources, "--db", db, "--timeout", "90",
                                         api_url=prefect_api),
            jobs,
        ))
    for proc in procs:
        assert proc.returncode == 0, proc.stderr
        assert "database is locked" not in proc.stderr

    runs = _json("runs", "--db", db)
    assert len(runs) == 2 and {r["state"] for r in runs} == {"completed"}
    first, second = sorted((r.run for r in list_runs(make_engine(db))), key=lambda r: r.started_at)
    assert second.started_at < first.finished_at, "the two runs did not overlap"
    # Both read common.jsonl and the page as new; each article is stored once all the same.
    assert sum(r["articles_new"] for r in runs) == len(ALL_ARTICLES) + 1
    assert sum(r["articles_seen"] for r in runs) == len(ALL_ARTICLES) + 2 + 2

    events = _json("query", "--db", db)
    keys = [e["event_id"] for e in events]
    assert len(keys) == len(set(keys))
    for date, reporters in REAL_EVENTS.items():
        rows = [e for e in events if e["date"] == date]
        assert len(rows) == 1, f"{date}: {len(rows)} rows for one real event"
        assert {s["id"] for s in rows[0]["sources"]} == reporters
    [summit] = [e for e in events if e["date"] == SUMMIT_DATE]
    assert [s["id"] for s in summit["sources"]] == [summit_url]
    assert {s["id"] for e in events for s in e["sources"]} == ALL_ARTICLES | {summit_url}
