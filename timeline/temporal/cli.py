"""``timeline tag``: JSON Lines of documents in, one JSON line of timexes out per document.

Kept free of heavy imports (no Prefect, no SQLModel) so that it starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date
from typing import IO

from timeline.temporal.tagger import tag


class BadDocument(ValueError):
    """An input line that is not a usable document."""


def _parse_line(line: str) -> tuple[str, date | None, str]:
    """(id, dct, text) of one JSON Lines record, or BadDocument with the reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadDocument(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise BadDocument("not a JSON object")
    doc_id = record.get("id")
    text = record.get("text")
    if doc_id is None:
        raise BadDocument('missing field "id"')
    if not isinstance(text, str):
        raise BadDocument('missing or non-string field "text"')
    raw_dct = record.get("dct")
    dct: date | None = None
    if raw_dct not in (None, ""):
        try:
            dct = date.fromisoformat(str(raw_dct)[:10])
        except ValueError:
            raise BadDocument(f'bad "dct" {raw_dct!r} (expected YYYY-MM-DD)') from None
    return str(doc_id), dct, text


def tag_lines(lines: Iterable[str], out: IO[str], err: IO[str], source: str) -> int:
    """Tag every document line; return the number of bad lines (reported on ``err``)."""
    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc_id, dct, text = _parse_line(line)
        except BadDocument as exc:
            bad += 1
            err.write(f"timeline tag: {source}:{number}: skipped: {exc}\n")
            continue
        try:
            mentions = tag(text, dct)
        except (ValueError, IndexError, KeyError, OverflowError) as exc:
            # A tagger defect must not lose the other documents: report it, emit no timexes.
            bad += 1
            err.write(f"timeline tag: {source}:{number}: document {doc_id!r} not tagged: "
                      f"{type(exc).__name__}: {exc}\n")
            mentions = []
        timexes = [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
            for m in mentions
        ]
        out.write(json.dumps({"id": doc_id, "timexes": timexes}, ensure_ascii=False) + "\n")
    return bad


def tag_main(argv: list[str]) -> int:
    """Run ``timeline tag [FILE]``; exit code 1 if any line was bad, 2 if the file is unreadable.

    Example:
        $ echo '{"id": "a", "dct": "2024-04-26", "text": "Xi met Biden last year."}' | timeline tag
        {"id": "a", "timexes": [{"start": 13, "end": 22, "text": "last year", "type": "DATE", ...
    """
    parser = argparse.ArgumentParser(
        prog="timeline tag",
        description="Tag temporal expressions in JSON Lines documents {id, dct, text}.",
        epilog='Example: timeline tag docs.jsonl > timexes.jsonl',
    )
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines file (default: stdin)")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            bad = tag_lines(sys.stdin, sys.stdout, sys.stderr, "<stdin>")
        else:
            with open(args.file, encoding="utf-8") as handle:
                bad = tag_lines(handle, sys.stdout, sys.stderr, args.file)
    except OSError as exc:
        sys.stderr.write(f"timeline tag: cannot read {args.file}: {exc.strerror}\n")
        return 2
    except UnicodeDecodeError as exc:
        sys.stderr.write(f"timeline tag: {args.file} is not UTF-8 text: {exc.reason}\n")
        return 2
    sys.stdout.flush()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(tag_main(sys.argv[1:]))
