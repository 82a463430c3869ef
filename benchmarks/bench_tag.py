"""Benchmark the temporal tagger: documents/s and characters/s over a corpus.

Usage: python benchmarks/bench_tag.py [PATH ...] [--repeat N]
PATH may be a JSON Lines file ({"id", "dct", "text"}), a .txt file, a .tml (TimeML) file, or a
folder of those. Without PATH it uses tests/data. Prints one summary line.
Example: python benchmarks/bench_tag.py ../shared/eval/timex/data/timebank --repeat 3
"""

from __future__ import annotations

import argparse
import json
import time
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from timeline.temporal import tag

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data"


def _tml(path: Path) -> tuple[str, date | None]:
    """Text and creation date of a TimeML document."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME"), None)
    text_el = root.find("TEXT")
    text = "".join(text_el.itertext()) if text_el is not None else ""
    return text, date.fromisoformat(dct[:10]) if dct else None


def load(paths: list[Path]) -> list[tuple[str, date | None]]:
    """Documents (text, reference date) from files and folders."""
    docs: list[tuple[str, date | None]] = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".jsonl":
                for line in f.read_text(encoding="utf-8").splitlines():
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:
                        continue  # other tools' fixtures may hold deliberately broken lines
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        continue
                    dct = str(rec.get("dct") or rec.get("published") or "")[:10]
                    try:
                        ref = date.fromisoformat(dct) if dct else None
                    except ValueError:
                        ref = None
                    docs.append((rec["text"], ref))
            elif f.suffix == ".tml":
                docs.append(_tml(f))
            elif f.suffix == ".txt":
                try:
                    docs.append((f.read_text(encoding="utf-8"), None))
                except UnicodeDecodeError:
                    continue
    return docs


def main() -> None:
    """Time ``tag`` over the corpus and print docs/s and chars/s."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = load(args.paths)
    if not docs:
        raise SystemExit("no documents found")
    chars = sum(len(t) for t, _ in docs)
    best = float("inf")
    mentions = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        mentions = sum(len(tag(text, dct)) for text, dct in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"documents {len(docs)}, characters {chars}, mentions {mentions}, best of {args.repeat}: "
          f"{best:.3f}s, {len(docs) / best:.0f} docs/s, {chars / best / 1000:.0f} kchars/s")


if __name__ == "__main__":
    main()
