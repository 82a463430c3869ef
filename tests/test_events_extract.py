"""Tests of candidate extraction from dated sentences (hand-made temporal mentions)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import load_profile
from timeline.events.extract import best_trigger, candidates_for_article, find_names
from timeline.records import Article, TemporalMention
from timeline.sentences import split_sentences

DCT = date(2024, 4, 26)


def mention(text: str, phrase: str, value: str, precision: str = "day") -> TemporalMention:
    """A mention of ``phrase`` in ``text`` with a given value."""
    start = text.index(phrase)
    return TemporalMention(start, start + len(phrase), phrase, "DATE", value, precision,
                           reference=DCT)


def run(text: str, mentions: list[TemporalMention], profile: str = "us-china"):
    article = Article("a", text, title="T", published=DCT, published_source="override")
    return candidates_for_article(
        article, split_sentences(text), mentions, load_profile(profile),
        lambda m: m.value[:1].isdigit(),
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value", "actors", "location", "trigger"),
    [
        ("Biden and Xi met in November near San Francisco.", "in November", "2023-11",
         ("Joe Biden", "Xi Jinping"), "San Francisco", "meet"),
        ("BEIJING—President Xi on Friday told Antony Blinken to be a partner.", "on Friday",
         "2024-04-26", ("Xi Jinping", "Antony Blinken"), "Beijing", "say"),
        ("The Commerce Department imposed tariffs on Chinese chips on Monday.", "on Monday",
         "2024-04-22", ("US Commerce Department",), None, "impose"),
        ("Janet Yellen visited Guangzhou on April 5.", "on April 5", "2024-04-05",
         ("Janet Yellen",), "Guangzhou", "visit"),
    ],
)
def test_candidate_fields(text: str, phrase: str, value: str, actors: tuple[str, ...],
                          location: str | None, trigger: str) -> None:
    (cand,) = run(text, [mention(text, phrase, value)])
    assert cand.mention.value == value
    assert set(cand.actors[: len(actors)]) == set(actors)
    assert cand.location == location
    assert cand.trigger == trigger


def test_undated_and_unplaceable_sentences_are_not_candidates() -> None:
    text = "Xi said relations must improve. Blinken met Wang in the past."
    cands = run(text, [mention(text, "in the past", "PAST_REF", "ref")])
    assert cands == []


def test_undated_sentence_about_main_event_becomes_context() -> None:
    text = ("Xi Jinping met Antony Blinken in Beijing on Friday. "
            "Blinken raised concerns about Russia. "
            "A storm hit Florida.")
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert cand.context == ("Blinken raised concerns about Russia.",)


def test_two_dates_in_one_sentence_give_two_candidates() -> None:
    text = "Xi met Biden on Wednesday after Blinken met Wang on Monday."
    cands = run(text, [mention(text, "on Wednesday", "2024-04-24"),
                       mention(text, "on Monday", "2024-04-22")])
    assert [c.mention.value for c in cands] == ["2024-04-24", "2024-04-22"]
    assert cands[0].actors[0] in {"Joe Biden", "Xi Jinping"}
    assert cands[1].actors[0] in {"Antony Blinken", "Wang Yi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Conrad Murray was charged by prosecutors.", ["Conrad Murray"]),
        ("The storm hit Port-au-Prince and Jacmel.", ["Port-au-Prince", "Jacmel"]),
        ("On Monday the UN Security Council voted.", ["UN Security Council"]),
    ],
)
def test_generic_names_with_all_profile(text: str, expected: list[str]) -> None:
    names = [f.name for f in find_names(text, load_profile("all"))]
    assert names == expected


def test_surname_resolves_to_full_name_in_article() -> None:
    text = "Dr Conrad Murray met police on Monday. Murray was questioned on Tuesday."
    cands = run(text, [mention(text, "on Monday", "2024-04-22"),
                       mention(text, "on Tuesday", "2024-04-23")], profile="all")
    assert cands[1].actors[0] == "Conrad Murray"


@pytest.mark.parametrize(
    ("triggers", "best"),
    [(["say", "meet"], "meet"), (["warn", None], "warn"), ([None], None), (["impose", "say"], "impose")],
)
def test_best_trigger_prefers_events_over_speech(triggers: list[str | None], best: str | None) -> None:
    assert best_trigger(triggers) == best
