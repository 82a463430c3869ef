"""The store tests of ``tests/test_db_store.py`` again, on the real PostgreSQL server.

Every test there that takes the ``engine`` fixture is collected here too, with ``engine`` bound to
a fresh database on 127.0.0.1:5432 (created for this module, dropped after; emptied per test).
"""

from __future__ import annotations

import inspect as pyinspect
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from db.engine import make_engine
from db.store import ensure_schema
from tests import postgres, test_db_store

_TABLES = "articles, events, event_sources, runs, input_failures, fetch_cache, file_stamps"


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this module."""
    yield from postgres.fresh_database()


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    """The module's PostgreSQL database at the newest schema, with every table empty."""
    eng = make_engine(pg_url)
    ensure_schema(eng)
    with eng.begin() as conn:
        conn.execute(text(f"TRUNCATE {_TABLES} RESTART IDENTITY CASCADE"))
    yield eng
    eng.dispose()


def test_engine_is_postgresql(engine: Engine) -> None:
    assert engine.dialect.name == "postgresql"
    assert engine.url.drivername == "postgresql+psycopg"


# The shared tests: same functions, this module's ``engine``.
globals().update({
    name: func
    for name, func in vars(test_db_store).items()
    if name.startswith("test_") and "engine" in pyinspect.signature(func).parameters
})
