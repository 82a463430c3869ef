"""SQLModel tables of the timeline, and the read models the command line prints.

Idempotency lives in the schema: an article is unique by its content hash, an event by its
content-derived key, an event source by (event, article, evidence hash).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class ArticleRow(SQLModel, table=True):
    """An ingested article, with where its publication date came from."""

    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(max_length=64, unique=True)
    source_id: str = Field(index=True)
    url: str | None = Field(default=None, index=True)
    title: str | None = None
    published: date | None = None
    published_source: str = "none"
    origin: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    run_id: int | None = Field(default=None, foreign_key="runs.id")
    created_at: datetime


class EventRow(SQLModel, table=True):
    """One real event on the timeline."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_dates", "date_start", "date_end"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64, unique=True)
    topic: str = "us-china"
    date_value: str
    precision: str
    date_start: date
    date_end: date
    date_text: str = ""
    date_reference: date | None = None
    date_reference_source: str = "none"
    date_disagreement: str | None = None
    title: str
    summary: str = Field(sa_column=Column(Text, nullable=False))
    actors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    location: str | None = None
    trigger: str | None = None
    salience: float = 0.0
    n_sources: int = 0
    created_run_id: int | None = Field(default=None, foreign_key="runs.id")
    updated_run_id: int | None = Field(default=None, foreign_key="runs.id")
    created_at: datetime
    updated_at: datetime


class EventSourceRow(SQLModel, table=True):
    """An article's support for an event, with the sentence that reports it."""

    __tablename__ = "event_sources"
    __table_args__ = (UniqueConstraint("event_id", "article_id", "evidence_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="events.id", index=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    evidence_hash: str = Field(max_length=64)
    date_text: str = ""
    date_value: str = ""


class RunRow(SQLModel, table=True):
    """One run of the job: what it read, what it added, how it ended."""

    __tablename__ = "runs"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime
    finished_at: datetime | None = None
    state: str = "running"  # running, completed, partial (some inputs failed), failed, interrupted
    trigger: str = "manual"  # manual, scheduled
    flow_run_id: str | None = None
    topic: str = "us-china"
    sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    articles_seen: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    articles_failed: int = 0
    events_added: int = 0
    events_merged: int = 0
    error: str | None = None
    # Local files: never read before, changed since a run read them, unchanged (not opened).
    files_new: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    files_changed: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    files_unchanged: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # The process doing the run (db.liveness): a run whose process is gone becomes "interrupted".
    host: str | None = None
    pid: int | None = None
    process: str | None = None  # "<host>|<boot id>|<pid namespace>|<process start time>"
    heartbeat_at: datetime | None = None  # touched every minute while the run works


class InputFailureRow(SQLModel, table=True):
    """An input that could not become an article (kind "failed") or was left out ("skipped"), and why."""

    __tablename__ = "input_failures"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="runs.id", index=True)
    kind: str = Field(default="failed", max_length=16, sa_column_kwargs={"server_default": "failed"})
    source: str
    reason: str
    detail: str = ""


class FetchCacheRow(SQLModel, table=True):
    """Validators of the last fetch of a URL, for conditional requests."""

    __tablename__ = "fetch_cache"

    url: str = Field(primary_key=True)
    etag: str | None = None
    last_modified: str | None = None


class FileStampRow(SQLModel, table=True):
    """A local file as it was when a run last read it whole: size, times, content hash."""

    __tablename__ = "file_stamps"

    path: str = Field(primary_key=True)  # absolute path
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    mtime_ns: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    ctime_ns: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    sha256: str = Field(max_length=64)
    run_id: int | None = Field(default=None, foreign_key="runs.id")
    read_at: datetime


class SourceRead(SQLModel):
    """An event's source as the command line prints it."""

    id: str
    url: str | None
    published: date | None
    published_source: str
    evidence: str
    title: str | None = None


class EventRead(SQLModel):
    """An event as the command line prints it (the JSON contract of ``timeline query``)."""

    event_id: int
    date: str
    precision: str
    date_start: date
    date_end: date
    title: str
    summary: str
    actors: list[str]
    location: str | None
    trigger: str | None
    salience: float
    date_text: str
    date_reference: date | None
    date_reference_source: str
    date_disagreement: str | None
    sources: list[SourceRead]
