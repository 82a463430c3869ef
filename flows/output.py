"""Printing events and runs as a table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Sequence
from typing import Any

from db.models import EventRead
from db.queries import RunReport

FORMATS = ("table", "json", "jsonl", "csv")


def event_dict(event: EventRead) -> dict[str, Any]:
    """The JSON contract of an event (DESIGN.md), plus its date provenance."""
    return {
        "event_id": event.event_id,
        "date": event.date,
        "precision": event.precision,
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "title": event.title,
        "summary": event.summary,
        "actors": list(event.actors),
        "location": event.location,
        "trigger": event.trigger,
        "salience": round(event.salience, 4),
        "date_provenance": {
            "text": event.date_text,
            "reference": event.date_reference.isoformat() if event.date_reference else None,
            "reference_source": event.date_reference_source,
            "disagreement": event.date_disagreement,
        },
        "sources": [
            {
                "id": s.id,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "published_source": s.published_source,
                "title": s.title,
                "evidence": s.evidence,
            }
            for s in event.sources
        ],
    }


def _as_json(items: list[dict[str, Any]], fmt: str) -> str:
    """A JSON array (``json``) or one JSON object a line (``jsonl``)."""
    if fmt == "json":
        return json.dumps(items, ensure_ascii=False, indent=2)
    return "\n".join(json.dumps(item, ensure_ascii=False) for item in items)


def _as_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with a header line."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().rstrip("\n")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    """A plain-text table; the last column wraps to the terminal width."""
    term = shutil.get_terminal_size((120, 24)).columns
    fixed = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fixed = [min(f, w) for f, w in zip(fixed, widths, strict=True)]
    last = max(30, term - sum(fixed[:-1]) - 2 * (len(headers) - 1))
    fixed[-1] = min(fixed[-1], last)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, fixed, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in fixed))
    for row in rows:
        cells = [c if len(c) <= w else c[: max(w - 1, 1)] + "…" for c, w in zip(row[:-1], fixed, strict=False)]
        wrapped = textwrap.wrap(row[-1], fixed[-1]) or [""]
        out.append("  ".join(c.ljust(w) for c, w in zip([*cells, wrapped[0]], fixed, strict=True)).rstrip())
        pad = "  ".join(" " * w for w in fixed[:-1])
        out.extend(f"{pad}  {line}" for line in wrapped[1:])
    return "\n".join(out)


def _title_and_summary(event: EventRead) -> str:
    """The title, then the summary unless the title is only its beginning."""
    head = event.title.rstrip("…. ")
    if event.summary.startswith(head):
        return event.summary
    return f"{event.title}: {event.summary}"


def format_events(events: Sequence[EventRead], fmt: str) -> str:
    """Render events in one of FORMATS."""
    if fmt in ("json", "jsonl"):
        return _as_json([event_dict(e) for e in events], fmt)
    if fmt == "csv":
        return _as_csv(
            ["event_id", "date", "precision", "title", "summary", "actors", "location", "sources",
             "date_text", "date_reference", "date_reference_source"],
            [
                [e.event_id, e.date, e.precision, e.title, e.summary, "; ".join(e.actors),
                 e.location or "", len(e.sources), e.date_text,
                 e.date_reference.isoformat() if e.date_reference else "", e.date_reference_source]
                for e in events
            ],
        )
    if not events:
        return "(no events)"
    rows = [
        [str(e.event_id), e.date, ", ".join(e.actors[:3]) + ("…" if len(e.actors) > 3 else ""),
         str(len(e.sources)), _title_and_summary(e)]
        for e in events
    ]
    return _table(["id", "date", "actors", "src", "event"], rows, [6, 16, 30, 3, 200])


def format_event_detail(event: EventRead, fmt: str) -> str:
    """One event with every source and evidence sentence."""
    if fmt in ("json", "jsonl"):
        return json.dumps(event_dict(event), ensure_ascii=False, indent=2 if fmt == "json" else None)
    d = event_dict(event)
    prov = d["date_provenance"]
    lines = [
        f"Event {event.event_id}: {event.title}",
        f"  date:      {event.date} ({event.precision}; {event.date_start} .. {event.date_end})",
        (
            f"  from:      \"{prov['text']}\" resolved against {prov['reference'] or 'nothing'}"
            f" ({prov['reference_source']})"
        ),
    ]
    if prov["disagreement"]:
        lines.append(f"  sources disagree: {prov['disagreement']}")
    lines += [
        f"  actors:    {', '.join(event.actors) or '-'}",
        f"  location:  {event.location or '-'}",
        f"  salience:  {event.salience:.3f}",
        f"  summary:   {event.summary}",
        f"  sources ({len(event.sources)}):",
    ]
    for s in event.sources:
        pub = f"{s.published} ({s.published_source})" if s.published else "no date"
        lines.append(f"  - {s.id}  [{pub}]")
        lines.extend("      " + line for line in textwrap.wrap(f"“{s.evidence}”", 100))
    return "\n".join(lines)


def run_dict(report: RunReport) -> dict[str, Any]:
    """A run as JSON."""
    r = report.run
    return {
        "run_id": r.id,
        "state": r.state,
        "trigger": r.trigger,
        "flow_run_id": r.flow_run_id or None,
        "started_at": r.started_at.isoformat(timespec="seconds"),
        "finished_at": r.finished_at.isoformat(timespec="seconds") if r.finished_at else None,
        "topic": r.topic,
        "sources": list(r.sources),
        "articles_seen": r.articles_seen,
        "articles_new": r.articles_new,
        "articles_skipped": r.articles_skipped,
        "articles_failed": r.articles_failed,
        "events_added": r.events_added,
        "events_merged": r.events_merged,
        "files_new": r.files_new,
        "files_changed": r.files_changed,
        "files_unchanged": r.files_unchanged,
        "host": r.host,
        "pid": r.pid,
        "heartbeat_at": r.heartbeat_at.isoformat(timespec="seconds") if r.heartbeat_at else None,
        "error": r.error,
        "failures": [
            {"source": f.source, "reason": f.reason, "detail": f.detail}
            for f in report.failures
            if f.kind == "failed"
        ],
        "skipped": [
            {"source": f.source, "reason": f.reason, "detail": f.detail}
            for f in report.failures
            if f.kind != "failed"
        ],
    }


def format_runs(reports: Sequence[RunReport], fmt: str, show_failures: bool = True) -> str:
    """Render the run history."""
    if fmt in ("json", "jsonl"):
        return _as_json([run_dict(r) for r in reports], fmt)
    if fmt == "csv":
        dicts = [run_dict(r) for r in reports]
        keys = [k for k in dicts[0] if k not in ("failures", "skipped", "sources")] if dicts else []
        return _as_csv(keys, [[d[k] for k in keys] for d in dicts])
    if not reports:
        return "(no runs yet)"
    rows = []
    for rep in reports:
        r = rep.run
        rows.append(
            [str(r.id), f"{r.started_at:%Y-%m-%d %H:%M:%S}", r.trigger, r.state,
             f"{r.articles_seen}/{r.articles_new}/{r.articles_skipped}/{r.articles_failed}",
             f"{r.events_added}/{r.events_merged}",
             f"{r.files_new}/{r.files_changed}/{r.files_unchanged}", r.error or ""]
        )
    text = _table(
        ["run", "started (UTC)", "trigger", "state", "articles seen/new/skip/fail", "events add/merge",
         "files new/chg/same", "error"],
        rows,
        [5, 19, 9, 11, 27, 16, 18, 60],
    )
    if show_failures:
        for rep in reports:
            for f in rep.failures:
                text += f"\n  run {rep.run.id} {f.kind}: {f.source}: {f.reason}"
                text += f" ({f.detail})" if f.detail else ""
    return text
