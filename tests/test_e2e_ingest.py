"""Issue 4's acceptance as a user would try it: a folder of mixed good and bad files plus a feed
URL served from 127.0.0.1, through the `timeline` command and a real Prefect flow run."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import DATA, http_server, run_timeline

INGEST = DATA / "ingest"
GOOD = ["export-controls.md", "trade-war.html", "summit-saved.txt", "dump.jsonl", "tariffs-note.txt",
        "tariffs-note.meta.json"]
BAD = {"malformed-empty.txt": b"", "binary.txt": b"\x00\x01\x02\xff" * 200,
       "not-a-feed.xml": None, "entity-bomb.xml": None, "no-article.html": None}


class FeedServer(BaseHTTPRequestHandler):
    """Serves the feed and its pages, honouring If-None-Match."""

    hits: ClassVar[Counter[str]] = Counter()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        """Feed, pages, or 404."""
        type(self).hits[self.path] += 1
        path = INGEST / self.path.lstrip("/")
        if not self.path.startswith("/site/") or not path.is_file():
            self.send_response(404)
            self.end_headers()
            return
        if self.path.endswith(".xml") and self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        body = path.read_bytes().replace(b"{{BASE}}", f"http://{self.headers['Host']}".encode())
        self.send_response(200)
        kind = "application/rss+xml" if path.suffix == ".xml" else "text/html; charset=utf-8"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"v1"')
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def feed_url() -> Iterator[str]:
    with http_server(FeedServer) as base:
        yield f"{base}/site/feed.xml"


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(INGEST / name, folder / name)
    for name, content in BAD.items():
        if content is None:
            shutil.copy(INGEST / name, folder / name)
        else:
            (folder / name).write_bytes(content)
    return folder


def test_mixed_folder_and_feed(mixed_folder: Path, feed_url: str, prefect_api: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    first = run_timeline("run", str(mixed_folder), feed_url, "--db", db, "--topic", "all",
                         "--format", "json", api_url=prefect_api)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    summary = json.loads(first.stdout)
    failed = {Path(f["source"]).name: f["reason"] for f in summary["failures"]}
    assert failed == {"malformed-empty.txt": "empty", "binary.txt": "binary", "not-a-feed.xml": "not-xml",
                      "entity-bomb.xml": "xml-entities", "no-article.html": "no-article",
                      "dump.jsonl:4": "bad-json", "dump.jsonl:5": "no-text"}
    for name in failed:
        assert name in first.stderr
    assert summary["articles_new"] >= 8
    assert summary["events_added"] > 0

    events = json.loads(run_timeline("query", "--db", db, "--format", "json").stdout)
    by_source = {s["id"]: s for e in events for s in e["sources"]}
    kinds = {s["published_source"] for s in by_source.values()}
    assert {"jsonl", "feed", "sidecar"} <= kinds, kinds
    for e in events:
        prov = e["date_provenance"]
        if prov["reference_source"] != "none":
            assert prov["reference"] is not None

    pages_before = sum(n for p, n in FeedServer.hits.items() if p.endswith(".html"))
    second = run_timeline("run", str(mixed_folder), feed_url, "--db", db, "--topic", "all",
                          "--format", "json", api_url=prefect_api)
    again = json.loads(second.stdout)
    assert (again["articles_new"], again["events_added"], again["events_merged"]) == (0, 0, 0)
    assert sum(n for p, n in FeedServer.hits.items() if p.endswith(".html")) == pages_before
    assert json.loads(run_timeline("query", "--db", db, "--format", "json").stdout) == events
