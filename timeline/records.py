"""Typed, frozen records passed between the stages of the timeline job.

The SQLModel table classes live in ``db/``; these records are what the pure functions in
``timeline/`` and ``summarize/`` take and return.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

# Where an article's publication date came from (``Article.published_source``).
PUBLISHED_SOURCES = (
    "override",  # --published on the command line
    "jsonl",  # the "published" field of a JSON Lines dump
    "sidecar",  # article.meta.json or front matter
    "metadata",  # HTML metadata (htmldate / trafilatura)
    "feed",  # the RSS/Atom entry's date
    "page-date-line",  # a lone date line at the top of a saved page: maybe not the publication date
    "none",  # nothing known
)


def content_hash(text: str) -> str:
    """Stable hash of an article's text, whitespace-normalized."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article ready for event extraction."""

    source_id: str  # the id it came with: JSON Lines id, else canonical URL, else file path
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: str = "none"  # one of PUBLISHED_SOURCES
    origin: str = ""  # the source (file, URL, dump line) it was read from, for messages
    author: str | None = None  # byline, when the page or sidecar names one

    @cached_property
    def content_hash(self) -> str:  # computed once: appends and merges ask for it often
        return content_hash(self.text)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not become an article, and why."""

    source: str  # path, URL or "file.jsonl:LINE"
    reason: str  # short code: empty, binary, encoding, too-large, no-article, language, fetch, ...
    detail: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TemporalMention:
    """A temporal expression found in text and normalized to a TIMEX3 value."""

    start: int  # character offset into the tagged text
    end: int  # end exclusive
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2024-04-26, 2023-11, 2023-Q4, PAST_REF, P5H, ...
    precision: str  # day, week, month, quarter, season, half, year, decade, century, time, ref, none
    # what it was resolved against: "absolute", "dct", "article-year", "weekday-year" (a year the
    # article told, in which the written date falls on its weekday), "fiscal" (a company's own
    # quarter of the reference's fiscal year), ...
    anchor: str = "dct"
    reference: date | None = None  # the reference date it was resolved against


@dataclass(frozen=True)
class EventCandidate:
    """A dated sentence that reports an event, before merging."""

    article: Article
    sentence: Sentence
    mention: TemporalMention
    actors: tuple[str, ...] = ()
    location: str | None = None
    trigger: str | None = None
    context: tuple[str, ...] = ()  # undated sentences about the same event (extra evidence)


@dataclass(frozen=True)
class EventSourceRecord:
    """One article's support for an event."""

    article: Article
    evidence: str  # the sentence that reports the event
    date_text: str  # the words the date came from
    date_value: str


@dataclass(frozen=True)
class Event:
    """A merged event ready to be written to the timeline."""

    key: str  # stable identity: derived from date and content, used for idempotent appends
    date_value: str
    precision: str
    date_start: date
    date_end: date
    date_text: str
    date_reference: date | None
    date_reference_source: str
    title: str
    summary: str
    actors: tuple[str, ...]
    location: str | None
    trigger: str | None
    salience: float
    sources: tuple[EventSourceRecord, ...] = field(default_factory=tuple)
    date_disagreement: str | None = None  # other dates that sources gave, if any
