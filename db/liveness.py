"""Which process owns a run, whether it still lives, and marking runs whose process is gone.

A run records the host, pid and a token of the process that does it (its pid space and start
time), and touches ``heartbeat_at`` every minute while it works. A run left ``running`` by a
process killed with SIGKILL, or by a machine that restarted, is later marked ``interrupted``:

- in the same pid space (this host, this boot, this pid namespace) when no process with that pid
  and start time is alive any more (a zombie counts as gone; a pid taken by another process too);
- anywhere else (another host, another container, a run recorded before this column existed)
  only when it gave no sign of life (heartbeat, else start) for ``STALE_AFTER``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Self

import psutil
from sqlalchemy import Engine, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from db.models import RunRow

LOGGER = logging.getLogger(__name__)

HEARTBEAT_S = 60.0
STALE_AFTER = timedelta(minutes=15)  # fifteen missed heartbeats
INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class Owner:
    """The process that does a run."""

    host: str
    pid: int
    process: str | None  # "<pid space>|<start time>", None when the start time cannot be read


@lru_cache(maxsize=1)
def pid_space() -> str:
    """Where a pid means one process: host name, boot id and pid namespace."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        boot = f"booted-{psutil.boot_time():.0f}"
    try:
        namespace = str(os.stat("/proc/self/ns/pid").st_ino)
    except OSError:
        namespace = "-"
    return f"{socket.gethostname()}|{boot}|{namespace}"


def process_token(pid: int) -> str | None:
    """The token of the live process ``pid`` in this pid space; None if there is none (or a zombie)."""
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return None
        return f"{pid_space()}|{proc.create_time():.2f}"
    except psutil.Error:
        return None


def this_process() -> Owner:
    """The owner record of the calling process."""
    pid = os.getpid()
    return Owner(host=socket.gethostname(), pid=pid, process=process_token(pid))


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def why_gone(run: RunRow, now: datetime) -> str | None:
    """Why a ``running`` run's process is known to be gone, or None if it may still be working."""
    last = _utc(run.heartbeat_at or run.started_at)
    where = f"process {run.pid} on {run.host}" if run.host else "its process"
    if run.process and run.pid and run.process.rsplit("|", 1)[0] == pid_space():
        if process_token(run.pid) == run.process:
            return None
        return f"{where} ended without finishing the run (killed, or the machine restarted)"
    if now - last > STALE_AFTER:
        return f"no sign of life from {where} since {last:%Y-%m-%d %H:%M:%S} UTC"
    return None


def mark_interrupted(engine: Engine, now: datetime | None = None) -> list[int]:
    """Mark ``interrupted`` every running run whose process is gone; returns their ids.

    Example:
        >>> mark_interrupted(engine)  # doctest: +SKIP
        [7]
    """
    now = now or datetime.now(UTC)
    with Session(engine) as session:
        running = list(session.exec(select(RunRow).where(RunRow.state == "running")))
        gone = [(run, reason) for run in running if (reason := why_gone(run, now))]
        marked: list[int] = []
        for run, reason in gone:
            result = session.execute(  # only if it is still running: it may have just finished
                update(RunRow)
                .where(RunRow.id == run.id, RunRow.state == "running")  # type: ignore[arg-type]
                .values(state=INTERRUPTED, error=f"interrupted: {reason}",
                        finished_at=run.heartbeat_at or run.started_at)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                assert run.id is not None
                marked.append(run.id)
                LOGGER.warning("run %s marked interrupted: %s", run.id, reason)
        session.commit()
    return marked


class Heartbeat:
    """Touches a run's ``heartbeat_at`` every ``every`` seconds from a thread while open.

    Example:
        >>> with Heartbeat(engine, run_id):  # doctest: +SKIP
        ...     do_the_work()
    """

    def __init__(self, engine: Engine, run_id: int, every: float = HEARTBEAT_S) -> None:
        self.engine = engine
        self.run_id = run_id
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"run-{run_id}-heartbeat", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=1.0)  # a beat waiting for the SQLite lock ends on its own

    def beat(self) -> None:
        """Touch the heartbeat once (a run no longer running is left alone)."""
        with Session(self.engine) as session:
            session.execute(
                update(RunRow)
                .where(RunRow.id == self.run_id, RunRow.state == "running")  # type: ignore[arg-type]
                .values(heartbeat_at=datetime.now(UTC))
            )
            session.commit()

    def _beat(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.beat()
            except SQLAlchemyError as exc:  # a missed beat is not worth failing the run for
                LOGGER.warning("heartbeat of run %s not written: %s", self.run_id, exc)
