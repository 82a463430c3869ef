"""Input records tell failed inputs from skipped ones (a non-English article is skipped, not failed).

Revision ID: 0002_input_kind
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_input_kind"
down_revision: str | None = "0001_initial"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add input_failures.kind; rows written before it were all failures."""
    with op.batch_alter_table("input_failures", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="failed")
        )


def downgrade() -> None:
    """Drop input_failures.kind."""
    with op.batch_alter_table("input_failures", schema=None) as batch_op:
        batch_op.drop_column("kind")
