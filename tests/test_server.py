"""The Prefect servers the job starts itself (flows.server), and what `timeline run` does with them."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from flows.server import OwnedServer, ServerStartError, temporary_server
from tests.conftest import DATA, run_timeline


def _healthy(api_url: str) -> bool:
    with urllib.request.urlopen(f"{api_url}/health", timeout=5) as resp:
        return resp.status == 200


def _gone(pid: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.2)
    return False


def test_temporary_server_moves_to_a_free_port_when_its_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = temporary_server()
        server.port = port
        try:
            server.wait_healthy()  # launches, sees uvicorn give up on the port, relaunches
            assert server.port != port
            assert _healthy(server.api_url)
            pid = server.proc.pid
        finally:
            server.stop()
    assert _gone(pid, 5)


def test_a_server_that_exits_is_an_error_with_its_output() -> None:
    server = OwnedServer([sys.executable, "-c", "import sys; print('no database here'); sys.exit(4)"],
                         dict(os.environ))
    with pytest.raises(ServerStartError, match="exited with 4: no database here"):
        server.start()


def test_the_temporary_server_stops_when_its_job_is_killed(tmp_path: Path) -> None:
    """SIGKILL leaves no `finally` to run: the kernel tells the server (Linux only)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the parent-death signal is Linux's")
    script = ("from flows.server import temporary_server\nimport time\ns = temporary_server()\n"
              "s.launch()\nprint(s.proc.pid, flush=True)\ntime.sleep(120)\n")
    job = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                           cwd=Path(__file__).parent.parent)
    server_pid = int(job.stdout.readline())
    assert psutil.pid_exists(server_pid)
    job.send_signal(signal.SIGKILL)
    job.wait(timeout=10)
    assert _gone(server_pid, 15), "the temporary server outlived the job that started it"


def test_run_reports_to_the_server_a_prefect_profile_names(tmp_path: Path, prefect_api: str) -> None:
    """No PREFECT_API_URL in the environment, but the active Prefect profile names a server:
    the run reports to that server (the temporary one it launched on the way is stopped)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter
    from sqlalchemy import create_engine, text

    profiles = tmp_path / "profiles.toml"
    profiles.write_text(f'active = "team"\n\n[profiles.team]\nPREFECT_API_URL = "{prefect_api}"\n')
    db = f"sqlite:///{tmp_path / 't.db'}"
    proc = run_timeline("run", str(DATA / "seed" / "xi-blinken-beijing.txt"), "--db", db,
                        "--format", "json", env={"PREFECT_PROFILES_PATH": str(profiles)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["state"] == "completed"
    with create_engine(db).connect() as conn:
        flow_run_id = conn.execute(text("select flow_run_id from runs")).scalar_one()

    async def ids_on_the_profile_server() -> list[str]:
        async with get_client() as client:  # the session's test server, which the profile names
            runs = await client.read_flow_runs(flow_run_filter=FlowRunFilter(id={"any_": [flow_run_id]}))
            return [str(r.id) for r in runs]

    assert asyncio.run(ids_on_the_profile_server()) == [flow_run_id]
