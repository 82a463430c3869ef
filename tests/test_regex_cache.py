"""The store of compiled patterns that lets ``timeline tag`` start fast (timeline/temporal/regex_cache.py)."""

from __future__ import annotations

import marshal
import re

import pytest

from timeline.temporal import regex_cache
from timeline.temporal.patterns import PATTERNS

pytestmark = pytest.mark.skipif(regex_cache._sre is None, reason="the store needs CPython's _sre")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "patterns.marshal"
    count = regex_cache.build(path)
    return path, count


def test_build_stores_every_pattern_of_the_tagger(store):
    path, count = store
    entries = regex_cache._load(path)
    assert count == len(entries) >= 300
    sources = {p.pattern for _kind, p in PATTERNS}
    assert sources <= {source for source, _flags in entries}


def test_every_stored_pattern_is_the_one_re_compile_makes(store):
    entries = regex_cache._load(store[0])
    for (source, flags), entry in entries.items():
        assert regex_cache._sre.compile(source, *entry) == re.compile(source, flags), source


def test_rx_takes_the_stored_pattern(store, monkeypatch):
    entries = regex_cache._load(store[0])
    monkeypatch.setattr(regex_cache, "_stored", entries)
    _kind, pattern = PATTERNS[0]
    made = regex_cache.rx(pattern.pattern, pattern.flags & ~re.UNICODE)
    assert made == pattern
    text = "Talks ended on Friday, Aug. 7, 1998, at 10 a.m."
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_rx_reads_the_store_rather_than_compiling(monkeypatch):
    # a store entry made for another pattern shows that rx used the store: what it returns
    # matches what the entry's code says, not what its source says
    monkeypatch.setattr(regex_cache, "_stored", {("abc", 0): regex_cache._entry("xyz", 0)})
    made = regex_cache.rx("abc")
    assert made.search("xyz") and not made.search("abc")


def test_rx_compiles_a_pattern_the_engine_refuses(monkeypatch):
    source = r"\b(?P<year>19\d\d)\b"
    flags, code, groups, groupindex, indexgroup = regex_cache._entry(source, 0)
    broken = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    monkeypatch.setattr(regex_cache, "_stored", {(source, 0): broken})
    assert regex_cache.rx(source).search("in 1998").group("year") == "1998"


@pytest.mark.parametrize("content", [
    b"",
    b"not marshal data",
    marshal.dumps((("another python", 0, 4), {("x", 0): (0, [], 0, {}, (None,))})),
    marshal.dumps([1, 2, 3]),
])
def test_an_unusable_store_is_ignored(tmp_path, content):
    path = tmp_path / "store.marshal"
    path.write_bytes(content)
    assert regex_cache._load(path) == {}


def test_a_missing_store_is_ignored(tmp_path):
    assert regex_cache._load(tmp_path / "absent.marshal") == {}
