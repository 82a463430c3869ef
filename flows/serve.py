"""``timeline serve``: the flow on a schedule, with a Prefect server it owns when none is set.

Prefect's ``serve`` schedules nothing without a real API server. When ``PREFECT_API_URL`` is unset
we start ``prefect server start`` on a free local port in its own process group
(``flows.server``), point this process at it, and stop the whole group on exit (Ctrl-C or
SIGTERM), so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path
from types import FrameType

import psutil

from flows.server import OwnedServer, full_server
from flows.settings import RunSettings

DEPLOYMENT_NAME = "scheduled"
CHILD_GRACE_S = 5.0


def _exits_with_us(proc: psutil.Process) -> bool:
    """Python's multiprocessing resource tracker ignores SIGTERM and exits when we do."""
    try:
        return "multiprocessing.resource_tracker" in " ".join(proc.cmdline())
    except psutil.Error:
        return True


def stop_children(grace_s: float = CHILD_GRACE_S) -> list[int]:
    """Stop every process this one started and left running (flow runs, the server).

    SIGTERM first, SIGKILL for what is still alive after ``grace_s``; returns the pids stopped.
    """
    children = [p for p in psutil.Process().children(recursive=True) if not _exits_with_us(p)]
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.terminate()
    _, alive = psutil.wait_procs(children, timeout=grace_s)
    for child in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    psutil.wait_procs(alive, timeout=grace_s)
    return [p.pid for p in children]


def _raise_interrupt(signum: int, _frame: FrameType | None) -> None:
    """Turn SIGINT/SIGTERM into KeyboardInterrupt, so ``finally`` blocks stop what we started."""
    raise KeyboardInterrupt(f"signal {signum}")


def serve(settings: RunSettings, *, verbose: bool = False) -> int:
    """Serve the timeline flow on the configured schedule until interrupted.

    Example:
        timeline serve samples/ --interval 3600
    """
    server: OwnedServer | None = None
    # SIGINT: Python's own handler, even when a parent shell set it to "ignored" (background
    # jobs); asyncio then cancels Prefect's runner cleanly instead of interrupting it anywhere.
    # SIGTERM: KeyboardInterrupt until the runner starts, which installs its graceful shutdown.
    previous = {
        signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
        signal.SIGTERM: signal.signal(signal.SIGTERM, _raise_interrupt),
    }
    try:
        if not os.environ.get("PREFECT_API_URL"):
            home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
            server = full_server(home / "timeline-serve-server.log")
            print(f"starting a Prefect server on 127.0.0.1:{server.port} (log: {server.log_path})",
                  file=sys.stderr)
            server.start()
            os.environ["PREFECT_API_URL"] = server.api_url
        if settings.schedule.interval:  # pick runs up at least twice per interval (default 10 s)
            poll = min(10, max(1, int(settings.schedule.interval // 2)))
            os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", str(poll))
        from prefect.types.entrypoint import EntrypointType

        from flows.pipeline import timeline_flow  # imports Prefect: after PREFECT_API_URL is set

        schedule = settings.schedule
        when = f"cron '{schedule.cron}'" if schedule.cron else f"every {schedule.interval:g}s"
        api_url = os.environ["PREFECT_API_URL"]
        print(
            f"serving deployment timeline/{DEPLOYMENT_NAME} ({when}) into {settings.database}\n"
            f"  Prefect API: {api_url}\n"
            f"  run it now:  PREFECT_API_URL={api_url} prefect deployment run "
            f"timeline/{DEPLOYMENT_NAME} --param trigger=manual\n"
            f"  history:     timeline runs --db {settings.database}\n"
            "  Ctrl-C (or SIGTERM) stops serving"
            + (" and the Prefect server it started" if server else ""),
            file=sys.stderr,
            flush=True,
        )
        flow = timeline_flow
        if settings.workers > 1 or settings.dask_address:
            from flows.runners import task_runner

            flow = timeline_flow.with_options(
                task_runner=task_runner(settings.workers, settings.dask_address))
        flow.serve(
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
                "workers": settings.workers,
            },
            print_starting_message=verbose,
            # Flow runs import the flow by module path: they work whatever the working directory.
            entrypoint_type=EntrypointType.MODULE_PATH,
            paused=False,  # a schedule paused when the last serve stopped resumes now
            pause_on_shutdown=True,  # no runs pile up while nothing serves
        )
    except KeyboardInterrupt:
        pass  # Ctrl-C or SIGTERM before the runner took over: stop what we started, below
    finally:
        print("stopping", file=sys.stderr, flush=True)
        if server is not None:
            server.terminate()  # the server and leftover flow runs shut down side by side
        stop_children()
        if server is not None:
            server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
