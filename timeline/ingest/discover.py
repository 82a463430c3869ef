"""Turn the sources a user names into single inputs: files, folders, globs and URLs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from timeline.ingest.errors import InputRejected
from timeline.ingest.sidecar import SIDECAR_SUFFIX

URL_SCHEMES = ("http", "https")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Input:
    """One thing to read: a local file or an http(s) URL."""

    location: str  # the path (as given or as found under a folder) or the URL
    is_url: bool = False


def _is_hidden(path: Path, root: Path) -> bool:
    """True if any part of ``path`` below ``root`` starts with a dot."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _is_sidecar(path: Path) -> bool:
    """True for ``*.meta.json`` files: metadata of another file, not articles."""
    return path.name.endswith(SIDECAR_SUFFIX)


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted, without hidden files and sidecars."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            path = Path(dirpath) / name
            if not name.startswith(".") and not _is_sidecar(path):
                found.append(path)
    found.sort(key=lambda p: p.as_posix())
    yield from (path for path in found if not _is_hidden(path, folder))


def scheme_of(source: str) -> str | None:
    """The URL scheme of ``source`` ("http", "ftp"...), or None for a local path."""
    if "://" not in source:
        return None
    scheme = urlsplit(source).scheme.lower()
    # "C://dir" on Windows is a drive, not a scheme.
    return scheme if len(scheme) > 1 else None


def expand_source(source: str) -> Iterator[Input]:
    """The inputs one source names, raising InputRejected("not-found"/"scheme").

    >>> [i.location for i in expand_source("https://example.org/feed")]
    ['https://example.org/feed']
    """
    scheme = scheme_of(source)
    if scheme is not None:
        if scheme not in URL_SCHEMES:
            raise InputRejected("scheme", f"'{scheme}' is not supported: only http and https")
        yield Input(source, is_url=True)
        return
    path = Path(source).expanduser()
    if path.is_dir():
        files = list(walk_folder(path))
        if not files:
            raise InputRejected("empty", "the folder holds no readable files")
        yield from (Input(str(found)) for found in files)
        return
    if path.is_file():
        yield Input(source)
        return
    if _GLOB_CHARS & set(source):
        matches = sorted(glob.glob(os.path.expanduser(source), recursive=True))
        files = [m for m in matches if Path(m).is_file() and not _is_sidecar(Path(m))]
        folders = [m for m in matches if Path(m).is_dir()]
        for match in files:
            yield Input(match)
        for folder in folders:
            yield from (Input(str(found)) for found in walk_folder(Path(folder)))
        if files or folders:
            return
        raise InputRejected("not-found", "the pattern matched no file")
    raise InputRejected("not-found", "no such file or folder")


def discover(sources: Sequence[str]) -> Iterator[Input | tuple[str, InputRejected]]:
    """Every input of ``sources`` in order; a source that names nothing gives its rejection."""
    for source in sources:
        try:
            yield from expand_source(source)
        except InputRejected as err:
            yield source, err
