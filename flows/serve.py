"""``timeline serve``: the flow on a schedule, with a Prefect server it owns when none is set.

Prefect's ``serve`` schedules nothing without a real API server. When ``PREFECT_API_URL`` is unset
we start ``prefect server start`` on a free local port in its own process group, point this
process at it, and stop the whole group on exit (Ctrl-C or SIGTERM), so nothing is left behind.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import FrameType

from flows.settings import RunSettings

DEPLOYMENT_NAME = "scheduled"
SERVER_START_TIMEOUT_S = 90.0


class ServerStartError(Exception):
    """The Prefect server this command started did not become healthy."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OwnedServer:
    """A ``prefect server start`` subprocess that this process starts and stops."""

    def __init__(self, port: int, log_path: Path) -> None:
        self.port = port
        self.api_url = f"http://127.0.0.1:{port}/api"
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until its health endpoint answers."""
        env = dict(os.environ)
        env.pop("PREFECT_API_URL", None)
        env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        env.setdefault("PREFECT_UI_ENABLED", "true")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        prefect = Path(sys.executable).with_name("prefect")
        cmd = [str(prefect) if prefect.exists() else "prefect", "server", "start",
               "--host", "127.0.0.1", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerStartError(f"prefect server exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        self.stop()
        raise ServerStartError(f"prefect server did not start within {SERVER_START_TIMEOUT_S:.0f}s; see {self.log_path}")

    def stop(self) -> None:
        """Stop the server's whole process group: SIGTERM, then SIGKILL after a grace period."""
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=5)
        try:  # children that outlived the leader
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _raise_interrupt(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def serve(settings: RunSettings, *, verbose: bool = False) -> int:
    """Serve the timeline flow on the configured schedule until interrupted.

    Example:
        timeline serve samples/ --interval 3600
    """
    server: OwnedServer | None = None
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        if not os.environ.get("PREFECT_API_URL"):
            home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
            server = OwnedServer(_free_port(), home / "timeline-serve-server.log")
            print(f"starting a Prefect server on 127.0.0.1:{server.port} (log: {server.log_path})",
                  file=sys.stderr)
            server.start()
            os.environ["PREFECT_API_URL"] = server.api_url
        from flows.pipeline import timeline_flow  # imports Prefect: after PREFECT_API_URL is set

        schedule = settings.schedule
        when = f"cron '{schedule.cron}'" if schedule.cron else f"every {schedule.interval:g}s"
        print(
            f"serving deployment timeline/{DEPLOYMENT_NAME} ({when}) into {settings.database}; "
            f"trigger by hand with: prefect deployment run timeline/{DEPLOYMENT_NAME}"
            + (f"  (PREFECT_API_URL={os.environ['PREFECT_API_URL']})" if server else "")
            + "; Ctrl-C stops",
            file=sys.stderr,
        )
        timeline_flow.serve(
            name=DEPLOYMENT_NAME,
            cron=schedule.cron,
            interval=schedule.interval,
            parameters={
                "sources": settings.sources,
                "db": settings.database,
                "topic": settings.topic,
                "published": settings.published.isoformat() if settings.published else None,
                "summarizer": settings.summarizer,
                "trigger": "scheduled",
                "timeout": settings.timeout,
                "max_bytes": settings.max_bytes,
            },
            print_starting_message=verbose,
        )
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        if server is not None:
            server.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0
