"""Tests of topic profiles: built-in names, user files, the keep rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.events import ProfileError, known_profiles, load_profile


def test_builtin_profiles_are_listed() -> None:
    assert {"us-china", "all"} <= set(known_profiles())


@pytest.mark.parametrize("name", ["us-china", "US_China", "all"])
def test_load_builtin(name: str) -> None:
    profile = load_profile(name)
    assert profile.name in {"us-china", "all"}


def test_unknown_profile_lists_known_names() -> None:
    with pytest.raises(ProfileError, match="us-china") as err:
        load_profile("mars-venus")
    assert "all" in str(err.value)


def test_us_china_has_leaders_with_aliases() -> None:
    profile = load_profile("us-china")
    by_name = {a.name: a for a in profile.actors}
    assert "Xi" in by_name["Xi Jinping"].aliases
    assert by_name["Xi Jinping"].side == "china"
    assert by_name["Joe Biden"].side == "us"


@pytest.mark.parametrize(
    ("names", "text", "kept"),
    [
        ({"Xi Jinping", "Joe Biden"}, "Xi met Biden.", True),
        ({"Antony Blinken", "Beijing"}, "Blinken arrived in Beijing.", True),
        ({"Joe Biden"}, "Biden raised tariffs on steel.", True),  # bilateral subject
        ({"Joe Biden"}, "Biden spoke about Chinese students.", True),  # side word
        ({"Joe Biden"}, "Biden visited Ohio to talk about jobs.", False),
        ({"Xi Jinping"}, "Xi toured a factory in Shaanxi.", False),
        # the officials of 2025 are on their sides
        ({"Scott Bessent", "He Lifeng"}, "Bessent and He met in Geneva.", True),
        ({"Jamieson Greer", "Li Chenggang"}, "Greer and Li talked.", True),
        ({"Pete Hegseth", "Guo Jiakun"}, "Guo answered Hegseth.", True),
        # development lenders are on their sides
        ({"US International Development Finance Corporation", "Export-Import Bank of China"},
         "The DFC and China Exim Bank both lent to the port.", True),
    ],
)
def test_us_china_keep_rule(names: set[str], text: str, kept: bool) -> None:
    assert load_profile("us-china").keeps(names, text) is kept


def test_all_keeps_everything() -> None:
    assert load_profile("all").keeps(set(), "A storm hit the coast.")


def test_user_profile_file(tmp_path: Path) -> None:
    path = tmp_path / "eu_china.toml"
    path.write_text(
        'name = "eu-china"\nkeep = "both-sides-or-subject"\n'
        '[[actors]]\nname = "Ursula von der Leyen"\nside = "eu"\naliases = ["von der Leyen"]\n'
        '[[actors]]\nname = "Xi Jinping"\nside = "china"\naliases = ["Xi"]\n'
    )
    profile = load_profile(str(path))
    assert profile.name == "eu-china"
    assert profile.keeps({"Ursula von der Leyen", "Xi Jinping"}, "")
    assert not profile.keeps({"Xi Jinping"}, "")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('keep = "some"\n', "keep must be one of"),
        ("[[actors]]\nside = 'us'\n", "needs a 'name'"),
        ("[[actors]]\nname = 'X'\naliases = 'Y'\n", "must be a list"),
        ("name = \n", "not valid TOML"),
        ("[[actors]]\nname = 'X'\npart_of = 'Y'\n", "part_of 'Y' is not another actor"),
        ("[[actors]]\nname = 'X'\nin_office = [['2021']]\n", "'in_office' must be a list"),
    ],
)
def test_bad_profile_file_is_a_profile_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ProfileError, match=message):
        load_profile(str(path))


def test_readme_profile_example_loads(tmp_path: Path) -> None:
    """The profile shown in the README is a working profile."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    block = readme.split("### Your own topic profile", 1)[1].split("```toml\n", 1)[1]
    path = tmp_path / "eu_china.toml"
    path.write_text(block.split("```", 1)[0])
    profile = load_profile(str(path))
    assert profile.keeps({"Ursula von der Leyen", "Xi Jinping"}, "")
    assert [e.part_of for e in profile.actors if e.name == "Ursula von der Leyen"] == [
        "European Commission"]


@pytest.mark.parametrize(("text", "sides"), [
    # a side word opening a compound names the side; a US state is the US side
    ("Arkansas orders Chinese-owned Syngenta to sell farmland", {"us", "china"}),
    ("Texas-based firms and China's regulators", {"us", "china"}),
    # Georgia is also a country: not taken for the US
    ("Georgia signed a deal with Chinese builders", {"china"}),
    # a US city of a dateline
    ("BOSTON (AP) — A professor hid his ties to a Chinese-run program", {"us", "china"}),
])
def test_side_words_of_the_us_china_profile(text: str, sides: set[str]) -> None:
    assert load_profile("us-china").sides_in([], text) == sides


def test_a_place_named_by_a_side_word_names_that_side() -> None:
    """The dateline's city is the event's place, not in its evidence text."""
    assert load_profile("us-china").sides_in(["Boston"], "A Chinese-run program") == {"us", "china"}


@pytest.mark.parametrize(("day", "leaders"), [
    ("2023-11", ["Joe Biden", "Xi Jinping"]),
    ("2019-05-10", ["Donald Trump", "Xi Jinping"]),
    ("2021-01-19", ["Donald Trump", "Xi Jinping"]),
    ("2021-01-20", ["Joe Biden", "Xi Jinping"]),
    ("2025-06", ["Donald Trump", "Xi Jinping"]),
    ("2011", ["Barack Obama"]),
])
def test_the_leaders_in_office_on_a_day(day: str, leaders: list[str]) -> None:
    assert load_profile("us-china").leaders_on(day) == leaders
