"""A flow run that Ctrl-C reached ends within a bound, whatever its threads are doing.

``timeline serve`` runs each scheduled flow in a subprocess, and Prefect's runner waits for that
process to exit before it shuts down (it joins the process in a thread, which cancelling does not
stop). Ctrl-C in a terminal reaches the flow run too; if a thread of the run (a task's worker, a
client still flushing) keeps it alive, serve would wait with it. So in a flow-run subprocess,
SIGINT also starts a timer that ends the process after ``EXIT_GRACE_S``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from types import FrameType

EXIT_GRACE_S = 20.0
INTERRUPTED_STATUS = 130  # what a shell reports for a process ended by Ctrl-C


def _exit_now(grace_s: float) -> None:
    print(f"timeline: flow run still running {grace_s:g}s after Ctrl-C; exiting", file=sys.stderr,
          flush=True)
    os._exit(INTERRUPTED_STATUS)


def bound_exit_after_interrupt(grace_s: float = EXIT_GRACE_S) -> bool:
    """In a flow-run subprocess, make SIGINT end the process at most ``grace_s`` later.

    SIGINT still raises KeyboardInterrupt as before (Prefect records the crash and the run ends
    normally when it can). Returns whether the bound is in place: not in the main process of a
    command (``timeline run`` has its own Ctrl-C handling), not off the main thread, not when
    SIGINT is ignored.
    """
    if multiprocessing.parent_process() is None or threading.current_thread() is not threading.main_thread():
        return False
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        return False
    if getattr(previous, "bounded_exit", False):
        return True

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        timer = threading.Timer(grace_s, _exit_now, args=(grace_s,))
        timer.daemon = True  # a daemon still runs while the interpreter waits for other threads
        timer.start()
        if callable(previous):
            previous(signum, frame)  # Python's handler: KeyboardInterrupt
        raise KeyboardInterrupt

    on_sigint.bounded_exit = True  # type: ignore[attr-defined]
    signal.signal(signal.SIGINT, on_sigint)
    return True
