"""End to end: the `timeline` command through a real Prefect flow run into a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA, run_timeline, timeline_json

SEED = DATA / "seed" / "xi-blinken-beijing.txt"
FURNITURE = ("spot_img", "27.5 C", "Advertisement", "LATEST NEWS", "Popular Articles")


def _query(db: str, *extra: str) -> list[dict]:
    return timeline_json("query", "--db", db, *extra)


def _runs(db: str) -> list[dict]:
    return timeline_json("runs", "--db", db)


def _find(events: list[dict], date: str, *actors: str) -> dict:
    for e in events:
        if e["date"] == date and all(any(a in x for x in e["actors"]) for a in actors):
            return e
    raise AssertionError(f"no event on {date} with {actors}: {[(e['date'], e['actors']) for e in events]}")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> tuple[str, str]:
    db = f"sqlite:///{tmp_path_factory.mktemp('seed') / 'timeline.db'}"
    proc = run_timeline("run", str(SEED), "--published", "2024-04-26", "--topic", "us-china", "--db", db,
                        api_url=prefect_api)
    assert proc.returncode == 0, proc.stderr
    return db, proc.stdout + proc.stderr


def test_seed_biden_xi_meeting_is_november_2023(seed_db: tuple[str, str]) -> None:
    db, _ = seed_db
    event = _find(_query(db), "2023-11", "Biden", "Xi")
    assert event["precision"] == "month"
    assert "San Francisco" in (event["location"] or "")
    assert event["date_provenance"]["reference"] == "2024-04-26"
    assert event["date_provenance"]["reference_source"] == "override"
    assert event["sources"][0]["id"].endswith("xi-blinken-beijing.txt")


def test_seed_xi_receives_blinken_on_the_day(seed_db: tuple[str, str]) -> None:
    db, _ = seed_db
    event = _find(_query(db), "2024-04-26", "Xi", "Blinken")
    assert event["precision"] == "day"
    assert event["sources"] and event["sources"][0]["evidence"]


def test_seed_summaries_are_short_and_clean(seed_db: tuple[str, str]) -> None:
    db, run_output = seed_db
    events = _query(db)
    assert events
    text = json.dumps(events) + run_timeline("query", "--db", db).stdout + run_output
    for junk in FURNITURE:
        assert junk not in text
    for e in events:
        assert 0 < len(e["title"]) <= 120
        assert e["summary"].count(". ") <= 2 and len(e["summary"]) <= 600


def test_seed_second_run_adds_nothing(seed_db: tuple[str, str], prefect_api: str) -> None:
    db, _ = seed_db
    before = _query(db)
    proc = run_timeline("run", str(SEED), "--published", "2024-04-26", "--db", db, "--format", "json",
                        api_url=prefect_api)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["articles_new"], summary["events_added"], summary["events_merged"]) == (0, 0, 0)
    assert summary["articles_skipped"] == 1
    assert _query(db) == before


def test_without_published_the_page_date_line_is_the_reference(
    tmp_path: Path, prefect_api: str
) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    proc = run_timeline("run", str(SEED), "--db", db, api_url=prefect_api)
    assert proc.returncode == 0, proc.stderr
    events = _query(db)
    assert events
    for e in events:
        prov = e["date_provenance"]
        if prov["reference"] is not None:
            assert prov["reference"] == "2024-11-23"
            assert prov["reference_source"] == "page-date-line"
        assert e["sources"][0]["published_source"] == "page-date-line"


def test_two_articles_one_event_and_a_failed_input(tmp_path: Path, prefect_api: str) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    proc = run_timeline("run", str(DATA / "e2e" / "woodside.jsonl"), str(DATA / "e2e" / "empty.txt"),
                        str(DATA / "e2e" / "handelsstreit.txt"), "--db", db, api_url=prefect_api)
    assert proc.returncode == 1, proc.stderr
    assert "failed:" in proc.stderr and "empty.txt: empty" in proc.stderr
    assert "skipped:" in proc.stderr and "handelsstreit.txt: language" in proc.stderr
    assert "Traceback" not in proc.stderr
    meetings = [e for e in _query(db) if e["date"] == "2023-11-15"]
    assert len(meetings) == 1, meetings
    assert sorted(s["id"] for s in meetings[0]["sources"]) == ["paper-2", "wire-1"]
    [run] = _runs(db)
    assert run["state"] == "partial"
    assert run["articles_failed"] == 1
    assert [f["reason"] for f in run["failures"]] == ["empty"]
    assert run["failures"][0]["source"].endswith("empty.txt")
    assert [(s["source"].rsplit("/", 1)[-1], s["reason"]) for s in run["skipped"]] == [
        ("handelsstreit.txt", "language")
    ]


def test_query_formats_and_show(seed_db: tuple[str, str]) -> None:
    db, _ = seed_db
    events = _query(db)
    csv_out = run_timeline("query", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("event_id,date,precision,title")
    assert len(csv_out) == len(events) + 1
    jsonl = run_timeline("query", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["event_id"] for x in jsonl] == [e["event_id"] for e in events]
    top = _query(db, "--top", "1")
    assert len(top) == 1 and top[0]["salience"] == max(e["salience"] for e in events)
    show = run_timeline("show", str(events[0]["event_id"]), "--db", db)
    assert show.returncode == 0
    assert events[0]["sources"][0]["evidence"][:40] in show.stdout.replace("\n      ", " ")
