"""HTTP(S) downloads with httpx: timeouts, a size cap while streaming, retries, redirect limits.

Fetching returns bytes and headers; parsing happens elsewhere.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from timeline.ingest.discover import URL_SCHEMES
from timeline.ingest.errors import InputRejected
from timeline.ingest.options import IngestOptions

LOGGER = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 30.0  # seconds: a longer Retry-After is not worth waiting for in a batch job
_DEADLINE_FACTOR = 3  # a whole download may take this many times options.timeout


@dataclass(frozen=True)
class Fetched:
    """A downloaded resource (or a 304 answer to a conditional request)."""

    url: str  # the final URL, after redirects
    status: int  # 200-299, or 304 "not modified"
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def make_client(options: IngestOptions) -> httpx.Client:
    """An httpx client with the run's timeout and User-Agent; redirects are followed by hand."""
    return httpx.Client(
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=False,
    )


def check_scheme(url: str) -> None:
    """Raise InputRejected("scheme") unless ``url`` is http or https."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in URL_SCHEMES:
        raise InputRejected("scheme", f"'{scheme or 'no scheme'}' is not supported: only http(s)")


def _retry_wait(response: httpx.Response | None, attempt: int, options: IngestOptions) -> float:
    """Seconds to wait before the next attempt: Retry-After if given, else doubling backoff."""
    if response is not None and (value := response.headers.get("retry-after")):
        try:
            return min(float(value), _MAX_RETRY_AFTER)
        except ValueError:
            try:
                delay = parsedate_to_datetime(value).timestamp() - time.time()
                return min(max(delay, 0.0), _MAX_RETRY_AFTER)
            except (TypeError, ValueError):
                LOGGER.debug("unreadable Retry-After %r", value)
    return options.backoff * (2**attempt)


def _read_capped(response: httpx.Response, options: IngestOptions, started: float) -> bytes:
    """The body of a streamed response, refused past ``max_bytes`` or the download deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise InputRejected("too-large", f"Content-Length {declared}, cap {options.max_bytes}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise InputRejected("too-large", f"more than {options.max_bytes} bytes")
        if time.monotonic() - started > options.timeout * _DEADLINE_FACTOR:
            raise InputRejected("fetch-timeout", "the download took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def _status_failure(status: int, attempts: int) -> InputRejected:
    """The rejection for a final non-success HTTP status."""
    if status >= 500:
        return InputRejected("http-5xx", f"HTTP {status} after {attempts} attempt(s)")
    return InputRejected(f"http-{status}", f"HTTP {status}")


def _get_once(client: httpx.Client, url: str, headers: dict[str, str],
              options: IngestOptions) -> tuple[httpx.Response, bytes]:
    """One GET: the response and its body (empty for redirects, 304 and errors)."""
    started = time.monotonic()
    with client.stream("GET", url, headers=headers) as response:
        if 200 <= response.status_code < 300:
            return response, _read_capped(response, options, started)
        return response, b""


def _get(client: httpx.Client, url: str, headers: dict[str, str],
         options: IngestOptions) -> tuple[httpx.Response, bytes]:
    """GET with retries on timeouts, connection errors and transient statuses."""
    attempts = options.retries + 1
    for attempt in range(attempts):
        last = attempt == attempts - 1
        try:
            response, body = _get_once(client, url, headers, options)
        except httpx.TimeoutException as err:
            if last:
                raise InputRejected("fetch-timeout", f"no answer within {options.timeout} s "
                                    f"({attempts} attempt(s))") from err
            LOGGER.info("timeout on %s, retrying", url)
            time.sleep(_retry_wait(None, attempt, options))
            continue
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
            raise InputRejected("scheme", str(err)) from err
        except httpx.TransportError as err:
            if last:
                raise InputRejected("fetch-error", f"{type(err).__name__}: {err}") from err
            LOGGER.info("%s on %s, retrying", type(err).__name__, url)
            time.sleep(_retry_wait(None, attempt, options))
            continue
        if response.status_code in _TRANSIENT and not last:
            LOGGER.info("HTTP %s on %s, retrying", response.status_code, url)
            time.sleep(_retry_wait(response, attempt, options))
            continue
        if response.status_code >= 400:
            raise _status_failure(response.status_code, attempt + 1)
        return response, body
    raise AssertionError("unreachable: the last attempt returns or raises")


def fetch(client: httpx.Client, url: str, options: IngestOptions,
          validators: dict[str, str] | None = None) -> Fetched:
    """Download ``url``, raising InputRejected with a reason code on any failure.

    ``validators`` ({"etag", "last_modified"}) make the request conditional; a 304 answer comes
    back as ``Fetched(status=304)`` with no content.

    Example:
        >>> with make_client(IngestOptions()) as client:
        ...     fetch(client, "ftp://example.org/feed.xml", IngestOptions())
        Traceback (most recent call last):
        ...
        timeline.ingest.errors.InputRejected: scheme: 'ftp' is not supported: only http(s)
    """
    headers: dict[str, str] = {}
    if validators:
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
    visited = [url]
    current = url
    for _ in range(options.max_redirects + 1):
        check_scheme(current)
        response, body = _get(client, current, headers, options)
        if response.status_code in _REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise InputRejected("fetch-error", f"HTTP {response.status_code} without Location")
            target = urljoin(current, location)
            if target in visited:
                raise InputRejected("redirect-loop", " -> ".join([*visited, target]))
            visited.append(target)
            current = target
            continue
        if response.status_code == 304:
            return Fetched(url=current, status=304)
        return Fetched(
            url=current,
            status=response.status_code,
            content=body,
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
    raise InputRejected("too-many-redirects", f"more than {options.max_redirects}: "
                        + " -> ".join(visited))
