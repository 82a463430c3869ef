"""Table-driven tests of the temporal tagger: sentence, reference date, expected mentions.

The table lives in tests/data/temporal/cases.tsv (one case a line, written for these tests).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag

CASES_FILE = Path(__file__).parent / "data" / "temporal" / "cases.tsv"


def _load_cases() -> list[tuple[str, date | None, list[tuple[str, str, str]]]]:
    """Parse the case table: sentence ("\\n" for a line break), reference date or "-",
    "text=TYPE:value | ..."."""
    cases = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, ref, *rest = line.split("\t")
        sentence = sentence.replace("\\n", "\n")
        expected = []
        for item in (rest[0] if rest else "").split("|"):
            item = item.strip()
            if not item:
                continue
            text, typed = item.rsplit("=", 1)
            typ, value = typed.split(":", 1)
            expected.append((text, typ, value))
        cases.append((sentence, None if ref == "-" else date.fromisoformat(ref), expected))
    return cases


CASES = _load_cases()


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("sentence", "dct", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_case(sentence: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    mentions = tag(sentence, dct)
    got = [(m.text, m.type, m.value) for m in mentions]
    assert got == expected
    for m in mentions:
        assert sentence[m.start:m.end] == m.text


def test_a_clock_does_not_take_a_day_across_a_paragraph() -> None:
    # a paragraph that ends on an hour and one that opens on a day word are two mentions
    text = "Cooling centers stay open until 6 p.m.\n\nTonight, lows near 80. He left at 11 tonight."
    got = [(m.text, m.value) for m in tag(text, date(2012, 7, 17))]
    assert got == [("6 p.m.", "2012-07-17T18:00"), ("Tonight", "2012-07-17TNI"),
                   ("11 tonight", "2012-07-17T23:00")]
