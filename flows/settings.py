"""One validated settings object per run, from ``timeline.toml`` and the command line."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SUMMARIZERS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
DEFAULT_CONFIG = "timeline.toml"


class ConfigError(Exception):
    """The configuration file or a command-line value is invalid."""


class ScheduleSettings(BaseModel):
    """When ``timeline serve`` runs the job: a cron expression or an interval in seconds."""

    model_config = ConfigDict(extra="forbid")

    cron: str | None = None
    interval: float | None = Field(default=None, gt=0, le=31 * 24 * 3600)

    @model_validator(mode="after")
    def _one_of(self) -> ScheduleSettings:
        if self.cron and self.interval:
            raise ValueError("give either cron or interval, not both")
        return self


class RunSettings(BaseModel):
    """Everything a run of the job needs; bad values fail at once with what is allowed."""

    model_config = ConfigDict(extra="forbid")

    sources: list[str] = Field(default_factory=list)
    database: str | None = None
    topic: str = "us-china"
    published: date | None = None
    summarizer: Literal["lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"] = "lexrank"
    timeout: float = Field(default=10.0, gt=0, le=300)
    max_bytes: int = Field(default=10_000_000, gt=0, le=1_000_000_000)
    workers: int = Field(default=1, ge=1, le=64)
    dask_address: str | None = None  # tcp://host:8786 of a Dask scheduler; None: local processes
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)

    @field_validator("topic")
    @classmethod
    def _topic_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("topic must not be empty (use a profile name such as us-china, or all)")
        return value.strip()


def _format_errors(exc: ValidationError, where: str) -> str:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "settings"
        lines.append(f"{where}: {loc}: {err['msg']}")
    return "\n".join(lines)


def read_config(path: Path | None) -> dict[str, Any]:
    """The ``[job]`` and ``[schedule]`` tables of a config file; {} when no file is used."""
    explicit = path is not None
    path = path or Path(DEFAULT_CONFIG)
    if not path.exists():
        if explicit:
            raise ConfigError(f"config file not found: {path}")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    unknown = set(data) - {"job", "schedule"}
    if unknown:
        raise ConfigError(f"{path}: unknown tables {sorted(unknown)} (allowed: job, schedule)")
    merged: dict[str, Any] = dict(data.get("job", {}))
    if "schedule" in data:
        merged["schedule"] = data["schedule"]
    merged["_path"] = str(path)
    return merged


def build_settings(config: dict[str, Any], overrides: dict[str, Any]) -> RunSettings:
    """Merge the config file with command-line values (which win) and validate."""
    where = config.pop("_path", "command line")
    given = {k: v for k, v in overrides.items() if v is not None and k != "schedule"}
    if not given.get("sources"):
        given.pop("sources", None)
    values = {**config, **given}
    if overrides.get("schedule"):
        values["schedule"] = overrides["schedule"]  # a schedule given on the command line replaces the file's
    try:
        return RunSettings(**values)
    except ValidationError as exc:
        raise ConfigError(_format_errors(exc, where)) from exc
