"""The command line without a flow run: help, usage errors, exit codes, no tracebacks."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from flows.cli import build_parser
from tests.conftest import run_timeline


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_command_has_help_with_an_example(name: str) -> None:
    sub = _subcommands()[name]
    text = sub.format_help()
    assert "Example" in text, f"timeline {name} --help has no example"
    assert f"timeline {name}" in (sub.epilog or "")
    assert sub.description or any(a.help for a in sub._actions)


def test_top_level_help_lists_commands_and_exit_codes() -> None:
    proc = run_timeline("--help")
    assert proc.returncode == 0
    for name in _subcommands():
        assert name in proc.stdout
    assert "Exit codes" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run"], "no sources"),
        (["run", "x.txt", "--published", "26/04/2024"], "not a date"),
        (["run", "x.txt", "--db", "mysql://u@h/db"], "unsupported database"),
        (["run", "x.txt", "--db", "sqlite:////no/such/dir/t.db"], "does not exist"),
        (["run", "x.txt", "--topic", "no-such-topic"], "no-such-topic"),
        (["run", "x.txt", "--summarizer", "gpt"], "invalid choice"),
        (["query", "--top", "0"], "must be 1 or more"),
        (["query", "--format", "xml"], "invalid choice"),
        (["serve", "x.txt"], "no schedule"),
        (["serve", "x.txt", "--cron", "* * * * *", "--interval", "5"], "not allowed"),
        (["run", "x.txt", "--config", "missing.toml"], "config file not found"),
        ([], "COMMAND"),
    ],
)
def test_usage_errors_exit_2_without_traceback(tmp_path: Path, args: list[str], message: str) -> None:
    proc = run_timeline(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_config_value_lists_what_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "timeline.toml").write_text('[job]\nsources = ["a.txt"]\nsummarizer = "gpt"\n')
    proc = run_timeline("run", cwd=tmp_path)
    assert proc.returncode == 2
    assert "summarizer" in proc.stderr and "lexrank" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_show_missing_event_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_timeline("show", "42", "--db", f"sqlite:///{tmp_path / 't.db'}")
    assert proc.returncode == 2
    assert "no event with id 42" in proc.stderr


def test_empty_timeline_queries(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    assert run_timeline("query", "--db", db).stdout.strip() == "(no events)"
    assert run_timeline("query", "--db", db, "--format", "json").stdout.strip() == "[]"
    assert run_timeline("runs", "--db", db).stdout.strip() == "(no runs yet)"


def test_tag_reads_stdin(tmp_path: Path) -> None:
    line = '{"id": "d1", "dct": "2024-04-26", "text": "They met on Friday."}\n'
    proc = run_timeline("tag", stdin=line)
    assert proc.returncode == 0, proc.stderr
    assert '"id": "d1"' in proc.stdout or '"id":"d1"' in proc.stdout
    assert "2024-04-26" in proc.stdout


def test_default_database_is_a_file_in_the_working_directory(tmp_path: Path) -> None:
    proc = run_timeline("db", "upgrade", cwd=tmp_path, env={"TIMELINE_DATABASE_URL": ""})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "timeline.db").exists()




def test_output_piped_into_a_closed_reader_is_not_an_error(tmp_path: Path) -> None:
    import subprocess
    from datetime import date

    from db.engine import make_engine
    from db.store import append, ensure_schema, start_run
    from tests.conftest import TIMELINE
    from tests.test_db_store import make_event, union
    from timeline.records import Article

    db = f"sqlite:///{tmp_path / 't.db'}"
    engine = make_engine(db)
    ensure_schema(engine)
    run = start_run(engine, trigger="manual", topic="us-china", sources=[], flow_run_id=None)
    articles = [Article(source_id=f"a{i}", text=f"Talks number {i} were held. " * 20,
                        published=date(2023, 11, 16), published_source="jsonl") for i in range(300)]
    events = [make_event(f"k{i}", a) for i, a in enumerate(articles)]
    append(engine, run, articles, events, topic="us-china", same_event=lambda a, b: False, combine=union)
    proc = subprocess.run(f"'{TIMELINE}' query --db {db} --format json | head -c 10", shell=True,
                          capture_output=True, text=True, check=False)
    assert proc.stdout == "[\n  {\n    \""[:10]
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_unreachable_prefect_api_is_a_clear_error(tmp_path: Path) -> None:
    from tests.conftest import DATA

    proc = run_timeline("run", str(DATA / "seed" / "xi-blinken-beijing.txt"), "--db",
                        f"sqlite:///{tmp_path / 't.db'}", env={"PREFECT_API_URL": "http://127.0.0.1:9/api"})
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "cannot reach the Prefect API at http://127.0.0.1:9/api" in proc.stderr
    assert "Traceback" not in proc.stderr
