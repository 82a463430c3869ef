"""Runs record the process that does them and its heartbeat, so a killed run can be told apart.

Revision ID: 0004_run_owner
Revises: 0003_file_stamps
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004_run_owner"
down_revision: str | None = "0003_file_stamps"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add runs.host, pid, process and heartbeat_at (NULL for runs recorded before)."""
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("pid", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("process", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(
            sa.Column("heartbeat_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    """Drop the owner columns of runs."""
    with op.batch_alter_table("runs", schema=None) as batch_op:
        for name in ("heartbeat_at", "process", "pid", "host"):
            batch_op.drop_column(name)
