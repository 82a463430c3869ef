"""Scoring a temporal tagger against TimeML documents (.tml), as TempEval-3 defines it.

Used by ``benchmarks/score_timex.py`` and the held-out test. Each TIMEX3 inside <TEXT> is a gold
mention; the creation-time TIMEX3 gives the reference date. A predicted mention matches the gold
mention it overlaps most (one to one):
  strict span F1   same start and end
  relaxed span F1  any overlap
  value F1         overlap and the same value (case-insensitive)
  DATE value F1    the same, counting only mentions typed DATE on each side
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.temporal.tagger import tag


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Document:
    name: str
    dct: date
    text: str
    gold: list[Gold]


def read_tml(path: Path) -> Document:
    """The text of <TEXT>, its TIMEX3 mentions with offsets, and the creation date."""
    root = ET.parse(path).getroot()
    created = next((t.get("value") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), None)
    if not created:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument=CREATION_TIME")
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    gold: list[Gold] = []

    def visit(el: ET.Element) -> None:
        # the element's own text, its children, then each child's tail
        begin = sum(map(len, pieces))
        pieces.append(el.text or "")
        for child in el:
            visit(child)
            pieces.append(child.tail or "")
        if el.tag == "TIMEX3":
            end = sum(map(len, pieces))
            gold.append(Gold(begin, end, el.get("type", ""), el.get("value", ""), ""))

    visit(body)
    text = "".join(pieces)
    gold = [Gold(g.start, g.end, g.type, g.value, text[g.start:g.end]) for g in gold]
    return Document(path.stem, date.fromisoformat(created[:10]), text, gold)


def collect(paths: list[Path]) -> list[Document]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.tml")) if p.is_dir() else [p])
    return [read_tml(f) for f in files]


def pair(gold: list[Gold], predicted: list) -> list[tuple[Gold, object]]:
    """One-to-one pairs of overlapping mentions, the largest overlaps first."""
    overlaps = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            size = min(g.end, p.end) - max(g.start, p.start)
            if size > 0:
                overlaps.append((size, gi, pi))
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(overlaps, reverse=True):
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def f1(hits: int, n_pred: int, n_gold: int) -> float:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[Document], errors: int = 0, out=sys.stdout) -> dict[str, float]:
    n_gold = n_pred = strict = relaxed = value = 0
    d_gold = d_pred = d_value = 0
    shown = 0
    for doc in docs:
        predicted = tag(doc.text, doc.dct)
        n_gold += len(doc.gold)
        n_pred += len(predicted)
        d_gold += sum(g.type == "DATE" for g in doc.gold)
        d_pred += sum(p.type == "DATE" for p in predicted)
        pairs = pair(doc.gold, predicted)
        matched = {id(p) for _, p in pairs}
        for g, p in pairs:
            relaxed += 1
            strict += (g.start, g.end) == (p.start, p.end)
            same = g.value.strip().upper() == p.value.strip().upper()
            value += same
            d_value += same and g.type == "DATE" and p.type == "DATE"
            if not same and shown < errors:
                shown += 1
                print(f"{doc.name} dct={doc.dct} gold={g.text!r} {g.type} {g.value} "
                      f"got={p.text!r} {p.type} {p.value}", file=out)
        paired_gold = {id(g) for g, _ in pairs}
        for g in doc.gold:
            if id(g) not in paired_gold and shown < errors:
                shown += 1
                print(f"{doc.name} dct={doc.dct} gold={g.text!r} {g.type} {g.value} got=MISSED",
                      file=out)
        for p in predicted:
            if id(p) not in matched and shown < errors:
                shown += 1
                print(f"{doc.name} SPURIOUS {p.text!r} {p.type} {p.value}", file=out)
    return {
        "documents": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict_f1": f1(strict, n_pred, n_gold), "relaxed_f1": f1(relaxed, n_pred, n_gold),
        "value_f1": f1(value, n_pred, n_gold), "date_value_f1": f1(d_value, d_pred, d_gold),
    }
