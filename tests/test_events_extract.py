"""Tests of candidate extraction from dated sentences (hand-made temporal mentions)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.events import load_profile
from timeline.events.extract import (
    best_trigger,
    candidates_for_article,
    find_names,
    same_actor,
)
from timeline.events.profiles import parse_profile
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


def test_a_night_the_tagger_infers_dates_no_event() -> None:
    # "the night" after "spent" is tagged (the night before the article, when told in the past), but the
    # article never states that night: it makes no sentence dated; "Thursday night" does
    def night(text: str, phrase: str) -> TemporalMention:
        return TemporalMention(text.index(phrase), text.index(phrase) + len(phrase), phrase,
                               "TIME", "2024-04-25TNI", "day", reference=DCT)

    inferred = "Antony Blinken spent the night in Beijing after he met Xi Jinping."
    assert run(inferred, [night(inferred, "the night")]) == []
    stated = "Antony Blinken spent Thursday night in Beijing after he met Xi Jinping."
    (cand,) = run(stated, [night(stated, "Thursday night")])
    assert cand.mention.value == "2024-04-25TNI"


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


def test_a_trip_of_four_stops_gives_four_candidates() -> None:
    text = ("Hungary's prime minister, whose country took over the EU presidency on July 1, visited "
            "Kyiv on July 2, Moscow on Friday and Beijing on Monday.")
    cands = run(text, [mention(text, "on July 1", "2024-07-01"), mention(text, "on July 2", "2024-07-02"),
                       mention(text, "on Friday", "2024-07-05"), mention(text, "on Monday", "2024-07-08")])
    assert [c.mention.value for c in cands] == ["2024-07-01", "2024-07-02", "2024-07-05", "2024-07-08"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Conrad Murray was charged by prosecutors.", ["Conrad Murray"]),
        ("The storm hit Port-au-Prince and Jacmel.", ["Port-au-Prince", "Jacmel"]),
        ("On Monday the UN Security Council voted.", ["UN Security Council"]),
        # every title before a person goes, an organization keeps its first words
        ("Chief Executive John Lee said so.", ["John Lee"]),
        ("Apple CEO Tim Cook met officials.", ["Tim Cook"]),
        ("The State Council approved it.", ["State Council"]),
        # a possessive owner is named without its "'s"; "Saturday's" is no one
        ("Gaddafi's forces shelled the port.", ["Gaddafi"]),
        ("Saturday's election was close.", []),
        # "Chinese-ruled", "Beijing-friendly": adjectives, not names
        ("The Chinese-ruled city voted.", []),
        ("Hou Yu-ih of the Beijing-friendly Nationalist Party conceded.", ["Hou Yu-ih", "Nationalist Party"]),
        # designations are not doers
        ("The law, known as Article 23, passed.", []),
        ("Huawei launched the Mate 60 Pro phone.", ["Huawei"]),
        # "and", "for" and "of the" join an organization's name, not two names
        ("Customs and Border Protection said so.", ["Customs and Border Protection"]),
        ("Police questioned staff of Bain & Company.", ["Bain & Company"]),
        ("Biden and Macron met.", ["Biden", "Macron"]),
        ("The Center for Strategic and International Studies said so.",
         ["Center for Strategic and International Studies"]),
        ("The Office of the Director of National Intelligence said so.",
         ["Office of the Director of National Intelligence"]),
        ("The leaders of the Group of Seven met.", ["Group of Seven"]),
        # "for" after an organization's head word goes on with its name; "State" opens it
        ("The State Administration for Market Regulation said so.",
         ["State Administration for Market Regulation"]),
        ("The Office for Civil Rights said so.", ["Office for Civil Rights"]),
        ("The General Administration of Customs said so.", ["General Administration of Customs"]),
        # a country's possessive before a name owns it; "People's Daily" is one name
        ("Japan's Nippon Steel bid for it.", ["Japan", "Nippon Steel"]),
        ("The People's Daily said so.", ["People's Daily"]),
        # "Chair" is a title before a person's name
        ("Chair Ann Moore said so.", ["Ann Moore"]),
        ("Judge Ann B. Moore said so.", ["Ann Moore"]),
        ("Board Chair Ann Moore said so.", ["Ann Moore"]),
        # an ordinal starts a name; a title or a party word ends none
        ("The law violates the First Amendment, they said.", ["First Amendment"]),
        ("Republican Gov. Greg Gianforte signed it.", ["Greg Gianforte"]),
        ("Brad Wenstrup, an Ohio Republican, said so.", ["Brad Wenstrup"]),
        ("The First Lady visited.", []),
        ("Officials from New Zealand said so.", ["New Zealand"]),
        # a nationality acts only as its authorities, forces, ministry...
        ("Belgian authorities arrested him.", ["Belgium"]),
        # a capital acting is its country; a capital after a preposition is a place
        ("Since then, Manila has pushed back.", ["Philippines"]),
        ("The envoys met in Manila.", ["Manila"]),
        ("The Philippine coast guard said so.", ["Philippines"]),
        ("A Belgian engineer flew home.", []),
        ("The Sierra Madre, a World War Two-era ship, ran aground.", ["Sierra Madre"]),
        # a lawmaker's state is no part of the name; a title's body before a person goes
        ("Senator Ron Wyden of Oregon said so.", ["Ron Wyden"]),
        ("Sen. Ted Cruz of Texas said so.", ["Ted Cruz"]),
        ("Attorney-General Mark Dreyfus approved it.", ["Mark Dreyfus"]),
        # a sentence adverb opening the run is no part of a name
        ("Yet Jiang visited the United States in 1997.", ["Jiang", "United States"]),
        # a month's name ending a person's name is part of it, not a date
        ("Prime Minister Theresa May said so.", ["Theresa May"]),
        ("Ambassador Zhang Jun said so.", ["Zhang Jun"]),
        ("The University of Texas said so.", ["University of Texas"]),
        ("It was led by former Chairman of the Joint Chiefs of Staff Mike Mullen.", ["Mike Mullen"]),
        ("The Chairman of the Senate Armed Services Committee said so.",
         ["Senate Armed Services Committee"]),
        # an owner before a number is no designation ("Article 23")
        ("The Navy's 7th Fleet said so.", ["Navy", "Fleet"]),
    ],
)
def test_generic_names_with_all_profile(text: str, expected: list[str]) -> None:
    names = [f.name for f in find_names(text, load_profile("all"))]
    assert names == expected


def test_coast_of_names_a_place() -> None:
    (found,) = find_names("It was shot down off the coast of South Carolina.", load_profile("all"))
    assert (found.name, found.place_like) == ("South Carolina", True)


# a profile without the organizations, so that their names come from the text
OWNERS = parse_profile({
    "actors": [{"name": "United States", "kind": "country", "side": "us", "aliases": ["U.S."]}],
    "places": [{"name": "Hong Kong"}],
}, "owners")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Northern Command said on Friday it tracked the balloon.", "US Northern Command"),
        ("Hong Kong's Legislative Council approved the bill.", "Hong Kong Legislative Council"),
        ("the Hong Kong and Macao Affairs Office said", "Hong Kong and Macao Affairs Office"),
        ("U.S. officials said", None),
    ],
)
def test_owner_country_or_place_is_part_of_an_organization_name(text: str, expected: str | None) -> None:
    generic = [f.name for f in find_names(text, OWNERS) if f.kind == "generic"]
    assert generic == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Northern Command said on Friday it tracked the balloon.", "US Northern Command"),
        ("Hong Kong's Legislative Council approved the bill.", "Hong Kong Legislative Council"),
        # a known actor's possessive does not give its unit to another country
        ("the People's Liberation Army's Eastern Theater Command said", "People's Liberation Army"),
        # "U.S." spells the "US" of a profile name too
        ("The Office of the U.S. Trade Representative said so.", "USTR"),
        # initialisms with dots, middle initials
        ("The F.B.I. said so.", "FBI"),
        ("The F.B.I. director, Christopher A. Wray, told Congress.", "Christopher Wray"),
        ("Hong Kong police offered rewards.", "Hong Kong Police Force"),
        # a profile person's surname after another given name is another person
        ("Media tycoon Jimmy Lai was arrested.", "Jimmy Lai"),
        ("President Lai said so.", "Lai Ching-te"),
        # a company's one-word name going on into another name is that other name
        ("Apple Daily was forced to close.", "Apple Daily"),
        ("Apple CEO Tim Cook met officials.", "Apple"),
        # an alias opening with "The" gives way to a longer one right after it
        ("The House Select Committee on the Chinese Communist Party said so.",
         "House Select Committee on the Chinese Communist Party"),
        # a chamber owns its committees' names
        ("The House Foreign Affairs Committee met on Tuesday.", "House Foreign Affairs Committee"),
        # China's bodies by the names the news gives them
        ("China's Finance Ministry announced it late Friday.", "Chinese Finance Ministry"),
        ("It was approved by the Standing Committee of China's National People's Congress.",
         "National People's Congress Standing Committee"),
        # a chamber acts for Congress as well
        ("The Senate passed the bill on Tuesday.", "US Congress"),
        ("The Senate passed the bill on Tuesday.", "US Senate"),
    ],
)
def test_organization_names_in_us_china_text(text: str, expected: str) -> None:
    assert expected in [f.name for f in find_names(text, load_profile("us-china"))]


def test_chamber_before_a_title_is_the_title() -> None:
    """"House Speaker Nancy Pelosi" names Pelosi; the House does not act."""
    names = [f.name for f in find_names("U.S. House Speaker Nancy Pelosi arrived.",
                                        load_profile("us-china"))]
    assert names == ["Nancy Pelosi"]


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        # "the Navy" alone is the navy named before
        ("The Navy said on Wednesday it had found the wreck.", "US Navy"),
        # with two armies named before, "the Army" is neither
        ("The Army said on Wednesday it had found the wreck.", "Army"),
    ],
)
def test_bare_head_word_is_the_organization_named_before(second: str, actor: str) -> None:
    text = ("The U.S. Navy and the U.S. Army searched with the People's Liberation Army "
            f"watching. {second}")
    cands = run(text, [mention(text, "on Wednesday", "2024-04-24")])
    assert actor in cands[0].actors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("It was led by House Armed Services Committee Chairman Mike Rogers on Monday.",
         "Mike Rogers"),
        ("Charges against Huawei Technologies Co Ltd Chief Financial Officer Meng Wanzhou end.",
         "Meng Wanzhou"),
    ],
)
def test_a_long_run_of_titles_still_ends_at_the_person(text: str, person: str) -> None:
    assert person in [f.name for f in find_names(text, load_profile("all"))]


def test_acronym_after_a_longer_name_defines_that_name() -> None:
    """"China's National Computer Virus Emergency Response Center (CVERC)": one body, named as
    the article names it (a national body keeps its name without "Chinese")."""
    text = ("China's National Computer Virus Emergency Response Center (CVERC) released a report "
            "on Monday. CVERC said on Tuesday the hackers were American.")
    cands = run(text, [mention(text, "on Monday", "2024-04-22"),
                       mention(text, "on Tuesday", "2024-04-23")])
    name = "National Computer Virus Emergency Response Center"
    assert [c.actors.count(name) for c in cands] == [1, 1]
    assert not any("Computer Virus Emergency Response Center" == a for c in cands for a in c.actors)


@pytest.mark.parametrize(
    ("entry", "stamp", "value", "joins"),
    [
        ("3:40 p.m. — Beijing responds. At the briefing, spokesman Zhao Lijian said so.",
         "3:40 p.m.", "2022-07-01", True),
        (("May 14 - Biden raises tariffs on Chinese goods. China's commerce ministry vows "
          "resolute measures."), "May 14", "2022-05-14", True),
        # a 24-hour clock with its zone stamps an entry too
        ("13:20 HKT - WRAP-UP\n\nAt the briefing, spokesman Zhao Lijian said so.",
         "13:20 HKT", "2022-07-01", True),
        # a weekday heading of a week's round-up
        ("TUESDAY - THE ECONOMIC CHANNEL\n\nSpokesman Zhao Lijian said so on the call.",
         "TUESDAY", "2022-07-01", True),
        # a heading standing alone goes on in the paragraph under it ...
        ("3:40 p.m. — BEIJING RESPONDS\n\nAt the briefing, spokesman Zhao Lijian said so.",
         "3:40 p.m.", "2022-07-01", True),
        # ... but after a whole entry, another paragraph is another entry's
        (("3:40 p.m. — Beijing responded to the statement in the afternoon, in a long and "
          "angry reply.\n\nAnn Moore, a scholar in Boston, called it predictable."),
         "3:40 p.m.", "2022-07-01", False),
    ],
)
def test_an_entry_goes_on_in_the_undated_sentence_after_it(entry: str, stamp: str, value: str,
                                                           joins: bool) -> None:
    text = f"Xi arrived on Thursday.\n\n{entry}"
    cands = run(text, [mention(text, "on Thursday", "2022-06-30"), mention(text, stamp, value)])
    told = {"Zhao Lijian", "Chinese Commerce Ministry", "Ann Moore"} & set(cands[1].actors)
    assert bool(told) == joins


@pytest.mark.parametrize(
    ("second", "doers"),
    [
        ("The 35-page analysis, issued by Sen. Richard Burr of North Carolina, argues so.",
         {"Richard Burr"}),
        (("The agreement was signed by the American Institute in Taiwan (AIT) and the Taipei "
          "Economic and Cultural Representative Office (TECRO) in the US."),
         {"American Institute in Taiwan", "Taipei Economic and Cultural Representative Office"}),
    ],
)
def test_the_lead_s_object_told_again_with_its_doers(second: str, doers: set[str]) -> None:
    text = f"A report on the pandemic's origin was released on Thursday. {second}"
    (cand,) = run(text, [mention(text, "on Thursday", "2022-10-27")])
    assert doers <= set(cand.actors)


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


@pytest.mark.parametrize(
    ("text", "phrase", "value", "present", "absent"),
    [
        # two people next to the date: people of the other clause are left out
        (("Wang Yi told Antony Blinken that relations between the two countries were "
          "beginning to stabilize, especially after Biden and Xi met in November near "
          "San Francisco."), "in November", "2023-11",
         {"Joe Biden", "Xi Jinping"}, {"Wang Yi", "Antony Blinken"}),
        # only one person near the date: the sentence's other people stay
        ("Wang Yi told Antony Blinken that Biden spoke about trade in November with partners.",
         "in November", "2023-11", {"Joe Biden", "Antony Blinken"}, set()),
        # nationality words are not actors
        ("Blinken met Chinese and American officials on Monday.", "on Monday", "2024-04-22",
         {"Antony Blinken"}, {"Chinese", "American"}),
        # a CamelCase company name is one name
        ("TikTok sued the US government on Tuesday.", "on Tuesday", "2024-04-23",
         {"TikTok"}, {"Tik"}),
    ],
)
def test_actors_of_a_dated_clause(
    text: str, phrase: str, value: str, present: set[str], absent: set[str]
) -> None:
    (cand,) = run(text, [mention(text, phrase, value, "month" if len(value) == 7 else "day")])
    assert present <= set(cand.actors)
    assert not absent & set(cand.actors)


@pytest.mark.parametrize(
    ("text", "mentions", "expected_values"),
    [
        ("The leaders last met in Bali in November 2022, the first such meeting since 2018.",
         [("in November 2022", "2022-11", "month"), ("2018", "2018", "year")], ["2022-11"]),
        ("Xi met Biden on Wednesday after Blinken met Wang on Monday.",
         [("on Wednesday", "2024-04-24", "day"), ("on Monday", "2024-04-22", "day")],
         ["2024-04-24", "2024-04-22"]),
    ],
)
def test_dates_that_start_a_period_date_no_event(
    text: str, mentions: list[tuple[str, str, str]], expected_values: list[str]
) -> None:
    cands = run(text, [mention(text, p, v, prec) for p, v, prec in mentions])
    assert [c.mention.value for c in cands] == expected_values


def test_anaphoric_dated_sentence_takes_the_main_event_people() -> None:
    text = ("Joe Biden met Xi Jinping in Woodside on Wednesday. "
            "The two leaders last spoke by phone in July. "
            "Prices rose in July.")
    last = text.rindex("in July")
    cands = run(text, [mention(text, "on Wednesday", "2023-11-15"),
                       mention(text, "in July", "2023-07", "month"),
                       TemporalMention(last, last + 7, "in July", "DATE", "2023-07", "month",
                                       reference=DCT)])
    by_sentence = {c.sentence.text: c.actors for c in cands}
    assert set(by_sentence["The two leaders last spoke by phone in July."]) == {
        "Joe Biden", "Xi Jinping"}
    assert by_sentence["Prices rose in July."] == ()


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        ("Blinken later met President Xi Jinping at the Great Hall of the People.", True),
        ("Blinken said Xi Jinping wanted stable ties.", False),
        # a person the profile does not know, by a name shaped like a person's
        ("Blinken later met Ely Ratner, an assistant secretary of defense.", True),
    ],
)
def test_person_met_in_the_main_story_joins_its_actors(second: str, joins: bool) -> None:
    text = f"Antony Blinken held talks with Wang Yi in Beijing on Friday. {second}"
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert cand.context == (second,)
    met = "Ely Ratner" if "Ratner" in second else "Xi Jinping"
    assert (met in cand.actors) is joins


def test_the_lead_s_unnamed_spokesperson_named_next_speaks_for_its_statement() -> None:
    text = ("The Eastern Theater Command of the People's Liberation Army tracked the USS Milius "
            "through the Taiwan Strait on Sunday, a spokesperson for the command said Monday. "
            "The U.S. side hyped the passage, Senior Colonel Shi Yi, spokesperson for the theater "
            "command, said in a written statement.")
    cands = run(text, [mention(text, "on Sunday", "2023-04-16"),
                       mention(text, "Monday", "2023-04-17")])
    said = next(c for c in cands if c.mention.value == "2023-04-17")
    assert "Shi Yi" in said.actors
    assert "US Navy" in next(c for c in cands if c.mention.value == "2023-04-16").actors


def test_a_lead_naming_only_countries_keeps_them_all() -> None:
    text = ("The United States, Japan, Australia and the Philippines held their first joint naval "
            "exercise in the South China Sea on Sunday, a show of force against China. The drill "
            "involved the USS Mobile, the HMAS Warramunga, the destroyer Akebono and Philippine "
            "navy vessels, Rear Admiral Ann Moore and Commodore Peter Lang said.")
    (cand,) = run(text, [mention(text, "on Sunday", "2024-04-07")])
    assert {"United States", "Japan", "Australia", "Philippines"} <= set(cand.actors)


@pytest.mark.parametrize(
    ("body", "joins"),
    [
        (("Asked about the sanctions at a regular news briefing, foreign ministry spokeswoman "
          "Mao Ning said China firmly opposed them."), True),
        ("Foreign ministry spokeswoman Mao Ning has often said China opposes sanctions.", False),
    ],
)
def test_spokesperson_asked_about_the_lead_s_news_answers_for_it(body: str, joins: bool) -> None:
    filler = " ".join(f"Analysts expect more such steps, the {n} said." for n in ("one", "two"))
    text = (f"The United States imposed sanctions on five Chinese companies on Friday. {filler} "
            f"Other firms were warned. {body}")
    (cand,) = run(text, [mention(text, "on Friday", "2023-03-10")])
    assert ("Mao Ning" in cand.actors) is joins


@pytest.mark.parametrize(
    ("text", "phrase", "location", "not_actors"),
    [
        ("LIMA, Peru — Joe Biden met Xi Jinping on Saturday.", "on Saturday", "Lima",
         {"Peru", "LIMA", "Lima"}),
        # the profile files Woodside (the Filoli estate) under San Francisco
        ("WOODSIDE, California — Joe Biden met Xi Jinping on Wednesday.", "on Wednesday",
         "San Francisco", {"California", "WOODSIDE"}),
        ("BEIJING — Xi Jinping met Antony Blinken on Friday.", "on Friday", "Beijing",
         {"BEIJING"}),
        # a wire dateline with its date, and one with two cities
        ("HONOLULU, April 5 (Reuters) - Xi Jinping met Antony Blinken on Friday.", "on Friday",
         "Honolulu", {"HONOLULU"}),
        ("BEIJING/PHNOM PENH (Reuters) - Xi Jinping met Antony Blinken on Friday.", "on Friday",
         "Beijing", {"PHNOM PENH", "BEIJING"}),
    ],
)
def test_dateline_is_the_place_not_an_actor(
    text: str, phrase: str, location: str, not_actors: set[str]
) -> None:
    (cand,) = run(text, [mention(text, phrase, "2024-04-26")])
    assert cand.location == location
    assert not not_actors & set(cand.actors)


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        ("The Chinese foreign ministry said it was cancelling planned military talks.",
         "Chinese Foreign Ministry"),
        ("The People's Liberation Army said the drills would last two days.",
         "People's Liberation Army"),
        # an agency of the other side did not act for the lead's country
        ("The State Department said the move was regrettable.", None),
    ],
)
def test_next_sentence_names_the_agency_that_acted_for_the_lead_country(
    second: str, joins: str | None
) -> None:
    text = f"China said on Friday it was halting climate talks with the United States. {second}"
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    agencies = {"Chinese Foreign Ministry", "People's Liberation Army", "US State Department"}
    assert agencies & set(cand.actors) == ({joins} if joins else set())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chinese foreign ministry said on Friday it opposed the sale.",
         "Chinese Foreign Ministry"),
        ("China's defence ministry said on Friday it would respond.", "Chinese Defense Ministry"),
        ("Two U.S. Navy destroyers sailed through the strait on Friday.", "US Navy"),
        ("China's military fired missiles into the sea on Friday.", "People's Liberation Army"),
        ("Taiwan's defence ministry said on Friday it tracked 70 Chinese aircraft.", "Taiwan"),
        ("Taiwan's defence ministry said on Friday it tracked 70 Chinese aircraft.",
         "People's Liberation Army"),
    ],
)
def test_wire_style_agency_names(text: str, name: str) -> None:
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert name in cand.actors


def test_possessive_surname_resolves_to_the_full_name() -> None:
    text = ("Lloyd Austin held a call with Dong Jun on Tuesday. "
            "Austin's last talks with a Chinese minister were in November 2022.")
    cands = run(text, [mention(text, "on Tuesday", "2024-04-23"),
                       mention(text, "in November 2022", "2022-11", "month")])
    assert "Lloyd Austin" in cands[1].actors
    assert "Austin's" not in cands[1].actors


@pytest.mark.parametrize(
    ("quote", "joins"),
    [
        ("\"The remarks are absurd,\" foreign ministry spokeswoman Mao Ning told a briefing.", True),
        # not as spokesperson, and not of this news ("later told a briefing the remarks were
        # absurd" speaks of it: test_the_people_speaking_of_the_lead_s_news_after_it_take_part_in_it)
        ("Mao Ning has often told briefings such remarks are absurd.", False),
    ],
)
def test_lead_country_spokesperson_speaks_for_its_statement(quote: str, joins: bool) -> None:
    text = ("China on Friday condemned remarks by Joe Biden about Xi Jinping. "
            "Biden had spoken at a fundraiser in California. " + quote)
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert ("Mao Ning" in cand.actors) is joins


@pytest.mark.parametrize(
    ("text", "phrase", "dated"),
    [
        ("China said the drills, which are due to last until Sunday, were a warning.", "Sunday",
         False),
        ("The Commerce Department said the licences stay valid through June.", "June", False),
        ("The Treasury said the rules will not take effect until June.", "June", True),
    ],
)
def test_a_date_that_ends_a_period_dates_no_event(text: str, phrase: str, dated: bool) -> None:
    cands = run(text, [mention(text, phrase, "2024-06", "month")])
    assert bool(cands) is dated


def test_taiwan_named_as_a_place_is_no_actor() -> None:
    text = "China began drills around Taiwan on Friday."
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert "Taiwan" not in cand.actors
    assert "China" in cand.actors


def test_subject_pronoun_is_the_person_of_the_sentence_before() -> None:
    text = ("Nancy Pelosi arrived in Taipei on Tuesday night despite warnings from Beijing. "
            "She met President Tsai Ing-wen on Wednesday.")
    cands = run(text, [mention(text, "on Tuesday", "2022-08-02"),
                       mention(text, "on Wednesday", "2022-08-03")])
    assert cands[1].actors[:2] == ("Nancy Pelosi", "Tsai Ing-wen")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "him" as the object of an arrest, after a chain of "he" sentences
        (("For two decades, Yuanjun Tang was a familiar figure at protests in New York. He had "
          "been jailed in China. On Wednesday, FBI agents arrested him in Queens."),
         "On Wednesday", "2024-08-21"),
        # a surname opening the sentence before is the person named in full earlier
        (("Yuanjun Tang was a familiar figure at protests. Tang took part in the 1989 protests. "
          "He defected to Taiwan in 2002."), "in 2002", "2002"),
    ],
)
def test_pronoun_is_the_person_told_before(text: str, phrase: str, value: str) -> None:
    cands = run(text, [mention(text, phrase, value, "day" if len(value) == 10 else "year")],
                profile="all")
    assert "Yuanjun Tang" in cands[0].actors


@pytest.mark.parametrize(
    ("text", "phrase", "value", "holder"),
    [
        # the country that frees people in the lead holds those detained in the passive
        (("China released three American citizens on Friday. Smith, a businessman from Ohio, "
         "was detained in 2016 while visiting family."), "in 2016", "2016", True),
        (("Chinese authorities freed two Americans on Friday. Jones was later sentenced in 2019 "
         "to ten years."), "in 2019", "2019", True),
        # the agent is named, or the country is not the one holding
        (("China released three American citizens on Friday. Smith was detained by Russian "
         "police in 2016."), "in 2016", "2016", False),
        (("Two US Navy sailors were arrested on Friday for spying for China. A third was "
         "arrested in 2021."), "in 2021", "2021", False),
    ],
)
def test_passive_detention_is_the_holding_country_s_act(text: str, phrase: str, value: str,
                                                         holder: bool) -> None:
    cands = run(text, [mention(text, "on Friday", "2024-04-26"), mention(text, phrase, value)])
    past = next(c for c in cands if c.mention.value == value)
    assert ("China" in past.actors) is holder


def test_lead_dated_the_day_before_publication_is_the_main_event() -> None:
    """A Friday paper's lead "on Thursday" is the story; the agency named next joins it."""
    text = ("WASHINGTON — The United States on Thursday unveiled export controls on chips for "
            "China. The rules, published by the Commerce Department, take effect in stages. "
            "China's foreign ministry said on Friday the move was bullying.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25"),
                       mention(text, "on Friday", "2024-04-26")])
    lead = next(c for c in cands if c.mention.value == "2024-04-25")
    assert "US Commerce Department" in lead.actors
    assert any("Commerce Department" in s for s in lead.context)


def test_lead_without_a_person_takes_the_people_of_the_next_sentence() -> None:
    text = ("A federal judge on Friday sentenced a former engineer to ten years in prison. "
            "District Judge Ann Moore gave Peter Lang, a former engineer at the plant, the "
            "longest term the law allows.")
    (cand,) = run(text, [mention(text, "on Friday", "2024-04-26")], profile="all")
    assert {"Ann Moore", "Peter Lang"} <= set(cand.actors)


def test_an_organization_s_last_word_is_no_surname() -> None:
    """"the Philippines" is not the "Armed Forces of the Philippines" named before."""
    text = ("The Armed Forces of the Philippines said on Monday a sailor was hurt. "
            "The Philippines ran the ship aground in 1999 to hold the shoal.")
    cands = run(text, [mention(text, "on Monday", "2024-04-26"),
                       mention(text, "in 1999", "1999", "year")], profile="all")
    old = next(c for c in cands if c.mention.value == "1999")
    assert "Philippines" in old.actors


def test_lead_country_agency_speaking_later_joins_the_lead() -> None:
    text = ("BEIJING — China said on Thursday it was seriously concerned about the order. "
            "The order was signed in Washington. "
            "In a separate statement, the foreign ministry said China lodged protests.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25")])
    assert "Chinese Foreign Ministry" in cands[0].actors


def test_a_person_s_department_is_named_as_an_agency() -> None:
    found = find_names("Commerce Secretary Gina Raimondo said so.", load_profile("us-china"))
    assert ("US Commerce Department", "agency") in [(f.name, f.kind) for f in found]


@pytest.mark.parametrize(("lead", "subject"), [
    ("China on Friday banned the export of rare earth technology.", "China"),
    ("The Commerce Department on Friday added 140 firms to its entity list.", "US Commerce Department"),
])
def test_unnamed_dated_sentence_takes_the_lead_subject(lead: str, subject: str) -> None:
    text = lead + " Curbs on gallium took effect in August."
    cands = run(text, [mention(text, "on Friday", "2024-04-26"),
                       mention(text, "in August", "2023-08", "month")])
    assert next(c for c in cands if c.mention.value == "2023-08").actors == (subject,)


@pytest.mark.parametrize(
    ("expected", "got", "same"),
    [
        ("Federal Bureau of Investigation", "FBI", True),
        ("US Treasury Department", "US Treasury", True),
        ("the U.S. Navy", "US Navy", True),
        ("US Air Force", "Air Force", True),
        ("Xi Jinping", "Joe Biden", False),
        ("US Senate", "United States", False),
        ("Hong Kong government", "Hong Kong", False),
        # a company's legal form or "Group" is set aside, not its name
        ("Ford Motor Company", "Ford Motor Co", True),
        ("Alibaba Group", "Alibaba", True),
        ("ASML", "ASML Holding", True),
        ("Group of Seven", "Seven", False),
        # a person's middle name is set aside; another given name is another person
        ("Joseph Schmidt", "Joseph Daniel Schmidt", True),
        ("Jimmy Lai", "Sebastien Lai", False),
        # a mission in a capital is the one in its country; a name without its country, or cut
        # before "of", or a person by two surnames, is the same entity; another name is not
        ("Chinese Embassy in the Netherlands", "Chinese Embassy in The Hague", True),
        ("Chinese Embassy in Manila", "Chinese Embassy in Tokyo", False),
        ("Ministry of Ecology and Environment", "Chinese Ministry of Ecology and Environment", True),
        ("Ninth Review Conference", "Ninth Review Conference of the Biological Weapons Convention", True),
        ("Andrés Manuel López Obrador", "López Obrador", True),
        ("Department of Energy", "US Energy Department", True),
        ("Chinese Foreign Ministry", "Japan", False),
        ("Taiwan Affairs Office", "Affairs Office", False),
        ("South Korean National Assembly", "National Assembly", True),
        ("Philippine Coast Guard", "Coast Guard", True),
        ("Korean Air", "Air", False),
        ("Russian Defense Ministry", "Russian Defence Ministry", True),
        ("António Guterres", "Antonio Guterres", True),
    ],
)
def test_same_actor_compares_entities(expected: str, got: str, same: bool) -> None:
    assert same_actor(expected, got, load_profile("us-china")) is same


def test_speaker_at_the_same_occasion_joins_the_main_event() -> None:
    text = ("FBI Director Christopher Wray told lawmakers on Wednesday that hackers were "
            "burrowing into US infrastructure. Jen Easterly, who leads the cyber agency, told the "
            "same hearing that intrusions had been removed.")
    (cand,) = run(text, [mention(text, "on Wednesday", "2024-04-24")])
    assert "Jen Easterly" in cand.actors


def test_lead_country_spokesperson_six_sentences_on_joins_the_lead() -> None:
    text = ("BEIJING — China said on Friday it firmly opposes the sanctions. "
            "The Treasury imposed them on two companies. "
            "It said the firms had shipped engines. "
            "A deputy secretary called the action a warning. "
            "A third company was also designated. "
            "Chinese Foreign Ministry spokesperson Lin Jian told a briefing that Beijing was impartial.")
    cands = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert "Lin Jian" in cands[0].actors


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        # the body the lead described, named as the next sentence opens, dated or not
        ("The Public Audit Oversight Board voted to vacate its December 2021 findings.", True),
        ("The Public Audit Oversight Board said its inspectors spent weeks in Hong Kong.", True),
        # a body named later in the sentence is no subject
        ("Inspectors of the Public Audit Oversight Board spent weeks in Hong Kong.", False),
    ],
)
def test_lead_describing_a_country_s_body_is_the_act_of_the_body_named_next(
    second: str, joins: bool,
) -> None:
    text = ("WASHINGTON, Dec 15 - The U.S. audit watchdog said on Thursday it had secured full "
            "access to inspect accounting firms in China for the first time. " + second)
    mentions = [mention(text, "on Thursday", "2022-12-15")]
    if "December 2021" in text:
        mentions.append(mention(text, "December 2021", "2021-12", "month"))
    lead = next(c for c in run(text, mentions) if c.mention.value == "2022-12-15")
    assert ("Public Audit Oversight Board" in lead.actors) is joins
    if joins:
        assert lead.actors[0] == "Public Audit Oversight Board"  # the subject goes first


def test_an_acronym_the_article_defines_is_named_in_full() -> None:
    text = ("The Public Company Accounting Oversight Board (PCAOB) said on Thursday it had full "
            "access. The PCAOB signed an agreement in August with Beijing's securities regulator.")
    cands = run(text, [mention(text, "on Thursday", "2022-12-15"),
                       mention(text, "in August", "2022-08", "month")], profile="all")
    for cand in cands:
        assert "Public Company Accounting Oversight Board" in cand.actors
        assert "PCAOB" not in cand.actors


@pytest.mark.parametrize(("text", "defined"), [
    ("The State Administration for Market Regulation (SAMR) said so.",
     {"SAMR": "State Administration for Market Regulation"}),
    ("The Federal Communications Commission (Reuters) said so.", {}),  # not its initials
    ("The U.S. Centers for Disease Control and Prevention (CDC) said so.",
     {"CDC": "Centers for Disease Control and Prevention"}),
    ("The Committee on Foreign Investment in the United States (CFIUS) said so.",
     {"CFIUS": "Committee on Foreign Investment in the United States"}),
    ("Talks with Joe Biden (Reuters) went on.", {}),
])
def test_acronyms_are_defined_by_initials(text: str, defined: dict[str, str]) -> None:
    from timeline.events.extract import _defined_acronyms

    assert _defined_acronyms(text, find_names(text, load_profile("all")))[0] == defined


@pytest.mark.parametrize(("second", "derived"), [
    ("The disclosure came a day after the Pentagon said China had turned down a meeting.", True),
    ("The disclosure came as the Pentagon said China had turned down a meeting.", False),
])
def test_news_that_came_a_day_after_counts_from_the_sentence_before(second: str, derived: bool) -> None:
    text = ("The Indo-Pacific Command said in a statement on Tuesday that a Chinese jet flew in "
            "front of a U.S. plane on May 26. " + second)
    mentions = [mention(text, "on Tuesday", "2023-05-30"), mention(text, "May 26", "2023-05-26")]
    cands = run(text, mentions)
    day_before = [c for c in cands if c.mention.value == "2023-05-29"]
    assert bool(day_before) is derived
    if derived:
        assert "Pentagon" in day_before[0].actors
        assert day_before[0].mention.reference.isoformat() == "2023-05-30"  # what it counted from


@pytest.mark.parametrize(("text", "absent"), [
    ("Media tycoon Jimmy Lai was arrested.", "Lai Ching-te"),
    ("Apple Daily was forced to close.", "Apple"),
    ("Nvidia Corp said so.", "Corp"),
    ("Huawei Technologies Co Ltd said so.", "Technologies Co Ltd"),
])
def test_names_that_are_not_the_profile_s_or_anyone_s(text: str, absent: str) -> None:
    assert absent not in [f.name for f in find_names(text, load_profile("us-china"))]


def test_a_surname_alone_is_the_article_s_person_introduced_first() -> None:
    text = ("The trial of media tycoon Jimmy Lai opened on Monday. His son Sebastien Lai spoke in "
            "London. Lai was first arrested in August 2020.")
    cands = run(text, [mention(text, "on Monday", "2023-12-18"),
                       mention(text, "in August 2020", "2020-08", "month")])
    arrest = next(c for c in cands if c.mention.value == "2020-08")
    assert "Jimmy Lai" in arrest.actors
    assert "Lai Ching-te" not in arrest.actors


def test_came_after_looks_back_for_its_day_and_dates_each_clause() -> None:
    text = ("A ministry spokeswoman said at a briefing on Wednesday that no ban had been issued. "
            "She did not elaborate. The comments came a day after Apple unveiled new phones, and "
            "a week after the Wall Street Journal reported the curbs.")
    cands = run(text, [mention(text, "on Wednesday", "2023-09-13")], profile="all")
    derived = {c.mention.value: c for c in cands if c.mention.anchor == "event-offset"}
    assert set(derived) == {"2023-09-12", "2023-09-06"}
    assert "Apple" in derived["2023-09-12"].actors
    assert "Wall Street Journal" in derived["2023-09-06"].actors
    assert derived["2023-09-06"].mention.text == "a week after"


def test_the_dated_occasion_of_the_story_takes_the_main_event_s_doers() -> None:
    text = ("WASHINGTON, May 31 - A Chinese J-16 fighter flew in front of a U.S. Air Force plane "
            "last week, the Pentagon said on Wednesday. The U.S. Indo-Pacific Command said in a "
            "statement on Tuesday that the encounter took place on May 26 over the sea.")
    cands = run(text, [mention(text, "on Wednesday", "2023-05-31"),
                       mention(text, "on Tuesday", "2023-05-30"),
                       mention(text, "May 26", "2023-05-26")])
    main = next(c for c in cands if c.mention.value == "2023-05-31")
    occasion = next(c for c in cands if c.mention.value == "2023-05-26")
    statement = next(c for c in cands if c.mention.value == "2023-05-30")
    # the encounter's doers come from the main event; the statement stays the command's
    assert occasion.actors[:len(main.actors)] == main.actors
    assert statement.actors[0] == "US Indo-Pacific Command"


@pytest.mark.parametrize(("text", "name"), [
    ("He met the Minister of Industry and Information Technology Jin Zhuanglong.", "Jin Zhuanglong"),
    ("It was witnessed by Minister Without Portfolio John Deng.", "John Deng"),
    ("Minister of Foreign Affairs Joseph Wu thanked them.", "Joseph Wu"),
    ("The Minister for Foreign Affairs Penny Wong said so.", "Penny Wong"),
])
def test_a_minister_s_portfolio_is_no_part_of_the_name(text: str, name: str) -> None:
    names = [f.name for f in find_names(text, load_profile("all"))]
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_councilor_title_alone_is_no_one() -> None:
    found = find_names("Chinese State Councilor and Foreign Minister Qin Gang met Musk.",
                       load_profile("us-china"))
    assert "Councilor" not in [f.name for f in found]


@pytest.mark.parametrize(("second", "joins"), [
    # a lead naming no person is told with the people of the meeting in the next sentence
    ("Michael Chase, a deputy assistant secretary, hosted Maj. Gen. Song Yanchao.", True),
    ("Michael Chase, a deputy assistant secretary, said Song Yanchao was candid.", False),
])
def test_next_sentence_hosting_names_the_people_of_a_lead_without_one(second: str, joins: bool) -> None:
    text = f"Senior defense officials concluded two days of talks at the Pentagon on Tuesday. {second}"
    cands = run(text, [mention(text, "on Tuesday", "2024-01-09")])
    assert ({"Michael Chase", "Song Yanchao"} <= set(cands[0].actors)) is joins


def test_an_agency_named_inside_a_quotation_does_not_speak_for_the_lead() -> None:
    text = ("WASHINGTON — The United States on Thursday condemned the Chinese drills. "
            "The drills lasted three days. "
            "\"Whoever sits in the White House, support is strong,\" Gallagher said.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25")])
    assert "White House" not in cands[0].actors


def test_the_dateline_day_yields_to_the_lead_s_own_day() -> None:
    text = ("MANILA, March 24 (Reuters) - The United States condemned on Saturday China's "
            "actions near the Second Thomas Shoal.")
    cands = run(text, [mention(text, "March 24", "2024-03-24"),
                       mention(text, "on Saturday", "2024-03-23")])
    assert [c.mention.value for c in cands] == ["2024-03-23"]


@pytest.mark.parametrize(("second", "first_actor"), [
    ("In December it added 36 entities, including YMTC.", "US Commerce Department"),
    ("In December it was the turn of YMTC.", "YMTC"),
])
def test_it_acting_is_the_lead_s_subject(second: str, first_actor: str) -> None:
    text = f"The Commerce Department on Friday added six Chinese firms to its entity list. {second}"
    cands = run(text, [mention(text, "on Friday", "2023-02-10"),
                       mention(text, "In December", "2022-12", "month")])
    december = next(c for c in cands if c.mention.value == "2022-12")
    assert december.actors[0] == first_actor


@pytest.mark.parametrize(("text", "name"), [
    ("The U.N. Security Council voted on Thursday.", "UN Security Council"),
    ("The United Nations Human Rights Council voted down a motion.", "UN Human Rights Council"),
    ("National Security Council spokesman John Kirby said so.", "National Security Council"),
])
def test_un_bodies_by_one_name(text: str, name: str) -> None:
    assert name in [f.name for f in find_names(text, load_profile("us-china"))]


# (text, dated phrases as (phrase, value, precision), the value of the event, actors it has)
JOINS = [
    # "The delegation also met with Lai", though a relative clause of that sentence has dates
    (("President Tsai Ing-wen yesterday met a delegation led by US Representative Mike Gallagher. "
     "The delegation also met with Vice President Lai Ching-te, who won last month's "
     "presidential election."),
     [("yesterday", "2024-02-22", "day"), ("last month", "2024-01", "month")],
     "2024-02-22", {"Lai Ching-te"}),
    # "both men", "the two leaders": the main event's people
    (("Antony Blinken and Wang Yi held talks on Saturday in Bali. The meeting came a day after "
     "both men attended a G20 gathering on Friday with Sergei Lavrov."),
     [("on Saturday", "2022-07-09", "day"), ("on Friday", "2022-07-08", "day")],
     "2022-07-08", {"Antony Blinken", "Wang Yi"}),
    # news that "came the same day" as a clause dates the clause
    (("The Commerce Department said on Friday it added six firms to its entity list. The listing "
     "came the same day President Joe Biden ordered a jet to shoot down an object."),
     [("on Friday", "2023-02-10", "day")], "2023-02-10", {"Joe Biden"}),
    # "trips by Janet Yellen in July and Gina Raimondo in August": each name's own month
    (("The diplomacy follows Blinken's visit to Beijing in June and trips by Janet Yellen in July "
     "and Gina Raimondo in August."),
     [("June", "2023-06", "month"), ("July", "2023-07", "month"), ("August", "2023-08", "month")],
     "2023-08", {"Gina Raimondo"}),
    # a definite subject after an opening phrase finds its antecedent
    (("US lawmakers met Tsai Ing-wen in Taipei on Thursday. Mike Gallagher chairs the House "
     "Select Committee on the Chinese Communist Party. In December, the committee issued a "
     "report on China."),
     [("on Thursday", "2024-02-22", "day"), ("December", "2023-12", "month")],
     "2023-12", {"House Select Committee on the Chinese Communist Party"}),
    # speakers before or after the vote: the main event's occasion
    (("China and Russia on Thursday vetoed a US-drafted resolution on North Korea. The draft had "
     "13 votes in favor. Linda Thomas-Greenfield told the council before the vote that the "
     "danger was clear."),
     [("on Thursday", "2022-05-26", "day")], "2022-05-26", {"Linda Thomas-Greenfield"}),
    # bodies acting "separately" on the same news
    (("The United States on Tuesday imposed sanctions on a Chinese firm. The Justice Department "
     "separately unsealed an indictment, and the State Department offered a reward."),
     [("on Tuesday", "2024-12-10", "day")], "2024-12-10",
     {"US Justice Department", "US State Department"}),
    # a lead without a person is done by the person opening the next sentence
    (("The Justice Department on Wednesday scrapped a Trump-era program. Matthew Olsen, who "
      "heads its security division, announced the decision in a speech."),
     [("on Wednesday", "2022-02-23", "day")], "2022-02-23", {"Matthew Olsen"}),
    # "The US delegation was led by X": the main event's party
    (("US and Chinese officials held arms control talks in Washington on Monday. The US "
      "delegation was led by Mallory Stewart, an assistant secretary of state."),
     [("on Monday", "2023-11-06", "day")], "2023-11-06", {"Mallory Stewart"}),
    # "The group, led by X, arrived on Thursday": the party of the main event, though dated
    (("A delegation of six US lawmakers met Tsai Ing-wen in Taipei on Friday. The group, led by "
      "Senator Lindsey Graham, arrived in Taipei on Thursday evening."),
     [("on Friday", "2022-04-15", "day"), ("on Thursday evening", "2022-04-14", "day")],
     "2022-04-15", {"Lindsey Graham"}),
    # a lead's described subject ("A Chinese citizen who ...") is the person the next
    # sentence opens with, though that sentence has its own date
    (("CHICAGO (AP) — A Chinese citizen who enlisted in the Army Reserve was sentenced "
      "Wednesday to eight years. Ji Chaoqun, 31, was convicted by a federal jury in September."),
     [("Wednesday", "2023-01-25", "day"), ("September", "2022-09", "month")],
     "2023-01-25", {"Ji Chaoqun"}),
    # ... also when that sentence is undated
    (("LOS ANGELES (AP) — A U.S. Navy sailor was sentenced on Monday to 27 months in prison. "
      "Wenheng Zhao, 26, was also ordered to pay a fine."),
     [("on Monday", "2024-01-08", "day")], "2024-01-08", {"Wenheng Zhao"}),
    # "the agency" is the government body named before ...
    (("The U.S. Federal Communications Commission voted on Thursday to bar the labs. The plan "
      "builds on earlier FCC actions. In November 2022, the agency banned Huawei equipment."),
     [("on Thursday", "2024-05-23", "day"), ("November 2022", "2022-11", "month")],
     "2022-11", {"Federal Communications Commission"}),
    # ... and "the ministry" the first one named with that word
    (("The Commerce Ministry, with the Ministry of Science and Technology, on Thursday published "
      "a catalogue. The ministry had first sought comment in December last year."),
     [("on Thursday", "2023-12-21", "day"), ("December last year", "2022-12", "month")],
     "2022-12", {"Chinese Commerce Ministry"}),
    # "It added ..." after a lead whose subject is "the U.S. <body>" is that body's
    (("The U.S. Federal Communications Commission voted on Thursday to bar the labs. It added "
      "China Mobile to its list in March 2022."),
     [("on Thursday", "2024-05-23", "day"), ("March 2022", "2022-03", "month")],
     "2022-03", {"Federal Communications Commission"}),
    # ... and the country of the opener's title is not the opener
    (("BOSTON (AP) — A former Harvard University professor was sentenced Wednesday. U.S. "
      "District Judge Rya Zobel also ordered Charles Lieber to pay a fine."),
     [("Wednesday", "2023-04-26", "day")], "2023-04-26", {"Rya Zobel"}),
    # "In its statement, the State Department said ..." however far from the lead
    (("The United States on Sunday accused China of dangerous actions at sea. " + "A boat was hit. " * 8
      + "In its statement, the State Department said the ships used water cannons."),
     [("on Sunday", "2023-12-10", "day")], "2023-12-10", {"US State Department"}),
    # "On Saturday the two sides agreed": the two people of the sentence before
    (("Yellen closed her talks in China on Monday. Earlier, Yellen held two days of talks with "
      "Vice Premier He Lifeng. On Saturday the two sides agreed to launch exchanges."),
     [("on Monday", "2024-04-08", "day"), ("On Saturday", "2024-04-06", "day")],
     "2024-04-06", {"Janet Yellen", "He Lifeng"}),
    # a lead that names no one is told on by the body opening the sentence after it
    (("The vote, when it came on Monday, took seconds. The U.N. General Assembly adopted a "
      "Chinese-drafted resolution on AI by consensus."),
     [("on Monday", "2024-07-01", "day")], "2024-07-01", {"UN General Assembly"}),
    # a leader's administration is the leader's country's government too, in any sentence
    (("Shipbuilders filed a petition on Tuesday. Section 301 is the statute the Trump "
      "administration used in 2018 to impose tariffs."),
     [("on Tuesday", "2024-03-12", "day"), ("in 2018", "2018", "year")],
     "2018", {"Donald Trump", "United States"}),
    # "The rules, issued by the Commerce Department's ...": the lead's object with its doer
    (("The Biden administration on Friday published export controls on chips. The rules, issued "
      "by the Commerce Department's Bureau of Industry and Security, require licences."),
     [("on Friday", "2022-10-07", "day")], "2022-10-07", {"US Commerce Department"}),
    # a country opening a sentence is a doer, though never named elsewhere
    (("Ambassador Rahm Emanuel ate fish in Fukushima on Thursday. Japan began discharging "
      "treated water into the Pacific on Aug. 24."),
     [("on Thursday", "2023-08-31", "day"), ("on Aug. 24", "2023-08-24", "day")],
     "2023-08-24", {"Japan"}),
    # "Last year's report" is the main event's doer's
    (("The Pentagon on Wednesday said China has more than 600 warheads. Last year's report put "
      "the figure at more than 500."),
     [("on Wednesday", "2024-12-18", "day"), ("Last year", "2023", "year")],
     "2023", {"Pentagon"}),
    # "The two militaries" are the bodies of the sentence before
    (("Bombers flew near Japan on Tuesday. China's Defense Ministry said the People's Liberation "
      "Army flew a patrol with Russia. The two militaries last flew together in November."),
     [("on Tuesday", "2022-05-24", "day"), ("in November", "2021-11", "month")],
     "2021-11", {"People's Liberation Army"}),
    # "Beijing hit back on Tuesday. ... spokeswoman Mao Ning told a briefing": a country's dated
    # act is told by its spokesperson in the next sentence
    (("The House passed the bill on Monday. Beijing hit back on Tuesday. Foreign ministry "
      "spokeswoman Mao Ning told a regular press briefing that the bill was wrong."),
     [("on Monday", "2023-03-27", "day"), ("on Tuesday", "2023-03-28", "day")],
     "2023-03-28", {"Mao Ning"}),
    # "... cleared the chamber on Monday": the legislature named before
    (("The US House of Representatives has passed a bill on China. The act cleared the chamber "
      "415-0 on Monday."), [("on Monday", "2023-03-27", "day")], "2023-03-27",
     {"US House of Representatives"}),
    # "He was arrested on May 6" after a sentence opening with a person-shaped name
    (("The Justice Department on Tuesday announced charges. In a separate case, Liming Li, 64, "
      "of California, is accused of stealing trade secrets. He was arrested on May 6 at an "
      "airport."), [("on Tuesday", "2023-05-16", "day"), ("on May 6", "2023-05-06", "day")],
     "2023-05-06", {"Liming Li"}),
    # "the Justice and Commerce departments": both departments
    (("The Justice Department on Tuesday announced charges. The strike force was set up in "
      "February by the Justice and Commerce departments."),
     [("on Tuesday", "2023-05-16", "day"), ("in February", "2023-02", "month")],
     "2023-02", {"US Justice Department", "US Commerce Department"}),
    # "the ministry's Department of Asian Affairs": the ministry named before acts through it
    (("China's foreign ministry said on Friday it protested. Liu Jinsong, director general of "
      "the ministry's Department of Asian Affairs, met a South Korean diplomat on Thursday."),
     [("on Friday", "2023-04-28", "day"), ("on Thursday", "2023-04-27", "day")],
     "2023-04-27", {"Chinese Foreign Ministry"}),
    # "Yoon" is Yoon Suk Yeol, a surname written first in a three-word name
    (("President Yoon Suk Yeol began a state visit on Tuesday. Biden and Yoon met at the White "
      "House on Wednesday."),
     [("on Tuesday", "2023-04-25", "day"), ("on Wednesday", "2023-04-26", "day")],
     "2023-04-26", {"Yoon Suk Yeol"}),
    # "the two leaders met on Monday" after an undated lead naming them
    (("Beijing: Anthony Albanese has held his first meeting with Xi Jinping on Chinese soil. "
      "The two leaders met for about an hour on Monday."),
     [("on Monday", "2023-11-06", "day")], "2023-11-06", {"Anthony Albanese", "Xi Jinping"}),
    # "it" acting in a company's story is the company
    (("Boeing said on Tuesday it had resumed deliveries to China. On July 9 it delivered two "
      "freighters to Air China."),
     [("on Tuesday", "2024-07-23", "day"), ("On July 9", "2024-07-09", "day")],
     "2024-07-09", {"Boeing"}),
    # "..., while China said it had lodged representations": a second country of the lead
    # speaks through its spokesperson in the next sentence
    (("TAIPEI — Taiwan thanked the United States on Friday for approving the sale, while China "
      "said it had lodged stern representations. Chinese foreign ministry spokeswoman Mao Ning "
      "told a regular news briefing that the sale violated the one-China principle."),
     [("on Friday", "2023-06-30", "day")], "2023-06-30", {"Mao Ning"}),
    # "the commission" is the body named in the lead, several sentences before
    (("The U.S. Federal Communications Commission on Friday added three firms to its list. "
      "The list names equipment seen as a threat. Firms on it cannot get subsidies. Carriers "
      "must replace such gear. The program costs billions. The commission first published it "
      "last March."),
     [("on Friday", "2022-03-25", "day"), ("last March", "2021-03", "month")],
     "2021-03", {"Federal Communications Commission"}),
    # "a Canadian frigate", "two U.S. cruisers": the country's navy
    (("A U.S. Navy destroyer and a Canadian frigate sailed through the Taiwan Strait on Tuesday. "
      "On Aug. 28, two U.S. cruisers made the first transit of the strait."),
     [("on Tuesday", "2022-09-20", "day"), ("On Aug. 28", "2022-08-28", "day")],
     "2022-08-28", {"US Navy"}),
    (("A U.S. Navy destroyer and a Canadian frigate sailed through the Taiwan Strait on Tuesday, "
      "the second transit since House Speaker Nancy Pelosi's visit to Taiwan."),
     [("on Tuesday", "2022-09-20", "day")], "2022-09-20", {"US Navy", "Canada"}),
    # "The bill, led by Sen. Mark Warner ... and Sen. John Thune": its sponsors
    (("A bipartisan group of senators on Tuesday introduced legislation on TikTok. The bill, led "
      "by Sen. Mark Warner and Sen. John Thune, is backed by 12 senators."),
     [("on Tuesday", "2023-03-07", "day")], "2023-03-07", {"Mark Warner", "John Thune"}),
    # a lead naming only countries, told with a titled person of one of them
    (("GENEVA (AP) — The United States used a U.N. review of China's record on Tuesday to press "
      "Beijing. The review happens every five years. U.S. Ambassador Michèle Taylor urged China "
      "to release detained people."),
     [("on Tuesday", "2024-01-23", "day")], "2024-01-23", {"Michèle Taylor"}),
    # "Marcos" is Ferdinand Marcos Jr.: a surname before a "Jr." stands for the name
    (("BEIJING — Philippine President Ferdinand Marcos Jr. and Xi Jinping signed 14 deals on "
      "Thursday. Marcos, who arrived on Tuesday, held talks with Xi on Wednesday."),
     [("on Thursday", "2023-01-05", "day"), ("on Tuesday", "2023-01-03", "day"),
      ("on Wednesday", "2023-01-04", "day")], "2023-01-04", {"Ferdinand Marcos Jr"}),
    # "Taiwan said": the place stands for its government
    (("TAIPEI — China's coast guard boarded a Taiwanese tourist boat near Kinmen on Monday, "
      "Taiwan said."), [("on Monday", "2024-02-19", "day")], "2024-02-19", {"Taiwan"}),
    # a surname written first names the person again ("Ms. Meng")
    (("Canada arrested Huawei's finance chief, Meng Wanzhou, in December 2018. Ms. Meng was "
     "allowed to return to China in September 2021."),
     [("December 2018", "2018-12", "month"), ("September 2021", "2021-09", "month")],
     "2021-09", {"Meng Wanzhou"}),
    # "rules the Biden administration proposed": the US bodies of the next sentence did it,
    # though a relative clause of that sentence has a date of its own
    (("Electric vehicles will lose a tax credit under rules the Biden administration proposed on "
      "Friday. The Treasury Department issued proposed regulations, defining a term written into "
      "the Inflation Reduction Act, which Biden signed in August 2022."),
     [("on Friday", "2023-12-01", "day"), ("August 2022", "2022-08", "month")],
     "2023-12-01", {"US Treasury"}),
    # a body's dated statement, told by the spokesperson the next sentence opens with
    (("Lai Ching-te was sworn in as president on May 20. China's Taiwan Affairs Office said on "
      "Monday that the speech sent dangerous signals. Spokesperson Chen Binhua said Beijing "
      "would never tolerate it."),
     [("on May 20", "2024-05-20", "day"), ("on Monday", "2024-05-20", "day")],
     "2024-05-20", {"Chen Binhua"}),
    # "X addressed the meeting": the main event's occasion, X taking part
    (("Senior U.S. and Chinese officials met in Washington on Wednesday to review cooperation on "
      "fentanyl. The talks focused on law enforcement. Jennifer Daskal, President Joe Biden's "
      "deputy homeland security adviser, "
      "addressed the meeting."),
     [("on Wednesday", "2024-07-31", "day")], "2024-07-31", {"Jennifer Daskal"}),
    # "The complaint, filed together with the FTC": the lead's object, with its other doer (the
    # sentence's only date starts a period: its main clause is undated)
    (("The Justice Department sued TikTok on Friday. The complaint, filed together with the "
      "Federal Trade Commission in federal court, alleges that since 2019 TikTok has let "
      "children open accounts."),
     [("on Friday", "2024-08-02", "day"), ("2019", "2019", "year")],
     "2024-08-02", {"US Justice Department", "Federal Trade Commission"}),
    # "The same committee": the committee named before, not the army named in between
    (("China on Friday named Dong Jun as defence minister. The Standing Committee of the National "
      "People's Congress approved the appointment. Dong had led the People's Liberation Army Navy "
      "since 2021. The same committee removed Li Shangfu as defence minister on Oct. 24."),
     [("on Friday", "2023-12-29", "day"), ("2021", "2021", "year"),
      ("on Oct. 24", "2023-10-24", "day")],
     "2023-10-24", {"National People's Congress Standing Committee"}),
    # a word opening a sentence is a name when the article writes it as one elsewhere
    (("Microsoft is asking some of its China-based staff to move abroad, the company said on "
      "Thursday. A Microsoft spokesperson called it a regular part of business."),
     [("on Thursday", "2024-05-16", "day")], "2024-05-16", {"Microsoft"}),
    # two capitals coordinated are the two governments
    (("It was the second summit co-hosted by Washington and Beijing, after one at the COP28 talks "
      "in December."), [("in December", "2023-12", "month")], "2023-12",
     {"United States", "China"}),
    # "last year, in March and in October": the months are the events, not the year
    (("Tim Cook met Wang Wentao twice last year, in March and in October."),
     [("last year", "2023", "year"), ("in March", "2023-03", "month"),
      ("in October", "2023-10", "month")], "2023-10", {"Tim Cook", "Wang Wentao"}),
    # a lead naming no person: its people told by name a few sentences on, with its verb
    (("A federal jury in Brooklyn on Tuesday convicted a retired police sergeant and two other "
      "men of stalking a family. The verdict was the first of its kind. Michael McMahon, 55, a "
      "private investigator, was found guilty of acting as an illegal agent. Zhu Yong, 66, was "
      "convicted of conspiring to act as an agent."),
     [("on Tuesday", "2023-06-20", "day")], "2023-06-20", {"Michael McMahon", "Zhu Yong"}),
    # "On the same programme": the day of the programme told before, with its own speaker (a
    # person "of" a place is that person)
    (("Lawmakers split. Asked about the memo on Sunday, Rep. Michael McCaul said he hoped the "
      "general was wrong. McCaul criticised the administration. On the same programme, Rep. Adam "
      "Smith of Washington said war was unlikely."),
     [("on Sunday", "2023-01-29", "day")], "2023-01-29", {"Adam Smith"}),
    (("The memo became public on Friday. Asked about it on Sunday, Rep. Michael McCaul said he "
      "hoped the general was wrong. McCaul criticised the administration. On the same programme, "
      "Rep. Adam Smith of Washington said war was unlikely."),
     [("on Friday", "2023-01-27", "day"), ("on Sunday", "2023-01-29", "day")], "2023-01-29",
     {"Adam Smith"}),
    # one candidate a value: "in 2024 ... the same year" leaves room for "October"
    (("Xi Jinping secured a third term in October, he wrote, while Taiwan's election in 2024 "
      "would give Xi a reason to act and the U.S. election the same year would distract America."),
     [("in October", "2022-10", "month"), ("2024", "2024", "year"),
      ("the same year", "2024", "year")], "2022-10", {"Xi Jinping"}),
    # "The 58-page report, released on Thursday, said China ...": the report told before, by
    # the body named right before the word
    (("China's foreign ministry on Saturday rejected a U.S. State Department report on "
      "propaganda. The 58-page report, released on Thursday, said the Chinese Communist Party "
      "spends billions on it."),
     [("on Saturday", "2023-09-30", "day"), ("on Thursday", "2023-09-28", "day")], "2023-09-28",
     {"US State Department"}),
    # a name shaped like a person's is not cut off by the cap for the bodies named before it
    (("Director of National Intelligence Avril Haines presented the annual threat assessment to "
      "the Senate Intelligence Committee on Wednesday, alongside the heads of the CIA and the "
      "FBI."), [("on Wednesday", "2023-03-08", "day")], "2023-03-08", {"Avril Haines"}),
    # a surname two people of the article share is the one named in full last before it
    (("FBI agents arrested Yaoning Sun on Thursday. Sun travelled to China in August 2023. "
      "The arrest follows charges in September against Linda Sun, a former aide."),
     [("on Thursday", "2024-12-19", "day"), ("August 2023", "2023-08", "month"),
      ("September", "2024-09", "month")], "2023-08", {"Yaoning Sun"}),
    # an organization's initials name it after its full name, defined or not
    (("The complaint was filed with the Federal Trade Commission. The FTC voted in June to "
      "refer it."), [("in June", "2024-06", "month")], "2024-06", {"Federal Trade Commission"}),
]


@pytest.mark.parametrize(("text", "actor"), [
    # a person after a role's place ("representative in Washington, X,") is no place
    ("Taiwan's representative in Washington, Hsiao Bi-khim, responded on Saturday.",
     "Hsiao Bi-khim"),
    # Pacific island states are countries, not places
    ("The Marshall Islands on Saturday signed a compact with Washington.", "Marshall Islands"),
])
def test_doers_that_look_like_places(text: str, actor: str) -> None:
    (cand,) = run(text, [mention(text, "on Saturday", "2024-04-20")])
    assert actor in cand.actors


def test_a_since_phrase_after_the_date_is_not_its_doer() -> None:
    text = ("A U.S. Navy destroyer sailed through the Taiwan Strait on Tuesday, the second "
            "transit since House Speaker Nancy Pelosi's visit to Taiwan angered Beijing.")
    (cand,) = run(text, [mention(text, "on Tuesday", "2022-09-20")])
    assert "US Navy" in cand.actors and "Nancy Pelosi" not in cand.actors


def test_the_lead_s_recent_day_is_the_main_event_after_a_date_ahead() -> None:
    text = ("BEIJING, Aug 1 (Reuters) - China will require licences for drone exports starting "
            "Sept. 1, the commerce ministry said on Monday. The drone rules were unveiled a day "
            "before separate curbs took effect on Tuesday.")
    cands = run(text, [mention(text, "Sept. 1", "2024-09-01"), mention(text, "on Monday", "2024-04-25"),
                       mention(text, "on Tuesday", "2024-04-26")])
    assert any(c.mention.value == "2024-04-26" and c.actors for c in cands)


def test_names_a_person_also_goes_by_are_that_person() -> None:
    text = ("NEW YORK (AP) — Guo Wengui was convicted by a federal jury on Tuesday. Prosecutors "
            "said Guo, who also goes by Miles Guo and Ho Wan Kwok, misled followers. Guo was "
            "arrested in New York in March of last year.")
    cands = run(text, [mention(text, "on Tuesday", "2024-07-16"),
                       mention(text, "in March of last year", "2023-03", "month")])
    march = next(c for c in cands if c.mention.value == "2023-03")
    assert "Guo Wengui" in march.actors and "Miles Guo" not in march.actors


def test_a_word_opening_the_text_after_a_dateline_is_no_name() -> None:
    text = "WASHINGTON — Lawyers for TikTok urged a federal appeals court on Monday to act."
    (cand,) = run(text, [mention(text, "on Monday", "2024-09-16")])
    assert "TikTok" in cand.actors and "Lawyers" not in cand.actors


def test_on_the_same_day_is_the_day_just_told() -> None:
    text = ("The Justice Department on Friday announced charges against a cartel. The Treasury "
            "Department on the same day imposed sanctions on two China-based companies.")
    cands = run(text, [mention(text, "on Friday", "2024-04-26")])
    assert any(c.mention.text == "the same day" and c.mention.value == "2024-04-26"
               and "US Treasury" in c.actors for c in cands)


@pytest.mark.parametrize(("text", "dated", "value", "actors"), JOINS)
def test_the_event_of_a_date_has_the_actors_a_reader_names(
        text: str, dated: list[tuple[str, str, str]], value: str, actors: set[str]) -> None:
    cands = run(text, [mention(text, phrase, v, precision) for phrase, v, precision in dated])
    assert any(c.mention.value == value and actors <= set(c.actors) for c in cands)


# (text, dated phrases, the value of the event, its first actor)
FIRST_ACTORS = [
    # a subject pronoun after an opening phrase is the person of the sentence before
    (("John Kerry arrived in Beijing on Sunday for climate talks. "
      "On Monday he held four hours of talks with Xie Zhenhua."),
     [("on Sunday", "2023-07-16", "day"), ("On Monday", "2023-07-17", "day")],
     "2023-07-17", "John Kerry"),
    # a definite noun finds its verb in the sentence before ("The suspensions" / "suspend")
    (("The U.S. Transportation Department said on Friday it will suspend 44 flights. "
      "The suspensions will begin on Jan. 30 with a Xiamen Airlines flight."),
     [("on Friday", "2022-01-21", "day"), ("on Jan. 30", "2022-01-30", "day")],
     "2022-01-30", "US Transportation Department"),
    # a subject pronoun goes back through a chain of sentences opening with "he"
    (("China on Tuesday removed Qin Gang as foreign minister. Qin, 57, is a career diplomat. He "
      "served in Washington, a post of the People's Republic. He was last seen in public on "
      "June 25, when he met Russian Deputy Foreign Minister Andrei Rudenko."),
     [("on Tuesday", "2023-07-25", "day"), ("June 25", "2023-06-25", "day")],
     "2023-06-25", "Qin Gang"),
    # "On Nov. 25 he said": an abbreviated month before the pronoun
    (("Analysts say the duties pushed makers to move. President-elect Donald Trump has promised "
      "to go further. On Nov. 25 he said he would impose a 10% tariff on goods from China."),
     [("On Nov. 25", "2024-11-25", "day")], "2024-11-25", "Donald Trump"),
    # "duties the department announced on Oct. 1": the department named before
    (("The Commerce Department set duties on solar panels on Friday. They come on top of duties "
      "the department announced on Oct. 1 against Vietnam."),
     [("on Friday", "2024-11-29", "day"), ("on Oct. 1", "2024-10-01", "day")], "2024-10-01",
     "US Commerce Department"),
    # a clause without a subject of its own is done by the main clause's
    (("President-elect Donald Trump on Wednesday picked Marco Rubio, a day after naming "
      "Mike Waltz as his national security adviser."),
     [("on Wednesday", "2024-11-13", "day")], "2024-11-12", "Donald Trump"),
    # "on Nov. 16, the day after <clause>": the clause is the day before that day
    (("Raimondo and Wang met again in San Francisco on Nov. 16, the day after President Joe Biden "
      "and President Xi Jinping held their summit at Woodside."),
     [("on Nov. 16", "2023-11-16", "day")], "2023-11-15", "Joe Biden"),
]


@pytest.mark.parametrize(("text", "dated", "value", "first"), FIRST_ACTORS)
def test_the_event_of_a_date_is_done_first_by(
        text: str, dated: list[tuple[str, str, str]], value: str, first: str) -> None:
    cands = run(text, [mention(text, phrase, v, precision) for phrase, v, precision in dated])
    assert next(c for c in cands if c.mention.value == value).actors[0] == first


@pytest.mark.parametrize(("text", "dated", "value", "actors"), [
    # a since-clause's date is the event of the clause's own doers ...
    ("Pelosi arrived in Taipei on Tuesday, the first such visit since Newt Gingrich went in 1997.",
     [("on Tuesday", "2022-08-02", "day"), ("1997", "1997", "year")], "1997", {"Newt Gingrich"}),
    # ... of the main clause's people when the clause opens with a pronoun ...
    ("Sullivan and Wang Yi held talks on Friday, their first since they met in Malta in September.",
     [("on Friday", "2024-01-26", "day"), ("September", "2023-09", "month")], "2023-09",
     {"Jake Sullivan", "Wang Yi"}),
    # ... and no event when the clause names no one
    (("China and Russia on Thursday vetoed the resolution, the first split since the sanctions "
      "regime was created in 2006."),
     [("on Thursday", "2022-05-26", "day"), ("2006", "2006", "year")], "2006", None),
])
def test_a_date_in_a_since_clause(text: str, dated: list[tuple[str, str, str]], value: str,
                                  actors: set[str] | None) -> None:
    cands = run(text, [mention(text, phrase, v, precision) for phrase, v, precision in dated])
    got = [set(c.actors) for c in cands if c.mention.value == value]
    assert (not got) if actors is None else any(actors <= a for a in got)


def test_a_country_the_profile_does_not_list_is_no_person() -> None:
    text = ("China and Russia on Thursday vetoed a resolution on North Korea. The draft had 13 "
            "votes. Linda Thomas-Greenfield told the council before the vote that North Korea "
            "was a danger.")
    cands = run(text, [mention(text, "on Thursday", "2022-05-26")])
    assert cands[0].actors[0] == "Linda Thomas-Greenfield" and "China" in cands[0].actors


def test_a_surname_shared_by_two_people_named_in_full_is_the_one_named_last() -> None:
    text = ("Wang Yi met Jake Sullivan in Vienna in May. "
            "Commerce Minister Wang Wentao held talks with Gina Raimondo on Thursday. "
            "Wang was due to meet Katherine Tai on Friday.")
    cands = run(text, [mention(text, "in May", "2023-05", "month"),
                       mention(text, "on Thursday", "2023-05-25"),
                       mention(text, "on Friday", "2023-05-26")])
    friday = next(c for c in cands if c.mention.value == "2023-05-26")
    assert "Wang Wentao" in friday.actors and "Wang Yi" not in friday.actors


def test_china_s_cyberspace_administration_is_the_cac() -> None:
    found = find_names("China's Cyberspace Administration said on Sunday.", load_profile("us-china"))
    assert "Cyberspace Administration of China" in [f.name for f in found]


def test_names_with_accented_letters_are_names() -> None:
    found = find_names("Michèle Taylor met José Núñez.", load_profile("all"))
    assert {"Michèle Taylor", "José Núñez"} <= {f.name for f in found}


def test_a_speaker_s_today_and_tomorrow_inside_a_quotation_date_no_event() -> None:
    text = ("The council on Thursday voted down the motion.\n\n"
            "\"Today, China is targeted. Tomorrow, any other country will be targeted,\" "
            "Chen Xu told the council before the vote.")
    cands = run(text, [mention(text, "on Thursday", "2022-10-06"),
                       mention(text, "Today", "2022-10-07"),
                       mention(text, "Tomorrow", "2022-10-08")], profile="all")
    assert [c.mention.value for c in cands] == ["2022-10-06"]
    assert "Chen Xu" in cands[0].actors


def test_a_speaker_at_the_vote_joins_it_though_a_later_clause_has_a_date() -> None:
    text = ("Hong Kong's legislature passed the security law on Tuesday. "
            "Chief Executive John Lee told lawmakers after the vote that the law would take "
            "effect on Saturday.")
    cands = run(text, [mention(text, "on Tuesday", "2024-03-19"),
                       mention(text, "on Saturday", "2024-03-23")])
    tuesday = next(c for c in cands if c.mention.value == "2024-03-19")
    assert "John Lee" in tuesday.actors


def test_the_based_company_is_the_firm_named_before() -> None:
    text = ("Intel abandoned its planned acquisition of Tower Semiconductor this year. "
            "The Santa Clara, California-based company said Wednesday it had ended the deal.")
    cands = run(text, [mention(text, "Wednesday", "2023-08-16")], profile="all")
    assert cands[0].actors[0] == "Intel"


@pytest.mark.parametrize(("text", "name"), [
    ("Rival Advanced Micro Devices Inc said it was also affected.", "Advanced Micro Devices"),
    ("China's General Administration of Customs on Tuesday suspended imports.",
     "General Administration of Customs"),
])
def test_names_without_their_descriptions(text: str, name: str) -> None:
    profile = load_profile("us-china")
    assert any(same_actor(name, f.name, profile) for f in find_names(text, profile))


@pytest.mark.parametrize(("text", "dated", "value", "actors"), [
    # "since <date>, when <clause>": the clause is that day's event, with its own doers ...
    (("Investors have been rattled since last Thursday, when the Securities and Exchange "
      "Commission named five companies. Shares fell 5% by 2024."),
     [("last Thursday", "2022-03-10", "day"), ("2024", "2024", "year")], "2022-03-10",
     {"Securities and Exchange Commission"}),
    # ... or the main clause's subject's, when the clause opens with a pronoun
    (("Beijing has frozen military contacts since August 2022, when it cut several channels "
      "after Nancy Pelosi's visit. Talks resumed in 2023."),
     [("August 2022", "2022-08", "month"), ("2023", "2023", "year")], "2022-08", {"China"}),
])
def test_a_since_date_with_a_when_clause_is_the_clause_s_event(
        text: str, dated: list[tuple[str, str, str]], value: str, actors: set[str]) -> None:
    profile = load_profile("us-china")
    cands = run(text, [mention(text, phrase, v, precision) for phrase, v, precision in dated])
    assert any(c.mention.value == value and all(
        any(same_actor(want, got, profile) for got in c.actors) for want in actors) for c in cands)


@pytest.mark.parametrize(("text", "name"), [
    ("Beijing last month also announced export controls on gallium.", "China"),
    ("On Friday, WTO panels ruled that the tariffs broke trade rules.", "World Trade Organization"),
    ("In Taipei, the Presidential Office on Monday thanked Biden.", "Taiwan Presidential Office"),
    ("The Ministry of National Defense yesterday thanked Washington.",
     "Taiwan Ministry of National Defense"),
    ("China's Ministry of National Defense said so.", "Chinese Defense Ministry"),
    # "and" joins two portfolios of one ministry
    ("Last Thursday, China's Ministry of Culture and Tourism added the United States to the list.",
     "Chinese Ministry of Culture and Tourism"),
    ("Taiwan's Mainland Affairs Council hit back on Sunday.", "Mainland Affairs Council"),
])
def test_who_acts_in_a_sentence(text: str, name: str) -> None:
    assert name in [f.name for f in find_names(text, load_profile("us-china"))]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # military ranks are titles; a surname written first before another given name is another
    # person; the head of a name cut off ("Corps") is no one
    ("Marine Corps Maj. Gen. Jay Bargeron led the US side, and Rear Adm. Wang Qiang the Chinese.",
     {"Jay Bargeron", "Wang Qiang"}, {"Corps Maj", "Corps", "Wang Yi"}),
    ("Wang told Blinken the talks were useful.", {"Wang Yi"}, set()),
    # a demonym after a compass word is no name ("Southeast Asian countries")
    ("Duties on panels from four Southeast Asian countries rose.", set(), {"Southeast Asian"}),
    # "von der", "van den" join a name
    ("Commodore Jay Tarriela, the coast guard's spokesman, said the ship came close.",
     {"Jay Tarriela"}, {"Commodore Jay Tarriela"}),
    ("European Commission President Ursula von der Leyen visited China.",
     {"Ursula von der Leyen"}, {"Leyen", "Ursula"}),
    ("Brazilian President Luiz Inacio Lula da Silva met Xi Jinping in Beijing.",
     {"Luiz Inacio Lula da Silva", "Xi Jinping"}, {"Silva", "Luiz Inacio Lula"}),
    # a party member's description and a "-based" place go too
    ("California Democrat Ro Khanna led the delegation.", {"Ro Khanna"},
     {"California Democrat Ro Khanna"}),
    ("China approved the deal for San Jose-based Xilinx.", {"Xilinx"}, {"San Jose-based Xilinx"}),
    # plural titles and "President-elect" go too
    ("In July, Republican Representatives Jason Smith and Mike Gallagher demanded answers.",
     {"Jason Smith", "Mike Gallagher"}, {"Republican Representatives Jason Smith"}),
    ("Lai attended the inauguration of Paraguayan President-elect Santiago Pena.",
     {"Santiago Pena"}, {"Paraguayan President-elect Santiago Pena"}),
    # the place of a title goes: "Ambassador to Manila X", "Ambassador to Japan X"
    ("US Ambassador to Manila MaryKay Carlson said on Saturday.", {"MaryKay Carlson"},
     {"Manila MaryKay Carlson"}),
    ("U.S. Ambassador to Japan Rahm Emanuel ate fish on Thursday.", {"Rahm Emanuel"},
     {"Japan Rahm Emanuel"}),
    # a middle initial counts for no word of a long title ("Chief U.S. District Judge")
    ("Ma was sentenced by Chief U.S. District Judge Derrick K. Watson in Honolulu.",
     {"Derrick Watson"}, {"Derrick", "Watson"}),
    # "the city's Department of Justice" (a Hong Kong story) is not the US one
    ("Later on Thursday, the city's Department of Justice said it would appeal.", set(),
     {"US Justice Department"}),
    # an alias "Chinese bombers" with a partner country or modifiers in between
    ("Chinese and Russian strategic bombers flew a joint mission on Tuesday.",
     {"People's Liberation Army"}, set()),
    ("Kishi said two Chinese H-6 bombers joined two Russian planes.",
     {"People's Liberation Army"}, set()),
    # a quoted nickname inside a name goes; China's own body is named "Chinese ..."
    ("A federal jury found Feng \"Franklin\" Tao guilty on Thursday.", {"Feng Tao"},
     {"Feng", "Tao", "Franklin"}),
    ("The rules were issued on Dec. 26 by China's Ministry of Industry and Information Technology.",
     {"Chinese Ministry of Industry and Information Technology"}, set()),
    # a bill or an agreement is no doer; a party-led chamber is the chamber
    ("In January, the new Republican-led House passed the Developing Country Act.",
     {"US House of Representatives"}, {"Developing Country Act"}),
    ("They can use the sites under the Enhanced Defense Cooperation Agreement.", set(),
     {"Enhanced Defense Cooperation Agreement", "Cooperation Agreement"}),
])
def test_ranks_and_surnames_written_first(text: str, present: set[str], absent: set[str]) -> None:
    names = {f.name for f in find_names(text, load_profile("us-china"))}
    assert present <= names and not absent & names


def test_a_clause_after_a_day_after_goes_past_a_name_in_apposition() -> None:
    """"a day after he and his Chinese counterpart, General Li Shangfu, exchanged a handshake":
    the clause's event is both men's, the day before."""
    text = ("US Defence Secretary Lloyd Austin on Saturday rebuked Beijing, a day after he and his "
            "Chinese counterpart, General Li Shangfu, exchanged a handshake at a dinner.")
    cands = run(text, [mention(text, "on Saturday", "2023-06-03")])
    before = next(c for c in cands if c.mention.value == "2023-06-02")
    assert {"Lloyd Austin", "Li Shangfu"} <= set(before.actors)


def test_they_met_is_the_main_event_s_people_again() -> None:
    text = ("China's top diplomat Wang Yi told U.S. Secretary of State Antony Blinken on Monday "
            "that Washington should stop cracking down on China. It was their first call since "
            "they met on Sept. 23 on the sidelines of the U.N. General Assembly.")
    cands = run(text, [mention(text, "on Monday", "2022-10-31"),
                       mention(text, "on Sept. 23", "2022-09-23")])
    assert {"Wang Yi", "Antony Blinken"} <= set(cands[1].actors)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("At Ford, workers struck on Monday.", "Ford", "company"),
        # a given name before a company's one-word name makes a person's name of it
        ("President Gerald Ford visited Beijing in 1975.", "Gerald Ford", "generic"),
    ],
)
def test_a_company_s_one_word_name_after_a_given_name_is_a_person(text: str, name: str,
                                                                 kind: str) -> None:
    found = find_names(text, load_profile("us-china"))
    assert (name, kind) in [(f.name, f.kind) for f in found]


def test_a_country_s_name_is_no_short_name_of_a_company() -> None:
    """"China" after "Air China" is still the country; "Google" after "Google Cloud" the firm."""
    text = ("Air China will add flights to the United States, the Transportation Department said "
            "on Wednesday. China dropped its border controls in January. Ding copied files to a "
            "Google Cloud account. He resigned from Google in December.")
    cands = run(text, [mention(text, "on Wednesday", "2023-05-03"),
                       mention(text, "in January", "2023-01", "month"),
                       mention(text, "in December", "2023-12", "month")])
    assert "China" in cands[1].actors and "Air China" not in cands[1].actors
    assert "Google" in cands[2].actors and "Google Cloud" not in cands[2].actors


def test_the_spokesperson_of_the_lead_s_body_speaks_for_it() -> None:
    text = ("WASHINGTON (Reuters) - China's embassy in Washington on Friday rejected accusations "
            "that Beijing runs police outposts in America. Wray said on Thursday the sites were "
            "outrageous. Embassy spokesman Liu Pengyu said the sites were run by volunteers.")
    cands = run(text, [mention(text, "on Friday", "2022-11-18"),
                       mention(text, "on Thursday", "2022-11-17")])
    assert "Liu Pengyu" in cands[0].actors


@pytest.mark.parametrize(
    ("opening", "value"),
    [("A day after that meeting, ", "2023-06-20"), ("Two days later, ", "2023-06-21"),
     ("A week later, ", "2023-06-26")],
)
def test_a_sentence_opening_n_days_later_counts_from_the_day_before(opening: str, value: str) -> None:
    text = (f"Blinken met Xi in Beijing on June 19. {opening}Joe Biden called Xi a dictator at a "
            "fundraiser in California.")
    cands = run(text, [mention(text, "on June 19", "2023-06-19")])
    later = [c for c in cands if c.mention.value == value]
    assert later and "Joe Biden" in later[0].actors


def test_a_lead_describing_its_subject_by_nationality_names_them_next() -> None:
    """"A German-Canadian businessman ... was sentenced on Monday. Klaus Pflugbeil, 59, pleaded
    guilty in June ...": the man named next; "German-Canadian" is no one."""
    text = ("A German-Canadian businessman living in China was sentenced to two years in prison, "
            "the Justice Department said on Monday. Klaus Pflugbeil, 59, pleaded guilty in June "
            "to conspiring to sell trade secrets.")
    cands = run(text, [mention(text, "on Monday", "2024-12-16"),
                       mention(text, "in June", "2024-06", "month")])
    assert "Klaus Pflugbeil" in cands[0].actors
    assert "German-Canadian" not in cands[0].actors


def test_a_lead_naming_an_official_by_title_only_takes_their_name_from_what_follows() -> None:
    text = ("China's ambassador to the United States had his speech at Harvard interrupted by "
            "protesters on Saturday. Six people stood up during Xie Feng's opening speech.")
    (cand,) = run(text, [mention(text, "on Saturday", "2024-04-20")])
    assert cand.actors[0] == "Xie Feng"


def test_a_ship_named_again_without_its_prefix_is_that_ship() -> None:
    text = ("The destroyer USS John Finn sailed through the Taiwan Strait on Tuesday. The John "
            "Finn made the first transit of the year on Jan. 24.")
    cands = run(text, [mention(text, "on Tuesday", "2024-03-05"),
                       mention(text, "on Jan. 24", "2024-01-24")])
    assert {"USS John Finn", "US Navy"} <= set(cands[1].actors)
    assert "John Finn" not in cands[1].actors


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # a nationality before a profile body's bare name gives the body to that country
        ("The Philippine Foreign Ministry said on Monday it would protest.",
         "Philippine Foreign Ministry", "Chinese Foreign Ministry"),
        ("The Chinese Air Force flew 20 sorties.", "Chinese Air Force", "US Air Force"),
        ("The Chinese Foreign Ministry said on Monday it would protest.",
         "Chinese Foreign Ministry", None),
        # unqualified, the service branch of US–China news is the US one; not the president's plane
        ("The Air Force confirmed the plan on Oct. 28.", "US Air Force", None),
        ("The Marine Corps on Wednesday redesignated the regiment.", "US Marine Corps", None),
        ("Biden flew to Bali on Air Force One.", "Joe Biden", "US Air Force"),
        ("A Commerce spokesperson said on Thursday that sales were not blocked.",
         "US Commerce Department", None),
        # a US state acts, even as a sentence's first word; its chamber is not Congress's
        ("Arkansas sued TikTok in March.", "Arkansas", None),
        ("The Texas Senate on Tuesday passed the bill.", "Texas Senate", "US Senate"),
        ("The SEC placed Alibaba on its list on July 29.", "US Securities and Exchange Commission",
         None),
        ("The controls Commerce imposed in October 2022 target chips.", "US Commerce Department",
         None),
        ("The U.S. Chamber of Commerce said on Monday it was worried.", "United States",
         "US Commerce Department"),
        ("BIS added 27 Chinese entities to the list in February.", "US Commerce Department", None),
        ("Federal prosecutors in Brooklyn on Thursday charged seven people.",
         "US Justice Department", None),
        ("FBI agents arrested Quanzhong An, 55, on Thursday.", "Quanzhong An", "Quanzhong"),
        ("Chinese Premier Li Keqiang said on Sunday.", "Li Keqiang", "Li Qiang"),
        ("Premier Li said on Sunday.", "Li Qiang", None),
        ("The U.S. Departments of State, Commerce, Homeland Security and the Treasury issued it.",
         "US State Department", "Departments of"),
        ("The U.S. Departments of State, Commerce, Homeland Security and the Treasury issued it.",
         "US Treasury", None),
        # a clock is no actor
        ("The act was approved by voice vote on Tuesday afternoon Washington time.", "Washington",
         "United States"),
        # a preposition or "whether" opening a sentence is no part of a name
        ("Unlike Liu, He has no background in the United States.", "Liu", "Unlike Liu"),
        ("Whether Hou can win remains unclear.", "Hou", "Whether Hou"),
        # "<person> of <state>" in a list of lawmakers is the lawmaker
        ("Reps. Raja Krishnamoorthi of Illinois and Adam Schiff of California wrote in October.",
         "Adam Schiff", "Adam Schiff of California"),
        ("The University of California said on Monday it would close the lab.",
         "University of California", None),
        # the people of a body act as it
        ("On Monday, Chinese buyers canceled 327,000 tonnes of U.S. corn.", "China", None),
        ("Shareholders of Didi Global voted on Monday to delist.", "Didi Global", None),
    ],
)
def test_whose_body_a_name_is(text: str, name: str, absent: str | None) -> None:
    names = [f.name for f in find_names(text, load_profile("us-china"))]
    assert name in names and absent not in names


def test_a_company_named_without_its_corporate_word_is_the_company() -> None:
    """"Didi Global ... Didi said": one company; and "Reporting results on Tuesday, the company
    said" is the company named before."""
    text = ("Shareholders of Didi Global voted on Monday to delist. Didi said on April 16 it would "
            "hold the vote. Nvidia told customers on Friday the H20 was delayed. Reporting "
            "results on Tuesday, the company said China sales would fall.")
    cands = run(text, [mention(text, "on Monday", "2022-05-23"),
                       mention(text, "on April 16", "2022-04-16"),
                       mention(text, "on Friday", "2023-11-24"),
                       mention(text, "on Tuesday", "2023-11-21")])
    assert cands[0].actors[0] == "Didi Global" and cands[1].actors[0] == "Didi Global"
    assert cands[3].actors[0] == "Nvidia"


def test_the_titled_subject_is_the_person_named_before_with_that_title() -> None:
    """"The speaker landed ..." is House Speaker Nancy Pelosi, told sentences before; the visit
    of a "since" clause in the same sentence stays its own doer's."""
    text = ("Apple told suppliers to follow Beijing's labelling rules after House Speaker Nancy "
            "Pelosi's trip, Nikkei reported. Suppliers say the rule was rarely enforced. Taiwan "
            "requires its own labels. Apple did not respond. The speaker landed in Taipei late on "
            "Tuesday and met President Tsai Ing-wen, the first such visit since Newt Gingrich in "
            "1997.")
    cands = run(text, [mention(text, "on Tuesday", "2022-08-02"), mention(text, "1997", "1997", "year")])
    assert cands[0].actors[0] == "Nancy Pelosi"
    assert "Nancy Pelosi" not in cands[1].actors


def test_it_after_a_person_led_story_is_the_company_the_article_opens_with() -> None:
    text = ("LinkedIn will close InCareer, its jobs app in China, the company said. Chief "
            "Executive Ryan Roslansky announced the changes in a letter on Monday. For years the "
            "network was held up as proof that a US platform could survive in China. It launched "
            "a Chinese-language service in 2014.")
    cands = run(text, [mention(text, "on Monday", "2023-05-08"), mention(text, "2014", "2014", "year")])
    assert cands[1].actors[0] == "LinkedIn"


def test_the_firm_s_own_dated_event_and_the_firm_before_a_body() -> None:
    """"Its September 2014 debut" is the lead firm's; "The company filed ... with the SEC" is
    the firm's act though a body is named after it."""
    text = ("Alibaba Group said on Monday it would keep its New York listing. Its September 2014 "
            "debut in New York was the largest offering in history. Shein made $2 billion in May. "
            "The company filed its draft registration with the SEC this month.")
    cands = run(text, [mention(text, "on Monday", "2022-08-01"),
                       mention(text, "September 2014", "2014-09", "month"),
                       mention(text, "in May", "2023-05", "month"),
                       mention(text, "this month", "2023-11", "month")])
    assert cands[1].actors[0] == "Alibaba"
    assert cands[3].actors[0] == "Shein"


def test_he_after_a_surname_written_first_is_that_person() -> None:
    """"Xie" is Xie Feng (surname first); "Two days later, on May 25, he called on ..." is him."""
    text = ("Joe Biden received China's new ambassador, Xie Feng, on Friday. Xie landed in New "
            "York on May 23. Speaking to reporters on arrival, Xie said ties faced difficulties. "
            "Two days later, on May 25, he called on Victoria Nuland at the State Department.")
    cands = run(text, [mention(text, "on Friday", "2023-06-30"),
                       mention(text, "on May 23", "2023-05-23"),
                       mention(text, "on May 25", "2023-05-25")])
    assert cands[2].actors[0] == "Xie Feng"


def test_he_after_an_asked_clause_is_the_person_before() -> None:
    text = ("Elon Musk said on Wednesday that Chinese carmakers were the most competitive. In 2011, "
            "asked in a television interview about BYD, he laughed off the idea.")
    cands = run(text, [mention(text, "on Wednesday", "2024-01-24"), mention(text, "2011", "2011", "year")])
    assert cands[1].actors[0] == "Elon Musk"


def test_countries_cut_by_the_cap_go_in_sentence_order() -> None:
    """With more names than the cap, the clause's subject country is kept before the countries
    listed next to the date."""
    text = ("Antony Blinken told the conference on Monday that the treaty mattered. Blinken "
            "recalled that Russia had signed a joint statement with the United States, China, "
            "Britain and France in January.")
    cands = run(text, [mention(text, "on Monday", "2022-08-01"),
                       mention(text, "in January", "2022-01", "month")])
    assert "Russia" in cands[1].actors


def test_a_surname_given_in_full_elsewhere_is_not_cut_by_the_cap() -> None:
    text = ("Adm. John Aquilino warned Congress this week about China. \"The PLA will be ready,\" "
            "Aquilino told the House Armed Services Committee on Wednesday, alongside Ely Ratner, "
            "of the Pentagon, with President Xi Jinping's goal in mind.")
    cands = run(text, [mention(text, "on Wednesday", "2024-03-20")])
    assert "John Aquilino" in cands[0].actors


def test_a_chain_of_pronoun_subjects_after_an_as_clause() -> None:
    text = ("David Perdue was picked as envoy on Thursday. As a senator from 2015 to 2021 "
            "he served on the Foreign Relations committee. He lost his seat in a January 2021 "
            "runoff, and with Donald Trump's backing lost the primary against Brian Kemp in May 2022.")
    cands = run(text, [mention(text, "on Thursday", "2024-12-05"),
                       mention(text, "January 2021", "2021-01", "month")])
    assert cands[1].actors[0] == "David Perdue"


def test_the_lead_event_is_not_the_day_it_was_told() -> None:
    """"... held consultations on May 24, the ministry said in a press release on Tuesday": the
    people told next are the consultations', not the press release's."""
    text = ("BEIJING (Xinhua) -- China and the United States held the second round of consultations "
            "on maritime affairs via video link on May 24, the Chinese Foreign Ministry said in a "
            "press release on Tuesday. The consultations were co-chaired by Hong Liang, "
            "director-general of the Department of Boundary and Ocean Affairs of the Chinese "
            "Foreign Ministry, and Mark Lambert, deputy assistant secretary in the Bureau of East "
            "Asian and Pacific Affairs of the U.S. State Department.")
    told = DCT.isoformat()
    held = (DCT - timedelta(days=4)).isoformat()
    cands = run(text, [mention(text, "on May 24", held), mention(text, "on Tuesday", told)])
    assert "Hong Liang" in cands[0].actors and "Hong Liang" not in cands[1].actors


def test_a_newsletter_masthead_is_not_the_main_event() -> None:
    """The masthead's date is the issue's; the first news sentence is the lead, and the people
    told right after a lead naming none take part in it."""
    friday = (DCT - timedelta(days=1)).isoformat()
    text = ("INDO-PACIFIC BRIEF | Weekly newsletter | Issue of April 26, 2024\n\n"
            "The four Quad foreign ministers met in New Delhi on Friday. Antony Blinken, "
            "Subrahmanyam Jaishankar, Yoshimasa Hayashi and Penny Wong discussed the sea lanes.")
    cands = run(text, [mention(text, "April 26, 2024", DCT.isoformat()), mention(text, "on Friday", friday)])
    assert "Penny Wong" in cands[1].actors


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("THE BOTTOM LINE: Chinese Defense Minister Dong Jun met Lloyd Austin.", "Dong Jun", "BOTTOM LINE"),
        ("WHAT'S NEXT: Taiwan's legislature votes in May.", "Taiwan", "WHAT'S NEXT"),
        ("NATO: China is a decisive enabler of Russia's war.", "NATO", None),
    ],
)
def test_a_section_label_names_no_one(text: str, kept: str, dropped: str | None) -> None:
    names = {f.name for f in find_names(text, load_profile("us-china"))}
    assert kept in names
    assert dropped is None or not any(dropped.split()[-1] in n for n in names), names


def test_the_hosts_of_a_meeting_told_a_few_sentences_after_it() -> None:
    """A lead meeting that names no person takes the people a later sentence says hosted or met."""
    text = ("Defense chiefs of four Pacific democracies met in Honolulu on Thursday. They pledged "
            "more joint patrols. The statement did not name China. Lloyd Austin hosted Richard "
            "Marles, Minoru Kihara and Gilberto Teodoro at the Indo-Pacific Command.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25")])
    assert {"Lloyd Austin", "Richard Marles", "Gilberto Teodoro"} <= set(cands[0].actors)


def test_a_nickname_in_single_quotes_is_no_part_of_the_name() -> None:
    names = {f.name for f in find_names("The court heard that Wenhui 'Tony' Lu, 58, had kept the "
                                        "files.", load_profile("us-china"))}
    assert "Wenhui Lu" in names


def test_the_person_introduced_with_an_age_is_the_one_a_described_lead_tells_of() -> None:
    text = ("A Chinese-born former defense contractor who hid drone blueprints in his garage was "
            "sentenced Tuesday to nine years in prison. U.S. District Judge Maria Holt said she "
            "doubted that Wenhui 'Tony' Lu, 58, had acted alone.")
    cands = run(text, [mention(text, "Tuesday", "2024-04-23")])
    assert "Wenhui Lu" in cands[0].actors


def test_the_surname_he_inside_a_sentence_is_the_article_s_he_lifeng() -> None:
    text = ("Vice Premier He Lifeng arrived in London on Sunday. On Monday, Bessent and He met "
            "at Lancaster House. He said the talks were candid.")
    cands = run(text, [mention(text, "on Sunday", "2025-06-08"), mention(text, "On Monday", "2025-06-09")])
    assert "He Lifeng" in cands[1].actors
    assert {f.name for f in find_names("He said the talks were candid.", load_profile("us-china"))} == set()


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Profit rose to 87 billion yuan (US$12 billion) last year.", "United States", False),
        ("Cardinal Joseph Zen was fined on Friday.", "Joseph Zen", True),
        ("Legislative Speaker You Si-kun stepped down.", "You Si-kun", True),
        ("Senate President Pro Tem Chuck Winder, R-Boise, agreed.", "Chuck Winder", True),
        ("Prime Minister Fumio Kishida's Cabinet eased the rules.", "Fumio Kishida", True),
        ("The National Academies of Sciences issued a report.", "National Academies of Sciences", True),
        ("Shares of Hesai Group rose in their Nasdaq debut.", "Hesai Group", True),
        ("Chevron Corp raised its bid, and Aixtron SE said it would sue.", "Chevron", True),
        ("Chevron Corp raised its bid, and Aixtron SE said it would sue.", "Aixtron", True),
        ("Shares of Estee Lauder Cos plunged on Wednesday.", "Estee Lauder", True),
        ("Lin died in a Shanghai hospital on Christmas Day that year.", "Christmas Day", False),
        ("The full House then passed the bill 352-65.", "US House of Representatives", True),
        ("State Treasurer Vivek Malek voted against it.", "Vivek Malek", True),
        ("The American Chamber of Commerce in Singapore agreed.", "American Chamber of Commerce", True),
        ("The Committee to Protect Journalists condemned it.", "Committee to Protect Journalists", True),
        ("The Campaign to Stop Killer Robots said so.", "Campaign to Stop Killer Robots", True),
        ("He sent the Committee to Hong Kong in May.", "Committee to Hong Kong", False),
        ("Separately on Monday, the bureau said reserves rose.", "Separately", False),
        ("Additionally, Huawei said it would sue.", "Additionally", False),
        ("The official Xinhua News Agency said the talks were candid.", "Xinhua", True),
        ("The official Xinhua News Agency said the talks were candid.", "CCTV", False),
        ("The Institute of International Education's Open Doors report showed a fall.",
         "Institute of International Education", True),
        ("He met the Heritage Foundation's Kevin Roberts on Monday.", "Kevin Roberts", True),
        ("He met the Heritage Foundation's Kevin Roberts on Monday.", "Heritage Foundation", True),
        ("Ohio State University's Board of Trustees voted.", "Ohio State University's Board of Trustees", True),
        ("The American Chamber of Commerce in Shanghai said so.", "American Chamber of Commerce in Shanghai", True),
        ("AmCham China published its survey.", "American Chamber of Commerce in China", True),
        ("A U.S. F-22 fighter shot down the balloon on Saturday.", "Pentagon", True),
        ("A Chinese J-11 fighter intercepted the plane.", "People's Liberation Army", True),
        ("Chinese troops clashed with Indian soldiers.", "People's Liberation Army", True),
        ("Reuters reported on Friday that the talks had stalled.", "Reuters", True),
        ("At his hearing in October, Burns set out a tough line.", "Burns", True),
        ("Yoon Suk-yeol met Xi Jinping in Bali.", "Yoon Suk Yeol", True),
        ("The DPRK fired a missile.", "North Korea", True),
        ("The ROK and China agreed to talks.", "South Korea", True),
        ("Japan's Foreign Ministry said it would protest.", "Chinese Foreign Ministry", False),
        ("Japan's Foreign Ministry said it would protest.", "Japanese Foreign Ministry", True),
        ("Japan's Defense Ministry said it had tracked the ships.", "Japanese Defense Ministry", True),
        ("North Korea's Foreign Ministry said so.", "North Korean Foreign Ministry", True),
        ("The satellite-tracking vessel Yuan Wang 5 docked at Hambantota.", "Yuan Wang 5", True),
        ("Huawei sold the Mate 60 Pro in China.", "Mate 60", False),
        ("An arbitral tribunal in The Hague ruled in 2016.", "Permanent Court of Arbitration", True),
        ("JD.com reported a rise in revenue.", "JD.com", True),
        ("Amazon.com Inc said it would close the store.", "Amazon", True),
        ("Nicaragua broke with Taipei in December.", "Nicaragua", True),
        ("Biden met Prime Minister Narendra Modi of India in June.", "Narendra Modi", True),
        ("The Ministry of Trade, Industry and Energy's data showed a fall.",
         "Ministry of Trade, Industry and Energy", True),
        ("The Ministry of Culture and Tourism's list grew.", "Ministry of Culture and Tourism", True),
        ("The blue-chip CSI 300 index soared 8.5% on Monday.", "CSI 300", True),
        ("\"It was a shock,\" said Stephen Innes of SPI Asset Management.", "Stephen Innes", True),
        ("\"It was a shock,\" said Gary Ng of Natixis.", "Natixis", True),
        ("The Bank of Japan raised rates.", "Bank of Japan", True),
        ("The Federated States of Micronesia signed.", "Federated States", False),
        ("The Minister of Economy, Trade and Industry Ken Saito said so.", "Ken Saito", True),
        ("BEIJING (Reuters) - China said it would respond.", "Reuters", False),
        ("He told Reuters on Friday that talks had stalled.", "Reuters", False),
    ],
)
def test_currencies_clerical_titles_and_pronoun_surnames(text: str, name: str, found: bool) -> None:
    assert (name in {f.name for f in find_names(text, load_profile("us-china"))}) is found


def test_a_lead_naming_no_one_is_the_report_of_the_company_the_article_opens_with() -> None:
    text = ("Xiaomi's revenue jumped last year as its car business took off. Sales rose 35 percent "
            "to 366 billion yuan (US$51 billion), according to its annual report released on Tuesday.")
    cands = run(text, [mention(text, "last year", "2023", "year"), mention(text, "on Tuesday", "2024-04-23")])
    assert cands[-1].actors == ("Xiaomi",)


def test_the_base_of_a_comparison_dates_no_event() -> None:
    """"fell 14.5% in July from a year earlier": July and the day of the release are the
    candidates, not the year the figure is compared with."""
    text = ("BEIJING - China's exports fell 14.5% in July from a year earlier, customs data "
            "showed on Tuesday.")
    cands = run(text, [mention(text, "July", "2023-07", "month"),
                       mention(text, "a year earlier", "2022", "year"),
                       mention(text, "on Tuesday", "2023-08-08")])
    assert [c.mention.value for c in cands] == ["2023-07", "2023-08-08"]
    assert "General Administration of Customs" in cands[1].actors
    text = "The Port of Los Angeles handled 884,315 TEUs last month, up 16% from November 2023."
    cands = run(text, [mention(text, "last month", "2024-11", "month"),
                       mention(text, "November 2023", "2023-11", "month")])
    assert [c.mention.value for c in cands] == ["2024-11"]
    text = "Samsung Electronics shares tumbled more than 10% on Monday."
    cands = run(text, [mention(text, "on Monday", "2024-08-05")])
    assert [c.mention.value for c in cands] == ["2024-08-05"]


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("China's imports fell, customs data showed.", "General Administration of Customs", True),
        ("U.S. customs data showed more imports.", "General Administration of Customs", False),
        ("The statistics bureau said output rose.", "National Bureau of Statistics", True),
        ("The Fed lowered its rate last Wednesday.", "Federal Reserve", True),
    ],
)
def test_the_bodies_behind_data_releases(text: str, name: str, found: bool) -> None:
    assert (name in {f.name for f in find_names(text, load_profile("us-china"))}) is found


def test_officials_speaking_after_a_dated_speech_spoke_at_its_occasion() -> None:
    """Each official who opens an undated sentence with a speech after a dated speech takes
    part in it; a commentator does not."""
    text = ("Governors from both countries met in Denver on Tuesday for a trade forum. "
            "Chinese Vice Minister Ma Hui, speaking at Tuesday's opening session, said trade "
            "had recovered. \"We need more flights,\" she said. Colorado Governor Jared Polis "
            "said farm exports would grow. Analyst Dana Reyes said the forum changed little.")
    cands = run(text, [mention(text, "on Tuesday", "2024-04-23"),
                       mention(text, "Tuesday's", "2024-04-23")])
    assert "Jared Polis" in cands[1].actors
    assert "Dana Reyes" not in cands[1].actors


def test_a_lower_case_city_dateline_with_an_agency() -> None:
    """"Taipei, April 9 (CNA) TSMC said ...": the city is the dateline's place, the agency no
    actor."""
    names = {f.name for f in find_names("Taipei, April 9 (CNA) Taiwan Semiconductor Manufacturing "
                                        "Co. said it would build a third fab.",
                                        load_profile("us-china"), dateline=True)}
    assert "CNA" not in names and "TSMC" in names


def test_a_person_at_the_start_of_the_lead_s_hearing_takes_part_in_it() -> None:
    text = ("A former TikTok manager told senators on Tuesday that engineers in Beijing could "
            "reach American users' data. The company has denied that. Sen. Josh Hawley raised "
            "the allegation at the start of the hearing.")
    cands = run(text, [mention(text, "on Tuesday", "2024-04-23")])
    assert "Josh Hawley" in cands[0].actors


def test_a_dated_sentence_naming_no_one_is_the_body_the_article_opens_with() -> None:
    text = ("The U.S. Navy says its new drone submarine has finished its first long patrol. "
            "A crew launched the vessel off San Diego on Monday, the service said. "
            "In April 2021, the first sea trial failed when the hull flooded.")
    cands = run(text, [mention(text, "on Monday", "2024-04-22"),
                       mention(text, "In April 2021", "2021-04", "month")])
    assert cands[-1].actors[:1] == ("US Navy",)


def test_an_undated_first_sentence_tells_who_did_what_the_second_dates() -> None:
    text = ("WASHINGTON — The U.S. Army and U.S. Navy have completed a flight test of their "
            "shared hypersonic missile. The missile lifted off from Cape Canaveral Space Force "
            "Station on Thursday, the Pentagon said.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25")])
    assert {"US Army", "US Navy"} <= set(cands[0].actors)
    assert "Station" not in cands[0].actors


def test_the_group_is_the_organization_whose_name_says_it_is_one() -> None:
    text = ("Carmakers including Ford and Tesla are failing to keep forced labour out of their "
            "supply chains, the Uyghur Human Rights Project has said. In a report published on "
            "Thursday, the Washington-based group said it had traced the links.")
    cands = run(text, [mention(text, "on Thursday", "2024-04-25")])
    assert cands[0].actors[0] == "Uyghur Human Rights Project"


def test_a_short_dated_sentence_naming_no_one_is_told_in_the_sentence_after_it() -> None:
    """"Beijing hit back on Thursday." is told by the ministry the next sentence names; a long
    sentence, another paragraph, or a country of another side take no one from there."""
    lead = "Washington barred new US investment in Chinese chip firms on Wednesday. "
    text = lead + ("Beijing hit back on Thursday. China's Ministry of Commerce said it was seriously "
                   "concerned and reserved the right to respond.")
    cands = run(text, [mention(text, "on Wednesday", "2023-08-09"), mention(text, "on Thursday", "2023-08-10")])
    assert cands[1].actors[0] == "Chinese Commerce Ministry"
    text = lead + ("The encounter took place on Tuesday. According to the command, the pilot of the "
                   "People's Liberation Army jet closed with excessive speed.")
    cands = run(text, [mention(text, "on Wednesday", "2023-08-09"), mention(text, "on Tuesday", "2023-08-08")])
    assert "People's Liberation Army" in cands[1].actors
    # another paragraph: not the same story's telling
    text = lead + ("The encounter took place on Tuesday.\n\nAccording to the command, the pilot of the "
                   "People's Liberation Army jet closed with excessive speed.")
    cands = run(text, [mention(text, "on Wednesday", "2023-08-09"), mention(text, "on Tuesday", "2023-08-08")])
    assert "People's Liberation Army" not in cands[1].actors
    # a country of no side of the topic: its next sentence's names are not its doers
    text = lead + ("Canada has stepped up its presence in the region this week. Ottawa has said its "
                   "warships help enforce United Nations sanctions on North Korea.")
    cands = run(text, [mention(text, "on Wednesday", "2023-08-09"), mention(text, "this week", "2023-08-10")])
    assert "United Nations" not in cands[1].actors


def test_a_speaker_at_the_lead_s_ceremony_takes_part_in_it() -> None:
    """"Asked at the opening ceremony ..., Maj. Gen. Jay Bargeron said", "Navy chief Admiral
    Toribio Adaci told the ceremony": the lead's occasion, with who spoke at it."""
    text = ("The Philippines and the United States on Monday opened their largest-ever joint drills. "
            "About 5,100 American troops are taking part. "
            "Asked at the opening ceremony whether the drills targeted China, Major General Jay "
            "Bargeron, the American exercise director, said: \"Not at all.\"")
    cands = run(text, [mention(text, "on Monday", "2022-03-28")])
    assert "Jay Bargeron" in cands[0].actors
    text = ("The Philippines and the United States on Monday opened their largest-ever joint drills. "
            "About 5,100 American troops are taking part. "
            "Philippine Navy chief Admiral Toribio Adaci told the ceremony that the alliance was strong.")
    cands = run(text, [mention(text, "on Monday", "2022-03-28")])
    assert "Toribio Adaci" in cands[0].actors


def test_a_market_s_move_is_told_by_its_index_after_the_lead() -> None:
    """"Hong Kong shares fell on Monday ... The benchmark Hang Seng Index closed down 2.02%":
    the index opening a sentence just after a market lead (dated or not) is the move's."""
    text = ("HONG KONG, Feb 6 - Hong Kong shares fell for a third straight session on Monday as the "
            "balloon row revived fears of a chill. The benchmark Hang Seng Index closed down 2.02%, "
            "after losing 4.5% last week.")
    cands = run(text, [mention(text, "on Monday", "2023-02-06"),
                       mention(text, "last week", "2023-W05", "week")])
    assert "Hang Seng Index" in cands[0].actors
    # no market lead: an index named later is no one's act
    text = ("Blinken postponed his trip to Beijing on Monday. The benchmark Hang Seng Index closed "
            "down 2.02%.")
    cands = run(text, [mention(text, "on Monday", "2023-02-06")])
    assert "Hang Seng Index" not in cands[0].actors


def test_a_dated_heading_in_capitals_goes_on_in_the_paragraph_under_it() -> None:
    """A briefing digest: "WHITE HOUSE, MONDAY, JUNE 12" over "John Kirby, NSC Coordinator":
    the heading's day is the speaker's."""
    text = ("Excerpts from official briefings, edited for length.\n\nWHITE HOUSE, MONDAY, JUNE 12\n\n"
            "John Kirby, NSC Coordinator for Strategic Communications\n\nQ: How do you see those "
            "remarks?\n\nKIRBY: South Korea is a sovereign nation.")
    cands = run(text, [mention(text, "MONDAY, JUNE 12", "2023-06-12")])
    assert "John Kirby" in cands[0].actors


def test_the_people_a_sentence_lists_as_the_occasion_s_witnesses_take_part() -> None:
    text = ("Intelligence chiefs gave testimony on Tuesday before the Senate Armed Services Committee. "
            "Senators' questions have been condensed. The witnesses were Director of National "
            "Intelligence Avril Haines and Lt. Gen. Scott Berrier, director of the Defense "
            "Intelligence Agency.")
    cands = run(text, [mention(text, "on Tuesday", "2022-05-10")])
    assert {"Avril Haines", "Scott Berrier"} <= set(cands[0].actors)


def test_a_lead_of_many_governments_is_told_by_each_one_speaking_after_it() -> None:
    text = ("MANILA/KUALA LUMPUR/HANOI - Governments across Asia on Thursday lined up to reject "
            "China's new standard map. The map was released by China's Ministry of Natural Resources "
            "on Monday. Malaysia said it did not recognise China's claims. In Hanoi, foreign ministry "
            "spokeswoman Pham Thu Hang said the claims were void.")
    cands = run(text, [mention(text, "on Thursday", "2023-08-31"), mention(text, "on Monday", "2023-08-28")])
    lead = next(c for c in cands if c.mention.value == "2023-08-31")
    assert {"Malaysia", "Pham Thu Hang"} <= set(lead.actors)
    assert not {"Kuala Lumpur", "KUALA LUMPUR", "HANOI"} & set(lead.actors)  # the dateline's cities


def test_a_page_s_byline_and_stamps_name_no_one_and_no_name_crosses_a_line() -> None:
    profile = load_profile("us-china")
    text = "By Asia Desk\nPublished: 1 Sep 2023, 10:05 AM | Updated: 1 Sep 2023, 2:40 PM"
    assert find_names(text, profile) == []
    assert {f.name for f in find_names("By Tuesday, Huawei Technologies had left.", profile)} == {"Huawei"}
    names = {f.name for f in find_names("Read more from Jane Doe\nPublished Reports today", profile)}
    assert "Jane Doe" in names and not any("\n" in name for name in names)


def test_the_people_speaking_of_the_lead_s_news_after_it_take_part_in_it() -> None:
    text = ("A former US Marine pilot held in Australia will fight extradition to the United States, "
            "his lawyer said on Friday. Speaking outside a Sydney court after a brief hearing, defence "
            "lawyer Dennis Miralis said his client rejected any suggestion of wrongdoing. Siegfried "
            "Hecker, a former director of the Los Alamos laboratory, said the case was unusual. "
            "Prosecutors told the Global Times nothing.")
    cands = run(text, [mention(text, "on Friday", "2022-11-04")])
    assert "Dennis Miralis" in cands[0].actors
    assert "Siegfried Hecker" not in cands[0].actors  # a commentator, not a party to it
    assert "Global Times" not in cands[0].actors  # whom it was told to


def test_the_speaker_of_a_sentence_is_the_person_nearest_its_verb_of_speech() -> None:
    from timeline.events.extract import _speaker

    profile = load_profile("us-china")
    text = ("A person familiar with the matter said officials had found content relating to "
            "President Xi Jinping that was inflammatory.")
    assert _speaker(text, find_names(text, profile)) is None
    text = '"This is a betrayal," U.S. Attorney Martin Estrada said in a statement.'
    assert _speaker(text, find_names(text, profile)) == "Martin Estrada"


def test_the_announcement_came_a_day_after_counts_from_the_lead_s_day_when_no_day_is_near() -> None:
    filler = " ".join(f"Point {n} of the list is long and has no date." for n in range(1, 6))
    text = ("Beijing announced on Thursday that group tours to the United States may resume. "
            f"{filler} The announcement came a day after US President Joe Biden signed an executive "
            "order restricting investment in China.")
    cands = run(text, [mention(text, "on Thursday", "2023-08-10")])
    assert any(c.mention.value == "2023-08-09" and "Joe Biden" in c.actors for c in cands)


def test_a_clause_done_a_week_later_than_the_sentence_s_day_is_that_day() -> None:
    text = ("The House of Representatives passed the compromise bill by 350-80 on Dec. 8, and the "
            "Senate approved it 83-11 a week later.")
    cands = run(text, [mention(text, "on Dec. 8", "2022-12-08")])
    later = [c for c in cands if c.mention.value == "2022-12-15"]
    assert later and "US Senate" in later[0].actors
    assert "US Senate" not in next(c for c in cands if c.mention.value == "2022-12-08").actors


def test_the_opening_read_for_the_main_event_counts_from_its_first_dated_sentence() -> None:
    """A page's furniture before the lead does not use up the sentences in which the lead's
    speakers are read."""
    furniture = "\n".join(f"Menu item {n}" for n in range(1, 10)) + "\n"
    body = " ".join(f"Figure {n} of the results was mixed." for n in range(1, 6))
    text = (furniture + "AMSTERDAM - Shares in ASML plunged 16% on Tuesday after it published its "
            f"results a day early. {body} \"Other segments are taking longer to recover,\" Chief "
            "Executive Christophe Fouquet said.")
    cands = run(text, [mention(text, "on Tuesday", "2024-10-15")])
    assert "Christophe Fouquet" in cands[0].actors


def test_a_described_lead_subject_is_named_next_though_the_lead_names_others() -> None:
    text = ("TALLAHASSEE — A federal judge on Thursday declined to block a new Florida law, handing a "
            "setback to President Joe Biden's administration. U.S. District Judge Allen Winsor issued a 41-page order in the "
            "case.")
    cands = run(text, [mention(text, "on Thursday", "2023-08-17")])
    assert "Allen Winsor" in cands[0].actors


def test_a_name_after_a_month_and_a_comma_is_no_region() -> None:
    profile = load_profile("us-china")
    (burns,) = [f for f in find_names("At his hearing in October, Burns set out a tough line.", profile)
                if f.name == "Burns"]
    assert not burns.place_like
    (tulsa,) = [f for f in find_names("The rally was held in Tulsa, Oklahoma, on Friday.", profile)
                if f.name == "Oklahoma"]
    assert tulsa.place_like


def test_a_quotation_he_said_goes_on_the_chain_of_he() -> None:
    text = ("The loans for three railways were dropped on Friday. Transportation Secretary Jaime "
            "Bautista has led the talks for a year. \"We saw that China was no longer interested,\" "
            "he said. On Thursday, he had told a radio station that the government could not wait.")
    cands = run(text, [mention(text, "on Friday", "2023-10-27"), mention(text, "On Thursday", "2023-10-26")])
    assert next(c for c in cands if c.mention.value == "2023-10-26").actors[0] == "Jaime Bautista"


def test_a_body_s_short_act_is_told_by_the_person_speaking_next() -> None:
    text = ("Beijing's envoy warned Manila on Friday over Taiwan. The National Security Council "
            "answered on Saturday. \"The Philippines has no intention of interfering,\" NSC "
            "spokesperson Jonathan Malaya said.")
    cands = run(text, [mention(text, "on Friday", "2023-04-14"), mention(text, "on Saturday", "2023-04-15")])
    assert "Jonathan Malaya" in next(c for c in cands if c.mention.value == "2023-04-15").actors


def test_who_was_with_the_main_event_s_people_takes_part() -> None:
    text = ("Antony Blinken on Saturday became the first U.S. secretary of state to visit Fiji in 37 "
            "years. The trip was short. He was greeted at the airport by acting Prime Minister Aiyaz "
            "Sayed-Khaiyum, who is standing in for the prime minister.")
    cands = run(text, [mention(text, "on Saturday", "2022-02-12")])
    assert "Aiyaz Sayed-Khaiyum" in cands[0].actors
    text = ("FBI Director Christopher Wray told lawmakers on Tuesday that TikTok raised concerns. "
            "The hearing was long. Homeland Security Secretary Alejandro Mayorkas testified "
            "alongside Wray.")
    cands = run(text, [mention(text, "on Tuesday", "2022-11-15")])
    assert "Alejandro Mayorkas" in cands[0].actors


def test_a_definite_firm_noun_after_a_modifier_is_the_firm_named_before() -> None:
    text = ("Senator Marco Rubio on Monday criticized Tesla over a new showroom in Xinjiang. The "
            "electric carmaker announced the opening of its centre in Urumqi on Friday.")
    cands = run(text, [mention(text, "on Monday", "2022-01-03"), mention(text, "on Friday", "2021-12-31")])
    assert cands[-1].actors[:1] == ("Tesla",)


def test_the_council_is_the_body_of_that_name_told_anywhere_before() -> None:
    filler = " ".join(f"Speaker {n} of the debate said the vote mattered." for n in range(1, 10))
    text = ("Russia on Thursday vetoed the renewal of a panel of experts. It won 13 votes in the "
            f"15-member Security Council. {filler} The council created the panel in 2009.")
    cands = run(text, [mention(text, "on Thursday", "2024-03-28"), mention(text, "in 2009", "2009", "year")])
    assert "UN Security Council" in next(c for c in cands if c.mention.value == "2009").actors


def test_months_after_and_later_count_to_a_month() -> None:
    text = ("Commerce added 28 entities to its list on Monday. The latest action comes a month after "
            "Commerce Secretary Gina Raimondo visited Beijing.")
    cands = run(text, [mention(text, "on Monday", "2023-09-25")])
    assert any(c.mention.value == "2023-08" and "Gina Raimondo" in c.actors for c in cands)
    text = ("The agency blacklisted Hikvision on March 3, 2021. Three months later, President Joe "
            "Biden signed an executive order barring investment in such companies.")
    cands = run(text, [mention(text, "on March 3, 2021", "2021-03-03")])
    assert any(c.mention.value == "2021-06" and "Joe Biden" in c.actors for c in cands)


def test_a_date_inside_a_day_after_clause_keeps_the_clause_s_names() -> None:
    text = ("U.S. climate envoy John Kerry is due in Beijing on Sunday, a month after Secretary of "
            "State Antony Blinken met Xi Jinping in Beijing in June.")
    cands = run(text, [mention(text, "on Sunday", "2023-07-16"), mention(text, "in June", "2023-06", "month")])
    june = next(c for c in cands if c.mention.value == "2023-06")
    assert "Antony Blinken" in june.actors and "John Kerry" not in june.actors


def test_a_sentence_telling_three_dated_events_gives_three_candidates() -> None:
    text = ("Beijing allowed group tours to 20 countries in February, added 40 more in March and "
            "reopened the rest in August.")
    cands = run(text, [mention(text, "in February", "2023-02", "month"),
                       mention(text, "in March", "2023-03", "month"),
                       mention(text, "in August", "2023-08", "month")])
    assert [c.mention.value for c in cands] == ["2023-02", "2023-03", "2023-08"]


def test_a_surname_alone_is_the_titled_full_name_the_article_gives_anywhere() -> None:
    """"FBI Director Christopher Wray" sixteen sentences in, "Wray" in a dated sentence: the full
    name, though its sentence is not read for names; "the House" is no "White House"."""
    filler = " ".join(f"Detail {n} of the breach was disclosed." for n in range(1, 17))
    text = (f"Hackers breached broadband providers, the paper reported on Monday. {filler} FBI "
            "Director Christopher Wray called it serious. In January, Wray told the House that "
            "hackers were preparing to strike.")
    cands = run(text, [mention(text, "on Monday", "2024-10-07"), mention(text, "In January", "2024-01", "month")])
    january = next(c for c in cands if c.mention.value == "2024-01")
    assert "Christopher Wray" in january.actors and "White House" not in january.actors


def test_according_to_a_body_is_no_place() -> None:
    profile = load_profile("us-china")
    (ministry,) = [f for f in find_names("Exports fell 2.9 percent, according to the Ministry of Trade, "
                                         "Industry and Energy.", profile) if f.name.startswith("Ministry")]
    assert not ministry.place_like
    (port,) = [f for f in find_names("The ship sailed to the Port of Colombo.", profile)
               if f.name.startswith("Port")]
    assert port.place_like


def test_a_weekday_after_a_verbless_since_phrase_is_the_main_clause_s_day() -> None:
    text = ("China's central bank cut a key interest rate by the most since the start of the "
            "pandemic on Tuesday, as data showed the economy lost momentum in July.")
    cands = run(text, [mention(text, "on Tuesday", "2023-08-15"), mention(text, "in July", "2023-07", "month")])
    assert "2023-08-15" in [c.mention.value for c in cands]


def test_a_scraped_page_s_headline_and_bullets_are_no_lead() -> None:
    title = "ASML suffers worst day since 1998 after early results leak"
    text = (f"Markets | Europe\n{title}\nKEY POINTS\n- Bookings were half what analysts expected in "
            "the third quarter.\nShares of ASML Holding plunged 16% on Tuesday. ASML had been "
            "scheduled to report on Wednesday. \"Other segments are taking longer to recover,\" Chief "
            "Executive Christophe Fouquet said.")
    article = Article("a", text, title=title, published=date(2024, 10, 16), published_source="override")
    cands = candidates_for_article(
        article, split_sentences(text),
        [mention(text, "1998", "1998", "year"), mention(text, "the third quarter", "2024-Q3", "quarter"),
         mention(text, "on Tuesday", "2024-10-15"), mention(text, "on Wednesday", "2024-10-16")],
        load_profile("us-china"), lambda m: m.value[:1].isdigit())
    tuesday = next(c for c in cands if c.mention.value == "2024-10-15")
    assert "Christophe Fouquet" in tuesday.actors


def _names(text: str, dateline: bool = False) -> list[str]:
    return [f.name for f in find_names(text, load_profile("us-china"), dateline=dateline)]


def test_it_acting_is_the_body_that_opens_the_sentence_before() -> None:
    text = ("On Oct. 7, the U.S. Commerce Department issued sweeping rules on chips. On Dec. 15, it "
            "added memory chipmaker YMTC and dozens of other Chinese firms to its trade blacklist.")
    cands = run(text, [mention(text, "Oct. 7", "2022-10-07"), mention(text, "Dec. 15", "2022-12-15")])
    assert cands[-1].actors[:1] == ("US Commerce Department",)


def test_the_entity_list_is_the_commerce_department_s() -> None:
    text = "YMTC was added to the Entity List on Dec. 15 over its ties to Chinese chip programmes."
    cands = run(text, [mention(text, "on Dec. 15", "2022-12-15")])
    assert "US Commerce Department" in cands[0].actors


def test_an_outlet_s_report_names_the_outlet_not_its_city() -> None:
    names = _names("The shift follows a New York Times report on Nov. 27 that officials pressed G42.")
    assert "New York Times" in names and "New York" not in names
    assert "Reuters" in _names("Pfizer responded to a Reuters report on Friday that Beijing sought a deal.")


def test_a_possessive_owner_and_the_person_it_owns_are_two_names() -> None:
    names = _names("Pappas testified alongside Meta's Chris Cox and YouTube's Neal Mohan.")
    assert {"YouTube", "Neal Mohan"} <= set(names) and "YouTube's Neal Mohan" not in names
    assert "Doug Ducey" in _names("Arizona's Doug Ducey met Tsai Ing-wen only last Thursday.")
    assert "Arizona" not in _names("Arizona's Doug Ducey met Tsai Ing-wen only last Thursday.")


def test_a_name_in_capitals_inside_a_sentence_is_written_as_a_name() -> None:
    names = _names("A federal jury convicted JI CHAOQUN, 31, of Chicago, in September of last year.")
    assert "Ji Chaoqun" in names


def test_for_the_goes_on_with_a_name_that_is_already_an_organization_s() -> None:
    names = _names("A panel of the U.S. Court of Appeals for the District of Columbia Circuit denied it.")
    assert "US Court of Appeals for the District of Columbia Circuit" in names


def test_the_dateline_s_city_is_no_part_of_the_country_after_it() -> None:
    names = _names("MEXICO CITY, Dec 20 (Reuters) - Mexico has raised tariffs on clothing.", dateline=True)
    assert "Mexico" in names


@pytest.mark.parametrize("opener", ["Last Thursday he told", "The next day he told",
                                    "On Monday, at a factory in York, he told"])
def test_a_pronoun_subject_after_a_date_phrase_is_the_person_before(opener: str) -> None:
    text = (f"Donald Trump spoke in Chicago about tariffs on Tuesday. {opener} the Detroit Economic "
            "Club that he would renegotiate his trade deal.")
    day = next(p for p in ("Last Thursday", "The next day", "On Monday") if opener.startswith(p))
    cands = run(text, [mention(text, "on Tuesday", "2024-10-15"), mention(text, day, "2024-10-10")])
    assert cands[-1].actors[:1] == ("Donald Trump",)


def test_the_board_is_the_board_named_before() -> None:
    text = ("The Public Company Accounting Oversight Board said on Thursday it had full access. In "
            "December last year the board determined that it could not inspect firms in China.")
    cands = run(text, [mention(text, "on Thursday", "2022-12-15"),
                       mention(text, "December last year", "2021-12", "month")])
    assert "Public Company Accounting Oversight Board" in cands[-1].actors


def test_the_vice_president_is_the_person_last_named_with_that_title() -> None:
    text = ("Vice President Kamala Harris toured a plant in Michigan on Monday. In Raleigh on Friday, "
            "in her first economic speech, the vice president described Donald Trump's tariffs as a tax.")
    cands = run(text, [mention(text, "on Monday", "2024-08-12"), mention(text, "on Friday", "2024-08-16")])
    assert cands[-1].actors[:1] == ("Kamala Harris",)


def test_a_firm_described_by_its_rank_is_the_firm_named_before() -> None:
    text = ("Dell Technologies plans to stop using chips made in China by 2024, Nikkei reported on "
            "Thursday. The world's third-largest computer maker told suppliers late last year that it "
            "aims to cut China-made chips.")
    cands = run(text, [mention(text, "on Thursday", "2023-01-05"),
                       mention(text, "late last year", "2022", "year")])
    assert cands[-1].actors[:1] == ("Dell Technologies",)


def test_a_speaker_who_attended_and_delivered_remarks_takes_part() -> None:
    text = ("On the evening of January 16, 2024, the Chinese Embassy in the United States held a "
            "reception marking the anniversary. Ambassador Xie Feng attended and delivered remarks.")
    cands = run(text, [mention(text, "January 16, 2024", "2024-01-16")])
    assert "Xie Feng" in cands[0].actors


def test_a_person_joined_by_and_to_the_people_near_the_date_is_one_of_them() -> None:
    text = ("The next day Kerry met China's top diplomat Wang Yi, who greeted him as an old friend at "
            "the Great Hall of the People in the presence of many officials, and Premier Li Qiang.")
    cands = run(text, [mention(text, "The next day", "2023-07-18")])
    assert {"John Kerry", "Wang Yi", "Li Qiang"} <= set(cands[0].actors)


def test_a_speaker_who_addressed_the_gathering_takes_part() -> None:
    text = ("A Chinese farm delegation met American farmers at a roundtable in St. Louis on Tuesday. "
            "On the Chinese side, Xu Xueyuan, the charge d'affaires, addressed the gathering.")
    cands = run(text, [mention(text, "on Tuesday", "2023-04-04")])
    assert "Xu Xueyuan" in cands[0].actors


def test_it_planning_is_the_firm_named_before_a_sentence_naming_no_one() -> None:
    text = ("Ford announced on Feb. 13 that it would spend $3.5 billion on a plant in Michigan. The "
            "automaker will own the factory outright. It is expected to open in 2026 and employ "
            "2,500 people.")
    cands = run(text, [mention(text, "on Feb. 13", "2023-02-13"), mention(text, "in 2026", "2026", "year")])
    assert cands[-1].actors[:1] == ("Ford",)


def test_and_joins_no_two_companies_before_a_legal_form() -> None:
    names = _names("Cummins Inc., Daimler Truck and Paccar Inc. said on Wednesday they would build a plant.")
    assert {"Daimler Truck", "Paccar"} <= set(names)
    assert "Center for Strategic and International Studies" in _names(
        "A report by the Center for Strategic and International Studies found gaps.")


def test_the_owner_of_a_possessed_date_takes_part_in_its_event() -> None:
    text = ("Seoul and Tokyo have not recovered from Japan's July 2019 restrictions on exports of "
            "chipmaking materials, nor has Beijing forgotten Seoul's 2016 decision to host THAAD.")
    cands = run(text, [mention(text, "July 2019", "2019-07", "month"), mention(text, "2016", "2016", "year")])
    by_value = {c.mention.value: c.actors for c in cands}
    assert by_value["2019-07"][:1] == ("Japan",)
    assert "South Korea" in by_value["2016"]


def test_a_mission_abroad_is_named_with_its_city() -> None:
    """ "China's embassy in Manila" is a name of its own, not the city."""
    names = [f.name for f in find_names("China's embassy in Manila issued a statement on Monday.",
                                        load_profile("us-china"))]
    assert "Chinese Embassy in Manila" in names and "Manila" not in names


def test_the_people_who_led_a_dated_meeting_take_part_in_it() -> None:
    """"The meeting on Monday ... It was co-chaired by X and Y": both take part in Monday's."""
    monday = (DCT - timedelta(days=3)).isoformat()
    text = ("The meeting on Monday was the third of the bilateral Economic Working Group. "
            "It was co-chaired by Jay Shambaugh, the Treasury's under secretary for international "
            "affairs, and Chinese Vice Finance Minister Liao Min.")
    (cand,) = run(text, [mention(text, "on Monday", monday)])
    assert "Jay Shambaugh" in cand.actors and "Liao Min" in cand.actors


def test_a_statement_is_told_by_the_spokesperson_who_speaks_next() -> None:
    """"China's Commerce Ministry said on Thursday ... '...,' ministry spokesman Gao Feng told a
    regular briefing": the spokesperson takes part in Thursday's statement."""
    thursday = (DCT - timedelta(days=1)).isoformat()
    text = ("The U.S. Commerce Department on Friday added 33 Chinese entities to a trade list. "
            "China's Commerce Ministry said on Thursday that Beijing had done its best to carry out "
            "the trade agreement. \"China has been working hard to implement the deal,\" ministry "
            "spokesman Gao Feng told a regular briefing.")
    cands = run(text, [mention(text, "on Friday", DCT.isoformat()), mention(text, "on Thursday", thursday)])
    assert "Gao Feng" in cands[1].actors


def test_a_speaking_pronoun_is_the_person_who_opened_the_sentence_before() -> None:
    """"China's ambassador, Zhang Jun, offered the familiar formula. ..., he said": Zhang Jun
    speaks of the lead's vote."""
    text = ("The Security Council on Friday voted on a U.S.-drafted resolution on Ukraine. "
            "Ten members voted in favour. China's ambassador, Zhang Jun, offered the familiar "
            "formula. All parties should exercise restraint, he said.")
    (cand,) = run(text, [mention(text, "on Friday", DCT.isoformat())])
    assert "Zhang Jun" in cand.actors


def test_a_lead_dated_by_a_since_phrase_gives_way_to_the_recent_news_after_it() -> None:
    """"For the second time since February, Russia stood alone ... On Thursday, the council
    voted ...": Thursday's vote is the news its speakers speak of."""
    thursday = (DCT - timedelta(days=1)).isoformat()
    text = ("For the second time since February, Russia has had to stand alone in the U.N. "
            "Security Council. On Thursday, the council voted on a U.S.-drafted resolution. "
            "Ten members voted in favour. U.S. Ambassador Linda Thomas-Greenfield said the text "
            "was exactly what the council was made to do.")
    cands = run(text, [mention(text, "February", "2024-02", "month"),
                       mention(text, "On Thursday", thursday)])
    (vote,) = [c for c in cands if c.mention.value == thursday]
    assert "Linda Thomas-Greenfield" in vote.actors


def test_a_day_heading_standing_alone_dates_the_paragraph_under_it() -> None:
    """"MONDAY\n\nThe Treasury Department issued its final rule ...": the heading's day is the
    rule's, and a later day's speaker is not the Monday news's."""
    monday = (DCT - timedelta(days=4)).isoformat()
    tuesday = (DCT - timedelta(days=3)).isoformat()
    text = ("Here is a day-by-day account of the week.\n\nMONDAY\n\nThe Treasury Department "
            "issued its final rule restricting U.S. investment in Chinese chips.\n\nTUESDAY\n\n"
            "Asked about the rule, foreign ministry spokesman Lin Jian said China deplored it.")
    cands = run(text, [mention(text, "MONDAY", monday), mention(text, "TUESDAY", tuesday)])
    (mon,) = [c for c in cands if c.mention.value == monday]
    (tue,) = [c for c in cands if c.mention.value == tuesday]
    assert "US Treasury" in mon.actors and "Lin Jian" not in mon.actors
    assert "Lin Jian" in tue.actors


def test_the_speakers_of_the_undated_sentence_after_a_dated_act_take_part_in_it() -> None:
    """"On Dec. 8, Washington vetoed a draft ... U.S. deputy ambassador Robert Wood called that
    text 'divorced from reality,' while China's ambassador, Zhang Jun, expressed regret"."""
    text = ("The Security Council on Friday adopted a resolution on aid to Gaza. On Dec. 8, "
            "Washington vetoed a draft demanding a ceasefire that China had co-sponsored. U.S. "
            "deputy ambassador Robert Wood called that text \"divorced from reality,\" while "
            "China's ambassador, Zhang Jun, expressed \"great disappointment.\"")
    cands = run(text, [mention(text, "on Friday", DCT.isoformat()),
                       mention(text, "On Dec. 8", "2023-12-08")])
    (veto,) = [c for c in cands if c.mention.value == "2023-12-08"]
    assert "Robert Wood" in veto.actors and "Zhang Jun" in veto.actors


def test_a_dated_saying_by_he_is_the_person_of_the_sentence_before() -> None:
    """"NASA Administrator Bill Nelson said China ... In an interview published on July 2, 2022,
    he said ...": Nelson said it on July 2."""
    text = ("Testifying on April 17, NASA Administrator Bill Nelson said China had made progress. "
            "In an interview published by the German newspaper Bild on July 2, 2022, he said the "
            "world should be concerned that China could land on the moon.")
    cands = run(text, [mention(text, "April 17", "2024-04-17"),
                       mention(text, "July 2, 2022", "2022-07-02")])
    (july,) = [c for c in cands if c.mention.value == "2022-07-02"]
    assert july.actors[0] == "Bill Nelson"


def test_the_day_after_an_opening_phrase_s_date_dates_the_main_clause() -> None:
    """"The day after the July 6 designations, spokesman Zhao Lijian said ...": July 7."""
    text = ("The Treasury on Wednesday targeted another group of front companies. The day after "
            "the July 6 designations, foreign ministry spokesman Zhao Lijian said China opposed "
            "unilateral sanctions.")
    cands = run(text, [mention(text, "on Wednesday", "2022-07-06"),
                       mention(text, "July 6", "2022-07-06")])
    assert any(c.mention.value == "2022-07-07" and "Zhao Lijian" in c.actors for c in cands)


def test_the_person_opening_the_undated_sentence_after_a_dated_one_naming_none_takes_part() -> None:
    """"A ceremonial flag raising was held on Wednesday ... Antone Greubel, deputy chief of
    mission, presided over the ceremony"."""
    wednesday = (DCT - timedelta(days=2)).isoformat()
    text = ("The United States reopened its embassy in Honiara on Friday. A ceremonial flag "
            "raising was held on Wednesday at the embassy building. Antone Greubel, deputy chief "
            "of mission at the U.S. Embassy in Fiji, presided over the ceremony.")
    cands = run(text, [mention(text, "on Friday", DCT.isoformat()),
                       mention(text, "on Wednesday", wednesday)])
    (flag,) = [c for c in cands if c.mention.value == wednesday]
    assert "Antone Greubel" in flag.actors


@pytest.mark.parametrize(("text", "who"), [
    # "it said" after a long opening phrase: the body the sentence before opens with
    (("China's Foreign Ministry took two days to respond. In a written answer to a news agency "
      "on Monday, it said China welcomed all efforts."), "Chinese Foreign Ministry"),
    # "he accused": the person the sentence before opens with
    (("Volodymyr Zelensky answered two days later. Speaking at a forum in Singapore on Monday, "
      "he accused China of helping Russia."), "Volodymyr Zelensky"),
])
def test_it_or_he_acting_after_an_opening_phrase_is_the_one_named_before(text: str, who: str) -> None:
    cands = run(text, [mention(text, "on Monday", "2024-04-22")])
    assert who in cands[-1].actors
