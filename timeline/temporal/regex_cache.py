"""Compiled regular expressions kept between runs, so that ``timeline tag`` starts fast.

The tagger's modules compile about 320 patterns when they are imported. Python parses and compiles
a pattern in Python code, which took two thirds of the start-up of ``timeline tag`` (0.13-0.19 s of
0.21-0.26 s here). ``rx`` is ``re.compile`` that first looks in a store of the compiled form of
each pattern, written by ``make bytecode`` (``regex_cache.build()``) next to the modules'
bytecode, the way Python keeps a module's bytecode.

The store is keyed by the exact Python build and by each pattern's source and flags, so a changed
pattern or another Python simply compiles as usual; a store that cannot be read or whose code the
regular expression engine refuses is ignored. It reaches into the standard library's internals
(``re._parser``, ``re._compiler``, ``_sre.compile``, as in CPython 3.11), and ``build`` stores a
pattern only if what the store makes of it equals what ``re.compile`` makes (same source, flags
and engine code): where the internals differ, the store holds nothing and everything compiles
as before.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

try:
    import _sre
except ImportError:  # not CPython: no store, plain re.compile
    _sre = None

STORE = Path(__file__).with_name("__pycache__") / f"regex_cache.{sys.implementation.cache_tag}.marshal"

# what a stored pattern is checked against: the Python build and its regular expression engine
_BUILD = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))

# (source, flags) -> (flags, code, groups, groupindex, indexgroup), the arguments of _sre.compile
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_seen: dict[tuple[str, int], None] = {}  # every pattern compiled in this process, for ``build``


def _load(path: Path) -> dict[tuple[str, int], _Entry]:
    """The stored patterns, or none if the store is missing, unreadable or from another build."""
    try:
        build, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if build == _BUILD and isinstance(entries, dict) else {}


_stored = _load(STORE) if _sre is not None else {}


def rx(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the store when it holds this pattern.

    Example:
        >>> rx(r"\\bMay\\b", re.IGNORECASE).search("in may").group()
        'may'
    """
    flags = int(flags)
    _seen[(source, flags)] = None
    entry = _stored.get((source, flags))
    if entry is not None:
        try:
            return _sre.compile(source, *entry)
        except (RuntimeError, TypeError, ValueError):  # refused by the engine: compile anew
            pass
    return re.compile(source, flags)


def _entry(source: str, flags: int) -> _Entry:
    """The arguments ``_sre.compile`` takes for a pattern, as ``re._compiler.compile`` makes them."""
    from re import _compiler, _parser

    tree = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def build(path: Path = STORE) -> int:
    """Write the store for every pattern the tagger compiles; return how many it holds.

    A pattern whose stored form does not compile to the very pattern ``re.compile`` makes is left
    out, so the store can only hold exact copies.
    """
    if _sre is None:
        return 0
    import timeline.temporal  # noqa: F401  (compiles every pattern of the tagger, through rx)

    entries: dict[tuple[str, int], _Entry] = {}
    for source, flags in _seen:
        try:
            entry = _entry(source, flags)
            if _sre.compile(source, *entry) == re.compile(source, flags):
                entries[(source, flags)] = entry
        except (AttributeError, ImportError, RuntimeError, TypeError, ValueError):
            continue  # the internals moved: this pattern compiles as usual
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps((_BUILD, entries)))
    tmp.replace(path)
    return len(entries)
