"""Runs whose process died (SIGKILL, a restart) end up "interrupted"; runs of live processes do not.

Real processes throughout: a `timeline run` held mid-run by a local page that does not answer,
killed with SIGKILL; and run rows owned by processes the test starts and kills. On SQLite and on
the real PostgreSQL.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from db.engine import make_engine
from db.liveness import STALE_AFTER, Heartbeat, mark_interrupted, process_token, this_process
from db.models import RunRow
from db.queries import list_runs
from db.store import _PG_APPEND_LOCK, ensure_schema, finish_run, start_run
from tests import postgres
from tests.conftest import DATA, http_server, run_timeline, start_timeline, timeline_json
from tests.test_e2e_ingest import FeedServer

SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


@pytest.fixture
def engine(blank_db_url: str) -> Iterator[Engine]:
    eng = make_engine(blank_db_url)
    ensure_schema(eng)
    yield eng
    eng.dispose()


def _state(engine: Engine, run_id: int) -> RunRow:
    with Session(engine) as session:
        row = session.get(RunRow, run_id)
        assert row is not None
        return row


def _insert_running(engine: Engine, **owner: object) -> int:
    """A run row left "running" by the given owner columns (host, pid, process, times)."""
    now = datetime.now(UTC)
    values = {"started_at": now, "heartbeat_at": now, **owner}
    with Session(engine) as session:
        row = RunRow(trigger="scheduled", topic="us-china", sources=["x"], **values)  # type: ignore[arg-type]
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


def _gone_process_token() -> tuple[int, str]:
    """Pid and token of a process that lived and was killed (and reaped)."""
    proc = subprocess.Popen(SLEEPER)
    token = process_token(proc.pid)
    assert token is not None
    proc.kill()
    proc.wait(timeout=30)
    return proc.pid, token


def test_a_run_whose_process_was_killed_is_interrupted(engine: Engine) -> None:
    pid, token = _gone_process_token()
    run_id = _insert_running(engine, host=socket.gethostname(), pid=pid, process=token)
    assert mark_interrupted(engine) == [run_id]
    row = _state(engine, run_id)
    assert row.state == "interrupted"
    assert f"process {pid} on {socket.gethostname()} ended without finishing" in (row.error or "")
    assert row.finished_at == row.heartbeat_at
    assert mark_interrupted(engine) == []  # once


def test_a_killed_process_not_yet_reaped_is_gone(engine: Engine) -> None:
    proc = subprocess.Popen(SLEEPER)
    token = process_token(proc.pid)
    try:
        proc.kill()
        time.sleep(0.5)  # now a zombie: dead, but its pid is still taken
        run_id = _insert_running(engine, host=socket.gethostname(), pid=proc.pid, process=token)
        assert mark_interrupted(engine) == [run_id]
    finally:
        proc.wait(timeout=30)


def test_a_live_process_is_never_touched_however_old_its_heartbeat(engine: Engine) -> None:
    owner = this_process()
    long_ago = datetime.now(UTC) - 10 * STALE_AFTER
    run_id = _insert_running(engine, host=owner.host, pid=owner.pid, process=owner.process,
                             started_at=long_ago, heartbeat_at=long_ago)
    assert mark_interrupted(engine) == []
    assert _state(engine, run_id).state == "running"


def test_a_pid_taken_by_another_process_is_gone(engine: Engine) -> None:
    owner = this_process()
    assert owner.process is not None
    other_start = owner.process.rsplit("|", 1)[0] + "|12345.67"
    run_id = _insert_running(engine, host=owner.host, pid=owner.pid, process=other_start)
    assert mark_interrupted(engine) == [run_id]


@pytest.mark.parametrize(
    ("owner", "silent_for", "interrupted"),
    [
        ({"host": "other-host", "pid": 4242, "process": "other-host|boot|4026531836|1.00"},
         timedelta(minutes=2), False),
        ({"host": "other-host", "pid": 4242, "process": "other-host|boot|4026531836|1.00"},
         STALE_AFTER + timedelta(minutes=1), True),
        ({"host": None, "pid": None, "process": None}, timedelta(minutes=2), False),  # before 0004
        ({"host": None, "pid": None, "process": None}, timedelta(hours=2), True),
    ],
    ids=["other-host-beating", "other-host-silent", "old-row-recent", "old-row-stale"],
)
def test_runs_elsewhere_only_when_clearly_stale(
    engine: Engine, owner: dict, silent_for: timedelta, interrupted: bool
) -> None:
    last = datetime.now(UTC) - silent_for
    heartbeat = last if owner["host"] else None
    run_id = _insert_running(engine, **owner, started_at=last, heartbeat_at=heartbeat)
    assert mark_interrupted(engine) == ([run_id] if interrupted else [])
    row = _state(engine, run_id)
    assert row.state == ("interrupted" if interrupted else "running")
    if interrupted:
        assert "no sign of life" in (row.error or "")


def test_finished_runs_are_left_alone(engine: Engine) -> None:
    pid, token = _gone_process_token()
    run_id = _insert_running(engine, host=socket.gethostname(), pid=pid, process=token)
    finish_run(engine, run_id, state="completed")
    assert mark_interrupted(engine) == []
    assert _state(engine, run_id).state == "completed"


def test_heartbeat_while_working_and_not_after(engine: Engine) -> None:
    run_id = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    started = _state(engine, run_id)
    assert (started.host, started.pid, started.process) == (
        socket.gethostname(), this_process().pid, this_process().process)
    with Heartbeat(engine, run_id, every=0.05) as heartbeat:
        time.sleep(0.5)
    beaten = _state(engine, run_id).heartbeat_at
    assert beaten is not None and started.heartbeat_at is not None
    assert beaten > started.heartbeat_at
    finish_run(engine, run_id, state="completed")
    heartbeat.beat()  # a late beat does not bring a finished run back
    row = _state(engine, run_id)
    assert (row.state, row.heartbeat_at) == ("completed", beaten)


class Unanswered(BaseHTTPRequestHandler):
    """A page that answers only when the test lets it: a run reading it stays mid-run."""

    asked = threading.Event()
    release = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        """Say the run is here, then hold the answer back."""
        type(self).asked.set()
        type(self).release.wait(timeout=300)
        try:
            self.send_response(503)
            self.end_headers()
        except OSError:  # the run that asked was killed
            pass


def _runs_json(db: str) -> list[dict]:
    return timeline_json("runs", "--db", db)


def _start_hanging_run(db: str, url: str, api_url: str) -> subprocess.Popen[str]:
    """A `timeline run` that has recorded its run and waits for the page."""
    Unanswered.asked.clear()
    proc = start_timeline("run", url, "--db", db, "--timeout", "300", api_url=api_url)
    if not Unanswered.asked.wait(timeout=180):
        proc.kill()
        _, err = proc.communicate(timeout=30)
        pytest.fail(f"the run never asked for the page:\n{err[-3000:]}")
    return proc


def test_timeline_run_killed_with_sigkill(blank_db_url: str, prefect_api: str, tmp_path: Path) -> None:
    db = blank_db_url
    note = tmp_path / "note.txt"
    note.write_text((DATA / "seed" / "xi-blinken-beijing.txt").read_text())
    Unanswered.release = threading.Event()
    with http_server(Unanswered) as base:
        try:
            first = _start_hanging_run(db, f"{base}/slow.html", prefect_api)
            [run] = _runs_json(db)  # the process lives: `timeline runs` leaves it running
            assert (run["state"], run["pid"], run["host"]) == ("running", first.pid,
                                                               socket.gethostname())
            first.kill()  # SIGKILL: no handler, no finally, no finish_run
            first.wait(timeout=30)
            [stuck] = list_runs(make_engine(db))
            assert stuck.run.state == "running"

            later = run_timeline("run", str(note), "--db", db, api_url=prefect_api)
            assert later.returncode == 0, later.stderr
            second, killed = list_runs(make_engine(db))  # newest first; as the later run left them
            assert (second.run.state, killed.run.id) == ("completed", run["run_id"])
            assert killed.run.state == "interrupted"
            assert f"process {first.pid}" in (killed.run.error or "")

            third = _start_hanging_run(db, f"{base}/slower.html", prefect_api)
            third.kill()
            third.wait(timeout=30)
            runs = _runs_json(db)  # `timeline runs` finds it gone
        finally:
            Unanswered.release.set()
    assert [(r["state"], r["pid"]) for r in runs] == [
        ("interrupted", third.pid), ("completed", runs[1]["pid"]), ("interrupted", first.pid)]
    table = run_timeline("runs", "--db", db).stdout
    assert table.count("interrupted") >= 2, table


def test_a_feed_read_by_a_run_killed_before_its_append_is_read_again(
    pg_server: str, prefect_api: str
) -> None:
    """The feed's ETag is stored with the articles: a run that dies in between leaves none."""
    postgres.empty(pg_server)
    engine = make_engine(pg_server)
    ensure_schema(engine)
    waiting = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k"
                   " AND NOT granted")
    with http_server(FeedServer) as base:
        feed = f"{base}/site/feed.xml"
        with engine.begin() as conn:  # hold the append lock: the run reads, then waits for it
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_APPEND_LOCK})
            proc = start_timeline("run", feed, "--db", pg_server, "--topic", "all",
                                  "--timeout", "60", api_url=prefect_api)
            deadline = time.monotonic() + 180
            with engine.connect() as probe:
                while not probe.execute(waiting, {"k": _PG_APPEND_LOCK}).scalar_one():
                    if proc.poll() is not None or time.monotonic() > deadline:
                        proc.kill()
                        pytest.fail(f"the run never waited for the lock:\n{proc.communicate()[1]}")
                    probe.rollback()
                    time.sleep(0.2)
            proc.kill()
            proc.wait(timeout=30)
        again = run_timeline("run", feed, "--db", pg_server, "--topic", "all", "--format", "json",
                             api_url=prefect_api)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["articles_new"] >= 2, summary  # the entries, not "not-modified"
    runs = list_runs(engine)
    assert [r.run.state for r in runs] == [summary["state"], "interrupted"]
    engine.dispose()
