"""Engines from SQLAlchemy URLs: SQLite by default (WAL, one writer at a time), PostgreSQL to grow."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlmodel import create_engine

LOGGER = logging.getLogger(__name__)

ENV_VAR = "TIMELINE_DATABASE_URL"
DEFAULT_FILE = "timeline.db"
SQLITE_BUSY_TIMEOUT_S = 60.0


class DatabaseConfigError(Exception):
    """The database URL is malformed or names a driver that is not installed."""


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the given one, else $TIMELINE_DATABASE_URL, else ./timeline.db."""
    if url:
        return url
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    return f"sqlite:///{Path.cwd() / DEFAULT_FILE}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    """WAL journal and a generous busy timeout; transactions are begun by us (see below)."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    """BEGIN IMMEDIATE: a writer takes the write lock up front, so two runs never deadlock."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None) -> Engine:
    """Create an engine for ``url`` (see :func:`resolve_url`), ready for concurrent runs.

    Example:
        >>> engine = make_engine("sqlite:///:memory:")
    """
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise DatabaseConfigError(
            f"not a database URL: {resolved!r} (expected e.g. sqlite:///timeline.db or "
            "postgresql+psycopg://user@host/dbname)"
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseConfigError(
            f"unsupported database {backend!r} in {resolved!r}: use sqlite:/// or postgresql+psycopg://"
        )
    try:
        if backend == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                parent = Path(parsed.database).expanduser().resolve().parent
                if not parent.is_dir():
                    raise DatabaseConfigError(f"folder of the SQLite file does not exist: {parent}")
            engine = create_engine(
                parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseConfigError(f"no driver for {resolved!r}: {exc}") from exc
    return engine


def describe(engine: Engine) -> str:
    """The engine's URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)
