"""Schema upgrades through Alembic, configured in code (no alembic.ini).

``upgrade_schema`` runs at the start of every command, so it is cheap when the database is already
at the head revision: one ``SELECT`` of the stored revision, and Alembic (0.3 s to import) is not
even imported. Otherwise it takes the writer lock
(SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory lock), checks again, adopts
a database made by ``create_all`` before migrations existed (stamps the initial revision), and
upgrades to head, all in one transaction: two processes upgrading at once do not collide.
"""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

LOGGER = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
INITIAL_REVISION = "0001_initial"
VERSION_TABLE = "alembic_version"
# Tables the pre-migration create_all schema always had: their presence means "adopt, then upgrade".
_LEGACY_TABLES = {"articles", "events", "event_sources", "runs"}
_PG_MIGRATE_LOCK = 715_2025
# SQLite can answer "database is locked" at once (no busy wait) when two connections race on a
# brand-new file; the upgrade is one transaction, so trying again is safe.
_SQLITE_ATTEMPTS = 3


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at ``db/migrations``, for ``connection`` (or ``url``).

    Example:
        >>> from alembic import command
        >>> command.history(alembic_config())  # doctest: +SKIP
    """
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\b[^=]*=\s*(?:\"([^\"]*)\"|None)", re.MULTILINE
)


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision in ``db/migrations/versions``, read without importing Alembic.

    The revision no other revision names as its ``down_revision``; tests check that Alembic
    agrees (``ScriptDirectory.get_current_head``).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("[!_]*.py"):
        fields = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text())}
        if fields.get("revision"):
            revisions.add(fields["revision"])
        if fields.get("down_revision"):
            parents.add(fields["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision in {MIGRATIONS / 'versions'}, found {heads}")
    return heads.pop()


def _lock(conn: Connection) -> None:
    """Serialize upgrades across processes (SQLite's BEGIN IMMEDIATE already holds the lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATE_LOCK})


def upgrade_schema(engine: Engine) -> str:
    """Bring the database to the newest revision, adopting a pre-migration database; returns it.

    Example:
        >>> from db.engine import make_engine
        >>> upgrade_schema(make_engine("sqlite:///:memory:")) == head_revision()
        True
    """
    for attempt in range(1, _SQLITE_ATTEMPTS + 1):
        try:
            return _upgrade(engine)
        except OperationalError as exc:
            locked = engine.dialect.name == "sqlite" and "locked" in str(exc.orig)
            if not locked or attempt == _SQLITE_ATTEMPTS:
                raise
            LOGGER.warning("database locked during schema upgrade (attempt %d); retrying", attempt)
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def _upgrade(engine: Engine) -> str:
    """One attempt of :func:`upgrade_schema`."""
    head = head_revision()
    with engine.connect() as conn:
        if _stored_revision(conn) == head:
            return head
    with engine.begin() as conn:
        _lock(conn)
        stored = _stored_revision(conn)
        if stored == head:
            return head
        from alembic import command

        cfg = alembic_config(connection=conn)
        if stored is None and _LEGACY_TABLES <= set(inspect(conn).get_table_names()):
            LOGGER.info("adopting a database created before migrations: stamping %s", INITIAL_REVISION)
            command.stamp(cfg, INITIAL_REVISION)
        command.upgrade(cfg, "head")
        LOGGER.info("database upgraded from %s to %s", stored, head)
    return head


def _stored_revision(conn: Connection) -> str | None:
    """The stored revision without creating anything; None when there is no version table."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database has several revisions {rows}: merge them with Alembic")
    return rows[0] if rows else None
