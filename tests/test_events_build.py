"""Tests of build_events with the real tagger: the seed acceptance and two articles, one event."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline.events import build_events, load_profile
from timeline.events.build import LEAD_CHARS, _named_in, event_title
from timeline.records import Article, Event

DATA = Path(__file__).parent / "data" / "events"
SEED_PUBLISHED = date(2024, 4, 26)


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    article = Article(
        source_id="seed",
        text=(DATA / "seed_clean.txt").read_text("utf-8"),
        title="Xi tells Blinken: Let’s be partners, not rivals",
        published=SEED_PUBLISHED,
        published_source="override",
    )
    return build_events([article], load_profile("us-china"))


def _find(events: list[Event], value: str) -> Event:
    found = [e for e in events if e.date_value == value]
    assert found, f"no event dated {value}: {[e.date_value for e in events]}"
    return found[0]


def test_seed_biden_xi_meeting(seed_events: list[Event]) -> None:
    event = _find(seed_events, "2023-11")
    assert event.precision == "month"
    assert {"Joe Biden", "Xi Jinping"} <= set(event.actors)
    assert event.location == "San Francisco"
    assert (event.date_start, event.date_end) == (date(2023, 11, 1), date(2023, 11, 30))


def test_seed_xi_receives_blinken(seed_events: list[Event]) -> None:
    event = _find(seed_events, "2024-04-26")
    assert event.precision == "day"
    assert {"Xi Jinping", "Antony Blinken"} <= set(event.actors)
    assert event.location == "Beijing"
    assert event.date_reference == SEED_PUBLISHED
    assert event.date_reference_source == "override"
    assert "Friday" in event.date_text


@pytest.mark.parametrize("value", ["2023-11", "2024-04-26"])
def test_seed_summaries_and_titles_are_short_and_clean(seed_events: list[Event], value: str) -> None:
    event = _find(seed_events, value)
    sentences = re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", event.summary)
    assert 1 <= len(sentences) <= 2
    assert len(set(sentences)) == len(sentences)
    assert 3 <= len(event.title.split()) <= 15
    for furniture in ("spot_img", "27.5 C", "Advertisement", "LATEST NEWS"):
        assert furniture not in event.summary + event.title


def test_seed_keys_are_stable(seed_events: list[Event]) -> None:
    article = Article("seed", (DATA / "seed_clean.txt").read_text("utf-8"),
                      published=SEED_PUBLISHED, published_source="override")
    again = build_events([article], load_profile("us-china"))
    assert sorted(e.key for e in again) == sorted(e.key for e in seed_events)
    assert len({e.key for e in seed_events}) == len(seed_events)


def _jsonl_articles(name: str) -> list[Article]:
    rows = [json.loads(x) for x in (DATA / name).read_text("utf-8").splitlines() if x.strip()]
    return [
        Article(r["id"], r["text"], title=r.get("title"),
                published=date.fromisoformat(r["published"]), published_source="jsonl")
        for r in rows
    ]


def test_said_at_the_time_keeps_the_speaker_on_the_day_told_before() -> None:
    # "... Jake Sullivan said at the time." after "On Dec. 22, President Joe Biden signed an
    # executive order": "the time" is tagged (PAST_REF) but dates nothing of its own, so the
    # speaker stays an actor of the Dec. 22 event
    (article,) = [a for a in _jsonl_articles("us_china_heldout168.jsonl") if a.source_id == "h168_8"]
    events = build_events([article], load_profile("us-china"))
    order = _find(events, "2023-12-22")
    assert "Jake Sullivan" in order.actors


def test_two_articles_one_event() -> None:
    events = build_events(_jsonl_articles("two_reports.jsonl"), load_profile("us-china"))
    meeting = [e for e in events if {"Xi Jinping", "Antony Blinken"} <= set(e.actors)]
    assert len(meeting) == 1
    assert meeting[0].date_value == "2023-06-19"
    assert {s.article.source_id for s in meeting[0].sources} == {"wire-1", "paper-2"}
    tariffs = [e for e in events if "paper-2" not in {s.article.source_id for s in e.sources}
               and e.date_value == "2023-06-19"]
    assert tariffs and all(len(e.sources) == 1 for e in tariffs)
    assert events[0] is meeting[0]  # two sources: the most salient


def test_topic_filter_drops_off_topic_events() -> None:
    article = Article("x", "The mayor of Springfield opened a bridge on 3 May 2023. "
                      "Joe Biden met Xi Jinping in Bali on 14 November 2022.",
                      published=date(2023, 5, 4), published_source="jsonl")
    us_china = {e.date_value for e in build_events([article], load_profile("us-china"))}
    everything = {e.date_value for e in build_events([article], load_profile("all"))}
    assert us_china == {"2022-11-14"}
    assert everything == {"2022-11-14", "2023-05-03"}


@pytest.mark.parametrize(
    ("later", "kept"),
    [
        ("He had hosted US Defense Secretary Lloyd Austin in Beijing in June.", True),
        ("He had toured naval bases in Hainan in June.", False),
    ],
)
def test_one_sided_lead_is_kept_when_its_story_involves_both_sides(later: str, kept: bool) -> None:
    article = Article("d", "BEIJING — China on Tuesday removed Li Shangfu as defence minister "
                      "after two months out of public view. " + later,
                      published=date(2023, 10, 25), published_source="jsonl")
    values = {e.date_value for e in build_events([article], load_profile("us-china"))}
    assert ("2023-10-24" in values) is kept
    assert "2023-06" not in values or kept  # the background needs both sides by itself


_NATO_STORY = (
    "BEIJING, July 11 — China on Thursday accused NATO of stoking confrontation, a day after "
    "alliance leaders meeting in Washington called Beijing a backer of Russia's war. "
    "U.S. officials say Chinese firms supply Russia with machine tools. A foreign ministry "
    "spokesman said the alliance should stop hyping its role and urged it not to bring chaos to "
    "the Asia-Pacific, adding that normal trade with Russia should not be interfered with. "
    "Chinese President Xi Jinping hosted Russian President Vladimir Putin for a state visit in May. "
    "Russia invaded Ukraine in February 2022."
)


# the same story, its lead naming China only: the United States comes up past the lead
_NATO_STORY_ONE_SIDE_LEAD = _NATO_STORY.replace(
    "U.S. officials say Chinese firms supply", "Alliance officials say Chinese firms supply").replace(
    "Russia invaded Ukraine in February 2022.",
    "Russia invaded Ukraine in February 2022. U.S. officials say Chinese firms supply Russia "
    "with machine tools.")


@pytest.mark.parametrize(
    ("title", "text", "kept"),
    [
        # a story of the topic by its headline, or by a lead naming both sides
        ("Beijing rebukes the alliance over its Ukraine war charge", _NATO_STORY, True),
        ("Alliance leaders end their anniversary summit", _NATO_STORY, True),
        # no side in the headline, one in the lead
        ("Alliance leaders end their anniversary summit", _NATO_STORY_ONE_SIDE_LEAD, False),
    ],
)
def test_background_naming_one_side_is_kept_in_a_story_of_the_topic(title: str, text: str,
                                                                    kept: bool) -> None:
    article = Article("n", text, title, published=date(2024, 7, 11), published_source="jsonl")
    values = {e.date_value for e in build_events([article], load_profile("us-china"))}
    assert "2024-07-11" in values  # the lead involves both sides by itself
    assert ("2024-05" in values) is kept  # Xi's visit: one side, in the background
    assert "2022-02" not in values  # names neither side


@pytest.mark.parametrize("summarizer", ["lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"])
def test_every_summarizer_through_build_events(summarizer: str) -> None:
    events = build_events(_jsonl_articles("two_reports.jsonl"), load_profile("us-china"),
                          summarizer=summarizer)
    assert events and all(e.summary for e in events)


def test_a_time_of_day_dates_its_event_to_the_day() -> None:
    article = Article("t", "WASHINGTON — Wang Yi arrived in Washington on Thursday and held talks "
                      "that evening with Antony Blinken. Blinken met Wang Yi again at 9 a.m. on "
                      "Friday.", published=date(2023, 10, 28), published_source="jsonl")
    values = {e.date_value for e in build_events([article], load_profile("us-china"))}
    assert values and all(len(v) == 10 for v in values), values
    assert "2023-10-26" in values


def test_a_year_old_meeting_of_the_same_pair_folds_into_the_dated_meeting() -> None:
    summit = Article("w", "Joe Biden and Xi Jinping agreed on Wednesday to resume military talks "
                     "at the Filoli estate near San Francisco.", published=date(2023, 11, 16),
                     published_source="jsonl")
    later = Article("b", "Xi Jinping told Antony Blinken in Beijing that ties had improved since he "
                    "met with Joe Biden last year.", published=date(2024, 4, 26),
                    published_source="jsonl")
    events = build_events([summit, later], load_profile("us-china"))
    values = [e.date_value for e in events]
    assert "2023" not in values
    (meeting,) = [e for e in events if e.date_value == "2023-11-15"]
    assert {s.article.source_id for s in meeting.sources} == {"w", "b"}


@pytest.mark.parametrize(
    ("text", "offset_value", "offset_actor", "dated_value", "dated_actor"),
    [
        # the clause after "a day after" happened the day before the date
        (("The Pentagon shot down the balloon on Feb. 4, a day after Antony Blinken postponed his "
         "trip to Beijing."), "2023-02-03", "Antony Blinken", "2023-02-04", "Pentagon"),
        # the date sits in the clause after the phrase: the main clause is the day after it
        (("China barred Micron a day after Joe Biden said on Saturday that he would meet Xi "
         "Jinping."), "2023-02-05", "Micron", "2023-02-04", "Joe Biden"),
    ],
)
def test_a_day_after_a_clause_dates_that_clause(text: str, offset_value: str, offset_actor: str,
                                                 dated_value: str, dated_actor: str) -> None:
    article = Article("a", text, "t", published=date(2023, 2, 6), published_source="jsonl")
    events = {e.date_value: e for e in build_events([article], load_profile("us-china"))}
    assert offset_actor in events[offset_value].actors
    assert dated_actor in events[dated_value].actors
    assert events[offset_value].date_reference == date.fromisoformat(dated_value)


def test_a_main_event_told_with_a_pronoun_subject_does_not_stop_the_article() -> None:
    # the main event (dated the publication day) opens with "He": its actors change, the
    # article still gives its events (this raised StopIteration and failed the whole run)
    article = Article("p", "A Chinese jet flew near a U.S. bomber on Tuesday, the military said. "
                      "Wang Yi arrived in Washington for talks. He is scheduled to meet Joe Biden "
                      "on Friday.", "Chinese jet near US bomber", published=date(2023, 10, 27),
                      published_source="jsonl")
    events = build_events([article], load_profile("us-china"))
    friday = next(e for e in events if e.date_value == "2023-10-27")
    assert {"Wang Yi", "Joe Biden"} <= set(friday.actors)


def test_a_meeting_title_names_only_persons_its_sentence_names() -> None:
    # "Wei Fenghe meets Chinese Defense Ministry" was the title: a ministry is no one to meet
    article = Article("m", "SINGAPORE — US Defense Secretary Lloyd Austin and Chinese Defense "
                      "Minister Dong Jun met on Friday for more than an hour. The meeting was the "
                      "first such talks in 18 months, since Austin met Wei Fenghe in Cambodia in "
                      "November 2022.", "Austin and Dong meet in Singapore",
                      published=date(2024, 6, 1), published_source="jsonl")
    events = build_events([article], load_profile("us-china"))
    title = next(e.title for e in events if e.date_value == "2022-11")
    assert "Ministry" not in title and "Lloyd Austin" in title, title


def test_a_meeting_that_did_not_happen_gets_no_meeting_title() -> None:
    article = Article("n", "SINGAPORE — Li Shangfu, speaking at the forum on Saturday, did not "
                      "hold talks with US Defense Secretary Lloyd Austin.", "Li speaks at forum",
                      published=date(2023, 6, 4), published_source="jsonl")
    titles = [e.title for e in build_events([article], load_profile("us-china"))]
    assert titles and not any("holds talks with" in t for t in titles), titles


def test_a_title_says_only_the_act_its_summary_sentence_says() -> None:
    """A cluster about an explosion that also holds a report of a visit was titled "Deepwater
    Horizon visits Gulf": the act must be the summary sentence's own."""
    said = [("The oil began leaking into the Gulf of Mexico on 20 April when the Deepwater "
             "Horizon drilling rig, leased to BP, exploded, killing 11 workers.")]
    title = event_title(["Deepwater Horizon"], "visit", "Gulf", said, load_profile("all"))
    assert "visits" not in title and title.startswith("The oil began leaking"), title
    met = ["Antony Blinken met Wang Yi in Munich on Feb. 17."]
    assert event_title(["Antony Blinken", "Wang Yi"], "meet", "Munich", met,
                       load_profile("us-china")) == "Antony Blinken meets Wang Yi in Munich"


def test_a_moment_told_again_in_another_time_zone_is_one_event() -> None:
    article = Article("z", "BP said the cap was fitted at 1930 CDT on 1 June (0030 GMT 2 June). "
                      "Engineers had worked on it for days.", "BP fits cap",
                      published=date(2010, 6, 3), published_source="jsonl")
    values = [e.date_value for e in build_events([article], load_profile("all"))]
    assert values == ["2010-06-01"], values


def test_a_veto_keeps_the_countries_that_cast_it_and_the_envoys_who_spoke() -> None:
    """"Russia and China on Friday vetoed ...": the countries acting in the lead stay among the
    event's actors however many bodies and envoys join it; a side's envoy speaking a few
    sentences on joins a lead that names no person."""
    text = ("UNITED NATIONS (AFP) - Russia and China on Friday vetoed a US-drafted UN Security "
            "Council resolution on Gaza that Hamas had rejected. Eleven of the council's 15 "
            "members voted in favor. Algeria joined them, and Guyana abstained. US Ambassador "
            "Linda Thomas-Greenfield accused Moscow and Beijing of acting out of spite. China's "
            "ambassador Zhang Jun said Washington had dodged the central question.")
    (event,) = _events_of("Russia, China veto US Gaza resolution", text, "2024-03-22")
    assert {"China", "Zhang Jun"} <= set(event.actors)


def test_the_entries_of_a_story_s_own_timeline_are_kept_whatever_they_name() -> None:
    """A timeline of a story involving both sides keeps its entries, though an entry names no
    one the profile knows ("JAN. 27, 2023 — Andrew Hunter, an assistant secretary, writes
    ..."); the same sentence outside an entry is background naming no side."""
    text = ("GRAND FORKS, N.D. — The city council voted on Monday night to stop a corn mill owned "
            "by China's Fufeng Group, after the U.S. Air Force called it a threat.\n\n"
            "Here is how the project unfolded:\n\n"
            "JAN. 27, 2023 — Andrew Hunter, an assistant secretary, writes to the "
            "senators that the project is a threat.\n\n"
            "The mill would have been the largest private investment in the city's history, "
            "and supporters had counted on hundreds of jobs.\n\n"
            "On Jan. 27, 2023, Ann Moore, a local farmer, wrote to the council.")
    assert text.index("Ann Moore") > LEAD_CHARS
    on_day = _events_of("TIMELINE: How Grand Forks killed its corn mill", text, "2023-01-27",
                        published=date(2023, 2, 7))
    assert [e.actors[0] for e in on_day] == ["Andrew Hunter"]


def test_hacking_attributed_to_china_is_on_the_topic_whoever_the_victim() -> None:
    """Chinese state hacking is a standing US–China dispute: kept though the victim, a company,
    names no side."""
    text = ("Suspected Chinese state hackers used a flaw in Barracuda Networks' email appliances to "
            "break into hundreds of organizations, Mandiant said on Thursday.")
    (event,) = _events_of("Mandiant pins Barracuda email hack on Chinese spies", text, "2023-06-15",
                          published=date(2023, 6, 16))
    assert "Mandiant" in event.actors


def test_a_chinese_city_names_the_chinese_side() -> None:
    """"the Wuhan lab" puts China in a story of US bodies, as "Texas" puts the US in one of
    Chinese firms."""
    text = ("The U.S. Department of Health and Human Services on Wednesday suspended EcoHealth "
            "Alliance, which funded coronavirus research at a Wuhan lab, and moved to bar it from "
            "federal money. Donald Trump's administration had ended its grant in 2020.")
    (event,) = _events_of("HHS suspends group that funded Wuhan research", text, "2024-05-15")
    assert event.date_value == "2024-05-15"


def test_the_person_a_story_s_lead_is_about_acting_again_is_kept() -> None:
    """An event naming only the lead's person (no side) belongs to a story of the topic; one
    naming only someone the lead does not tell of does not."""
    # (a party and chairman the profile does not know: the title names one side only)
    text = ("WASHINGTON — Harbor Party Chairman Daniel Okafor reopened his party's office in the "
            "United States on Wednesday, as China warned Washington over Taiwan. In a speech at "
            "the Brookings Institution on Monday, Okafor put defense first. The party ran an "
            "office in the capital for years before closing it, and its leaders say the return "
            "is overdue. Supporters gathered outside the building, and the party said more "
            "visits would follow. Ann Moore, a local farmer, sold her farm on Monday.")
    assert _first_actors_past_the_lead("Ann Moore", "Harbor Party reopens its office in Washington", text,
                                       "2022-06-06", published=date(2022, 6, 9)) == ["Daniel Okafor"]


def test_a_firm_the_article_describes_as_chinese_is_china_s_side() -> None:
    """A firm the profile does not know, described as Chinese, keeps its later events in a
    story of both sides; without the description they are off the topic."""
    text = ("Zhenxin Tea, the Chinese bubble-tea chain whose accounts were found inflated, said it "
            "would leave the New York Stock Exchange after the U.S. Securities and Exchange "
            "Commission opened an inquiry. The company's shares had soared after its debut. "
            "Investors who bought at the top have lost most of their money, and several law "
            "firms have since filed suits on their behalf, while its founders, who had promised "
            "a store in every Chinese city, have said little. Zhenxin Tea warned on Monday that "
            "its annual report would be late.")
    assert text.index("Chinese city") > LEAD_CHARS  # the lead names one side only
    assert _first_actors_past_the_lead("on Monday", "Zhenxin Tea to quit the NYSE", text,
                                       "2022-06-06", published=date(2022, 6, 9)) == ["Zhenxin Tea"]
    plain = text.replace("the Chinese bubble-tea chain", "the bubble-tea chain")
    assert not _events_of("Zhenxin Tea to quit the NYSE", plain, "2022-06-06", published=date(2022, 6, 9))


def test_a_country_compound_in_a_headline_names_that_country() -> None:
    """"US-drafted" in a headline names the United States, as "Trump-Xi" names both leaders."""
    text = ("UNITED NATIONS — The Security Council on Monday authorized a multinational force to "
            "help Haiti's police fight the gangs.")
    kept = _events_of("UN approves force for Haiti; China abstains on US-drafted text", text,
                      "2023-10-02", published=date(2023, 10, 3))
    assert kept


def test_a_headline_naming_two_leaders_in_a_compound_is_on_the_topic() -> None:
    """"the Trump-Xi truce" names both leaders: the story's background events naming one side
    are kept."""
    text = ("SEOUL — The truce that the two leaders sealed this week was months in the making, "
            "with officials trading drafts through the summer and early autumn, and negotiators "
            "on both sides describing the talks as tense but businesslike. Both delegations "
            "kept their schedules quiet, and neither capital briefed reporters in advance. "
            "Much of the work was done by deputies who had met before. Treasury Secretary "
            "Scott Bessent flew to Stockholm in July for a third round.")
    assert text.index("in July") > LEAD_CHARS
    kept = _events_of("How the Trump-Xi truce came together", text, "2025-07",
                      published=date(2025, 10, 31))
    assert kept and kept[0].actors[0] == "Scott Bessent"


def test_a_state_s_officials_by_title_are_the_us_side_in_a_story_of_a_state() -> None:
    """"State Sen. Ana Ruiz" acting past the lead of a story about an Ohio law on Chinese land
    purchases is kept; in a story naming no US state her title says nothing of her side."""
    text = ("COLUMBUS, Ohio — Gov. Mike DeWine signed a bill barring companies tied to China from "
            "buying farmland near military bases. The law takes effect in the spring and applies "
            "to purchases of more than 20 acres, with exceptions for land already under "
            "contract. Farm groups had asked for the exceptions during hearings, and the final "
            "text reflects several of their changes. State Sen. Ana Ruiz, who wrote the bill, "
            "said on Monday that other states would follow.")
    assert _first_actors_past_the_lead("on Monday", "DeWine signs farmland bill", text,
                                       "2024-06-03", published=date(2024, 6, 5)) == ["Ana Ruiz"]
    abroad = text.replace("COLUMBUS, Ohio — ", "").replace("Ohio", "").replace("DeWine", "Cruz")
    assert not _events_of("Cruz signs farmland bill", abroad, "2024-06-03", published=date(2024, 6, 5))


def test_a_state_chamber_is_the_us_side() -> None:
    text = ("HELENA — A bill barring entities tied to China from buying farmland near the "
            "Malmstrom base moved closer to law this week, after months of debate over its "
            "reach. Backers said the measure closed a gap in federal rules, while farm groups "
            "worried about paperwork for ordinary sales, and the final text tried to answer "
            "both, with a narrower list of covered entities and a longer grace period for land "
            "already under contract. The Montana House passed the bill 81-19 on April 14.")
    assert _first_actors_past_the_lead("on April 14", "Montana farmland bill advances", text,
                                       "2023-04-14", published=date(2023, 4, 20)) == ["Montana House"]


def test_a_person_the_article_describes_as_chinese_is_china_s_side() -> None:
    """"Chinese chess player Li Wen" acting past the lead of a story of both sides is kept."""
    text = ("BEIJING — Chinese chess player Li Wen said she would not travel to the U.S. "
            "championship this year, citing visa delays that have kept several players at home. "
            "The federation has asked the State Department to speed up the reviews, and "
            "organisers say the field will be smaller as a result, though the prize money "
            "stays the same, with the top three places paid as before and travel grants for "
            "juniors kept. Li Wen said on Monday that she hoped to play next year.")
    assert _first_actors_past_the_lead("on Monday", "Li Wen to skip chess championship", text,
                                       "2024-06-03", published=date(2024, 6, 5)) == ["Li Wen"]


def test_a_lead_naming_both_sides_under_a_headline_naming_neither_makes_a_story_of_the_topic() -> None:
    text = ("SHANGHAI — The yuan fell to a 16-year low on Friday as weak trade data and fresh "
            "U.S.-China tension over chips weighed on the currency. Traders said the slide was "
            "orderly, and state banks were seen selling dollars in the onshore market to slow "
            "it, though volumes were thin ahead of the weekend and the moves were small by the "
            "standards of past sell-offs. Exporters have been slow to convert their dollar "
            "earnings, betting on further weakness. The People's Bank of China set a stronger "
            "midpoint on Thursday.")
    assert _first_actors_past_the_lead("The People's Bank", "Yuan slides to 16-year low", text,
                                       "2023-09-07", published=date(2023, 9, 8)) == ["People's Bank of China"]
    one_side = text.replace("fresh U.S.-China tension over chips", "slowing growth")
    assert not _events_of("Yuan slides to 16-year low", one_side, "2023-09-07",
                          published=date(2023, 9, 8))


def test_a_company_the_lead_is_about_acting_again_is_kept() -> None:
    """A profile company of neither side, the lead's subject, acting past the lead of a story of
    the topic, is kept as a person the lead is about would be."""
    text = ("Foxconn apologised on Monday for a pay error at its iPhone plant in the Chinese city "
            "of Zhengzhou, where workers clashed with guards, and the U.S. customer of the plant "
            "said it was watching closely. Output had already been cut by Covid curbs, and "
            "analysts expect fewer phones to ship this quarter than the plant made a year ago, "
            "with knock-on effects for suppliers across the region and for the jobs of "
            "seasonal workers hired each autumn. On Wednesday, Foxconn "
            "offered departing workers a bonus.")
    assert _first_actors_past_the_lead("On Wednesday", "Foxconn apologises to Chinese workers", text,
                                       "2022-11-23", published=date(2022, 11, 24)) == ["Foxconn"]


def test_a_one_word_name_opening_the_article_is_what_its_lead_is_about() -> None:
    text = ("Zentrix Inc. has settled a lawsuit brought by the families of two Chinese "
            "dissidents, ending a case that had dogged the U.S. company for years. The families "
            "had accused it of handing their e-mail records to the police, and rights groups had "
            "made the case a rallying point for a bill on internet freedom, which stalled in "
            "committee. Neither side disclosed the terms, and lawyers for the families declined "
            "to comment. In February, Zentrix told lawmakers it had not known why the records "
            "were sought.")
    assert _first_actors_past_the_lead("In February", "Zentrix settles dissidents' suit", text,
                                       "2024-02", published=date(2024, 11, 14)) == ["Zentrix"]


def _first_actors_past_the_lead(marker: str, title: str, text: str, value: str,
                                published: date | None = None) -> list[str]:
    """The first actors of the events dated ``value`` of an article whose ``marker`` stands past
    its lead (asserted: the tests mean a sentence the lead's own rules do not cover)."""
    assert text.index(marker) > LEAD_CHARS
    return [e.actors[0] for e in _events_of(title, text, value, published=published)]


def _events_of(title: str, text: str, value: str, published: date | None = None) -> list[Event]:
    """The US–China events of one article dated ``value`` (published that day by default)."""
    article = Article("one", text, title, published=published or date.fromisoformat(value),
                      published_source="jsonl")
    return [e for e in build_events([article], load_profile("us-china")) if e.date_value == value]


@pytest.mark.parametrize(("name", "sentence", "named"), [
    ("Xi Jinping", "Xi's envoy arrived.", True),
    ("Xi Jinping", "Xinhua said so.", False),
    ("Joe Biden", "The Biden-Xi call lasted two hours.", True),
    ("Joe Biden", "Obidens are rare.", False),
    ("Joe Biden", "He met Joe Biden.", True),
    ("Joe Biden", "Joey said nothing.", False),
    ("Li Qiang", "Officials in Qiangxi and Li said no.", True),
])
def test_a_person_is_named_in_a_sentence_by_whole_words(name: str, sentence: str, named: bool) -> None:
    assert _named_in(name, sentence) is named
