"""Topic profiles: which actors, places and subjects an event set is about, from TOML files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DEFAULT_PROFILE = "us-china"
KEEP_RULES = ("all", "both-sides-or-subject")


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


class ProfileError(ValueError):
    """A topic profile is unknown or malformed."""


@dataclass(frozen=True)
class Entity:
    """A named actor or place with its side of the topic (e.g. "us", "china", or "")."""

    name: str
    side: str = ""
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    stands_for: str = ""  # a capital that stands for its government ("Beijing said" -> China)
    leader: bool = False  # a head of state or government ("the two leaders" may mean them)
    surname_first: bool = False  # family name first (Wang Yi): a lone "Wang" can be them
    match_name: bool = True  # False: only the aliases name it ("Taiwan's defence ministry"
    # is Taiwan acting, while a bare "Taiwan" is the place)
    part_of: str = ""  # an actor this one belongs to, named with it ("US Senate" -> "US Congress")
    # a leader's terms as head of their side, (first day, day after the last or ""): "the two
    # presidents" of a story that names neither are the two in office on its date
    in_office: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TopicProfile:
    """What a timeline is about: actors, places, side words and subjects, and the keep rule."""

    name: str
    description: str = ""
    keep: str = "all"
    generic_names: bool = True
    actors: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    side_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subjects: tuple[str, ...] = ()

    def side_of(self, name: str) -> str:
        """The side of a canonical actor or place name ("" when unknown)."""
        return self._sides.get(name, "")

    @property
    def _sides(self) -> dict[str, str]:
        sides = self.__dict__.get("_side_cache")
        if sides is None:
            sides = {e.name: e.side for e in (*self.actors, *self.places)}
            object.__setattr__(self, "_side_cache", sides)
        return sides

    def leaders_on(self, day: str) -> list[str]:
        """The leaders of the profile's sides in office on ``day`` (ISO, a prefix of one reads as
        its first day: "2023-11" is 1 November), one per side, by the order of the profile."""
        day = day + "-01-01"[len(day) - 4:] if len(day) in (4, 7) else day
        out: dict[str, str] = {}
        for e in self.actors:
            if e.side and e.side not in out and any(
                    start <= day < (end or "9999") for start, end in e.in_office):
                out[e.side] = e.name
        return list(out.values())

    def kind_of(self, name: str) -> str:
        """The kind of a canonical actor name ("" when it is no profile actor)."""
        kinds = self.__dict__.get("_kind_cache")
        if kinds is None:
            kinds = {e.name: e.kind for e in self.actors}
            object.__setattr__(self, "_kind_cache", kinds)
        return kinds.get(name, "")

    @property
    def governments(self) -> dict[str, str]:
        """Each side's country actor, by the actor's own side (Taiwan the place counts on China's
        side of the topic, Taiwan the government acts for neither)."""
        cached = self.__dict__.get("_governments")
        if cached is None:
            cached = {e.side: e.name for e in self.actors if e.kind == "country" and e.side}
            object.__setattr__(self, "_governments", cached)
        return cached

    def sides_in(self, names: set[str] | list[str] | frozenset[str], text: str) -> set[str]:
        """The sides that these actor/place names and the side words of ``text`` involve."""
        sides = {self.side_of(n) for n in names} - {""}
        # a name that is a side word names that side too ("Boston", the place of a dateline)
        text = " ".join([text, *names])
        sides |= {side for side, rx in self.side_patterns.items() if rx.search(text)}
        return sides

    def keeps(self, names: set[str] | list[str], text: str) -> bool:
        """Whether an event with these actor/place names and evidence text is on topic."""
        if self.keep == "all":
            return True
        if len(self.sides_in(names, text)) >= 2:
            return True
        return bool(self.subject_pattern and self.subject_pattern.search(text))

    @property
    def side_patterns(self) -> dict[str, re.Pattern[str]]:
        """Compiled whole-word patterns of the words that name each side."""
        cached = self.__dict__.get("_side_rx")
        if cached is None:
            # "Chinese-owned", "Texas-based": a side word opening a compound names the side too
            cached = {
                side: alias_pattern(words, compounds=True)
                for side, words in self.side_words.items() if words
            }
            object.__setattr__(self, "_side_rx", cached)
        return cached

    @property
    def subject_pattern(self) -> re.Pattern[str] | None:
        """Compiled whole-word pattern of the bilateral subjects (None when there are none)."""
        if not self.subjects:
            return None
        cached = self.__dict__.get("_subject_rx")
        if cached is None:
            cached = alias_pattern(self.subjects, ignore_case=True)
            object.__setattr__(self, "_subject_rx", cached)
        return cached


def alias_pattern(words: tuple[str, ...] | list[str], ignore_case: bool = False,
                  compounds: bool = False) -> re.Pattern:
    """A whole-word alternation of ``words``, longest first; with ``compounds``, a word may also
    open a hyphenated compound ("Chinese-owned")."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    flags = re.IGNORECASE if ignore_case else 0
    end = r"(?!\w)" if compounds else r"(?![\w-])"
    return re.compile(rf"(?<![\w-])(?:{body}){end}", flags)


def known_profiles() -> dict[str, str]:
    """Built-in profile names mapped to their file names in ``timeline/topics``."""
    out: dict[str, str] = {}
    for entry in resources.files("timeline.topics").iterdir():
        if entry.name.endswith(".toml"):
            out[entry.name[:-5].replace("_", "-")] = entry.name
    return out


def _entities(rows: object, where: str) -> tuple[Entity, ...]:
    """Entities from a TOML array of tables."""
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise ProfileError(f"{where}: expected an array of tables")
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise ProfileError(f"{where}[{i}]: each entry needs a 'name' string")
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ProfileError(f"{where}[{i}] ({row['name']}): 'aliases' must be a list of strings")
        terms = row.get("in_office", [])
        if not isinstance(terms, list) or not all(
                isinstance(t, list) and len(t) == 2 and all(isinstance(d, str) for d in t)
                and _ISO_DAY.fullmatch(t[0]) and (t[1] == "" or _ISO_DAY.fullmatch(t[1]))
                for t in terms):
            raise ProfileError(f"{where}[{i}] ({row['name']}): 'in_office' must be a list of "
                               '["YYYY-MM-DD", "YYYY-MM-DD" or ""] pairs')
        out.append(
            Entity(
                name=row["name"],
                side=str(row.get("side", "")),
                kind=str(row.get("kind", "person" if where == "actors" else "place")),
                aliases=tuple(aliases),
                stands_for=str(row.get("stands_for", "")),
                leader=bool(row.get("leader", False)),
                surname_first=bool(row.get("surname_first", False)),
                match_name=bool(row.get("match_name", True)),
                part_of=str(row.get("part_of", "")),
                in_office=tuple((t[0], t[1]) for t in terms),
            )
        )
    return tuple(out)


def _check_parts(actors: tuple[Entity, ...]) -> None:
    """Every 'part_of' names another actor of the profile."""
    names = {e.name for e in actors}
    for e in actors:
        if e.part_of and (e.part_of not in names or e.part_of == e.name):
            raise ProfileError(f"actors ({e.name}): part_of {e.part_of!r} is not another actor")


def parse_profile(data: dict, origin: str) -> TopicProfile:
    """Build a TopicProfile from parsed TOML ``data`` (``origin`` names it in errors)."""
    keep = data.get("keep", "all")
    if keep not in KEEP_RULES:
        raise ProfileError(f"{origin}: keep must be one of {', '.join(KEEP_RULES)}, got {keep!r}")
    sides = data.get("sides", {})
    subjects = data.get("subjects", {}).get("terms", [])
    if not isinstance(sides, dict) or not isinstance(subjects, list):
        raise ProfileError(f"{origin}: [sides] must be a table and subjects.terms a list")
    try:
        actors = _entities(data.get("actors"), "actors")
        _check_parts(actors)
        return TopicProfile(
            name=str(data.get("name", origin)),
            description=str(data.get("description", "")),
            keep=keep,
            generic_names=bool(data.get("generic_names", True)),
            actors=actors,
            places=_entities(data.get("places"), "places"),
            side_words={str(k): tuple(v) for k, v in sides.items()},
            subjects=tuple(str(s) for s in subjects),
        )
    except ProfileError as err:
        raise ProfileError(f"{origin}: {err}") from None


def load_profile(name_or_path: str = DEFAULT_PROFILE) -> TopicProfile:
    """Load a built-in topic profile by name ("us-china", "all") or a profile from a TOML path.

    Raises ProfileError for an unknown name (the message lists the known ones) or a bad file.

    Example:
        >>> load_profile("us-china").keep
        'both-sides-or-subject'
        >>> load_profile("all").keep
        'all'
    """
    known = known_profiles()
    key = name_or_path.strip().lower().replace("_", "-")
    if key in known:
        text = resources.files("timeline.topics").joinpath(known[key]).read_text("utf-8")
        origin = known[key]
    else:
        path = Path(name_or_path)
        if path.suffix.lower() != ".toml" or not path.is_file():
            names = ", ".join(sorted(known))
            raise ProfileError(
                f"unknown topic profile {name_or_path!r}: use one of {names}, "
                "or the path of a .toml profile file"
            )
        text = path.read_text("utf-8")
        origin = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ProfileError(f"{origin}: not valid TOML: {err}") from None
    return parse_profile(data, origin)
