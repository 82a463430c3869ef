"""Parts of a saved news page that are not the article: reader comments and time stamps."""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "At 12:19 26th Apr 2009, Jim213 wrote:" (blog comments), "Added: Tuesday, 19 January, 2010,
# 18:32 GMT" (reader-submitted posts), "This comment was removed because ..."
_COMMENT_RE = re.compile(
    rf"\bAt \d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\.?)?,? (?:on )?\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? "
    rf"\d{{4}},? \S+(?: \S+)? wrote:"
    rf"|\bAdded: (?:\w+day, )?\d{{1,2}} {_MONTH},? \d{{4}}"
    r"|\bThis comment was removed because"
)
# "Page last updated at 08:58 GMT, Thursday, 24 June 2010", "Last updated at 14:59 GMT",
# "Mary Hockaday | 17:45 UK time, Wednesday, 29 April 2009", "Tue Aug 23, 2011 1:09 pm EDT"
_ZONE = r"(?:GMT|BST|UTC|UK time|EDT|EST|ET|CET)"
_STAMP_RE = re.compile(
    rf"(?:(?:Page )?[Ll]ast updated at |\| )?\d{{1,2}}:\d{{2}}(?:\s?[ap]m)? {_ZONE},? "
    rf"(?:\w+day,? )?\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}"
    rf"|(?:\w+day,? )?\d{{1,2}} {_MONTH},? \d{{4}},? (?:[Ll]ast updated at )?\d{{1,2}}:\d{{2}} {_ZONE}"
    rf"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) {_MONTH} \d{{1,2}}, \d{{4}},? \d{{1,2}}:\d{{2}}\s?[ap]m "
    rf"{_ZONE}"
    rf"|[Ll]ast updated at \d{{1,2}}:\d{{2}} {_ZONE}"
    # "By Markets Desk | October 16, 2024 7:05 AM GMT+2": a byline's stamp, after a bar
    rf"|(?<=\| ){_MONTH} \d{{1,2}},? \d{{4}},? (?:at )?\d{{1,2}}:\d{{2}}\s?[AaPp]\.?[Mm]\.?"
    rf"(?: {_ZONE}(?:[+-]\d{{1,2}})?)?"
)
# "Published March 25, 2024 at 7:00 a.m.", "Updated: 14 June 2022, 09:12": a page's own dates
# (capitalized, as page furniture is: "the report, published March 3" is news)
_PUBLISHED_RE = re.compile(
    rf"\b(?:Published|Updated|Posted|First published|Last updated|Last modified|PUBLISHED|UPDATED)"
    rf"(?: on)?:? (?:\w+day,? )?(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})"
    rf"(?:,? (?:at )?\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?(?: {_ZONE})?)?")
# "FOR IMMEDIATE RELEASE\nWednesday, January 25, 2023\n": a release's date on a line of its own
_DATE_LINE_RE = re.compile(
    rf"^[^\S\n]*(?:\w+day,?[^\S\n]+)?(?:{_MONTH}[^\S\n]+\d{{1,2}},?[^\S\n]+\d{{4}}|\d{{1,2}}[^\S\n]+{_MONTH},?"
    rf"[^\S\n]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})[^\S\n]*$", re.MULTILINE)
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}")
_STAMP_REACH = 50  # characters a stamp reaches on either side of its clock time


def comments_start(text: str) -> int:
    """Offset where the page's reader comments begin (``len(text)`` when it has none).

    Example:
        >>> comments_start("Flu spread. At 12:19 26th Apr 2009, Jim213 wrote: scary!")
        12
    """
    hit = _COMMENT_RE.search(text)
    return hit.start() if hit else len(text)


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page time stamps ("Last updated at 14:59 GMT", "Published March 25,
    2024 at 7:00 a.m."): dates of the page.

    Example:
        >>> stamp_spans("Page last updated at 08:58 GMT, Thursday, 24 June 2010 The well")
        [(0, 54)]
        >>> stamp_spans("FOR IMMEDIATE RELEASE\\nWednesday, January 25, 2023\\nCHICAGO - A man")
        [(22, 49)]
    """
    spans: list[tuple[int, int]] = []
    for clock in _CLOCK_RE.finditer(text):  # every stamp has a clock time: look only near one
        lo = max(0, clock.start() - _STAMP_REACH, spans[-1][1] if spans else 0)
        for m in _STAMP_RE.finditer(text, lo, min(len(text), clock.end() + _STAMP_REACH)):
            if m.start() <= clock.start() < m.end() and (not spans or m.start() >= spans[-1][1]):
                spans.append((m.start(), m.end()))
                break
    published = [(m.start(), m.end()) for m in (*_PUBLISHED_RE.finditer(text), *_DATE_LINE_RE.finditer(text))]
    if published:
        spans = sorted(spans + [p for p in published
                                if not any(s < p[1] and p[0] < e for s, e in spans)])
    return spans
