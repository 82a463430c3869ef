"""Settings: config file plus command line, validated once."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.settings import ConfigError, build_settings, read_config

CONFIG = """
[job]
sources = ["a/", "b.jsonl"]
topic = "all"
summarizer = "textrank"

[schedule]
interval = 3600
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "timeline.toml"
    path.write_text(text)
    return path


def test_config_values_are_used(tmp_path: Path) -> None:
    s = build_settings(read_config(_write(tmp_path, CONFIG)), {"sources": [], "schedule": {}})
    assert (s.sources, s.topic, s.summarizer, s.schedule.interval) == (["a/", "b.jsonl"], "all", "textrank", 3600)


def test_command_line_wins(tmp_path: Path) -> None:
    s = build_settings(
        read_config(_write(tmp_path, CONFIG)),
        {"sources": ["c.txt"], "topic": "us-china", "summarizer": None, "schedule": {"cron": "0 * * * *"}},
    )
    assert (s.sources, s.topic, s.summarizer) == (["c.txt"], "us-china", "textrank")
    assert (s.schedule.cron, s.schedule.interval) == ("0 * * * *", None)
    with pytest.raises(ConfigError, match="either cron or interval"):
        build_settings({}, {"schedule": {"cron": "0 * * * *", "interval": 60}})


def test_no_file_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = build_settings(read_config(None), {"sources": ["x"]})
    assert (s.topic, s.summarizer, s.schedule.cron, s.schedule.interval) == ("us-china", "lexrank", None, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[job]\nsummarizer = 'gpt'\n", "summarizer"),
        ("[job]\ntimeout = -1\n", "timeout"),
        ("[job]\nsoruces = ['a']\n", "soruces"),
        ("[jobs]\n", "unknown tables"),
        ("[job\n", "not valid TOML"),
        ("[schedule]\ninterval = 0\n", "interval"),
    ],
)
def test_bad_config_fails_with_a_clear_message(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_settings(read_config(_write(tmp_path, text)), {})
