"""Ingestion over HTTP against a real server the test starts on 127.0.0.1."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import http_server
from timeline.ingest import IngestOptions, Skipped, iter_inputs
from timeline.records import Article, InputFailure

DATA = Path(__file__).parent / "data" / "ingest"
PAGE_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml"}


class Handler(BaseHTTPRequestHandler):
    """Serves tests/data/ingest plus routes that misbehave on purpose."""

    hits: ClassVar[Counter[str]] = Counter()
    user_agents: ClassVar[list[str]] = []
    etag = '"feed-v1"'
    last_modified = "Fri, 22 Dec 2023 08:00:00 GMT"

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def send(self, status: int, body: bytes = b"", content_type: str = "text/plain",
             headers: dict[str, str] | None = None) -> None:
        """Send a complete response."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """Route a GET request."""
        path = self.path
        type(self).hits[path] += 1
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        if path.startswith("/site/") or path == "/bomb.xml":
            name = "entity-bomb.xml" if path == "/bomb.xml" else path.removeprefix("/")
            body = (DATA / name).read_bytes().replace(b"{{BASE}}", base.encode())
            if path == "/site/feed.xml" and self.headers.get("If-None-Match") == self.etag:
                self.send(304)
                return
            headers = {"ETag": self.etag, "Last-Modified": self.last_modified}
            self.send(200, body, PAGE_TYPES[Path(path).suffix], headers)
        elif path == "/flaky":  # 500 on the first request, then the page
            if self.hits[path] == 1:
                self.send(500, b"try again")
            else:
                self.send(200, (DATA / "site" / "chips-page.html").read_bytes(), "text/html")
        elif path == "/always-500":
            self.send(503, b"down")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, b"too late")
        elif path in ("/loop-a", "/loop-b"):
            target = "/loop-b" if path == "/loop-a" else "/loop-a"
            self.send(302, headers={"Location": target})
        elif path.startswith("/chain/"):
            self.send(302, headers={"Location": f"/chain/{int(path.rsplit('/', 1)[1]) + 1}"})
        elif path == "/to-ftp":
            self.send(302, headers={"Location": "ftp://127.0.0.1/file.txt"})
        elif path == "/big-declared":
            self.send(200, b"x" * 5000, "text/plain")
        elif path == "/big-streamed":  # no Content-Length: the cap must apply while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"Tariff talks went on late into the night in Geneva, officials said.\n"
            for _ in range(200):
                self.wfile.write(chunk)
        elif path == "/not-xml-feed":
            self.send(200, b"<rss><channel><item>oops & broken", "application/rss+xml")
        elif path == "/latin1.txt":
            text = ("Négociateurs from both sides met in Genève on Tuesday, where the tariff "
                    "talks on steel and aluminium went on until late in the evening.")
            self.send(200, text.encode("latin-1"), "text/plain; charset=iso-8859-1")
        else:
            self.send(404, b"not found")


class QuietServer(ThreadingHTTPServer):
    """A threading server that does not print clients hanging up (timeouts, size caps)."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore the broken pipes the tests cause on purpose."""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 for the whole module."""
    with http_server(Handler, QuietServer) as base:
        yield base


def read_all(*sources: str, **options: object) -> list[Article | InputFailure | Skipped]:
    """Every item iter_inputs yields; quick retries so the suite stays fast."""
    settings: dict[str, object] = {"timeout": 0.5, "backoff": 0.01, **options}
    return list(iter_inputs(list(sources), IngestOptions(**settings)))  # type: ignore[arg-type]


def test_page_is_fetched_and_extracted(base_url: str) -> None:
    [article] = read_all(f"{base_url}/site/chips-page.html")
    assert isinstance(article, Article), article
    assert article.title == "Netherlands joins US curbs on chip machines"
    assert (article.published, article.published_source) == (date(2023, 6, 30), "metadata")
    assert article.url == article.source_id == f"{base_url}/site/chips-page.html"
    assert "deep ultraviolet" in article.text
    assert "cookies" not in article.text and "Most read" not in article.text
    assert Handler.user_agents[-1] == IngestOptions().user_agent


@pytest.mark.parametrize(
    ("path", "reason", "options"),
    [
        ("/missing", "http-404", {}),
        ("/always-500", "http-5xx", {"retries": 1}),
        ("/slow", "fetch-timeout", {"retries": 0}),
        ("/loop-a", "redirect-loop", {}),
        ("/chain/0", "too-many-redirects", {"max_redirects": 3}),
        ("/to-ftp", "scheme", {}),
        ("/big-declared", "too-large", {"max_bytes": 1000}),
        ("/big-streamed", "too-large", {"max_bytes": 1000}),
        ("/not-xml-feed", "not-xml", {}),
        ("/bomb.xml", "xml-entities", {}),
    ],
)
def test_bad_urls_fail_with_a_reason(base_url: str, path: str, reason: str,
                                     options: dict[str, object]) -> None:
    [item] = read_all(base_url + path, **options)
    assert isinstance(item, InputFailure), item
    assert (item.source, item.reason) == (base_url + path, reason)
    assert item.detail


def test_retries_count_and_timeout_is_bounded(base_url: str) -> None:
    before = Handler.hits["/always-500"]
    read_all(f"{base_url}/always-500", retries=2)
    assert Handler.hits["/always-500"] - before == 3
    started = time.monotonic()
    [item] = read_all(f"{base_url}/slow", retries=0)
    assert item.reason == "fetch-timeout"
    assert time.monotonic() - started < 1.4


def test_500_then_200_is_retried(base_url: str) -> None:
    [article] = read_all(f"{base_url}/flaky")
    assert isinstance(article, Article), article
    assert Handler.hits["/flaky"] == 2


def test_charset_from_the_content_type(base_url: str) -> None:
    [article] = read_all(f"{base_url}/latin1.txt")
    assert article.text.startswith("Négociateurs from both sides met in Genève")


def test_rss_feed_entries_fetched_or_taken_whole(base_url: str) -> None:
    items = read_all(f"{base_url}/site/feed.xml")
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    teaser, full = items
    # The entry's link is fetched (the feed only has a teaser); the entry's date is kept.
    assert teaser.source_id == f"{base_url}/site/entry-teaser.html"
    assert "theater commanders" in teaser.text
    assert (teaser.published, teaser.published_source) == (date(2023, 12, 21), "feed")
    # The second entry carries the whole article and no link: its text is used as is.
    assert full.source_id == "wire-2024-0117-visas"
    assert full.text.startswith("Chinese students are returning")
    assert "Fulbright" in full.text
    assert (full.published, full.published_source) == (date(2024, 1, 17), "feed")
    assert Handler.hits["/site/entry-teaser.html"] == 1


def test_atom_feed_with_a_broken_entry(base_url: str) -> None:
    items = read_all(f"{base_url}/site/atom.xml")
    assert isinstance(items[0], Article)
    assert (items[0].published, items[0].published_source) == (date(2023, 6, 30), "feed")
    assert isinstance(items[1], InputFailure)
    assert (items[1].source, items[1].reason) == (f"{base_url}/missing", "http-404")


def test_second_run_uses_conditional_requests_and_seen(base_url: str) -> None:
    cache: dict[str, dict[str, str]] = {}
    first = read_all(f"{base_url}/site/feed.xml", http_cache=cache)
    assert cache[f"{base_url}/site/feed.xml"] == {
        "etag": Handler.etag, "last_modified": Handler.last_modified}
    ingested = {a.source_id for a in first if isinstance(a, Article)}
    page_hits = Handler.hits["/site/entry-teaser.html"]
    second = read_all(f"{base_url}/site/feed.xml", f"{base_url}/site/entry-teaser.html",
                      http_cache=cache, seen=ingested.__contains__)
    assert [(type(i).__name__, i.reason) for i in second] == [
        ("Skipped", "not-modified"), ("Skipped", "seen")]
    assert Handler.hits["/site/entry-teaser.html"] == page_hits  # nothing fetched again


def test_feed_with_a_failed_entry_is_not_cached(base_url: str) -> None:
    cache: dict[str, dict[str, str]] = {}
    read_all(f"{base_url}/site/atom.xml", http_cache=cache)
    assert cache == {}


def test_same_url_twice_in_a_run_is_fetched_once(base_url: str) -> None:
    before = Handler.hits["/site/chips-page.html"]
    items = read_all(f"{base_url}/site/chips-page.html", f"{base_url}/site/chips-page.html",
                     f"{base_url}/site/atom.xml")
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Article", None), ("Skipped", "duplicate"), ("Skipped", "duplicate"),
        ("InputFailure", "http-404")]
    assert Handler.hits["/site/chips-page.html"] - before == 1


def test_local_feed_file_links_are_fetched(base_url: str, tmp_path: Path) -> None:
    feed = (DATA / "site" / "atom.xml").read_text().replace("{{BASE}}", base_url)
    (tmp_path / "wire.xml").write_text(feed)
    items = read_all(str(tmp_path / "wire.xml"))
    assert isinstance(items[0], Article) and items[0].published_source == "feed"
    assert items[1].reason == "http-404"


@pytest.mark.parametrize(("name", "reason"), [("entity-bomb.xml", "xml-entities"),
                                              ("not-a-feed.xml", "not-xml")])
def test_bad_feed_files(name: str, reason: str) -> None:
    [item] = read_all(str(DATA / name))
    assert (item.source, item.reason) == (str(DATA / name), reason)
