"""Prefect API servers this process starts, owns and stops.

Two kinds:
- ``full_server``: ``prefect server start`` with its UI and services, for ``timeline serve``
  (Prefect schedules nothing without one);
- ``temporary_server``: the light server Prefect itself starts when ``PREFECT_API_URL`` is unset
  (uvicorn on Prefect's app factory, no UI, the services of an ephemeral server), for
  ``timeline run``.

Why ``timeline run`` starts the temporary server itself instead of letting Prefect do it: Prefect
starts it only when the flow is called, after this process has imported Prefect and the pipeline,
and then waits for it; it also imports the server's own modules into this process (about 3 s)
just to launch it. Launched first thing, the server boots on the other core while this process
imports and checks its inputs, and the run starts about 5 s sooner. The server is the same one.

Each server runs in its own session and, on Linux, is told to stop when this process dies, even
by SIGKILL, so a killed job leaves no server behind.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

FULL_START_TIMEOUT_S = 90.0
TEMPORARY_START_TIMEOUT_S = 60.0
PORT_IN_USE_EXIT = 3  # uvicorn's exit status when the port was taken between choosing and binding


class ServerStartError(Exception):
    """A Prefect server this command started did not become healthy."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _death_signal() -> Callable[[], None] | None:
    """A function for the child, before exec, that asks Linux for SIGTERM when the parent dies.

    Resolved here, in the parent: in the child it is one C call (no import, no lock), which is
    what makes it safe between fork and exec.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig, sigterm = 1, int(signal.SIGTERM)
    return lambda: prctl(pr_set_pdeathsig, sigterm)


class OwnedServer:
    """A Prefect server subprocess: ``launch`` it, ``wait_healthy`` when it is needed, ``stop`` it."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path | None = None,
                 timeout_s: float = FULL_START_TIMEOUT_S, port: int | None = None) -> None:
        self.port = port or free_port()
        self._command = command
        self._env = env
        self.log_path = log
        self.timeout_s = timeout_s
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def launch(self) -> None:
        """Start the server process and return at once."""
        if self._log is None:
            if self.log_path is not None:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                self._log = self.log_path.open("ab")
            else:
                self._log = tempfile.TemporaryFile()  # noqa: SIM115 (read back if the server fails)
        self.proc = subprocess.Popen(
            [*self._command, "--port", str(self.port)],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self._env,
            start_new_session=True, preexec_fn=_death_signal(),  # noqa: PLW1509 (see _death_signal)
        )

    def wait_healthy(self) -> None:
        """Wait until the server's health endpoint answers; ServerStartError if it never does."""
        if self.proc is None:
            self.launch()
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            assert self.proc is not None
            status = self.proc.poll()
            if status == PORT_IN_USE_EXIT:
                self.port = free_port()
                self.launch()
                continue
            if status is not None:
                raise ServerStartError(f"the Prefect server exited with {status}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        self.stop()
        raise ServerStartError(
            f"the Prefect server did not start within {self.timeout_s:.0f}s: {self.log_tail()}")

    def start(self) -> None:
        """Launch the server and wait until it is healthy."""
        self.launch()
        self.wait_healthy()

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the server's output, or where its log is."""
        if self.log_path is not None:
            return f"see {self.log_path}"
        if self._log is None:
            return "(no output)"
        self._log.flush()
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace").strip()
        return text[-chars:] or "(no output)"

    def terminate(self) -> None:
        """Send SIGTERM to the server's process group without waiting."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)

    def stop(self) -> None:
        """Stop the server's whole process group: SIGTERM, then SIGKILL after a grace period."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            else:
                try:
                    self.proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                    self.proc.wait(timeout=5)
                with contextlib.suppress(ProcessLookupError):  # children that outlived the leader
                    os.killpg(self.proc.pid, signal.SIGKILL)
        if self._log is not None and self.log_path is not None:
            self._log.close()
            self._log = None


def _server_env(**defaults: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    for name, value in defaults.items():
        env.setdefault(name, value)
    return env


def full_server(log: Path) -> OwnedServer:
    """``prefect server start`` (UI and every service) on a free local port, not yet launched."""
    prefect = Path(sys.executable).with_name("prefect")
    command = [str(prefect) if prefect.exists() else "prefect", "server", "start", "--host", "127.0.0.1"]
    return OwnedServer(command, _server_env(PREFECT_UI_ENABLED="true"), log, FULL_START_TIMEOUT_S)


def temporary_server() -> OwnedServer:
    """The server Prefect starts for a process without ``PREFECT_API_URL``, not yet launched.

    The same command and environment as Prefect's own (``SubprocessASGIServer`` in Prefect 3),
    found without importing Prefect, which is what makes launching it cheap.
    """
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise ServerStartError("Prefect is not installed")
    app_dir = str(Path(spec.origin).parent.parent)
    command = [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
               "prefect.server.api.server:create_app", "--host", "127.0.0.1",
               "--log-level", "error", "--lifespan", "on"]
    env = _server_env()
    env.update({"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"})
    return OwnedServer(command, env, None, TEMPORARY_START_TIMEOUT_S)
