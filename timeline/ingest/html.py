"""HTML pages: main text, title, author, canonical URL and metadata date via trafilatura."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import trafilatura
from trafilatura.settings import Document

from timeline.ingest.errors import InputRejected
from timeline.ingest.sidecar import parse_published

LOGGER = logging.getLogger(__name__)

# htmldate options: publication (not modification) date, from the markup only. The opportunistic
# search through the text is off: a date read from the body would not be the page's metadata.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_MIN_TEXT_CHARS = 200  # less main text than this is a navigation or error page, not an article


@dataclass(frozen=True)
class HtmlArticle:
    """What trafilatura found in a page."""

    text: str
    title: str | None
    author: str | None
    url: str | None  # canonical URL when the page names one, else the URL it was fetched from
    published: date | None  # from the page's metadata (meta tags, JSON-LD, <time>, URL)


def _drop_title_line(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title (the page's <h1>)."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.strip()
    return text


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract the article of an HTML page, raising InputRejected("no-article") if there is none.

    >>> page = ("<html><head><title>Chip curbs widen</title>"
    ...         '<meta property="article:published_time" content="2023-10-17"></head><body>'
    ...         "<article><p>" + "Washington widened its export controls on chips. " * 6
    ...         + "</p></article></body></html>")
    >>> found = extract_html(page)
    >>> (found.title, found.published.isoformat())
    ('Chip curbs widen', '2023-10-17')
    """
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={**_DATE_PARAMS, "url": url},
        )
    except (ValueError, TypeError, AttributeError) as err:  # lxml/trafilatura on broken markup
        raise InputRejected("no-article", f"extraction failed: {err}") from err
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise InputRejected("no-article", "no main text found in the page")
    text = _drop_title_line(doc.text.strip(), doc.title)
    if len(text) < _MIN_TEXT_CHARS:
        raise InputRejected("no-article", f"only {len(text)} characters of main text")
    return HtmlArticle(
        text=text,
        title=(doc.title or "").strip() or None,
        author=(doc.author or "").strip() or None,
        url=(doc.url or "").strip() or url,
        published=parse_published(doc.date) if doc.date else None,
    )
