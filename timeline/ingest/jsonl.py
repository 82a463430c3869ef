"""JSON Lines dumps and .json files of article records ``{"id", "published", "text", ...}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.ingest.errors import InputRejected
from timeline.ingest.sidecar import parse_published


@dataclass(frozen=True)
class RecordFields:
    """The fields of one article record, checked."""

    id: str | None
    text: str
    title: str | None
    url: str | None
    published: date | None
    html: bool = False  # True when the text is HTML that still needs extraction


def _optional_text(record: dict[str, object], key: str) -> str | None:
    """A non-empty string field of the record, or None."""
    value = record.get(key)
    if value is None:
        return None
    return str(value).strip() or None


def record_fields(record: object) -> RecordFields:
    """Check one decoded record, raising InputRejected("bad-json"/"no-text").

    >>> record_fields({"id": "a1", "published": "2024-05-14", "text": "Tariffs rose."}).published
    datetime.date(2024, 5, 14)
    """
    if not isinstance(record, dict):
        raise InputRejected("bad-json", f"a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    is_html = False
    if not (isinstance(text, str) and text.strip()) and isinstance(record.get("html"), str):
        text, is_html = record["html"], True
    if not isinstance(text, str) or not text.strip():
        raise InputRejected("no-text", "no 'text' string in the record")
    raw_id = record.get("id")
    return RecordFields(
        id=str(raw_id) if raw_id not in (None, "") else None,
        text=text if is_html else text.strip(),
        title=_optional_text(record, "title"),
        url=_optional_text(record, "url"),
        published=parse_published(record.get("published") or record.get("date")),
        html=is_html,
    )


def iter_jsonl(path: Path, max_bytes: int) -> Iterator[tuple[int, RecordFields | InputRejected]]:
    """(line number, record or rejection) for each non-blank line; reads one line at a time.

    A line longer than ``max_bytes`` is rejected as "too-large" without being held in memory.
    """
    with path.open("rb") as stream:
        number = 0
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = stream.readline(1 << 20)
                yield number, InputRejected("too-large", f"line longer than {max_bytes} bytes")
                continue
            if not line.strip():
                continue
            try:
                yield number, record_fields(json.loads(line.decode("utf-8-sig")))
            except UnicodeDecodeError as err:
                yield number, InputRejected("encoding", f"not UTF-8: {err.reason}")
            except json.JSONDecodeError as err:
                yield number, InputRejected("bad-json", f"{err.msg} (column {err.colno})")
            except InputRejected as err:
                yield number, err


def json_records(text: str) -> list[RecordFields | InputRejected]:
    """Records of a .json file: one object, a list of objects, or {"articles": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputRejected("bad-json", f"{err.msg} at line {err.lineno}") from err
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputRejected("empty", "an empty JSON list")
    found: list[RecordFields | InputRejected] = []
    for item in items:
        try:
            found.append(record_fields(item))
        except InputRejected as err:
            found.append(err)
    return found
