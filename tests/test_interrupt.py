"""The exit bound of a flow run that Ctrl-C reached (flows.interrupt), in real processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time

from flows.interrupt import INTERRUPTED_STATUS, bound_exit_after_interrupt


def _stuck_child(armed: multiprocessing.synchronize.Event, bound: bool) -> None:
    """A process whose non-daemon thread never ends, so the interpreter cannot exit on its own."""
    # as in a flow run of serve, which sets Python's handler; a test run in the background of a
    # shell would hand the child an ignored SIGINT
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if bound:
        assert bound_exit_after_interrupt(grace_s=1.0)
    threading.Thread(target=time.sleep, args=(3600,)).start()
    armed.set()
    time.sleep(3600)


def _run_child(bound: bool) -> multiprocessing.process.BaseProcess:
    ctx = multiprocessing.get_context("spawn")  # as Prefect's runner starts flow runs
    armed = ctx.Event()
    child = ctx.Process(target=_stuck_child, args=(armed, bound))
    child.start()
    assert armed.wait(60), "the child did not start"
    os.kill(child.pid, signal.SIGINT)  # type: ignore[arg-type]
    return child


def test_a_flow_run_process_held_up_by_a_thread_ends_soon_after_ctrl_c() -> None:
    child = _run_child(bound=True)
    child.join(30)
    assert child.exitcode == INTERRUPTED_STATUS


def test_without_the_bound_such_a_process_outlives_ctrl_c() -> None:
    """The control: the same child without the bound is still alive after Ctrl-C."""
    child = _run_child(bound=False)
    child.join(3)
    try:
        assert child.exitcode is None
    finally:
        child.kill()
        child.join(10)


def test_the_bound_is_not_set_in_a_command_s_own_process() -> None:
    """``timeline run`` keeps its own Ctrl-C handling: no timer in a main process."""
    before = signal.getsignal(signal.SIGINT)
    assert bound_exit_after_interrupt() is False
    assert signal.getsignal(signal.SIGINT) is before
