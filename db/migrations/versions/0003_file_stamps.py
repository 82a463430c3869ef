"""Local files are known by path and content: a stamp per file, and per-run file counts.

Revision ID: 0003_file_stamps
Revises: 0002_input_kind
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003_file_stamps"
down_revision: str | None = "0002_input_kind"
branch_labels: str | None = None
depends_on: str | None = None

_RUN_COUNTS = ("files_new", "files_changed", "files_unchanged")


def upgrade() -> None:
    """Add file_stamps and runs.files_*; older runs counted no files (0)."""
    op.create_table(
        "file_stamps",
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=True),
        sa.Column("ctime_ns", sa.BigInteger(), nullable=True),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("read_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"]),
        sa.PrimaryKeyConstraint("path"),
    )
    with op.batch_alter_table("runs", schema=None) as batch_op:
        for name in _RUN_COUNTS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Drop runs.files_* and file_stamps."""
    with op.batch_alter_table("runs", schema=None) as batch_op:
        for name in _RUN_COUNTS:
            batch_op.drop_column(name)
    op.drop_table("file_stamps")
