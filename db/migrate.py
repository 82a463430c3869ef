"""Schema creation and upgrades."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers the tables)


def upgrade_schema(engine: Engine) -> None:
    """Bring the database's schema up to date (creates missing tables)."""
    SQLModel.metadata.create_all(engine)
