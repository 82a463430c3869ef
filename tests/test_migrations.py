"""Schema migrations on real SQLite files and the real PostgreSQL: adopt, upgrade, keep rows."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from db.engine import make_engine
from db.migrate import (
    INITIAL_REVISION,
    VERSION_TABLE,
    alembic_config,
    head_revision,
    upgrade_schema,
)
from db.queries import EventFilter, list_runs, query_events
from tests.conftest import REPO


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one()


def _older_database(engine: Engine, *, stamped: bool) -> None:
    """A database as an older release left it: the initial schema, a run, an article, an event."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(connection=conn), INITIAL_REVISION)
        if not stamped:  # the first release used create_all: no version table at all
            conn.execute(text(f"DROP TABLE {VERSION_TABLE}"))
        conn.execute(text(
            "INSERT INTO runs (id, started_at, state, trigger, topic, sources, articles_seen,"
            " articles_new, articles_skipped, articles_failed, events_added, events_merged)"
            " VALUES (1, '2024-04-26 10:00:00', 'completed', 'scheduled', 'us-china', '[\"a.txt\"]',"
            " 1, 1, 0, 0, 1, 0)"))
        conn.execute(text(
            "INSERT INTO articles (id, content_hash, source_id, published, published_source, origin,"
            " text, run_id, created_at) VALUES (1, 'h1', 'a.txt', '2024-04-26', 'override', 'a.txt',"
            " 'Blinken met Xi in Beijing on Friday.', 1, '2024-04-26 10:00:00')"))
        conn.execute(text(
            "INSERT INTO events (id, key, topic, date_value, precision, date_start, date_end,"
            " date_text, date_reference_source, title, summary, actors, salience, n_sources,"
            " created_run_id, created_at, updated_at) VALUES (1, 'k1', 'us-china', '2024-04-26',"
            " 'day', '2024-04-26', '2024-04-26', 'on Friday', 'override', 'Xi receives Blinken',"
            " 'Blinken met Xi in Beijing.', '[\"Xi Jinping\", \"Antony Blinken\"]', 1.0, 1, 1,"
            " '2024-04-26 10:00:00', '2024-04-26 10:00:00')"))
        conn.execute(text(
            "INSERT INTO event_sources (event_id, article_id, evidence, evidence_hash, date_text,"
            " date_value) VALUES (1, 1, 'Blinken met Xi in Beijing on Friday.', 'e1', 'on Friday',"
            " '2024-04-26')"))


def test_head_revision_agrees_with_alembic() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_fresh_database_matches_the_models(blank_db_url: str) -> None:
    engine = make_engine(blank_db_url)
    assert upgrade_schema(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], f"models changed without a migration: {diff}"
    assert _revision(engine) == head_revision()
    engine.dispose()


@pytest.mark.parametrize("stamped", [False, True], ids=["create_all-era", "stamped-initial"])
def test_older_database_keeps_its_rows(blank_db_url: str, stamped: bool) -> None:
    engine = make_engine(blank_db_url)
    _older_database(engine, stamped=stamped)
    assert _revision(engine) == (INITIAL_REVISION if stamped else None)
    upgrade_schema(engine)
    assert _revision(engine) == head_revision()
    [event] = query_events(engine, EventFilter())
    assert (event.date, event.title, event.actors) == (
        "2024-04-26", "Xi receives Blinken", ["Xi Jinping", "Antony Blinken"])
    assert [s.id for s in event.sources] == ["a.txt"]
    [run] = list_runs(engine)
    assert (run.run.trigger, run.run.sources) == ("scheduled", ["a.txt"])
    upgrade_schema(engine)  # a second upgrade is a no-op
    assert len(query_events(engine, EventFilter())) == 1
    engine.dispose()


def test_upgrade_at_head_does_not_load_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    upgrade_schema(make_engine(url))
    code = (
        "import sys; from db.engine import make_engine; from db.migrate import upgrade_schema;"
        f"upgrade_schema(make_engine({url!r})); print('alembic' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_concurrent_first_upgrades(blank_db_url: str) -> None:
    """Three processes upgrade the same empty database at the same instant: all succeed."""
    start_at = time.time() + 2.0
    code = (
        "import sys, time; from db.engine import make_engine; from db.migrate import upgrade_schema;"
        f"engine = make_engine({blank_db_url!r}); time.sleep(max(0.0, {start_at} - time.time()));"
        "print(upgrade_schema(engine))"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=REPO) for _ in range(3)]
    outputs = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == head_revision()
    engine = make_engine(blank_db_url)
    assert _revision(engine) == head_revision()
    engine.dispose()
