"""Text saved from a web page: strip page furniture, keep the headline and the page's date line.

Saved pages carry what surrounded the article: weather widgets, a country picker, template
tokens, "- Advertisement -", section headers ("LATEST NEWS"), share and subscribe lines. The
rules here are about the shape of such lines, not about any one site:

- the article body starts at the first line that reads like prose (a sentence or a long line);
- above it, the last title-like line is the headline and a lone date line is the page's date;
  everything else up there is furniture;
- below the last prose line, short lines that are not sentences are furniture;
- anywhere, lines that are advertisements, widget tokens, share/subscribe prompts or
  all-capital section headers are furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_LINE = (
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,\s*|\s+)(?P<year>\d{{4}})$"),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})$"),
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A template token (spot_img, td_module_10), a number with a unit (27.5 C, 81°F, 12 km/h).
_WIDGET = re.compile(
    r"^(?:[a-z]+(?:_[a-z0-9]+)+|[-+]?\d+(?:[.,]\d+)?\s*°?\s*(?:[CFK]|km/h|mph|%|hPa)?)$"
)
_AD = re.compile(r"^[-–—•*\s]*(?:advertisements?|sponsored(?: content)?|ad|promoted)[-–—•*\s]*$", re.IGNORECASE)
_PROMPT = re.compile(
    r"^(?:share(?: this| on| via)?|tweet|pin it|email|print|subscribe|sign up|follow us|"
    r"read more|read also|see also|related|tags?|click here|comments?|leave a (?:reply|comment)|"
    r"load more|continue reading|download (?:our|the) app)\b",
    re.IGNORECASE,
)
_SHORT_WORDS = 12  # a line with fewer words and no sentence end is not prose


@dataclass(frozen=True)
class PlainPage:
    """The article found in a saved page."""

    text: str
    title: str | None
    page_date: date | None  # a lone date line at the top: the day the page shows, maybe a save date


def parse_date_line(line: str) -> date | None:
    """The date of a line that holds nothing but a date ("Saturday, November 23, 2024").

    >>> parse_date_line("Saturday, November 23, 2024")
    datetime.date(2024, 11, 23)
    """
    text = " ".join(line.split()).strip().lower()
    for pattern in _DATE_LINE:
        match = pattern.match(text)
        if not match:
            continue
        fields = match.groupdict()
        month = int(fields["nmonth"]) if fields.get("nmonth") else _MONTHS.get(fields["month"])
        if month is None:
            return None
        try:
            return date(int(fields["year"]), month, int(fields["day"]))
        except ValueError:
            return None
    return None


def _words(line: str) -> int:
    """Number of words (letters only) in a line."""
    return len(_WORD.findall(line))


def is_prose(line: str) -> bool:
    """True if the line reads like article text: a sentence, or long enough to be one."""
    words = _words(line)
    if words >= _SHORT_WORDS:
        return True
    return words >= 4 and bool(_SENTENCE_END.search(line))


def is_furniture(line: str) -> bool:
    """True for lines that are page furniture wherever they appear."""
    if _WIDGET.match(line) or _AD.match(line):
        return True
    if not is_prose(line) and _PROMPT.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    # An all-capital short line without sentence end: a section header ("LATEST NEWS").
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters)
        and _words(line) <= 6
        and not _SENTENCE_END.search(line)
    )


def _is_title(line: str) -> bool:
    """True if the line could be a headline: several words, not a date, not furniture."""
    return 3 <= _words(line) <= 30 and parse_date_line(line) is None and not is_furniture(line)


def _is_question_headline(lines: list[str], first: int, prose: list[int]) -> bool:
    """True if the first prose line is a short stand-alone headline ending in "?" or "!"."""
    line = lines[first]
    return (
        len(prose) > 1
        and line.endswith(("?", "!"))
        and _words(line) < _SHORT_WORDS
        and first + 1 < len(lines)
        and not lines[first + 1]
    )


def strip_page(text: str) -> PlainPage:
    """Split saved-page text into headline, page date and article body without furniture.

    >>> page = strip_page("spot_img\\nMonday, May 6, 2024\\n\\nTariffs rise again\\n\\n"
    ...                   "Washington raised tariffs on Chinese steel on Monday, officials said.\\n"
    ...                   "\\n- Advertisement -\\n\\nPOPULAR POSTS\\n")
    >>> (page.title, page.page_date.isoformat(), page.text)
    ('Tariffs rise again', '2024-05-06', 'Washington raised tariffs on Chinese steel on Monday, officials said.')
    """
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    nonblank = [i for i, line in enumerate(lines) if line]
    prose = [i for i in nonblank if is_prose(lines[i]) and not is_furniture(lines[i])]
    if not prose:
        kept = [lines[i] for i in nonblank if not is_furniture(lines[i])]
        return PlainPage(text="\n".join(kept), title=None, page_date=None)
    first, last = prose[0], prose[-1]
    if _is_question_headline(lines, first, prose):
        first = prose[1]
    title: str | None = None
    page_date: date | None = None
    for i in nonblank:
        if i >= first:
            break
        found = parse_date_line(lines[i])
        if found is not None and page_date is None:
            page_date = found
        elif _is_title(lines[i]):
            title = lines[i]
    body: list[str] = []
    for i in range(first, last + 1):
        line = lines[i]
        if not line:
            if body and body[-1]:
                body.append("")
        elif not is_furniture(line):
            body.append(line)
    return PlainPage(text="\n".join(body).strip(), title=title, page_date=page_date)
