"""Articles per second of the pipeline functions, without Prefect.

Usage: python benchmarks/bench_pipeline.py [FILE.jsonl ...] [--topic all] [--summarizer lexrank]
Each JSON Lines row is {"id", "published": "YYYY-MM-DD", "text", "title"?}. Without files, every
*.jsonl under tests/data is used. Prints the time of each stage and articles/s overall.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from timeline import temporal
from timeline.events import events_from_candidates, extract_candidates, load_profile
from timeline.records import Article
from timeline.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def read_articles(paths: list[Path]) -> tuple[list[Article], int]:
    """Articles from JSON Lines files, and how many rows were skipped (bad JSON, no text)."""
    out: list[Article] = []
    skipped = 0
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                skipped += 1
                continue
            if not isinstance(row, dict) or not row.get("text"):
                skipped += 1
                continue
            published = row.get("published")
            try:
                date.fromisoformat(str(published)[:10]) if published else None
            except ValueError:
                skipped += 1
                continue
            out.append(Article(
                source_id=str(row.get("id", len(out))), text=row["text"], title=row.get("title"),
                published=date.fromisoformat(published[:10]) if published else None,
                published_source="jsonl" if published else "none",
            ))
    return out, skipped


def main() -> None:
    """Run the stages over the articles and print timings."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--topic", default="all")
    ap.add_argument("--summarizer", default="lexrank")
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "tests" / "data").rglob("*.jsonl"))
    articles, skipped = read_articles(files)
    profile = load_profile(args.topic)
    n = len(articles)

    t0 = time.perf_counter()
    sentences = [split_sentences(a.text) for a in articles]
    t1 = time.perf_counter()
    for article, sents in zip(articles, sentences, strict=True):
        try:
            temporal.tag(article.text, article.published, sents)
        except (ValueError, IndexError, KeyError, TypeError):
            pass  # counted below, by build_events
    t2 = time.perf_counter()
    failures: list[str] = []
    candidates, spans = extract_candidates(articles, profile, failures)
    t3 = time.perf_counter()
    events = events_from_candidates(candidates, spans, profile, summarizer=args.summarizer)
    t4 = time.perf_counter()

    print(f"articles: {n} from {len(files)} file(s) ({skipped} row(s) skipped); "
          f"topic {args.topic}; candidates: {len(candidates)}; events: {len(events)}")
    print(f"split_sentences alone: {t1 - t0:6.2f} s")
    print(f"temporal.tag alone:    {t2 - t1:6.2f} s")
    print(f"extract_candidates (split + tag + names + triggers): {t3 - t2:6.2f} s "
          f"({len(failures)} article(s) where the tagger failed)")
    print(f"events_from_candidates (merge + date + summarize + rank): {t4 - t3:6.2f} s")
    print(f"build_events total: {t4 - t2:6.2f} s")
    print(f"build_events: {n / max(t4 - t2, 1e-9):.1f} articles/s")


if __name__ == "__main__":
    main()
