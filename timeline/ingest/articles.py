"""Build Article records from one input's content: saved-page text, HTML, JSON records."""

from __future__ import annotations

from pathlib import Path

from timeline.ingest.errors import InputRejected
from timeline.ingest.html import extract_html
from timeline.ingest.jsonl import RecordFields
from timeline.ingest.plaintext import strip_page
from timeline.ingest.sidecar import SideMeta, merge, split_front_matter
from timeline.records import Article

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file, raising InputRejected("too-large") past the cap without reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRejected("too-large", f"{size} bytes, the cap is {max_bytes}")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as err:
        raise InputRejected("unreadable", err.strerror or str(err)) from err
    if len(data) > max_bytes:
        raise InputRejected("too-large", f"more than {max_bytes} bytes")
    return data


def sniff_kind(data: bytes, suffix: str) -> str:
    """"html", "feed", "json" or "text", from the file suffix, else from the first bytes."""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix == ".json":
        return "json"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):  # a page saved under another name
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if b"<body" in head:
        return "html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def article_from_text(text: str, source_id: str, origin: str, meta: SideMeta) -> Article:
    """An Article from saved-page text: furniture stripped, headline and date line kept."""
    front, body = split_front_matter(text)
    meta = merge(meta, front)
    page = strip_page(_unmark_headings(body))
    if not page.text:
        raise InputRejected("no-article", "nothing but page furniture")
    published, published_source = meta.published, "sidecar"
    if published is None and page.page_date is not None:
        published, published_source = page.page_date, "page-date-line"
    return Article(
        source_id=meta.id or meta.url or source_id,
        text=page.text,
        title=meta.title or page.title,
        url=meta.url,
        published=published,
        published_source=published_source if published else "none",
        origin=origin,
        author=meta.author,
    )


def _unmark_headings(text: str) -> str:
    """Markdown headings ("# Title") as plain lines."""
    return "\n".join(line.lstrip("#").strip() if line.startswith("#") else line
                     for line in text.splitlines())


def article_from_html(html: str, source_id: str, origin: str, meta: SideMeta) -> Article:
    """An Article from an HTML page; the sidecar's fields win over the page's metadata."""
    found = extract_html(html, url=meta.url)
    published, published_source = meta.published, "sidecar"
    if published is None and found.published is not None:
        published, published_source = found.published, "metadata"
    url = meta.url or found.url
    return Article(
        source_id=meta.id or url or source_id,
        text=found.text,
        title=meta.title or found.title,
        url=url,
        published=published,
        published_source=published_source if published else "none",
        origin=origin,
        author=meta.author or found.author,
    )


def article_from_record(record: RecordFields, fallback_id: str, origin: str) -> Article:
    """An Article from a JSON / JSON Lines record (its own "published" is source "jsonl")."""
    if record.html:
        found = extract_html(record.text, url=record.url)
        text, title, url = found.text, record.title or found.title, record.url or found.url
    else:
        text, title, url = record.text, record.title, record.url
    return Article(
        source_id=record.id or url or fallback_id,
        text=text,
        title=title,
        url=url,
        published=record.published,
        published_source="jsonl" if record.published else "none",
        origin=origin,
    )
