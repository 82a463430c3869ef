"""The real PostgreSQL server on this machine for tests: a fresh database per test module.

Used from test modules as ``yield from fresh_database()`` inside a module-scoped fixture; the
database is dropped afterwards. Skips (with the reason) only when the server cannot be reached.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

HOST = os.environ.get("TIMELINE_TEST_PG_HOST", "127.0.0.1")
PORT = int(os.environ.get("TIMELINE_TEST_PG_PORT", "5432"))
USER = os.environ.get("TIMELINE_TEST_PG_USER", "postgres")


def _admin():  # type: ignore[no-untyped-def]
    """An autocommit connection to the server's maintenance database, or a skip."""
    import psycopg

    try:
        return psycopg.connect(host=HOST, port=PORT, user=USER, dbname="postgres", autocommit=True,
                               connect_timeout=3)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        pytest.skip(f"PostgreSQL not reachable at {HOST}:{PORT} as {USER}: {reason}")


def url_for(name: str) -> str:
    """SQLAlchemy URL of database ``name`` on the test server."""
    return f"postgresql+psycopg://{USER}@{HOST}:{PORT}/{name}"


def fresh_database(prefix: str = "timeline_test") -> Iterator[str]:
    """Create ``<prefix>_<random>``, yield its URL, drop it (even with connections left open)."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url_for(name)
    finally:
        with _admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty(url: str) -> None:
    """Drop everything in the database's public schema (a blank database for the next test)."""
    from sqlalchemy import text

    from db.engine import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
