"""``timeline serve`` as a user runs it: its own Prefect server, scheduled and manual runs, Ctrl-C.

One real serve of about 40 s: no PREFECT_API_URL (so it starts and owns a server), --interval 5,
a working directory outside the repository. While it serves: two scheduled runs, a manual
``timeline run``, and ``prefect deployment run``. Then Ctrl-C (SIGINT to its process group, as a
terminal sends it): exit 0 and no process it started left alive.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from db.engine import make_engine
from db.queries import list_runs
from tests.conftest import DATA, TIMELINE, run_timeline

OPS = DATA / "ops"
PREFECT = Path(sys.executable).with_name("prefect")


def _wait_for(what: str, check: Callable[[], object], timeout: float, proc: subprocess.Popen,
              log: Path) -> object:
    """Poll ``check`` until it returns something truthy; fail with the serve log otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve exited with {proc.returncode} while waiting for {what}:\n"
                        f"{log.read_text()[-3000:]}")
        result = check()
        if result:
            return result
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}:\n{log.read_text()[-3000:]}")


def _family(pid: int) -> set[int]:
    """The pids of ``pid``'s descendants and of its process group."""
    pids: set[int] = set()
    try:
        pids.update(p.pid for p in psutil.Process(pid).children(recursive=True))
    except psutil.NoSuchProcess:
        pass
    for p in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(p.pid) == pid:
                pids.add(p.pid)
        except (ProcessLookupError, PermissionError):
            continue
    pids.discard(pid)
    return pids


def _alive(pids: set[int]) -> list[str]:
    """Descriptions of the processes in ``pids`` that still run (zombies do not count)."""
    out = []
    for pid in pids:
        try:
            p = psutil.Process(pid)
            if p.status() != psutil.STATUS_ZOMBIE:
                out.append(f"{pid}: {' '.join(p.cmdline())[:160]}")
        except psutil.NoSuchProcess:
            continue
    return out


def _serve_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user with no Prefect server configured and a Prefect home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


def _start_serve(
    tmp_path: Path, *, interval: int, cwd: Path
) -> tuple[str, Path, subprocess.Popen[bytes]]:
    """``timeline serve`` with no PREFECT_API_URL, in its own session: (db URL, log, process)."""
    db = f"sqlite:///{tmp_path / 'timeline.db'}"
    log = tmp_path / "serve.log"
    env = _serve_env(tmp_path)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(TIMELINE), "serve", str(OPS / "wire.jsonl"), "--interval", str(interval), "--db", db],
            cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    return db, log, proc


def test_serve_owns_a_server_runs_on_schedule_and_stops_clean(tmp_path: Path) -> None:
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    db, log, proc = _start_serve(tmp_path, interval=5, cwd=workdir)
    engine = make_engine(db)
    family: set[int] = set()

    def runs(**want: str) -> list:
        family.update(_family(proc.pid))
        if not (tmp_path / "timeline.db").exists():
            return []
        return [r.run for r in list_runs(engine, limit=100)
                if all(getattr(r.run, k) == v for k, v in want.items())]

    try:
        found = _wait_for("the Prefect API line", lambda: re.search(
            r"Prefect API: (http://127\.0\.0\.1:(\d+)/api)", log.read_text()), 150, proc, log)
        api_url, port = found.group(1), found.group(2)  # type: ignore[union-attr]

        # generous waits: they guard against a hang, and a loaded 2-core machine runs each
        # flow run (a subprocess importing Prefect) much slower than an idle one
        _wait_for("two scheduled runs", lambda: len(runs(trigger="scheduled", state="completed")) >= 2,
                  240, proc, log)

        manual = run_timeline("run", str(OPS / "paper.jsonl"), "--db", db, "--format", "json",
                              api_url=api_url, cwd=workdir)
        assert manual.returncode == 0, manual.stderr
        assert json.loads(manual.stdout)["articles_new"] == 2

        params = json.dumps({"sources": [str(OPS / "common.jsonl")], "trigger": "manual"})
        by_hand = subprocess.run(
            [str(PREFECT), "deployment", "run", "timeline/scheduled", "--params", params],
            env={**_serve_env(tmp_path), "PREFECT_API_URL": api_url}, cwd=workdir, capture_output=True, text=True,
            timeout=120, check=False)
        assert by_hand.returncode == 0, by_hand.stdout + by_hand.stderr
        flow_run_id = re.search(r"flow-run/([0-9a-f-]{36})", by_hand.stdout).group(1)  # type: ignore[union-attr]
        [deployed] = _wait_for("the deployment run", lambda: runs(flow_run_id=flow_run_id,
                               state="completed"), 240, proc, log)  # type: ignore[misc]
        assert deployed.trigger == "manual" and deployed.sources == [str(OPS / "common.jsonl")]
    finally:
        family.update(_family(proc.pid))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"serve did not stop within 60 s of Ctrl-C:\n{log.read_text()[-3000:]}")
        engine.dispose()

    assert proc.returncode == 0, log.read_text()[-3000:]
    assert family, "saw no process started by serve (the server at least)"
    time.sleep(0.5)
    assert _alive(family | _family(proc.pid)) == []
    assert not [p for p in psutil.process_iter(["cmdline"])
                if f"--port {port}" in " ".join(p.info["cmdline"] or [])]
    # (all of them: on a loaded machine the schedule may fire more than the default 20 times)
    history = run_timeline("runs", "--db", db, "--format", "json", "--limit", "1000")
    triggers = [r["trigger"] for r in json.loads(history.stdout)]
    assert triggers.count("scheduled") >= 2 and triggers.count("manual") == 2
    assert all(r["flow_run_id"] for r in json.loads(history.stdout))


def test_sigterm_while_serving_stops_the_owned_server(tmp_path: Path) -> None:
    """``kill PID`` (SIGTERM to serve alone, as a service manager sends it): nothing left."""
    _, log, proc = _start_serve(tmp_path, interval=3600, cwd=tmp_path)
    family: set[int] = set()
    try:
        _wait_for("the Prefect API line", lambda: "Prefect API:" in log.read_text(), 150, proc, log)
        time.sleep(2)  # let the runner take over the signal handlers
        family = _family(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0, log.read_text()[-3000:]
    assert family
    time.sleep(0.5)
    assert _alive(family | _family(proc.pid)) == []
