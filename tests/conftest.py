"""Shared fixtures: one Prefect test server per session, real SQLite files, the CLI as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
TIMELINE = Path(sys.executable).with_name("timeline")

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """A real Prefect API server for the whole session (starting one costs about 10 s)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield str(PREFECT_API_URL.value())


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite file."""
    return f"sqlite:///{tmp_path / 'timeline.db'}"


def _timeline_env(api_url: str | None, env: dict[str, str] | None) -> dict[str, str]:
    """The environment of a user: no inherited Prefect API unless ``api_url``, no analytics."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    full_env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    if api_url:
        full_env["PREFECT_API_URL"] = api_url
    full_env.update(env or {})
    return full_env


def run_timeline(
    *args: str, api_url: str | None = None, cwd: Path | None = None, stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``timeline`` command as a user would, in a subprocess."""
    return subprocess.run(
        [str(TIMELINE), *args], check=False, capture_output=True, text=True, cwd=cwd, input=stdin,
        env=_timeline_env(api_url, env), timeout=600,
    )


def timeline_json(*args: str, api_url: str | None = None) -> Any:
    """Run ``timeline ARGS --format json``, insist that it succeeded, and return what it printed."""
    proc = run_timeline(*args, "--format", "json", api_url=api_url)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def start_timeline(
    *args: str, api_url: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """Start the installed ``timeline`` command in the background; the caller waits for or kills it."""
    return subprocess.Popen(
        [str(TIMELINE), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
        env=_timeline_env(api_url, env),
    )


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """A fresh PostgreSQL database for the module (skips, saying why, when the server is down)."""
    from tests import postgres

    yield from postgres.fresh_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind: a new SQLite file, or an emptied PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'timeline.db'}"
        return
    from tests import postgres

    url = request.getfixturevalue("pg_server")
    postgres.empty(url)
    yield url
    postgres.empty(url)


@contextmanager
def http_server(
    handler: type[BaseHTTPRequestHandler], server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer
) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 in a thread; yields its base URL, then shuts it down."""
    server = server_class(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
