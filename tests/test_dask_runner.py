"""Parallel event extraction: batches mapped on a real Dask LocalCluster, or on processes of this
machine, give the same events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flows.runners import LOCAL_MIN_BATCH, batches, extract_locally, merge_parts
from tests.conftest import DATA, run_timeline
from timeline.events import build_events, extract_candidates, load_profile
from timeline.events.build import extract_part
from timeline.records import Article

JSONL = [DATA / "ops" / "wire.jsonl", DATA / "ops" / "paper.jsonl", DATA / "ops" / "common.jsonl",
         DATA / "e2e" / "woodside.jsonl"]

# Templates for a larger batch of plausible reports (written for these tests).
VISITS = [
    ("Antony Blinken", "Wang Yi", "Beijing"), ("Janet Yellen", "He Lifeng", "Washington"),
    ("Gina Raimondo", "Wang Wentao", "Beijing"), ("Jake Sullivan", "Wang Yi", "Vienna"),
    ("Lloyd Austin", "Dong Jun", "Singapore"), ("Katherine Tai", "Wang Wentao", "Detroit"),
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _articles() -> list[Article]:
    out = []
    for path in JSONL:
        for line in path.read_text().splitlines():
            row = json.loads(line)
            out.append(Article(row["id"], row["text"], title=row.get("title"), url=row.get("url"),
                               published=date.fromisoformat(row["published"]),
                               published_source="jsonl"))
    return out


def generated_rows(n: int) -> list[dict]:
    """``n`` short reports of US-China meetings; pairs of them report the same meeting."""
    rows = []
    for i in range(n):
        us, cn, place = VISITS[(i // 2) % len(VISITS)]
        month, day, year = MONTHS[(i // 2) % len(MONTHS)], 3 + (i // 2) % 20, 2022 + (i // 12) % 3
        lead = (f"{us} met {cn} in {place} on {month} {day}, {year}, to discuss trade and security."
                if i % 2 == 0 else
                f"{cn} held talks with {us} in {place} on {month} {day}, {year}, officials said.")
        rows.append({"id": f"gen-{i}", "published": f"{year}-12-28",
                     "text": f"{lead}\n\nBoth sides described the meeting as candid, report {i} said."})
    return rows


@pytest.mark.parametrize(
    ("n", "workers", "min_batch", "sizes"),
    [
        (0, 4, 1, []),
        (10, 1, 1, [10]),
        (10, 4, 25, [10]),  # too few articles to be worth a second process
        (100, 4, 25, [25, 25, 25, 25]),
        (101, 4, 25, [26, 26, 26, 23]),
        (60, 8, 25, [30, 30]),
    ],
)
def test_batches_keep_order_and_size(n: int, workers: int, min_batch: int, sizes: list[int]) -> None:
    arts = [Article(str(i), f"text {i}") for i in range(n)]
    parts = batches(arts, workers, min_batch)
    assert [len(p) for p in parts] == sizes
    assert [a for p in parts for a in p] == arts


def test_merged_batches_equal_one_extraction() -> None:
    arts = _articles()
    profile = load_profile("us-china")
    parts = [extract_candidates(b, profile) for b in batches(arts, 3, min_batch=1)]
    assert len(parts) == 3
    assert merge_parts(parts) == extract_candidates(arts, profile)


def test_local_processes_give_one_extraction() -> None:
    """Batches extracted in spawned processes of this machine, joined: one extraction's result."""
    arts = _articles()
    candidates, spans, failed = extract_locally(arts, "us-china", processes=3, min_batch=2)
    assert candidates and failed == []
    assert (candidates, spans, failed) == extract_part(arts, "us-china")
    assert (candidates, spans) == extract_candidates(arts, load_profile("us-china"))


def test_a_large_batch_gives_the_events_of_one_process() -> None:
    """The flow's find-events step (its plain function) on a batch large enough for a second
    process gives what build_events gives in one."""
    from flows.pipeline import find_events

    rows = generated_rows(2 * LOCAL_MIN_BATCH + 10)
    arts = [Article(r["id"], r["text"], published=date.fromisoformat(r["published"]),
                    published_source="jsonl") for r in rows]
    events, untagged = find_events.fn(arts, "us-china", "lexrank")
    assert untagged == [] and len(events) >= 10
    assert events == build_events(arts, load_profile("us-china"))


def test_mapped_batch_on_a_dask_local_cluster(prefect_api: str) -> None:
    """A flow on a DaskTaskRunner (LocalCluster, 2 processes) maps extraction over batches."""
    from prefect import flow

    from flows.pipeline import find_events_parallel
    from flows.runners import task_runner

    arts = _articles()

    @flow(task_runner=task_runner(2))
    def parallel(articles: list[Article]) -> list:
        return find_events_parallel(articles, "us-china", "lexrank", workers=2, min_batch=2)

    events, untagged = parallel(arts)
    assert events and untagged == []
    assert events == build_events(arts, load_profile("us-china"))


def test_cli_workers_give_the_same_timeline(tmp_path: Path, prefect_api: str) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in generated_rows(60)))
    timelines = []
    for workers in ("1", "2"):
        db = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        proc = run_timeline("run", str(source), "--db", db, "--workers", workers,
                            api_url=prefect_api)
        assert proc.returncode == 0, proc.stderr
        query = run_timeline("query", "--db", db, "--format", "json")
        timelines.append(json.loads(query.stdout))
    assert len(timelines[0]) >= 10
    assert timelines[0] == timelines[1]
