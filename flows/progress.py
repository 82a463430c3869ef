"""A small progress line on stderr for long runs (only when stderr is a terminal)."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Self


class Progress:
    """Counts items and redraws ``label: N items (R/s)`` at most ten times a second."""

    def __init__(self, label: str, *, stream=None, enabled: bool | None = None) -> None:  # type: ignore[no-untyped-def]
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.count = 0
        self._start = time.monotonic()
        self._last = 0.0

    def __enter__(self) -> Self:
        return self

    def step(self, n: int = 1) -> None:
        """Count ``n`` more items."""
        self.count += n
        now = time.monotonic()
        if self.enabled and now - self._last > 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self._start, 1e-6)
        self.stream.write(f"\r{self.label}: {self.count} inputs ({rate:.0f}/s)")
        self.stream.flush()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.enabled and self.count:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
