"""Score the temporal tagger on TimeML documents (.tml): span, value and DATE-value F1.

Usage: python benchmarks/score_timex.py [DIR_OR_FILE ...] [--errors N]
Without a path it scores tests/data/temporal/heldout, the project's own blind set: news
articles dated 1988-2026, written and annotated by helper sessions that had not read the tagger.

The measures (strict and relaxed span F1, value F1, DATE value F1) are TempEval-3's, as
timeline.temporal.evaluation computes them.
The last line sums it up: timex: value_f1=... date_value_f1=... relaxed_f1=... strict_f1=...
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from timeline.temporal.evaluation import collect, score

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "temporal" / "heldout"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--errors", type=int, default=0, help="print up to N disagreements")
    args = ap.parse_args(argv)
    try:
        docs = collect(args.paths)
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"score_timex: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print("score_timex: no .tml documents found", file=sys.stderr)
        return 2
    s = score(docs, args.errors)
    print(f"documents={s['documents']} gold={s['gold']} predicted={s['predicted']}")
    print(f"timex: value_f1={s['value_f1']:.3f} date_value_f1={s['date_value_f1']:.3f} "
          f"relaxed_f1={s['relaxed_f1']:.3f} strict_f1={s['strict_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
