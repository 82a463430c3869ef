"""Local files known by path and content: unchanged files skipped unopened, edited ones read again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.ingest import FileLedger, FileStamp, IngestOptions, Skipped, iter_inputs
from timeline.ingest.filestamps import file_sha256
from timeline.records import Article, InputFailure, content_hash

YELLEN = ("U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in Beijing on "
          "July 8, 2023, in talks she called direct and productive.")
LI_QIANG = ("On July 7, 2023, Yellen met Chinese Premier Li Qiang in Beijing and told him that "
            "Washington sought healthy economic competition with China.")


def read(ledger: FileLedger, *sources: Path, seen: set[str] | None = None) -> list:
    """Every item iter_inputs yields with this ledger (and these keys already ingested)."""
    options = IngestOptions(files=ledger, seen=seen.__contains__ if seen is not None else None)
    return list(iter_inputs([str(s) for s in sources], options))


def kinds(items: list) -> list[tuple[str, str | None]]:
    """(record type, reason) of each item."""
    return [(type(i).__name__, getattr(i, "reason", None)) for i in items]


def write_dump(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def test_unchanged_file_is_skipped_on_the_next_run(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    first = FileLedger(racy_ns=0)
    assert kinds(read(first, note)) == [("Article", None)]
    assert dict(first.counts) == {"new": 1}
    assert set(first.stamps) == {str(note)}

    second = FileLedger(first.stamps, racy_ns=0)
    [item] = read(second, note)
    assert isinstance(item, Skipped) and (item.source, item.reason) == (str(note), "unchanged")
    assert dict(second.counts) == {"unchanged": 1}
    assert second.stamps == {}  # nothing new to store


def test_matching_size_and_times_are_trusted_without_opening_the_file(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    st = note.stat()
    # A stamp with the file's size and times but another hash: only a read could tell.
    stamp = FileStamp(st.st_size, st.st_mtime_ns, st.st_ctime_ns, sha256="0" * 64)
    ledger = FileLedger({str(note): stamp}, racy_ns=0)
    assert ledger.check(note) == ("unchanged", stamp)


def test_touched_file_with_the_same_bytes_is_unchanged_and_restamped(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    first = FileLedger(racy_ns=0)
    read(first, note)
    os.utime(note, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    second = FileLedger(first.stamps, racy_ns=0)
    assert kinds(read(second, note)) == [("Skipped", "unchanged")]
    assert second.stamps[str(note)].mtime_ns == 1_700_000_000_000_000_000
    assert second.stamps[str(note)].sha256 == first.stamps[str(note)].sha256


def test_rewrite_that_puts_the_old_mtime_back_is_a_change(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Blinken met Wang Yi on Friday.\n")
    first = FileLedger(racy_ns=0)
    read(first, note)
    old = note.stat()
    note.write_text("Blinken met Wang Yi on Sunday.\n")  # same size
    os.utime(note, ns=(old.st_atime_ns, old.st_mtime_ns))  # `cp -p`, `touch -r`: ctime moves
    assert (note.stat().st_size, note.stat().st_mtime_ns) == (old.st_size, old.st_mtime_ns)
    assert FileLedger(first.stamps, racy_ns=0).check(note)[0] == "changed"


def test_edited_text_file_is_read_again_though_its_path_was_seen(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    first = FileLedger(racy_ns=0)
    [article] = read(first, note)
    seen = {article.source_id, article.content_hash}
    assert article.source_id == str(note)

    with note.open("a") as out:  # an analyst adds a paragraph
        out.write("\n" + LI_QIANG + "\n")
    second = FileLedger(first.stamps, racy_ns=0)
    [edited] = read(second, note, seen=seen)
    assert isinstance(edited, Article), edited
    assert edited.source_id == str(note) and LI_QIANG in edited.text
    assert dict(second.counts) == {"changed": 1}
    assert second.stamps[str(note)].sha256 == file_sha256(note)


def test_rewritten_dump_gives_its_edited_and_new_records_only(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [{"id": "a", "published": "2023-07-09", "text": YELLEN},
               {"id": "b", "published": "2023-07-09", "text": "Yellen left Beijing on Sunday."}]
    write_dump(dump, records)
    first = FileLedger(racy_ns=0)
    articles = read(first, dump)
    seen = {key for a in articles for key in (a.source_id, a.content_hash)}

    records[1]["text"] += " " + LI_QIANG  # the crawler fixed record b
    records.append({"id": "c", "published": "2023-07-10", "text": "He Lifeng flew to Paris."})
    write_dump(dump, records)
    items = read(FileLedger(first.stamps, racy_ns=0), dump, seen=seen)
    assert kinds(items) == [("Skipped", "seen"), ("Article", None), ("Article", None)]
    assert [i.source_id for i in items[1:]] == ["b", "c"]
    assert LI_QIANG in items[1].text
    assert content_hash(records[0]["text"]) in items[0].detail


def test_a_file_never_stamped_keeps_the_id_and_url_checks(tmp_path: Path) -> None:
    """A database from before file stamps knows no file: its articles are known by id as before."""
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, [{"id": "a", "text": YELLEN + " It was fixed later."}])
    items = read(FileLedger(racy_ns=0), dump, seen={"a"})
    assert kinds(items) == [("Skipped", "seen")]


def test_a_file_with_a_failed_record_is_read_again_next_time(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a", "text": YELLEN}) + "\n{not json\n")
    first = FileLedger(racy_ns=0)
    assert kinds(read(first, dump)) == [("Article", None), ("InputFailure", "bad-json")]
    assert first.stamps == {}
    assert FileLedger(first.stamps, racy_ns=0).check(dump)[0] == "new"


def test_a_file_just_written_is_hashed_again_next_time(tmp_path: Path) -> None:
    """Times of a file written less than RACY_NS ago may not move on the next write: not trusted."""
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    first = FileLedger()
    read(first, note)
    stamp = first.stamps[str(note)]
    assert (stamp.mtime_ns, stamp.ctime_ns) == (None, None)
    assert stamp.sha256 == file_sha256(note)
    assert FileLedger(first.stamps).check(note)[0] == "unchanged"
    note.write_text(YELLEN.replace("July 8", "July 9") + "\n")  # same size, same tick maybe
    assert FileLedger(first.stamps).check(note)[0] == "changed"


def test_the_same_file_twice_in_one_run(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(YELLEN + "\n")
    ledger = FileLedger(racy_ns=0)
    items = read(ledger, note, tmp_path / ".." / tmp_path.name / "note.txt")
    assert kinds(items) == [("Article", None), ("Skipped", "duplicate")]
    assert dict(ledger.counts) == {"new": 1}


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02" * 100], ids=["empty", "binary"])
def test_a_failed_file_is_counted_but_not_stamped(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    ledger = FileLedger(racy_ns=0)
    [item] = read(ledger, bad)
    assert isinstance(item, InputFailure)
    assert (dict(ledger.counts), ledger.stamps) == ({"new": 1}, {})
