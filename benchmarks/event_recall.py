"""Recall of dated and in-passing events on hand-checked US–China article sets.

Usage: python benchmarks/event_recall.py [NAME ...] [--topic us-china] [--misses]
NAME is a set under tests/data/events: NAME.jsonl ({"id", "published", "text", "title"} a line)
and NAME_expected.json ([{"id", "date", "actor", "kind": "dated"|"passing"}, ...]). Without
names, every set with an expectations file is measured. An expected event is found when an
event built from its article has that date value and that actor among its actors, compared as
an entity (``timeline.events.extract.same_actor``, the rule of tests/test_events_devset.py):
"US Treasury Department" is the profile's "US Treasury", "U.S. Navy" is "US Navy". ``--strict``
compares the strings. Prints one line per set and kind, then two total lines: by event (the
issue's measure: the rows of one article and date are one event, found when one of its actors
is; a set whose rows carry an "event" number groups by it, others by article and date) and by
row (every expected actor). ``--numbered`` measures only the sets whose rows all carry event numbers.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from timeline.events import build_events, load_profile
from timeline.events.extract import same_actor
from timeline.events.profiles import TopicProfile
from timeline.records import Article, Event

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "events"


def load_set(name: str) -> tuple[dict[str, Article], list[dict[str, str]]]:
    """The articles of a set by id, and its expected rows."""
    articles = {}
    for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            articles[row["id"]] = Article(
                row["id"], row["text"], row.get("title", ""),
                published=date.fromisoformat(row["published"]), published_source="jsonl",
            )
    expected = json.loads((DATA / f"{name}_expected.json").read_text("utf-8"))
    return articles, expected


def found(row: dict[str, str], events: list[Event], profile: TopicProfile | None = None) -> bool:
    """Whether an event has the row's date value and actor (strictly, without a profile)."""
    if profile is None:
        return any(e.date_value == row["date"] and row["actor"] in e.actors for e in events)
    return any(e.date_value == row["date"] and any(same_actor(row["actor"], a, profile)
                                                   for a in e.actors) for e in events)


def event_key(row: dict) -> tuple:
    """Which event a row belongs to: its article and its "event" number where the set gives one
    (exact), else its article and date (sets written before event numbers: two events dated the
    same day in one article count as one, so their by-event figure is an upper bound)."""
    if "event" in row:
        return row["id"], "event", row["event"]
    return row["id"], "date", row["date"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--topic", default="us-china")
    parser.add_argument("--misses", action="store_true", help="print every expected event not found")
    parser.add_argument("--strict", action="store_true", help="compare actor names as strings")
    parser.add_argument("--numbered", action="store_true",
                        help="only sets whose expected rows all carry an event number")
    args = parser.parse_args()
    names = args.names or sorted(p.name.removesuffix("_expected.json")
                                 for p in DATA.glob("*_expected.json"))
    if args.numbered:
        names = [n for n in names if all("event" in r for r in load_set(n)[1])]
    profile = load_profile(args.topic)
    totals = {"dated": [0, 0], "passing": [0, 0]}
    by_event = {"dated": [0, 0], "passing": [0, 0]}  # rows of one (article, date) are one event
    for name in names:
        articles, expected = load_set(name)
        events = {key: build_events([art], profile) for key, art in articles.items()}
        for kind in ("dated", "passing"):
            rows = [r for r in expected if r["kind"] == kind]
            missed = [r for r in rows
                      if not found(r, events[r["id"]], None if args.strict else profile)]
            hit = len(rows) - len(missed)
            totals[kind][0] += hit
            totals[kind][1] += len(rows)
            by_event[kind][0] += len({event_key(r) for r in rows if r not in missed})
            by_event[kind][1] += len({event_key(r) for r in rows})
            share = hit / len(rows) if rows else 0.0
            print(f"{name} {kind}: {hit}/{len(rows)} = {share:.2f}")
            if args.misses:
                for r in missed:
                    got = sorted({(e.date_value, ", ".join(e.actors)) for e in events[r["id"]]})
                    print(f"  missed {r['id']} {r['date']} {r['actor']}; events: {got}")
    events_line = " ".join(f"{kind}={hit}/{n}={hit / n if n else 0:.2f}"
                           for kind, (hit, n) in by_event.items())
    print(f"event_recall_by_event: sets={len(names)} {events_line}")
    line = " ".join(f"{kind}={hit}/{n}={hit / n if n else 0:.2f}" for kind, (hit, n) in totals.items())
    print(f"event_recall: sets={len(names)} {line}")


if __name__ == "__main__":
    main()
