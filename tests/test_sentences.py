"""The offline sentence splitter: boundaries, abbreviations, offsets."""

from __future__ import annotations

import pytest

from timeline.sentences import split_sentences

CASES = [
    ("Xi met Biden. They talked.", ["Xi met Biden.", "They talked."]),
    ("Mr. Xi met Dr. Kissinger. It was cordial.", ["Mr. Xi met Dr. Kissinger.", "It was cordial."]),
    ("They met on Nov. 15 near San Francisco. Talks lasted four hours.",
     ["They met on Nov. 15 near San Francisco.", "Talks lasted four hours."]),
    ("The U.S. and China agreed. Markets rose.", ["The U.S. and China agreed.", "Markets rose."]),
    ("President John F. Kennedy spoke. Nobody left.", ["President John F. Kennedy spoke.", "Nobody left."]),
    ('"We will respond," Wang said. "Firmly."', ['"We will respond," Wang said.', '"Firmly."']),
    ("“Partners, not rivals.” Xi said so twice.", ["“Partners, not rivals.”", "Xi said so twice."]),
    ("Is this a new cold war? Analysts disagree!", ["Is this a new cold war?", "Analysts disagree!"]),
    ("Headline without a period\n\nBEIJING - The talks began.", ["Headline without a period",
                                                                 "BEIJING - The talks began."]),
    ("Tariffs rose 25.5 percent in 2019. Trade fell.", ["Tariffs rose 25.5 percent in 2019.", "Trade fell."]),
    ("The talks went on until late\nin the evening. Both sides left.",
     ["The talks went on until late\nin the evening.", "Both sides left."]),
    ("It ended at 10 p.m. on Friday, officials said.", ["It ended at 10 p.m. on Friday, officials said."]),
    ("Shares of Huawei Inc. fell. Others rose.", ["Shares of Huawei Inc. fell.", "Others rose."]),
    ("A spokeswoman said so at 1 p.m. A storm warning remains in effect.",
     ["A spokeswoman said so at 1 p.m.", "A storm warning remains in effect."]),
    ("He flew back to the U.S. In March he left again.", ["He flew back to the U.S.", "In March he left again."]),
    ("The U.S. A-10 flew at 5 p.m. Friday.", ["The U.S. A-10 flew at 5 p.m. Friday."]),
    ("In 1990 President George H.W. Bush blocked a sale. It was the first.",
     ["In 1990 President George H.W. Bush blocked a sale.", "It was the first."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "_"), CASES)
def test_offsets_point_into_the_text(text: str, _: list[str]) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
