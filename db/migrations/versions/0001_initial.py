"""Initial schema: the tables as the first release created them with create_all.

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-28 00:09:32.890495
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        "fetch_cache",
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("trigger", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("flow_run_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("articles_seen", sa.Integer(), nullable=False),
        sa.Column("articles_new", sa.Integer(), nullable=False),
        sa.Column("articles_skipped", sa.Integer(), nullable=False),
        sa.Column("articles_failed", sa.Integer(), nullable=False),
        sa.Column("events_added", sa.Integer(), nullable=False),
        sa.Column("events_merged", sa.Integer(), nullable=False),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_end", sa.Date(), nullable=False),
        sa.Column("date_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_reference", sa.Date(), nullable=True),
        sa.Column("date_reference_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_disagreement", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("location", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("trigger", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("salience", sa.Float(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("created_run_id", sa.Integer(), nullable=True),
        sa.Column("updated_run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_run_id"],
            ["runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["updated_run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_dates", ["date_start", "date_end"], unique=False)

    op.create_table(
        "input_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("input_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_input_failures_run_id"), ["run_id"], unique=False)

    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("date_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "article_id", "evidence_hash"),
    )
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_sources_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_sources_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    """Undo :func:`upgrade`."""
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_sources_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_sources_article_id"))

    op.drop_table("event_sources")
    with op.batch_alter_table("input_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_input_failures_run_id"))

    op.drop_table("input_failures")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_dates")

    op.drop_table("events")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.drop_index(batch_op.f("ix_articles_source_id"))

    op.drop_table("articles")
    op.drop_table("runs")
    op.drop_table("fetch_cache")
