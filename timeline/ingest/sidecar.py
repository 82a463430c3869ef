"""Metadata that travels with a file: ``article.meta.json`` next to it, or front matter."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from timeline.ingest.errors import InputRejected

SIDECAR_SUFFIX = ".meta.json"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


@dataclass(frozen=True)
class SideMeta:
    """What a sidecar or front matter says about an article."""

    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    author: str | None = None


def parse_published(value: object) -> date | None:
    """A date from "YYYY-MM-DD" or an ISO datetime string; None if it is neither.

    >>> parse_published("2024-04-26T09:30:00+08:00")
    datetime.date(2024, 4, 26)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()  # the date as written, not converted to UTC
    except ValueError:
        return None


def _meta_from_mapping(data: dict[str, object]) -> SideMeta:
    """SideMeta from a parsed mapping with keys id/url/title/published (or date)."""

    def text(key: str) -> str | None:
        value = data.get(key)
        return str(value).strip() or None if value is not None else None

    published = data.get("published", data.get("date"))
    return SideMeta(
        id=text("id"),
        url=text("url") or text("canonical_url"),
        title=text("title"),
        author=text("author"),
        published=parse_published(str(published)) if published is not None else None,
    )


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of ``path`` if one exists: ``x.meta.json`` or ``x.txt.meta.json``."""
    for candidate in (path.with_suffix(SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> SideMeta:
    """The sidecar metadata of ``path``, or an empty SideMeta when there is none."""
    found = sidecar_path(path)
    if found is None:
        return SideMeta()
    try:
        data = json.loads(found.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputRejected("bad-json", f"sidecar {found.name}: {err}") from err
    if not isinstance(data, dict):
        raise InputRejected("bad-json", f"sidecar {found.name} is not a JSON object")
    return _meta_from_mapping(data)


def split_front_matter(text: str) -> tuple[SideMeta, str]:
    """Front matter (``---`` / ``key: value`` lines / ``---``) at the top, and the rest.

    >>> meta, rest = split_front_matter("---\\ntitle: Chip rules\\npublished: 2023-10-17\\n---\\nBody")
    >>> (meta.title, meta.published.isoformat(), rest)
    ('Chip rules', '2023-10-17', 'Body')
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return SideMeta(), text
    data: dict[str, object] = {}
    for line in match.group("body").splitlines():
        pair = _KEY_VALUE.match(line)
        if pair:
            data[pair.group("key").lower()] = pair.group("value").strip("\"'")
    return _meta_from_mapping(data), text[match.end():]


def merge(first: SideMeta, second: SideMeta) -> SideMeta:
    """Fields of ``first``, filled in from ``second`` where ``first`` has none."""
    return SideMeta(
        id=first.id or second.id,
        url=first.url or second.url,
        title=first.title or second.title,
        published=first.published or second.published,
        author=first.author or second.author,
    )
