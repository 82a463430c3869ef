"""RSS/Atom feeds: told apart from pages by content, guarded against entity bombs, parsed."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.entities import name2codepoint
from xml.etree.ElementTree import ParseError

import feedparser
import lxml.html
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring
from lxml.etree import ParserError

from timeline.ingest.errors import InputRejected

LOGGER = logging.getLogger(__name__)

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
FULL_CONTENT_WORDS = 150  # an entry with this much text is the article; shorter is a teaser
_PROLOG = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)*",
    re.DOTALL | re.IGNORECASE,
)
_ROOT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TEASER_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\]|read more|continue reading)\W*$", re.IGNORECASE)
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br")


@dataclass(frozen=True)
class FeedEntry:
    """One feed entry: where its article is, its date, and its text when the feed has it all."""

    link: str | None
    id: str | None
    title: str | None
    published: date | None
    text: str | None  # the entry's own text (content, else summary)
    full: bool  # True when ``text`` is the whole article, not a teaser


def root_name(data: bytes) -> str | None:
    """Local name of the first element after the XML prolog, lower-cased; None if no element."""
    head = data[:65536]
    prolog = _PROLOG.match(head)
    rest = head[prolog.end():] if prolog else head
    match = _ROOT.match(rest.lstrip())
    return match.group(2).decode("ascii", "replace").lower() if match else None


def looks_like_feed(data: bytes) -> bool:
    """True if the content is an RSS, RDF or Atom document (judged by its root element)."""
    return root_name(data) in FEED_ROOTS


def check_xml(data: bytes) -> None:
    """Raise InputRejected("xml-entities"/"not-xml") unless ``data`` is plain, safe XML.

    Entity declarations are refused before any parser sees them: nothing is ever expanded.
    """
    if _ENTITY_DECL.search(data[:65536]):
        raise InputRejected("xml-entities", "the document declares XML entities (refused)")
    try:
        safe_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise InputRejected("xml-entities", f"{type(err).__name__}: refused") from err
    except ParseError as err:
        raise InputRejected("not-xml", f"not well-formed XML: {err}") from err


def numeric_html_entities(data: bytes) -> bytes:
    """HTML named entities (``&nbsp;``, ``&eacute;``) as numeric references, valid in any XML.

    Many real feeds use HTML entity names that XML does not define.
    """

    def numeric(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("ascii")
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return f"&#{name2codepoint[name]};".encode("ascii")

    return _NAMED_ENTITY.sub(numeric, data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph a line."""
    if "<" not in fragment:
        return " ".join(fragment.split())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def parse_entry_date(raw: str | None, parsed: object) -> date | None:
    """The calendar date an entry was published, as written in the feed (not moved to UTC)."""
    if raw:
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw.strip()).date()
            except (TypeError, ValueError, IndexError):
                continue
    if parsed is not None and hasattr(parsed, "tm_year"):
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_text(entry: feedparser.FeedParserDict) -> str | None:
    """The longest text the entry carries: its content, else its summary."""
    texts = [html_to_text(part.get("value", "")) for part in entry.get("content", [])]
    texts.append(html_to_text(entry.get("summary", "")))
    best = max(texts, key=len)
    return best or None


def parse_feed(data: bytes) -> list[FeedEntry]:
    """Entries of an RSS/Atom document, raising InputRejected for unsafe or broken XML.

    >>> rss = (b'<rss version="2.0"><channel><title>T</title><item><title>Chips</title>'
    ...        b'<link>https://example.org/a</link><pubDate>Tue, 17 Oct 2023 21:00:00 -0400'
    ...        b'</pubDate><description>Teaser...</description></item></channel></rss>')
    >>> [(e.link, e.published.isoformat(), e.full) for e in parse_feed(rss)]
    [('https://example.org/a', '2023-10-17', False)]
    """
    try:
        check_xml(data)
    except InputRejected as err:
        if err.reason != "not-xml" or not _NAMED_ENTITY.search(data):
            raise
        data = numeric_html_entities(data)
        check_xml(data)
    if not looks_like_feed(data):
        raise InputRejected("not-feed", f"XML root <{root_name(data)}> is not RSS or Atom")
    parsed = feedparser.parse(data, resolve_relative_uris=True, sanitize_html=True)
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        text = _entry_text(entry)
        words = len(text.split()) if text else 0
        entries.append(
            FeedEntry(
                link=entry.get("link") or None,
                id=entry.get("id") or None,
                title=" ".join(entry.get("title", "").split()) or None,
                published=parse_entry_date(
                    entry.get("published") or entry.get("updated"),
                    entry.get("published_parsed") or entry.get("updated_parsed"),
                ),
                text=text,
                full=bool(text) and words >= FULL_CONTENT_WORDS
                and not _TEASER_END.search(text or ""),
            )
        )
    return entries
