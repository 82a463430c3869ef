"""Tests of summarize/: offline tokenizers, the summarizer registry, summaries and titles."""

from __future__ import annotations

import pytest

from summarize import (
    SUMMARIZERS,
    SentenceWordTokenizer,
    UnknownSummarizerError,
    make_title,
    summarize,
    unique_sentences,
)

SENTENCES = [
    "Chinese and American negotiators held trade talks in Geneva on tariffs.",
    "The trade talks in Geneva ended with a plan to cut tariffs on both sides.",
    "Negotiators said the tariffs talks would resume next month in Geneva.",
    "A local football club won its match on Sunday.",
    "The trade talks in Geneva ended with a plan to cut tariffs on both sides.",
]


@pytest.mark.parametrize("algorithm", sorted(SUMMARIZERS))
@pytest.mark.parametrize("n", [1, 2])
def test_every_summarizer_works_offline_without_duplicates(algorithm: str, n: int) -> None:
    out = summarize(SENTENCES, n=n, algorithm=algorithm)
    assert len(out) == n
    assert len(set(out)) == len(out)
    assert all(s in SENTENCES for s in out)


def test_lexrank_picks_central_sentence_over_outlier() -> None:
    out = summarize(SENTENCES, n=1)
    assert "football" not in out[0]


@pytest.mark.parametrize("n", [0, 3])
def test_summary_length_is_one_or_two(n: int) -> None:
    with pytest.raises(ValueError, match="n must be 1 or 2"):
        summarize(SENTENCES, n=n)


def test_unknown_summarizer_lists_known_names() -> None:
    with pytest.raises(UnknownSummarizerError, match="lexrank"):
        summarize(SENTENCES, algorithm="magic")


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["A b c.", "A  b c.", "- Advertisement -", "spot_img", ""], ["A b c."]),
        (["Talks ( in Geneva ) ended ."], ["Talks (in Geneva) ended."]),
        (["One.", "Two."], ["One.", "Two."]),
    ],
)
def test_unique_sentences_drops_duplicates_and_furniture(
    sentences: list[str], expected: list[str]
) -> None:
    assert unique_sentences(sentences) == expected


def test_tokenizer_needs_no_download() -> None:
    tok = SentenceWordTokenizer()
    assert tok.to_sentences("Mr. Xi met Biden. They talked.") == ("Mr. Xi met Biden.", "They talked.")
    assert tok.to_words("U.S. tariffs rose 25%.") == ("U.S", "tariffs", "rose", "25")


@pytest.mark.parametrize(
    ("actors", "trigger", "location", "article_title", "expected"),
    [
        (["Xi Jinping", "Antony Blinken"], "meet", "Beijing", None,
         "Xi Jinping meets Antony Blinken in Beijing"),
        (["Joe Biden", "Xi Jinping"], "talk", None, None, "Joe Biden holds talks with Xi Jinping"),
        (["Nancy Pelosi"], "visit", "Taiwan", None, "Nancy Pelosi visits Taiwan"),
        (["Antony Blinken", "Janet Yellen"], "visit", "Beijing", None, "Antony Blinken visits Beijing"),
        (["Antony Blinken", "Janet Yellen"], "visit", None, None,
         "Floods hit the river town on Monday"),
        (["Nancy Pelosi"], "warn", None, "Pelosi warns Beijing", "Pelosi warns Beijing"),
        ([], None, None, None, "Floods hit the river town on Monday"),
    ],
)
def test_make_title(
    actors: list[str], trigger: str | None, location: str | None,
    article_title: str | None, expected: str,
) -> None:
    sentences = ["Floods hit the river town on Monday."]
    assert make_title(actors, trigger, location, sentences, article_title) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BEIJING — Xi met Blinken on Friday.", "Xi met Blinken on Friday"),
        ("NUSA DUA, Indonesia (Reuters) - Leaders met.", "Leaders met"),
        ("WASHINGTON (Reuters) - The House voted.", "The House voted"),
        ("US - China talks resumed.", "US - China talks resumed"),
    ],
)
def test_sentence_title_drops_dateline(sentence: str, expected: str) -> None:
    assert make_title([], None, None, [sentence]) == expected


def test_long_sentence_title_is_trimmed() -> None:
    long = " ".join(["word"] * 40) + "."
    title = make_title([], None, None, [long])
    assert len(title.split()) <= 15


@pytest.mark.parametrize(
    "sentence",
    [
        "Blinken on Friday postponed a trip to Beijing after the balloon was spotted.",
        "The two ministers called off their meeting in Jakarta on Tuesday.",
        "Xi cancelled a visit to Washington planned for March.",
    ],
)
def test_a_called_off_visit_is_not_titled_as_one(sentence: str) -> None:
    title = make_title(["Antony Blinken", "Wang Yi"], "visit", "Beijing", [sentence])
    assert "visits" not in title and "meets" not in title
    assert title == sentence.rstrip(".")[: len(title)]


def test_a_held_meeting_keeps_its_title() -> None:
    assert make_title(["Xi Jinping", "Antony Blinken"], "meet", "Beijing",
                      ["Xi met Blinken on Friday."]) == "Xi Jinping meets Antony Blinken in Beijing"


_HEADLINE = "U.S. warns of civil war in Libya unless Gaddafi goes"
_HEADER = "TRIPOLI | Tue Mar 1, 2011 6:36 pm EST TRIPOLI (Reuters) - "
_LEAD = "Libya could descend into civil war."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (_HEADER + _LEAD, _LEAD),
        (f"{_HEADLINE} {_HEADER}{_LEAD}", f"{_HEADLINE}. {_LEAD}"),
        ("By Jane Roe WASHINGTON, Oct 20 (Reuters) - The death may help the talks.",
         "The death may help the talks."),
        ("8 November 2011 Last updated at 06:28 The doctor was found guilty.",
         "The doctor was found guilty."),
        ("BEIJING — Xi Jinping met Antony Blinken on Friday.", "Xi Jinping met Antony Blinken on Friday."),
        # a subheading in capitals glued to the sentence after it
        ("ARMS EMBARGO, NO-FLY ZONE REMAIN IN PLACE Libya's frozen assets are still held.",
         "Libya's frozen assets are still held."),
        ("JILLIAN THORP, US AID WORKER Frank Thorp says he drove 100 miles.",
         "Frank Thorp says he drove 100 miles."),
        # no header: unchanged (an initialism or two is no subheading)
        ("Officials (Reuters) said nothing about the talks.",
         "Officials (Reuters) said nothing about the talks."),
        ("NATO Forces entered the city on Sunday.", "NATO Forces entered the city on Sunday."),
        ("IMF SDR Holdings rose sharply last year.", "IMF SDR Holdings rose sharply last year."),
    ],
)
def test_summary_sentences_lose_wire_headers(sentence: str, expected: str) -> None:
    assert unique_sentences([sentence]) == [expected]
