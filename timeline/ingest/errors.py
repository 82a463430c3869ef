"""Named exceptions of the ingestion layer.

Readers raise :class:`InputRejected` with a short reason code; :func:`timeline.ingest.iter_inputs`
turns it into an :class:`~timeline.records.InputFailure` and goes on with the next input.
"""

from __future__ import annotations

# Reason codes a failure can carry, with what each means (shown by ``timeline runs``).
REASONS: dict[str, str] = {
    "not-found": "the path or glob matched nothing",
    "scheme": "a URL scheme other than http/https",
    "unreadable": "the file exists but could not be read (permissions, I/O error)",
    "empty": "the input holds no text at all",
    "binary": "the input is binary data, not text",
    "encoding": "the bytes could not be decoded as text in any known encoding",
    "too-large": "the input is bigger than the size cap (max_bytes)",
    "no-article": "the page holds no article text (navigation, index or error page)",
    "no-text": "a JSON record without a usable text field",
    "bad-json": "a JSON / JSON Lines record that does not parse",
    "language": "the article is not in English",
    "not-xml": "a feed that is not well-formed XML",
    "not-feed": "XML that is neither RSS nor Atom",
    "xml-entities": "XML that declares entities (entity bomb guard): refused, never expanded",
    "unsupported": "content of a type the job cannot read",
    "fetch-timeout": "the server did not answer within the timeout",
    "fetch-error": "the connection failed (refused, DNS, TLS, protocol error)",
    "redirect-loop": "redirects that come back to a URL already visited",
    "too-many-redirects": "more redirects than max_redirects",
    "http-4xx": "the server answered with a client error other than 404 (http-403, http-410...)",
    "http-5xx": "the server kept answering with a server error after the retries",
}


class IngestError(Exception):
    """Base class of the ingestion layer's errors."""


class InputRejected(IngestError):
    """An input that cannot become an article; carries a reason code and a human detail."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
