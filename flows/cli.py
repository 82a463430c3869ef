"""The ``timeline`` command line: run, query, show, runs, serve, tag, db.

Exit codes: 0 all good; 1 some inputs failed (``timeline runs`` lists each with its reason);
2 usage or configuration error. Heavy modules (Prefect, SQLModel) are imported only by the
commands that need them, so ``timeline tag`` and ``--help`` start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_INPUT_FAILURES = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A command-line value is wrong; the message says what is allowed."""


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return n


def _quiet_prefect(verbose: bool) -> None:
    """Keep Prefect's per-task log lines and offline telemetry errors away unless --verbose."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "ERROR")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "info" if verbose else "error")
    if not verbose:
        logging.getLogger("prefect").setLevel(logging.ERROR)


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy URL of the timeline (default: $TIMELINE_DATABASE_URL, "
        "else sqlite:///timeline.db in the working directory)",
    )


def _add_format(p: argparse.ArgumentParser, default: str = "table") -> None:
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default=default,
                   help=f"output format (default: {default})")


def _add_job_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--topic", help="topic profile: us-china (default), all, or a .toml profile file")
    p.add_argument("--published", type=_date_arg, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for every source, overriding what they say")
    p.add_argument("--summarizer", choices=("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"),
                   help="sumy algorithm for event summaries (default: lexrank)")
    p.add_argument("--config", type=Path, metavar="FILE",
                   help="config file (default: ./timeline.toml when present)")
    p.add_argument("--timeout", type=float, help="seconds to wait for a URL (default: 10)")
    p.add_argument("--workers", type=_positive_int, metavar="N",
                   help="extract events in N processes (a Dask LocalCluster; default: 1)")
    p.add_argument("--dask-address", metavar="URL",
                   help="run extraction on the Dask scheduler at URL (tcp://host:8786) instead")
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's log lines")


EPILOGS = {
    "run": """Examples:
  timeline run samples/ --db sqlite:///timeline.db
  timeline run article.txt --published 2024-04-26 --topic us-china
  timeline run dump.jsonl https://example.org/feed.xml --topic all""",
    "query": """Examples:
  timeline query --from 2023-01-01 --to 2023-12-31 --actor Blinken
  timeline query --top 10 --format json
  timeline query --text tariffs --format csv > tariffs.csv""",
    "show": """Example:
  timeline show 3""",
    "runs": """Examples:
  timeline runs
  timeline runs --format json --limit 5""",
    "serve": """Examples:
  timeline serve samples/ --interval 3600
  timeline serve --cron "0 * * * *"          # sources and database from timeline.toml""",
    "tag": """Example:
  echo '{"id": "a", "dct": "2024-04-26", "text": "Xi met Biden last year."}' | timeline tag""",
    "db": """Example:
  timeline db upgrade --db sqlite:///timeline.db""",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into a dated, summarized timeline of US-China relations.",
        epilog="Example:\n  timeline run samples/ && timeline query\n\n"
        "Exit codes: 0 ok, 1 some inputs failed, 2 usage or configuration error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    fmt = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser("run", help="run the job once over SOURCES (files, folders, globs, URLs, feeds)",
                       epilog=EPILOGS["run"], formatter_class=fmt)
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="files, folders, globs, JSON Lines dumps, http(s) URLs (default: from the config)")
    _add_job_options(p)
    _add_format(p)

    p = sub.add_parser("query", help="list events of the timeline", epilog=EPILOGS["query"],
                       formatter_class=fmt)
    _add_db(p)
    p.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE", help="events on or after DATE")
    p.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE", help="events on or before DATE")
    p.add_argument("--actor", help="events with an actor whose name contains this")
    p.add_argument("--text", help="events whose title or summary contains this")
    p.add_argument("--topic", help="only events appended under this topic")
    p.add_argument("--top", type=_positive_int, metavar="N", help="the N most salient events, most salient first")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="at most N events")
    _add_format(p)

    p = sub.add_parser("show", help="one event with every source and evidence sentence",
                       epilog=EPILOGS["show"], formatter_class=fmt)
    p.add_argument("event_id", type=_positive_int, metavar="EVENT_ID")
    _add_db(p)
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format")

    p = sub.add_parser("runs", help="run history with counts and failures (a run whose process "
                       "died is marked interrupted)", epilog=EPILOGS["runs"],
                       formatter_class=fmt)
    _add_db(p)
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N", help="latest N runs (default 20)")
    p.add_argument("--run", type=_positive_int, metavar="ID", help="only this run")
    _add_format(p)

    p = sub.add_parser("serve", help="run the job on a schedule (starts a Prefect server if none is set)",
                       epilog=EPILOGS["serve"], formatter_class=fmt)
    p.add_argument("sources", nargs="*", metavar="SOURCE")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--cron", help="cron expression, e.g. '0 * * * *'")
    group.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS")
    _add_job_options(p)

    p = sub.add_parser("tag", help="tag temporal expressions (JSON Lines in, JSON Lines out)",
                       epilog=EPILOGS["tag"], formatter_class=fmt, add_help=False)
    p.add_argument("-h", "--help", action="help", help="show this help message and exit")
    p.add_argument("file", nargs="?", help="JSON Lines file of {id, dct, text} (default: stdin)")

    p = sub.add_parser("db", help="database maintenance", epilog=EPILOGS["db"], formatter_class=fmt)
    p.add_argument("action", choices=("upgrade",), help="upgrade: bring the schema up to date")
    _add_db(p)
    return parser


def _settings(args: argparse.Namespace) -> Any:
    from flows.settings import build_settings, read_config

    overrides: dict[str, Any] = {
        "sources": list(args.sources or []),
        "database": args.db,
        "topic": args.topic,
        "published": args.published,
        "summarizer": args.summarizer,
        "timeout": args.timeout,
        "workers": args.workers,
        "dask_address": args.dask_address,
    }
    schedule = {k: getattr(args, k, None) for k in ("cron", "interval")}
    overrides["schedule"] = {k: v for k, v in schedule.items() if v is not None}
    return build_settings(read_config(args.config), overrides)


def cmd_run(args: argparse.Namespace) -> int:
    """Run the flow once and print what it did."""
    settings = _settings(args)
    if not settings.sources:
        raise UsageError("no sources: give files, folders, globs or URLs, or list them in timeline.toml")
    _quiet_prefect(args.verbose)
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        from flows.server import temporary_server

        server = temporary_server()
        server.launch()  # it boots on the other core while this process imports and checks
    try:
        return _run_once(args, settings, server)
    finally:
        if server is not None:
            server.stop()


def _run_once(args: argparse.Namespace, settings: Any, server: Any) -> int:
    """``cmd_run`` with the temporary Prefect server (or None) that it launched."""
    _check_topic(settings.topic)
    from db.engine import make_engine, resolve_url
    from db.store import ensure_schema

    db = resolve_url(settings.database)
    ensure_schema(make_engine(db))  # fail fast, before Prefect starts, on a bad database
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.pipeline import timeline_flow
    from flows.runners import task_runner

    flow = timeline_flow
    if settings.workers > 1 or settings.dask_address:
        flow = timeline_flow.with_options(
            task_runner=task_runner(settings.workers, settings.dask_address))
    api = contextlib.nullcontext()
    if server is not None and PREFECT_API_URL.value():
        server.stop()  # a Prefect profile names a server: the run reports to it instead
        server = None
    elif server is not None:
        from timeline.ingest.language import load_model

        load_model()  # about 0.4 s, spent while the server still boots
        server.wait_healthy()
        api = temporary_settings(updates={PREFECT_API_URL: server.api_url})
    try:
        with api:
            summary = _call_flow(flow, settings, db)
    except Exception as exc:
        unreachable = type(exc).__name__ == "ConnectError" or "Failed to reach API" in str(exc)
        if unreachable and server is not None:
            raise UsageError(f"the temporary Prefect server stopped during the run ({exc}): "
                             f"{server.log_tail()}") from exc
        if unreachable and PREFECT_API_URL.value():
            raise UsageError(
                f"cannot reach the Prefect API at {PREFECT_API_URL.value()} ({exc}); start "
                "that server, or unset PREFECT_API_URL (in the environment, or with `prefect "
                "config unset PREFECT_API_URL` in the active Prefect profile) to let the job "
                "start its own"
            ) from exc
        raise
    _print_summary(summary, args.format)
    return EXIT_INPUT_FAILURES if summary.failures else EXIT_OK


def _call_flow(flow: Any, settings: Any, db: str) -> Any:
    """Run the flow once with the run's settings."""
    return flow(
        sources=settings.sources,
        db=db,
        topic=settings.topic,
        published=settings.published,
        summarizer=settings.summarizer,
        timeout=settings.timeout,
        max_bytes=settings.max_bytes,
        workers=settings.workers,
    )


def _check_topic(topic: str) -> None:
    from timeline.events import load_profile

    load_profile(topic)


def _print_summary(summary: Any, fmt: str) -> None:
    import json
    from dataclasses import asdict

    if fmt in ("json", "jsonl"):
        data = asdict(summary)
        data["failures"] = [asdict(f) for f in summary.failures]
        data["skipped"] = [asdict(f) for f in summary.skipped]
        print(json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None))
    else:
        print(
            f"run {summary.run_id}: {summary.state}; articles seen {summary.articles_seen}, "
            f"new {summary.articles_new}, skipped {summary.articles_skipped}, "
            f"failed {summary.articles_failed}; events added {summary.events_added}, "
            f"merged {summary.events_merged}" + _files_part(summary)
        )
    for label, items in (("skipped", summary.skipped), ("failed", summary.failures)):
        for f in items:
            detail = f" ({f.detail})" if f.detail else ""
            print(f"  {label}: {f.source}: {f.reason}{detail}", file=sys.stderr)


def _files_part(summary: Any) -> str:
    """"; files new N, changed N, unchanged N" when the run had local files, else nothing."""
    counts = (summary.files_new, summary.files_changed, summary.files_unchanged)
    if not any(counts):
        return ""
    return "; files new {}, changed {}, unchanged {}".format(*counts)


def cmd_query(args: argparse.Namespace) -> int:
    """Print events matching the filters."""
    from db.engine import make_engine
    from db.queries import EventFilter, query_events
    from db.store import ensure_schema
    from flows.output import format_events

    engine = make_engine(args.db)
    ensure_schema(engine)
    flt = EventFilter(
        date_from=args.date_from, date_to=args.date_to, actor=args.actor, text=args.text,
        topic=args.topic, top=args.top, limit=args.limit,
    )
    print(format_events(query_events(engine, flt), args.format))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """Print one event with its sources."""
    from db.engine import make_engine
    from db.queries import get_event
    from db.store import ensure_schema
    from flows.output import format_event_detail

    engine = make_engine(args.db)
    ensure_schema(engine)
    print(format_event_detail(get_event(engine, args.event_id), args.format))
    return EXIT_OK


def cmd_runs(args: argparse.Namespace) -> int:
    """Print the run history (runs whose process is gone are marked interrupted first)."""
    from db.engine import make_engine
    from db.liveness import mark_interrupted
    from db.queries import list_runs
    from db.store import ensure_schema
    from flows.output import format_runs

    engine = make_engine(args.db)
    ensure_schema(engine)
    mark_interrupted(engine)
    print(format_runs(list_runs(engine, limit=args.limit, run_id=args.run), args.format))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the flow on a schedule until interrupted."""
    settings = _settings(args)
    if not settings.sources:
        raise UsageError("no sources: give them on the command line or in timeline.toml")
    if not (settings.schedule.cron or settings.schedule.interval):
        raise UsageError("no schedule: give --cron or --interval, or [schedule] in timeline.toml")
    _check_topic(settings.topic)
    from db.engine import make_engine, resolve_url
    from db.store import ensure_schema

    settings.database = resolve_url(settings.database)
    ensure_schema(make_engine(settings.database))
    _quiet_prefect(args.verbose)
    from flows.serve import serve

    return serve(settings, verbose=args.verbose)


def cmd_tag(args: argparse.Namespace) -> int:
    """Tag temporal expressions (the contract scored by the timex scorer)."""
    from timeline.temporal.cli import tag_main

    return tag_main([args.file] if args.file else [])


def cmd_db(args: argparse.Namespace) -> int:
    """Database maintenance."""
    from db.engine import describe, make_engine
    from db.store import ensure_schema

    engine = make_engine(args.db)
    ensure_schema(engine)
    print(f"schema up to date: {describe(engine)}")
    return EXIT_OK


COMMANDS = {
    "run": cmd_run,
    "query": cmd_query,
    "show": cmd_show,
    "runs": cmd_runs,
    "serve": cmd_serve,
    "tag": cmd_tag,
    "db": cmd_db,
}


def _user_errors() -> tuple[type[BaseException], ...]:
    """The named exceptions that mean the user asked for something wrong (exit 2)."""
    errors: list[type[BaseException]] = [UsageError]
    mods = {
        "flows.settings": "ConfigError",
        "db.engine": "DatabaseConfigError",
        "db.queries": "EventNotFound",
        "flows.server": "ServerStartError",
        "timeline.events": "ProfileError",
    }
    for module, name in mods.items():
        mod = sys.modules.get(module)
        if mod is not None and hasattr(mod, name):
            errors.append(getattr(mod, name))
    return tuple(errors)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``timeline`` command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["tag"] and not ({"-h", "--help"} & set(argv)):
        from timeline.temporal.cli import tag_main  # fast path: no argparse of other commands

        return tag_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `timeline query | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if isinstance(exc, _user_errors()):
            print(f"timeline {args.command}: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        raise


if __name__ == "__main__":
    sys.exit(main())
