"""The options of one ingestion run and the record of a skipped input."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from datetime import date

from timeline.ingest.filestamps import FileLedger


@dataclass(frozen=True)
class IngestOptions:
    """Options for :func:`timeline.ingest.iter_inputs`, one object for the whole run."""

    published: date | None = None  # --published override (published_source="override")
    timeout: float = 10.0  # seconds per connect/read; a whole download gets 3x this
    max_bytes: int = 10_000_000  # size cap per input; bigger -> failure "too-large"
    user_agent: str = "us-china-timeline/0.1 (+offline news timeline job)"
    max_redirects: int = 5
    retries: int = 2  # extra attempts on transient errors (timeouts, 429, 5xx, connect errors)
    seen: Callable[[str], bool] | None = None  # True if a URL / source id was already ingested
    http_cache: MutableMapping[str, dict[str, str]] | None = None  # url -> etag/last_modified
    files: FileLedger | None = None  # stamps of local files read before; filled with this run's
    backoff: float = 0.5  # first wait between retries in seconds, doubled each time


@dataclass(frozen=True)
class Skipped:
    """An input deliberately not turned into an article (already seen, duplicate, not modified)."""

    source: str
    reason: str  # "seen", "duplicate", "not-modified", "unchanged" (a local file), ...
    detail: str = ""
