"""Bytes to text: BOM, declared charset, UTF-8, then charset detection; binary is refused."""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

from timeline.ingest.errors import InputRejected

LOGGER = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
# Control bytes that never occur in text (tab, newline, CR, form feed and ESC are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_SNIFF = 8192
_ASCII = bytes(range(128))


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _known(encoding: str | None) -> str | None:
    """The codec name if Python knows it, else None."""
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _bom(data: bytes) -> str | None:
    """The encoding a byte-order mark announces."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True if the first bytes hold NULs or many control bytes (and no BOM of a wide encoding)."""
    head = data[:_SNIFF]
    if _bom(head) in ("utf-16", "utf-32"):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    return controls > max(4, len(head) // 100)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names in the first bytes."""
    head = data[:_SNIFF]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _mostly_ascii(data: bytes) -> bool:
    """True if fewer than one byte in four is outside ASCII (Western text, not CJK/Cyrillic)."""
    head = data[:1_000_000]
    non_ascii = len(head.translate(None, delete=_ASCII))
    return non_ascii * 4 < len(head)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, raising InputRejected("empty"/"binary"/"encoding").

    Order: byte-order mark, the charset declared by the transport (``declared``), UTF-8,
    the charset the document declares itself, Windows-1252 for mostly-ASCII text (the web's
    Western default; charset_normalizer guesses poorly on short Western text), then
    charset_normalizer's guess.

    >>> decode_bytes("Tariffs on “café” imports rose".encode("cp1252"))
    'Tariffs on “café” imports rose'
    """
    if not data.strip():
        raise InputRejected("empty", "no bytes" if not data else "only whitespace")
    if looks_binary(data):
        raise InputRejected("binary", "control bytes in the first 8 KB")
    bom = _bom(data)
    if bom:
        return data.decode(bom, errors="replace")
    candidates = [_known(declared), "utf-8", _known(declared_charset(data))]
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            LOGGER.debug("not %s", encoding)
    if _mostly_ascii(data):
        try:
            # English text with a few accents or curly quotes: the web's Western default.
            return data.decode("cp1252")
        except UnicodeDecodeError:
            LOGGER.debug("not cp1252")
    guess = from_bytes(data[:1_000_000]).best()
    if guess is None or guess.encoding is None:
        raise InputRejected("encoding", "neither UTF-8 nor a detectable charset")
    try:
        return data.decode(guess.encoding)
    except UnicodeDecodeError as err:
        raise InputRejected("encoding", f"detected {guess.encoding} but {err.reason}") from err
