"""Read every source into Article records; every input that fails leaves an InputFailure."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from timeline.ingest.articles import (
    article_from_html,
    article_from_record,
    article_from_text,
    read_capped,
    sniff_kind,
)
from timeline.ingest.decode import charset_from_content_type, decode_bytes, looks_binary
from timeline.ingest.discover import Input, discover
from timeline.ingest.errors import InputRejected
from timeline.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from timeline.ingest.fetch import Fetched, fetch, make_client
from timeline.ingest.filestamps import FileLedger, FileStamp, FileStatus
from timeline.ingest.html import extract_html
from timeline.ingest.jsonl import iter_jsonl, json_records
from timeline.ingest.language import require_english
from timeline.ingest.options import IngestOptions, Skipped
from timeline.ingest.sidecar import SideMeta, read_sidecar
from timeline.records import Article, InputFailure

LOGGER = logging.getLogger(__name__)

Item = Article | InputFailure | Skipped


class _Run:
    """State of one ingestion run: options, what was already yielded, duplicate detection."""

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self.hashes: dict[str, str] = {}  # content hash -> origin of the first article
        self.urls: dict[str, str] = {}  # url -> origin of the first article
        self.requested: set[str] = set()  # URLs fetched in this run
        self.files_read: set[str] = set()  # absolute paths of the local files read in this run
        self._client: httpx.Client | None = None

    def was_seen(self, *keys: str | None) -> str | None:
        """The first key the caller's ``seen`` callback knows, if any."""
        if self.options.seen is None:
            return None
        for key in keys:
            if key and self.options.seen(key):
                return key
        return None

    def finish(self, article: Article, *, by_content: bool = False) -> Item:
        """Language check, override, seen and duplicate checks for a freshly read article.

        ``by_content``: the article comes from a local file that changed since it was read, so
        only its content hash counts as seen (an edited article keeps its path, id and URL).
        """
        try:
            require_english(article.text)
        except InputRejected as err:  # not a failure: the article is fine, just out of scope
            return Skipped(article.origin, err.reason, err.detail)
        if self.options.published is not None:
            article = replace(article, published=self.options.published,
                              published_source="override")
        digest = article.content_hash
        known = self.was_seen(digest) if by_content else self.was_seen(
            article.source_id, article.url, digest)
        if known:
            return Skipped(article.origin, "seen", f"already ingested: {known}")
        first = self.hashes.get(digest) or (self.urls.get(article.url) if article.url else None)
        if first is not None:
            return Skipped(article.origin, "duplicate", f"same article as {first}")
        self.hashes[digest] = article.origin
        if article.url:
            self.urls[article.url] = article.origin
        return article

    def read_file(self, path_text: str) -> Iterator[Item]:
        """Articles of one local file, unless it is unchanged since a run read it whole."""
        path = Path(path_text)
        key = FileLedger.key(path)
        if key in self.files_read:
            yield Skipped(path_text, "duplicate", "the file was already read in this run")
            return
        self.files_read.add(key)
        try:
            status, stamp = self.file_status(path)
        except OSError as err:
            yield InputFailure(path_text, "unreadable", err.strerror or str(err))
            return
        if status == "unchanged":
            yield Skipped(path_text, "unchanged", "the file has not changed since a run read it")
            return
        failed = False
        for item in self.read_file_content(path, path_text, by_content=status == "changed"):
            failed = failed or isinstance(item, InputFailure)
            yield item
        if stamp is not None and not failed and self.options.files is not None:
            # Remembered only when every article of it was read: a failed one is retried.
            self.options.files.read(path, stamp)

    def file_status(self, path: Path) -> tuple[FileStatus, FileStamp | None]:
        """New, changed or unchanged, and the file's stamp (None without a ledger, or too big)."""
        ledger = self.options.files
        if ledger is None:
            return "new", None
        if path.suffix.lower() != ".jsonl" and path.stat().st_size > self.options.max_bytes:
            return "new", None  # refused without reading below: nothing to hash or remember
        return ledger.check(path)

    def read_file_content(self, path: Path, path_text: str, *, by_content: bool) -> Iterator[Item]:
        """Articles of one local file (a dump gives many)."""
        if path.suffix.lower() == ".jsonl":
            yield from self.read_jsonl(path, path_text, by_content=by_content)
            return
        try:
            data = read_capped(path, self.options.max_bytes)
            if looks_binary(data):
                raise InputRejected("binary", "control bytes in the first 8 KB")
            kind = sniff_kind(data, path.suffix.lower())
            meta = read_sidecar(path)
            text = decode_bytes(data)
            if kind == "json":
                yield from self.read_json(text, path_text, by_content=by_content)
                return
            if kind == "feed":
                items = list(self.read_feed(data, path_text, by_content=by_content))
                yield from items
                return
            make = article_from_html if kind == "html" else article_from_text
            article = make(text, path_text, path_text, meta)
        except InputRejected as err:
            yield InputFailure(path_text, err.reason, err.detail)
            return
        yield self.finish(article, by_content=by_content)

    def read_jsonl(self, path: Path, path_text: str, *, by_content: bool = False) -> Iterator[Item]:
        """One article per line of a JSON Lines dump; each bad line is its own failure."""
        try:
            yield from self.from_records(
                ((f"{path_text}:{number}", found)
                 for number, found in iter_jsonl(path, self.options.max_bytes)),
                by_content=by_content,
            )
        except OSError as err:
            yield InputFailure(path_text, "unreadable", err.strerror or str(err))

    def read_json(self, text: str, path_text: str, *, by_content: bool = False) -> Iterator[Item]:
        """Articles of a .json file: one record or a list of them."""
        records = json_records(text)
        yield from self.from_records(
            ((path_text if len(records) == 1 else f"{path_text}[{number}]", found)
             for number, found in enumerate(records, start=1)),
            by_content=by_content,
        )

    def from_records(
        self, found: Iterable[tuple[str, Any]], *, by_content: bool = False
    ) -> Iterator[Item]:
        """Articles of parsed JSON records, each with its origin; a bad record is a failure."""
        for origin, record in found:
            if isinstance(record, InputRejected):
                yield InputFailure(origin, record.reason, record.detail)
                continue
            try:
                yield self.finish(article_from_record(record, origin, origin), by_content=by_content)
            except InputRejected as err:
                yield InputFailure(origin, err.reason, err.detail)

    @property
    def client(self) -> httpx.Client:
        """The run's HTTP client, opened on first use."""
        if self._client is None:
            self._client = make_client(self.options)
        return self._client

    def close(self) -> None:
        """Close the HTTP client if one was opened."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def read_feed(self, data: bytes, origin: str, *, by_content: bool = False) -> Iterator[Item]:
        """Articles of a feed's entries; raises InputRejected if the feed itself is unusable."""
        entries = parse_feed(data)
        if not entries:
            yield Skipped(origin, "empty-feed", "the feed has no entries")
        for number, entry in enumerate(entries, start=1):
            yield from self.read_entry(entry, f"{origin}#{number}", by_content=by_content)

    def read_entry(self, entry: FeedEntry, origin: str, *, by_content: bool = False) -> Iterator[Item]:
        """The article of one feed entry: its own text when full, else the page it links to.

        ``by_content`` (a changed local feed file): an entry with its full text is checked by
        content only; an entry that links to its page is still known by that link.
        """
        key = entry.link or entry.id
        if entry.link and entry.link in self.requested:
            yield Skipped(entry.link, "duplicate", "the URL was already read in this run")
            return
        by_content = by_content and entry.full and bool(entry.text)
        known = None if by_content else self.was_seen(entry.link, entry.id)
        if known:
            yield Skipped(entry.link or origin, "seen", f"already ingested: {known}")
            return
        try:
            if entry.full and entry.text:
                article = Article(source_id=key or origin, text=entry.text, title=entry.title,
                                  url=entry.link, origin=entry.link or origin)
            elif entry.link:
                article = self.article_from_url(entry.link)
                if entry.title and not article.title:
                    article = replace(article, title=entry.title)
            else:
                raise InputRejected("no-text", "a teaser entry without a link to its article")
        except InputRejected as err:
            yield InputFailure(entry.link or origin, err.reason, err.detail)
            return
        if entry.published is not None:
            article = replace(article, published=entry.published, published_source="feed")
        yield self.finish(article, by_content=by_content)

    def article_from_url(self, url: str) -> Article:
        """Fetch a page (not a feed) and extract its article."""
        self.requested.add(url)
        fetched = fetch(self.client, url, self.options)
        kind = self.content_kind(fetched)
        if kind == "feed":
            raise InputRejected("unsupported", "a feed where an article page was expected")
        return self.article_from_fetched(fetched, kind, url)

    @staticmethod
    def content_kind(fetched: Fetched) -> str:
        """"feed", "html", "json" or "text": by content first, then by Content-Type."""
        data = fetched.content
        if looks_binary(data):
            raise InputRejected("binary", f"binary content ({fetched.content_type})")
        if looks_like_feed(data):
            return "feed"
        media = (fetched.content_type or "").split(";")[0].strip().lower()
        if media in ("application/json", "application/ld+json"):
            return "json"
        if media == "text/plain":
            return "text"
        if media.endswith(("rss+xml", "atom+xml")) or (media.endswith("/xml") and
                                                       sniff_kind(data, "") == "feed"):
            return "feed"
        return sniff_kind(data, ".html" if "html" in media else "")

    def article_from_fetched(self, fetched: Fetched, kind: str, source: str) -> Article:
        """An Article from a downloaded page, plain text or JSON record."""
        text = decode_bytes(fetched.content, charset_from_content_type(fetched.content_type))
        meta = SideMeta(url=fetched.url)
        if kind == "text":
            return article_from_text(text, fetched.url, source, meta)
        if kind == "json":
            records = json_records(text)
            if len(records) != 1 or isinstance(records[0], InputRejected):
                raise InputRejected("unsupported", "a JSON URL must hold one article record")
            return article_from_record(records[0], fetched.url, source)
        found = extract_html(text, url=fetched.url)
        url = found.url or fetched.url
        return Article(
            source_id=url,
            text=found.text,
            title=found.title,
            url=url,
            published=found.published,
            published_source="metadata" if found.published else "none",
            origin=source,
            author=found.author,
        )

    def read_url(self, url: str) -> Iterator[Item]:
        """Articles of one URL: a page, or every entry of a feed (conditional request)."""
        if url in self.requested:
            yield Skipped(url, "duplicate", "the URL was already read in this run")
            return
        known = self.was_seen(url)
        if known:
            yield Skipped(url, "seen", "already ingested")
            return
        self.requested.add(url)
        cache = self.options.http_cache
        try:
            fetched = fetch(self.client, url, self.options, cache.get(url) if cache else None)
            if fetched.status == 304:
                yield Skipped(url, "not-modified", "the feed has not changed since the last run")
                return
            kind = self.content_kind(fetched)
            if kind != "feed":
                yield self.finish(self.article_from_fetched(fetched, kind, url))
                return
            items = list(self.read_feed(fetched.content, url))
        except InputRejected as err:
            yield InputFailure(url, err.reason, err.detail)
            return
        yield from items
        if cache is not None and not any(isinstance(i, InputFailure) for i in items):
            # Remember the validators only when every entry was read: a failed entry is retried.
            cache[url] = {k: v for k, v in (("etag", fetched.etag),
                                            ("last_modified", fetched.last_modified)) if v}

    def read(self, found: Input) -> Iterator[Item]:
        """Articles of one discovered input."""
        if found.is_url:
            yield from self.read_url(found.location)
        else:
            yield from self.read_file(found.location)


def iter_inputs(sources: Sequence[str], options: IngestOptions) -> Iterator[Item]:
    """Read ``sources`` (files, folders, globs, JSON Lines dumps, http(s) pages and feeds).

    Yields an :class:`~timeline.records.Article` for every article read, an
    :class:`~timeline.records.InputFailure` (source, reason code, detail) for every input that
    cannot become one, and a :class:`Skipped` for articles already ingested (``options.seen``),
    repeated within the run, feeds not modified since the last run, or local files unchanged
    since a run read them (``options.files``; a changed file is read again and its articles are
    then known by content hash only). Never raises for a bad input: the caller decides what
    failures mean.

    Example:
        >>> from pathlib import Path
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text(
        ...     "Washington and Beijing agreed on Tuesday to restart talks on fentanyl controls.")
        >>> [type(item).__name__ for item in iter_inputs([str(folder), "ftp://x/y"],
        ...                                              IngestOptions())]
        ['Article', 'InputFailure']
    """
    run = _Run(options)
    try:
        for found in discover(sources):
            if isinstance(found, Input):
                yield from run.read(found)
            else:
                source, err = found
                yield InputFailure(source, err.reason, err.detail)
    finally:
        run.close()
