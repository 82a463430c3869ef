"""Articles per second of a whole `timeline run`, and of the same steps without Prefect.

Usage:
    python benchmarks/bench_run.py [FILE.jsonl ...] [--topic all] [--workers N]

The files are joined into one JSON Lines dump; then
1. `timeline run DUMP --db sqlite:///fresh.db` runs as a user would run it (a new process, Prefect's
   temporary server started and stopped, the schema created): start-up included;
2. the same pipeline functions (ingest -> build_events -> append) run in this process into
   another fresh SQLite file, timed per step (a large dump's extraction in two processes of this
   machine where it has two cores, as the flow does it).
The difference is the orchestration's share. Without files, every *.jsonl under tests/data is used.
Example (the Timeline17 collections of the evaluation data, about 1,200 articles):
    python benchmarks/bench_run.py ../shared/eval/tls/data/*/articles.jsonl --topic all
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMELINE = Path(sys.executable).with_name("timeline")


def join_dumps(paths: list[Path], out: Path) -> int:
    """Write every non-empty line of ``paths`` to ``out``; returns how many."""
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    fh.write(line + "\n")
                    count += 1
    return count


def time_cli(dump: Path, db: Path, topic: str, workers: int) -> float:
    """Seconds of one `timeline run` in a new process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    start = time.perf_counter()
    proc = subprocess.run(
        [str(TIMELINE), "run", str(dump), "--db", f"sqlite:///{db}", "--topic", topic,
         "--workers", str(workers)],
        capture_output=True, text=True, env=env, check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"timeline run failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    print(proc.stdout.strip())
    return elapsed


def time_functions(dump: Path, db: Path, topic: str) -> dict[str, float]:
    """Seconds of each pipeline step called directly, without Prefect."""
    steps: dict[str, float] = {}
    start = time.perf_counter()
    from db.engine import make_engine
    from db.store import append, ensure_schema, start_run
    from flows.runners import events_locally
    from summarize import DEFAULT_SUMMARIZER
    from timeline.events import combine_events, same_event
    from timeline.ingest import IngestOptions, iter_inputs
    from timeline.records import Article

    steps["imports"] = time.perf_counter() - start
    engine = make_engine(f"sqlite:///{db}")
    ensure_schema(engine)
    start = time.perf_counter()
    articles = [a for a in iter_inputs([str(dump)], IngestOptions()) if isinstance(a, Article)]
    steps["ingest"] = time.perf_counter() - start
    start = time.perf_counter()
    events, _ = events_locally(articles, topic, DEFAULT_SUMMARIZER)  # as the flow's find-events task
    steps["events"] = time.perf_counter() - start
    start = time.perf_counter()
    run_id = start_run(engine, trigger="manual", topic=topic, sources=[str(dump)], flow_run_id=None)
    append(engine, run_id, articles, events, topic=topic, same_event=same_event,
           combine=combine_events)
    steps["append"] = time.perf_counter() - start
    print(f"pipeline functions: {len(articles)} articles, {len(events)} events")
    return steps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--topic", default="all")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "tests" / "data").rglob("*.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "articles.jsonl"
        n = join_dumps(files, dump)
        cli = time_cli(dump, Path(tmp) / "cli.db", args.topic, args.workers)
        steps = time_functions(dump, Path(tmp) / "functions.db", args.topic)
    total = sum(steps.values())
    print("steps without Prefect: " + ", ".join(f"{k} {v:.2f}s" for k, v in steps.items()))
    print(f"orchestration share: {cli - total:.2f}s of {cli:.2f}s ({(cli - total) / cli:.0%})")
    print(f"bench_run: articles={n} cli_s={cli:.2f} cli_articles_per_s={n / cli:.1f} "
          f"functions_s={total:.2f} functions_articles_per_s={n / total:.1f} workers={args.workers}")


if __name__ == "__main__":
    main()
