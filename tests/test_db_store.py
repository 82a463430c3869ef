"""The timeline store on real SQLite files: idempotent appends, merges, queries, runs."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from db.engine import DatabaseConfigError, make_engine, resolve_url
from db.models import EventRow, EventSourceRow
from db.queries import EventFilter, EventNotFound, get_event, list_runs, query_events
from db.store import (
    DbHttpCache,
    append,
    ensure_schema,
    file_stamps,
    finish_run,
    known_hashes,
    record_failures,
    seen_checker,
    start_run,
)
from timeline.ingest.filestamps import FileStamp
from timeline.records import Article, Event, EventSourceRecord, InputFailure

A1 = Article(source_id="a1", text="Xi met Biden in Woodside on Wednesday.", url="https://x.test/a1",
             published=date(2023, 11, 16), published_source="jsonl")
A2 = Article(source_id="a2", text="Biden and Xi held talks near San Francisco on Wednesday.",
             published=date(2023, 11, 16), published_source="jsonl")
A3 = Article(source_id="a3", text="Blinken visited Beijing on Friday.", published=date(2024, 4, 26),
             published_source="override")


def make_event(key: str, article: Article, *, value: str = "2023-11-15", actors=("Joe Biden", "Xi Jinping"),
               title: str = "Biden meets Xi", salience: float = 1.0) -> Event:
    y, m, d = (int(x) for x in value.split("-"))
    return Event(
        key=key, date_value=value, precision="day", date_start=date(y, m, d), date_end=date(y, m, d),
        date_text="on Wednesday", date_reference=article.published,
        date_reference_source=article.published_source, title=title, summary=article.text,
        actors=tuple(actors), location="San Francisco", trigger="met", salience=salience,
        sources=(EventSourceRecord(article=article, evidence=article.text, date_text="on Wednesday",
                                   date_value=value),),
    )


def same_actors(a: Event, b: Event) -> bool:
    return a.date_value == b.date_value and bool(set(a.actors) & set(b.actors))


def union(old: Event, new: Event) -> Event:
    return dataclasses.replace(old, sources=old.sources + new.sources, salience=old.salience + new.salience)


@pytest.fixture
def engine(tmp_path: Path):
    eng = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    ensure_schema(eng)
    return eng


def _append(engine, run_id, articles, events, **stored):
    return append(engine, run_id, articles, events, topic="us-china", same_event=same_actors,
                  combine=union, **stored)


def test_same_input_twice_adds_nothing(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=["x"], flow_run_id=None)
    first = _append(engine, run, [A1], [make_event("k1", A1)])
    second = _append(engine, run, [A1], [make_event("k1", A1)])
    assert (first.articles_new, first.events_added, first.events_merged) == (1, 1, 0)
    assert (second.articles_new, second.events_added, second.events_merged) == (0, 0, 0)
    with Session(engine) as s:
        assert len(s.exec(select(EventRow)).all()) == 1
        assert len(s.exec(select(EventSourceRow)).all()) == 1


def test_two_articles_one_event_across_runs(engine) -> None:
    r1 = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, r1, [A1], [make_event("k1", A1)])
    r2 = start_run(engine, trigger="scheduled", topic="us-china", sources=[], flow_run_id=None)
    res = _append(engine, r2, [A2], [make_event("k2", A2, actors=("Xi Jinping",))])
    assert (res.events_added, res.events_merged) == (0, 1)
    events = query_events(engine, EventFilter())
    assert len(events) == 1
    assert sorted(s.id for s in events[0].sources) == ["a1", "a2"]
    assert events[0].salience == pytest.approx(2.0)


def test_different_events_stay_apart(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    res = _append(engine, run, [A1, A3], [
        make_event("k1", A1),
        make_event("k3", A3, value="2024-04-26", actors=("Antony Blinken",), title="Blinken visits Beijing"),
    ])
    assert res.events_added == 2
    assert [e.date for e in query_events(engine, EventFilter())] == ["2023-11-15", "2024-04-26"]


def test_schema_refuses_duplicate_source(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1], [make_event("k1", A1)])
    with Session(engine) as s:
        src = s.exec(select(EventSourceRow)).one()
        s.add(EventSourceRow(event_id=src.event_id, article_id=src.article_id, evidence=src.evidence,
                             evidence_hash=src.evidence_hash))
        with pytest.raises(IntegrityError):
            s.commit()


@pytest.mark.parametrize(
    ("flt", "expected_titles"),
    [
        (EventFilter(), ["Biden meets Xi", "Blinken visits Beijing"]),
        (EventFilter(date_from=date(2024, 1, 1)), ["Blinken visits Beijing"]),
        (EventFilter(date_to=date(2023, 12, 31)), ["Biden meets Xi"]),
        (EventFilter(actor="blinken"), ["Blinken visits Beijing"]),
        (EventFilter(text="beijing"), ["Blinken visits Beijing"]),
        (EventFilter(top=1), ["Blinken visits Beijing"]),
        (EventFilter(limit=1), ["Biden meets Xi"]),
        (EventFilter(top=2), ["Blinken visits Beijing", "Biden meets Xi"]),
    ],
)
def test_query_filters(engine, flt: EventFilter, expected_titles: list[str]) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1, A3], [
        make_event("k1", A1, salience=1.0),
        make_event("k3", A3, value="2024-04-26", actors=("Antony Blinken",), title="Blinken visits Beijing",
                   salience=5.0),
    ])
    assert [e.title for e in query_events(engine, flt)] == expected_titles


def test_show_and_missing_event(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1], [make_event("k1", A1)])
    event = get_event(engine, query_events(engine, EventFilter())[0].event_id)
    assert event.sources[0].evidence == A1.text
    assert event.date_reference == date(2023, 11, 16)
    with pytest.raises(EventNotFound):
        get_event(engine, 999)


def test_runs_record_counts_and_failures(engine) -> None:
    run = start_run(engine, trigger="scheduled", topic="us-china", sources=["a", "b"], flow_run_id="f")
    record_failures(engine, run, [InputFailure(source="b", reason="empty", detail="0 bytes")])
    finish_run(engine, run, state="partial", articles_seen=2, articles_failed=1)
    [report] = list_runs(engine)
    assert (report.run.state, report.run.trigger, report.run.articles_failed) == ("partial", "scheduled", 1)
    assert [(f.source, f.reason) for f in report.failures] == [("b", "empty")]


def test_seen_and_known_hashes(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1], [])
    seen = seen_checker(engine)
    assert seen("a1") and seen("https://x.test/a1") and seen(A1.content_hash)
    assert not seen("a2") and not seen(A2.content_hash)
    assert known_hashes(engine, [A1.content_hash, A2.content_hash]) == {A1.content_hash}


def test_file_stamps_are_stored_with_the_append_and_replaced(engine) -> None:
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    big = FileStamp(size=5_000_000_000, mtime_ns=1_795_834_534_627_102_686,
                    ctime_ns=1_795_834_534_627_102_686, sha256="a" * 64)
    racy = FileStamp(size=10, mtime_ns=None, ctime_ns=None, sha256="b" * 64)
    _append(engine, run, [A1], [], files={"/data/dump.jsonl": big, "/data/note.txt": racy})
    assert file_stamps(engine) == {"/data/dump.jsonl": big, "/data/note.txt": racy}
    edited = dataclasses.replace(racy, size=12, sha256="c" * 64)
    _append(engine, run, [], [], files={"/data/note.txt": edited})
    assert file_stamps(engine) == {"/data/dump.jsonl": big, "/data/note.txt": edited}


def test_edited_article_adds_only_its_new_sentences(engine) -> None:
    """A file read again after an edit: same source id, new content; old sentences add nothing."""
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1], [make_event("k1", A1)])
    edited = dataclasses.replace(A1, text=A1.text + " They talked for four hours.")
    old = make_event("k1", A1)
    same_sentence = dataclasses.replace(
        old, sources=(dataclasses.replace(old.sources[0], article=edited),))
    res = _append(engine, run, [edited], [same_sentence])
    assert (res.articles_new, res.events_added, res.events_merged) == (1, 0, 0)
    new_sentence = EventSourceRecord(article=edited, evidence="They talked for four hours.",
                                     date_text="on Wednesday", date_value="2023-11-15")
    res = _append(engine, run, [], [dataclasses.replace(same_sentence, sources=(new_sentence,))])
    assert res.events_merged == 1
    [event] = query_events(engine, EventFilter())
    assert [s.evidence for s in event.sources] == [A1.text, "They talked for four hours."]


def test_http_validators_are_stored_with_the_append(engine) -> None:
    cache = DbHttpCache(engine)
    cache["https://x.test/feed"] = {"etag": '"v2"'}
    assert "https://x.test/feed" not in DbHttpCache(engine)  # nothing stored while reading
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    _append(engine, run, [A1], [], validators=cache.changes())
    assert DbHttpCache(engine)["https://x.test/feed"] == {"etag": '"v2"'}
    del cache["https://x.test/feed"]
    _append(engine, run, [], [], validators=cache.changes())
    assert "https://x.test/feed" not in DbHttpCache(engine)


def test_http_cache_persists(engine) -> None:
    cache = DbHttpCache(engine)
    cache["https://x.test/feed"] = {"etag": '"abc"', "last_modified": "Wed, 01 May 2024 00:00:00 GMT"}
    cache.save()
    again = DbHttpCache(engine)
    assert again["https://x.test/feed"]["etag"] == '"abc"'


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://u@h/db", "sqlite:////no/such/folder/t.db"],
)
def test_bad_database_urls(url: str) -> None:
    with pytest.raises(DatabaseConfigError):
        ensure_schema(make_engine(url))


def test_default_url_from_env(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TIMELINE_DATABASE_URL", "sqlite:///env.db")
    assert resolve_url(None) == "sqlite:///env.db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.delenv("TIMELINE_DATABASE_URL")
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'timeline.db'}"
