"""Hourly runs over a folder whose files get edited: the `timeline` command through real Prefect
runs into real SQLite and PostgreSQL databases."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from db.engine import make_engine
from tests.conftest import DATA, run_timeline, timeline_json

OPS = DATA / "ops"
YELLEN = [json.loads(line) for line in (OPS / "paper.jsonl").read_text().splitlines()][1]
QIN_GANG = ("On Sunday, June 18, 2023, Blinken held talks in Beijing with Chinese Foreign Minister "
            "Qin Gang that lasted more than seven hours.")
LI_QIANG = ("On July 7, 2023, Yellen met Chinese Premier Li Qiang in Beijing and told him that "
            "Washington sought healthy economic competition with China.")


def _run(folder: Path, db: str, api_url: str) -> dict:
    return timeline_json("run", str(folder), "--db", db, api_url=api_url)


def _events(db: str) -> list[dict]:
    return timeline_json("query", "--db", db)


def _count(db: str, table: str) -> int:
    engine = make_engine(db)
    with engine.connect() as conn:
        n = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    engine.dispose()
    return int(n)


def test_edited_files_are_read_again_unchanged_ones_are_not(
    blank_db_url: str, prefect_api: str, tmp_path: Path
) -> None:
    db = blank_db_url
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dump = inbox / "dump.jsonl"
    shutil.copy(OPS / "wire.jsonl", dump)  # Raimondo (2023-08-28), Blinken (2023-06-19)
    note = inbox / "note.txt"  # a text file: its path is its id
    note.write_text(f"{YELLEN['title']}\n\n{YELLEN['text']}\n")

    first = _run(inbox, db, prefect_api)
    assert (first["files_new"], first["articles_new"]) == (2, 3)
    dates = {e["date"] for e in _events(db)}
    assert {"2023-06-19", "2023-07-08", "2023-08-28"} <= dates

    second = _run(inbox, db, prefect_api)
    assert (second["files_unchanged"], second["files_new"], second["files_changed"]) == (2, 0, 0)
    assert (second["articles_new"], second["events_added"], second["events_merged"]) == (0, 0, 0)
    before = _events(db)

    records = [json.loads(line) for line in dump.read_text().splitlines()]
    assert records[1]["id"] == "ops-wire-blinken"
    records[1]["text"] += "\n\n" + QIN_GANG  # the crawler rewrites the dump, one record fixed
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    with note.open("a") as out:  # an analyst adds a paragraph to the article
        out.write("\n" + LI_QIANG + "\n")

    third = _run(inbox, db, prefect_api)
    assert (third["files_changed"], third["files_unchanged"]) == (2, 0)
    assert third["articles_new"] == 2  # the fixed record and the edited note; Raimondo is seen
    after = _events(db)
    by_date = Counter(e["date"] for e in after)
    assert by_date["2023-06-18"] == 1 and by_date["2023-07-07"] == 1, by_date
    qin = next(e for e in after if e["date"] == "2023-06-18")
    assert "Qin Gang" in qin["actors"] and qin["sources"][0]["id"] == "ops-wire-blinken"
    li = next(e for e in after if e["date"] == "2023-07-07")
    assert li["sources"][0]["id"] == str(note)
    # The old events stay, once each, with the sources they had: no duplicates.
    assert all(n == 1 for n in by_date.values()), by_date
    old = {e["event_id"]: e["sources"] for e in before}
    assert {e["event_id"]: e["sources"] for e in after if e["event_id"] in old} == old
    assert _count(db, "articles") == 5
    assert _count(db, "event_sources") == sum(len(e["sources"]) for e in after)

    fourth = _run(inbox, db, prefect_api)
    assert (fourth["files_unchanged"], fourth["articles_new"], fourth["events_added"]) == (2, 0, 0)
    assert _events(db) == after
    runs = json.loads(run_timeline("runs", "--db", db, "--format", "json").stdout)
    assert [(r["files_new"], r["files_changed"], r["files_unchanged"]) for r in runs] == [
        (0, 0, 2), (0, 2, 0), (0, 0, 2), (2, 0, 0)]
    table = run_timeline("runs", "--db", db).stdout.splitlines()
    assert table[2].split()[:3] == [str(runs[0]["run_id"]), *runs[0]["started_at"][:19].split("T")]
    assert table[2].split()[-1] == "0/0/2"  # files new/changed/unchanged
