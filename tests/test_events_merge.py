"""Tests of merging: candidates into events, and events across runs (same_event, combine)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import combine_events, same_event
from timeline.events.merge import cluster_candidates
from timeline.events.salience import date_support, topicality
from timeline.records import (
    Article,
    Event,
    EventCandidate,
    EventSourceRecord,
    Sentence,
    TemporalMention,
)

SPANS = {
    "2023-06-19": (date(2023, 6, 19), date(2023, 6, 19)),
    "2023-06-18": (date(2023, 6, 18), date(2023, 6, 18)),
    "2023-06": (date(2023, 6, 1), date(2023, 6, 30)),
    "2023-11-15": (date(2023, 11, 15), date(2023, 11, 15)),
}
COUNTRIES = frozenset({"United States", "China"})


def cand(aid: str, text: str, value: str, actors: tuple[str, ...], trigger: str | None,
         precision: str = "day") -> EventCandidate:
    """A candidate whose whole sentence is ``text``."""
    article = Article(aid, text, published=date(2023, 6, 20), published_source="jsonl")
    return EventCandidate(
        article=article,
        sentence=Sentence(0, len(text), text),
        mention=TemporalMention(0, 3, "day", "DATE", value, precision),
        actors=actors,
        trigger=trigger,
    )


BLINKEN_XI_A = cand("a", "Antony Blinken met Xi Jinping in Beijing on Monday to steady ties.",
                    "2023-06-19", ("Antony Blinken", "Xi Jinping"), "meet")
BLINKEN_XI_B = cand("b", "Xi Jinping received the visiting Antony Blinken at the Great Hall.",
                    "2023-06-19", ("Xi Jinping", "Antony Blinken"), "meet")
TARIFFS = cand("c", "The Commerce Department imposed tariffs on solar panels on Monday.",
               "2023-06-19", ("US Commerce Department",), "impose")


def test_two_articles_one_event() -> None:
    clusters = cluster_candidates([BLINKEN_XI_A, BLINKEN_XI_B, TARIFFS], SPANS, COUNTRIES)
    sizes = sorted(len(c.members) for c in clusters)
    assert sizes == [1, 2]
    big = max(clusters, key=lambda c: len(c.members))
    assert {m.article.source_id for m in big.members} == {"a", "b"}


def test_shared_country_alone_does_not_merge() -> None:
    one = cand("a", "China protested the arms sale on Monday.", "2023-06-19", ("China",), "say")
    two = cand("b", "China launched a weather satellite on Monday.", "2023-06-19", ("China",),
               "announce")
    assert len(cluster_candidates([one, two], SPANS, COUNTRIES)) == 2


def test_coarse_date_folds_into_finer_event() -> None:
    month = cand("b", "Blinken met Xi Jinping in June, easing strains.", "2023-06",
                 ("Antony Blinken", "Xi Jinping"), "meet", precision="month")
    clusters = cluster_candidates([BLINKEN_XI_A, month], SPANS, COUNTRIES)
    assert len(clusters) == 1
    assert set(clusters[0].value_support()) == {"2023-06-19", "2023-06"}


def test_different_days_stay_apart_unless_clearly_the_same() -> None:
    other_day = cand("b", "Antony Blinken met Xi Jinping in Beijing on Sunday to steady ties.",
                     "2023-06-18", ("Antony Blinken", "Xi Jinping"), "meet")
    far = cand("c", "Antony Blinken met Xi Jinping in Beijing to steady ties.",
               "2023-11-15", ("Antony Blinken", "Xi Jinping"), "meet")
    clusters = cluster_candidates([BLINKEN_XI_A, other_day, far], SPANS, COUNTRIES)
    assert sorted(len(c.members) for c in clusters) == [1, 2]  # one day apart merges, far not


def test_one_article_naming_two_days_tells_two_events() -> None:
    text = ("Antony Blinken met Xi Jinping in Beijing on Sunday to steady ties. "
            "Antony Blinken met Xi Jinping in Beijing on Monday to steady ties.")
    article = Article("a", text, published=date(2023, 6, 20), published_source="jsonl")
    half = text.index("Antony", 10)
    sunday, monday = (EventCandidate(
        article=article, sentence=Sentence(start, end, text[start:end]),
        mention=TemporalMention(start, start + 3, "day", "DATE", value, "day"),
        actors=("Antony Blinken", "Xi Jinping"), trigger="meet")
        for start, end, value in ((0, half - 1, "2023-06-18"), (half, len(text), "2023-06-19")))
    clusters = cluster_candidates([sunday, monday], SPANS, COUNTRIES)
    assert len(clusters) == 2


def event(key: str, value: str, start: date, end: date, precision: str, source_id: str,
          evidence: str, actors: tuple[str, ...] = ("Antony Blinken", "Xi Jinping"),
          salience: float = 1.0) -> Event:
    """A finished event with one source."""
    article = Article(source_id, evidence, published=date(2023, 6, 20), published_source="jsonl")
    return Event(
        key=key, date_value=value, precision=precision, date_start=start, date_end=end,
        date_text="on Monday", date_reference=date(2023, 6, 20), date_reference_source="jsonl",
        title="t", summary=evidence, actors=actors, location="Beijing", trigger="meet",
        salience=salience,
        sources=(EventSourceRecord(article, evidence, "on Monday", value),),
    )


D19, D18 = date(2023, 6, 19), date(2023, 6, 18)
EV_A = event("ka", "2023-06-19", D19, D19, "day", "a",
             "Antony Blinken met Xi Jinping in Beijing on Monday to steady ties.")
EV_B = event("kb", "2023-06-19", D19, D19, "day", "b",
             "Xi Jinping received Antony Blinken in Beijing, hoping to steady ties.")
EV_C = event("kc", "2023-06-18", D18, D18, "day", "c",
             "Antony Blinken met Xi Jinping in Beijing on Sunday to steady ties.")
EV_OTHER = event("ko", "2023-06-19", D19, D19, "day", "o",
                 "A typhoon closed schools in Hainan on Monday.", actors=())


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(EV_A, EV_B, True), (EV_A, EV_C, True), (EV_A, EV_OTHER, False), (EV_B, EV_B, True)],
)
def test_same_event(a: Event, b: Event, same: bool) -> None:
    assert same_event(a, b) is same


def test_combine_keeps_key_and_unions_sources_without_duplicates() -> None:
    merged = combine_events(EV_A, EV_B)
    assert merged.key == "ka"
    assert {s.article.source_id for s in merged.sources} == {"a", "b"}
    again = combine_events(merged, EV_B)
    assert len(again.sources) == 2
    assert merged.salience > EV_A.salience


def test_combine_records_date_disagreement() -> None:
    merged = combine_events(combine_events(EV_A, EV_B), EV_C)
    assert merged.date_value == "2023-06-19"  # two sources against one
    assert merged.date_disagreement is not None and "2023-06-18" in merged.date_disagreement
    assert len(merged.sources) == 3


def test_combine_prefers_finer_date_inside_coarser() -> None:
    month = event("km", "2023-06", date(2023, 6, 1), date(2023, 6, 30), "month", "m",
                  "Antony Blinken met Xi Jinping in June.")
    merged = combine_events(month, EV_A)
    assert merged.key == "km"
    assert (merged.date_value, merged.precision) == ("2023-06-19", "day")
    assert merged.date_disagreement is None


def test_combined_summary_has_no_duplicate_sentences() -> None:
    merged = combine_events(combine_events(EV_A, EV_B), EV_C)
    sentences = [s for s in merged.summary.split(". ") if s]
    assert len(sentences) == len(set(sentences)) <= 2


def test_topicality_weighs_an_off_topic_article_down() -> None:
    spill = ["BP oil spill cap well Gulf leak barrels", "BP well cap oil leak Gulf relief",
             "oil spill Gulf BP leak well coast", "relief well BP oil Gulf spill cleanup"]
    cands = [cand(f"s{i}", f"{spill[i % 4]} report {i}.", "2023-06-19", (), None)
             for i in range(24)]
    radio = cand("radio", "Afternoon play stars actors in a comedy on Radio Four tonight.",
                 "2023-06-19", (), None)
    weights = topicality([*cands, radio])
    assert weights["radio"] < 0.5
    assert min(weights[f"s{i}"] for i in range(24)) == 1.0
    # a small collection cannot tell: every article counts fully
    assert set(topicality([*cands[:5], radio]).values()) == {1.0}


def test_date_support_counts_topical_articles_more() -> None:
    a = cand("a", "Oil leak report.", "2023-06-18", (), None)
    b = cand("b", "Radio play tonight.", "2023-06-18", (), None)
    support = date_support([a, b], {"a": 1.0, "b": 0.1})
    plain = date_support([a, b])
    assert support["2023-06-18"] < plain["2023-06-18"]
    assert support["2023-06-20"] == pytest.approx(1.1)  # both were published on 2023-06-20


_TIE_SCRIPT = """
from datetime import date
from timeline.events.merge import Cluster
from timeline.records import Article, EventCandidate, Sentence, TemporalMention
cl = Cluster()
for i, value in enumerate(["2011-03-%02d" % d for d in range(1, 13)]):
    art = Article("art%d" % i, "x", published=date(2011, 3, 20), published_source="jsonl")
    cl.members.append(EventCandidate(article=art, sentence=Sentence(0, 1, "x"),
                      mention=TemporalMention(0, 1, "x", "DATE", value, "day"), actors=(), trigger=None))
print(cl.value_support().most_common(1)[0][0])
"""


def test_date_ties_go_the_same_way_under_every_hash_seed() -> None:
    """Equal support is broken by member order, not by the process's string hashing."""
    import os
    import subprocess
    import sys

    picks = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _TIE_SCRIPT], env=env, capture_output=True,
                             text=True, check=True)
        picks.add(out.stdout.strip())
    assert picks == {"2011-03-01"}
