"""Tests of the temporal API: records, offsets, value_range, precision_of, the `timeline tag` contract."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.records import Sentence
from timeline.sentences import split_sentences
from timeline.temporal import precision_of, tag, value_range

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed" / "xi-blinken-beijing.txt").read_text(encoding="utf-8")
DOCS = DATA / "temporal" / "docs.jsonl"
TAG = [sys.executable, "-c",
       "import sys; from timeline.temporal.cli import tag_main; sys.exit(tag_main(sys.argv[1:]))"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11", (date(2023, 11, 1), date(2023, 11, 30))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-04-26", (date(2024, 4, 26), date(2024, 4, 26))),
        ("2024-04-26T10:00", (date(2024, 4, 26), date(2024, 4, 26))),
        ("2024-04-26TNI", (date(2024, 4, 26), date(2024, 4, 26))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023-Q4", (date(2023, 10, 1), date(2023, 12, 31))),
        ("2023-Q1", (date(2023, 1, 1), date(2023, 3, 31))),
        ("2023-H2", (date(2023, 7, 1), date(2023, 12, 31))),
        ("2023-SU", (date(2023, 6, 1), date(2023, 8, 31))),
        ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
        ("2024-W17", (date(2024, 4, 22), date(2024, 4, 28))),
        ("2024-W17-WE", (date(2024, 4, 27), date(2024, 4, 28))),
        ("199", (date(1990, 1, 1), date(1999, 12, 31))),
        ("19", (date(1900, 1, 1), date(1999, 12, 31))),
        ("PAST_REF", None),
        ("PRESENT_REF", None),
        ("P5Y", None),
        ("PT5H30M", None),
        ("XXXX-11", None),
        ("XXXX-WXX-5", None),
        ("2023-02-30", None),
        ("", None),
    ],
)
def test_value_range(value: str, expected: tuple[date, date] | None) -> None:
    assert value_range(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-26", "day"), ("2023-11", "month"), ("2023", "year"), ("2023-Q4", "quarter"),
        ("2023-H1", "half"), ("2023-SU", "season"), ("2024-W17", "week"), ("199", "decade"),
        ("19", "century"), ("2024-04-26T10:00", "time"), ("PAST_REF", "ref"),
        ("P5Y", "duration"), ("XXXX-11", "month"), ("XXXX", "year"), ("nonsense", "none"),
    ],
)
def test_precision_of(value: str, expected: str) -> None:
    assert precision_of(value) == expected


def test_seed_article_key_dates() -> None:
    mentions = {m.text: m for m in tag(SEED, date(2024, 4, 26))}
    assert mentions["last year"].value == "2023"
    assert mentions["November"].value == "2023-11"
    assert mentions["Friday"].value == "2024-04-26"
    assert mentions["November"].anchor == "dct"
    assert mentions["November"].reference == date(2024, 4, 26)
    assert mentions["November"].precision == "month"


def test_mentions_are_ordered_non_overlapping_and_offsets_match() -> None:
    mentions = tag(SEED, date(2024, 4, 26))
    assert mentions
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start
    for m in mentions:
        assert SEED[m.start:m.end] == m.text
        assert m.type in {"DATE", "TIME", "DURATION", "SET"}


def test_given_sentences_give_same_result_as_internal_split() -> None:
    sentences = split_sentences(SEED)
    assert all(isinstance(s, Sentence) for s in sentences)
    with_given = [(m.start, m.value) for m in tag(SEED, date(2024, 4, 26), sentences)]
    alone = [(m.start, m.value) for m in tag(SEED, date(2024, 4, 26))]
    assert with_given == alone


def test_live_page_entry_times_are_on_the_publication_day() -> None:
    """A clock time opening a paragraph before a dash stamps a live page's entry: it is on the
    publication day, not the day the entry before it talked about; "at 10 p.m." is not."""
    text = ("He was the only candidate in the May 8 vote.\n\n10:40 a.m. — Xi spoke.\n\n"
            "He was picked on May 8 and spoke at 10 p.m.")
    values = [m.value for m in tag(text, date(2022, 7, 1))]
    assert values == ["2022-05-08", "2022-07-01T10:40", "2022-05-08", "2022-05-08T22:00"]


def test_timeline_entries_in_the_historical_present_are_past_days() -> None:
    """"Feb. 21 - Biden signs an order" in a December timeline is the February before; the same
    words inside a sentence keep the nearest day."""
    text = ("Here are the key moments.\n\nFeb. 21 - Biden signs an order.\n\n"
            "Dec. 23 - Tai opens a probe.\n\nThe talks resume Feb. 21, officials say.")
    values = [m.value for m in tag(text, date(2024, 12, 27))]
    assert values == ["2024-02-21", "2024-12-23", "2025-02-21"]


def test_entries_of_a_list_of_what_comes_next_are_ahead() -> None:
    """After an entry dated ahead ("Next Tuesday: ..."), a list's entries in the present are
    ahead too ("Sept. 19: The window closes", written in August), as is one with a modal."""
    text = ("WHAT HAPPENS NEXT\n\nNext Tuesday: The department is scheduled to publish the order."
            "\n\nSept. 19: The window for appeals closes.\n\nJanuary: Mills may ask for a review.")
    values = [m.value for m in tag(text, date(2019, 8, 15))]
    assert values == ["2019-08-20", "2019-09-19", "2020-01"]


def test_entries_under_a_heading_of_what_is_to_come_are_ahead() -> None:
    """Weekday entries under "ON THE CALENDAR" are the coming days, though each is told in the
    present like a chronology's, or with no verb ("Saturday and Sunday: talks in Geneva"); under
    "HOW THE WEEK UNFOLDED" they are the days just gone."""
    entries = ("Saturday and Sunday: U.S.-China talks in Geneva.\n\n"
               "Monday: Markets get their first chance to react.\n\n"
               "Tuesday: U.S. consumer prices for April, 8:30 a.m. EDT.\n\n"
               "Thursday: Walmart reports quarterly results.")
    def days(heading: str) -> list[str]:
        return [m.value for m in tag(heading + "\n\n" + entries, date(2025, 5, 9))
                if m.text.endswith("day")]

    assert days("ON THE CALENDAR") == ["2025-05-10", "2025-05-11", "2025-05-12", "2025-05-13",
                                       "2025-05-15"]
    assert days("HOW THE WEEK UNFOLDED") == ["2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06",
                                             "2025-05-08"]


def test_entries_after_a_line_that_introduces_what_is_to_come_are_ahead() -> None:
    """A line ending in a colon that tells of what is coming ("What to watch early next year:")
    heads the entries after it like a heading in capitals; the list ends at the first line that
    opens no entry, and a chronology after an ordinary line stays behind."""
    text = ("What to watch early next year:\n\n"
            "Jan. 10: The Supreme Court hears the challenge.\n\n"
            "Early March: China's legislature meets and sets its growth target.\n\n"
            "Both capitals are waiting.\n\n"
            "Oct. 13: Taiwan's voters elect a new president.")
    values = [m.value for m in tag(text, date(2024, 12, 27))]
    assert values == ["2025", "2025-01-10", "2025-03", "2024-10-13"]
    plain = [m.value for m in tag("How the year went:\n\nJan. 10: The court hears the challenge.",
                                  date(2024, 12, 27))]
    assert plain == ["2024", "2024-01-10"]
    # a short title line of its own does the same ("Dates to watch"), and an entry after one
    # dated ahead is the next such day, not the nearest
    watch = ("Dates to watch\n\nJanuary 25: Markets in China close for the holiday.\n\n"
             "February 14: The deal takes effect.\n\nNovember 3: The presidential election.")
    assert [m.value for m in tag(watch, date(2020, 1, 17))] == ["2020-01-25", "2020-02-14", "2020-11-03"]


def test_entries_under_a_forecast_heading_are_the_coming_days() -> None:
    """A forecast box's entries ("WILMINGTON FORECAST  Wednesday: Scattered squalls, high 84")
    are the days ahead, with no verb to say so; under no heading they read as a chronology's."""
    entries = ("Wednesday: Scattered squalls, breezy, high 84.\n\n"
               "Thursday: Rain and wind, tapering by evening.\n\n"
               "Saturday and Sunday: Clearing, highs in the low 80s.")

    def days(heading: str) -> list[str]:
        return [m.value for m in tag(heading + entries, date(1992, 9, 15)) if m.text.endswith("day")]

    assert days("WILMINGTON FORECAST\n\n") == ["1992-09-16", "1992-09-17", "1992-09-19",
                                                "1992-09-20"]
    assert days("") == ["1992-09-09", "1992-09-10", "1992-09-12", "1992-09-13"]


def test_entries_after_a_forecast_for_tonight_are_the_coming_days() -> None:
    """A forecast whose first entries are the day it is told on ("Tonight: Blizzard conditions.")
    goes on ahead of it ("Wednesday morning: Heaviest snow continues", told on a Tuesday); the
    list ends at the first line that opens no entry."""
    text = ("This evening: Snow becomes heavy.\n\nTonight: Blizzard conditions.\n\n"
            "Wednesday morning: Heaviest snow continues.\n\nThursday: Sunny and cold.\n\n"
            "The storm began on Monday.\n\nSaturday: The first snow fell in the valley.")
    values = [m.value for m in tag(text, date(2011, 2, 1))]
    assert values == ["2011-02-01TEV", "2011-02-01TNI", "2011-02-02TMO", "2011-02-03", "2011-01-31",
                      "2011-01-29"]


def test_entries_of_a_list_of_key_dates_follow_the_dated_one() -> None:
    """A year-less entry after a full-dated one in a list of key dates is the first such day
    after it ("March 23, 1993: ...  March 30: ..." in a 2013 retrospective)."""
    text = ("KEY DATES\n\nMarch 23, 1993: Turbidity readings begin to climb.\n\n"
            "March 30: Pharmacies report shortages.\n\nApril 7: The mayor issues an advisory.")
    values = [m.value for m in tag(text, date(2013, 4, 5))]
    assert values == ["1993-03-23", "1993-03-30", "1993-04-07"]


def test_a_chronology_entry_after_a_deadline_ahead_is_still_the_recent_day() -> None:
    """In a chronology written Dec. 27, an entry "Dec. 23 - ..." after one that names a date
    ahead ("effective Jan. 1") is that Dec. 23, the nearest; a modal deep in an entry ("Microsoft
    said a group could ...") does not send it ahead."""
    text = ("Dec. 11 - The office raises tariffs, effective Jan. 1.\n\n"
            "Dec. 23 - Tai launches an investigation.\n\n"
            "Wednesday: Microsoft said a hacking group could disrupt communications.")
    values = [m.value for m in tag(text, date(2024, 12, 27))]
    assert values == ["2024-12-11", "2025-01-01", "2024-12-23", "2024-12-25"]


def test_a_heading_that_runs_into_the_next_line_is_no_timetable() -> None:
    """"What comes next" over a paragraph is a heading: "comes" does not make the paragraph's
    "on Tuesday" ahead."""
    text = ("The talks ended on Tuesday.\n\nWhat comes next\nIn Beijing on Tuesday, Foreign "
            "Minister Wang Yi told a symposium that ties had stopped falling.")
    values = [m.value for m in tag(text, date(2024, 1, 11))]
    assert values == ["2024-01-09", "2024-01-09"]


def test_entries_under_a_day_heading_are_on_that_day() -> None:
    """A police log's entries ("10:05 a.m. -- A caller reported ...") under a line that names a
    day ("SATURDAY, JULY 13") are on that day; a live page's entries with no such line stay on
    the publication day (see the test above)."""
    text = ("SATURDAY, JULY 13\n\n1:22 a.m. -- A driver was charged with driving while "
            "intoxicated. Police said his blood alcohol content was 0.13 percent.\n\n"
            "10:05 a.m. -- A caller reported a loose beagle near the carousel. An officer read "
            "its tag.\n\n4:40 p.m. -- A man reported that his bicycle was stolen. He had not "
            "locked it.")
    values = [m.value for m in tag(text, date(2019, 7, 15))]
    assert values == ["2019-07-13", "2019-07-13T01:22", "2019-07-13T10:05", "2019-07-13T16:40"]


def test_absolute_date_anchor_is_absolute() -> None:
    [m] = tag("The accord was signed on Aug. 7, 1998.", date(2024, 4, 26))
    assert (m.anchor, m.precision) == ("absolute", "day")


def test_offsets_survive_non_ascii_text() -> None:
    text = "Le président — « Xi » — met Biden on Friday, says Zhōngnánhǎi."
    [m] = tag(text, date(2024, 4, 26))
    assert text[m.start:m.end] == "Friday"


def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run the tag command for real in a subprocess."""
    return subprocess.run(TAG + args, check=False, input=stdin, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parent.parent)


def test_tag_contract_from_file() -> None:
    proc = _run([str(DOCS)])
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    docs = [json.loads(line) for line in DOCS.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [d["id"] for d in docs]
    for record, doc in zip(lines, docs):
        assert record["timexes"]
        for t in record["timexes"]:
            assert set(t) == {"start", "end", "text", "type", "value"}
            assert doc["text"][t["start"]:t["end"]] == t["text"]
    first = {t["text"]: t["value"] for t in lines[0]["timexes"]}
    assert first == {"Friday": "2024-04-26", "November": "2023-11", "next month": "2024-05"}


def test_tag_contract_from_stdin() -> None:
    line = json.dumps({"id": 7, "dct": "2024-04-26", "text": "They met yesterday."})
    proc = _run([], line + "\n")
    assert proc.returncode == 0
    record = json.loads(proc.stdout)
    assert record == {"id": "7", "timexes": [
        {"start": 9, "end": 18, "text": "yesterday", "type": "DATE", "value": "2024-04-25"}]}


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"dct": "2024-04-26", "text": "x"}', 'missing field "id"'),
        ('{"id": "a", "dct": "2024-04-26"}', '"text"'),
        ('{"id": "a", "dct": "26/04/2024", "text": "x"}', 'bad "dct"'),
        ('["a", "b"]', "not a JSON object"),
    ],
)
def test_tag_bad_lines_are_reported_and_others_kept(bad_line: str, message: str) -> None:
    good = json.dumps({"id": "ok", "dct": "2024-04-26", "text": "It ended today."})
    proc = _run([], f"{good}\n{bad_line}\n{good}\n")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "<stdin>:2" in proc.stderr and message in proc.stderr
    assert len(proc.stdout.splitlines()) == 2


def test_tag_missing_dct_finds_but_does_not_invent() -> None:
    line = json.dumps({"id": "n", "text": "They met in November."})
    proc = _run([], line + "\n")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["timexes"][0]["value"] == "XXXX-11"


def test_tag_unreadable_file_exit_code(tmp_path: Path) -> None:
    proc = _run([str(tmp_path / "missing.jsonl")])
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_tag_does_not_import_heavy_modules() -> None:
    code = ("import sys; import timeline.temporal.cli; "
            "print(sorted(m for m in ('prefect', 'sqlmodel', 'sqlalchemy', 'dateparser', 'syntok') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                          text=True, timeout=60)
    assert proc.stdout.strip() == "[]"


def test_text_whose_lower_case_is_longer_keeps_its_offsets() -> None:
    from datetime import date

    from timeline.temporal import tag

    text = "İstanbul talks ended on Monday."  # "İ" lower-cases to two characters
    (mention,) = tag(text, date(2024, 5, 2))
    assert text[mention.start:mention.end] == "Monday"
