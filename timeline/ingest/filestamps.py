"""Which local files were read before, and whether they changed since: size, times, content hash.

A file is known by its absolute path and a :class:`FileStamp`. On the next run a file whose size,
mtime and ctime are all unchanged is skipped without being opened; any difference (or a stamp
taken too close to the file's last write to trust) means its bytes are hashed, and only a
different hash makes it "changed" and read again. ctime is in the stamp because a rewrite that
puts the old mtime back (``cp -p``, ``touch -r``, an unpacked archive) cannot set it.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

# A file written this close to the moment its stamp is taken may be written again within the
# same clock tick without a visible change of mtime/ctime: such a stamp is re-hashed next time.
RACY_NS = 2_000_000_000
_CHUNK = 1 << 20

FileStatus = Literal["new", "changed", "unchanged"]


@dataclass(frozen=True)
class FileStamp:
    """What a local file looked like when it was last read whole."""

    size: int
    mtime_ns: int | None  # None: written too close to the read to trust the times
    ctime_ns: int | None
    sha256: str


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def same_times(stamp: FileStamp, st: os.stat_result) -> bool:
    """True when size, mtime and ctime match a stamp that can be trusted."""
    return (
        stamp.mtime_ns is not None
        and stamp.size == st.st_size
        and stamp.mtime_ns == st.st_mtime_ns
        and stamp.ctime_ns == st.st_ctime_ns
    )


class FileLedger:
    """Stamps of the files read before (by absolute path) and what this run found and read.

    ``check`` says whether a file is new, changed or unchanged; ``read`` records the stamp of a
    file read whole. ``stamps`` holds what the caller should store once the run's articles are
    stored (never before: a run that dies in between must read those files again).

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_text("Blinken met Wang Yi on Friday.")
        >>> ledger = FileLedger()
        >>> status, stamp = ledger.check(path)
        >>> ledger.read(path, stamp)
        >>> FileLedger(ledger.stamps).check(path)[0], status
        ('unchanged', 'new')
    """

    def __init__(
        self, known: Mapping[str, FileStamp] | None = None, *, racy_ns: int = RACY_NS
    ) -> None:
        self.known: dict[str, FileStamp] = dict(known or {})
        self.racy_ns = racy_ns
        self.stamps: dict[str, FileStamp] = {}  # to store: files read whole, refreshed times
        self.counts: Counter[FileStatus] = Counter()
        self._checked: set[str] = set()

    @staticmethod
    def key(path: Path | str) -> str:
        """The ledger's name for a file: its absolute path (symlinks not resolved)."""
        return os.path.abspath(path)

    def check(self, path: Path) -> tuple[FileStatus, FileStamp]:
        """The file's status against its last stamp, and its stamp now; raises OSError.

        The stamp's times are taken before its bytes are hashed, and the caller reads the bytes
        after: a write in between shows as a change next time, never as "unchanged".
        """
        key = self.key(path)
        st = path.stat()
        now_ns = time.time_ns()
        racy = max(st.st_mtime_ns, st.st_ctime_ns) > now_ns - self.racy_ns
        known = self.known.get(key)
        if known is not None and same_times(known, st):
            status: FileStatus = "unchanged"
            stamp = known
        else:
            stamp = FileStamp(
                size=st.st_size,
                mtime_ns=None if racy else st.st_mtime_ns,
                ctime_ns=None if racy else st.st_ctime_ns,
                sha256=file_sha256(path),
            )
            if known is None:
                status = "new"
            elif known.sha256 == stamp.sha256:
                status = "unchanged"
                if stamp != known:  # same bytes, new times: keep the next check cheap
                    self.stamps[key] = stamp
            else:
                status = "changed"
        if key not in self._checked:
            self._checked.add(key)
            self.counts[status] += 1
        return status, stamp

    def read(self, path: Path, stamp: FileStamp) -> None:
        """Remember that the file was read whole as ``stamp`` (stored with the run's articles)."""
        self.stamps[self.key(path)] = stamp
