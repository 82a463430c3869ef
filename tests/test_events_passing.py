"""Passing mentions: nominal months, since-clauses, leaders referred back to, compound names."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import build_events, load_profile
from timeline.events.passing import nominal_months, since_in_past
from timeline.records import Article, TemporalMention


def _events(text: str, published: date) -> list[tuple[str, tuple[str, ...]]]:
    art = Article("t", text, "US and China talks", published=published, published_source="jsonl")
    return [(e.date_value, e.actors) for e in build_events([art], load_profile("us-china"))]


def _found(events: list[tuple[str, tuple[str, ...]]], value: str, actor: str) -> bool:
    return any(v == value and actor in actors for v, actors in events)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Ties soured after Pelosi's August visit to Taipei.", date(2023, 2, 1), "2022-08"),
        ("The senator's March trip angered Beijing.", date(2023, 5, 2), "2023-03"),
        ("The minister's May meeting was cancelled.", date(2024, 5, 20), "2024-05"),
    ],
)
def test_nominal_month_is_the_latest_past_one(text: str, published: date, value: str) -> None:
    assert [m.value for m in nominal_months(text, published, [])] == [value]


@pytest.mark.parametrize(
    ("text", "value", "published", "expected"),
    [
        ("Talks have been frozen since her visit to Taipei in August.", "2023-08",
         date(2023, 6, 4), "2022-08"),
        ("He will travel to Beijing in August.", "2023-08", date(2023, 6, 4), "2023-08"),
        ("Frozen since then. Talks are planned in August.", "2023-08", date(2023, 6, 4),
         "2023-08"),
    ],
)
def test_since_clause_month_is_not_after_publication(
    text: str, value: str, published: date, expected: str
) -> None:
    start = text.rindex("August")
    mention = TemporalMention(start, start + 6, "August", "DATE", value, "month")
    assert [m.value for m in since_in_past(text, published, [mention])] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "value", "actor"),
    [
        # leaders named earlier, referred back to as "the two leaders" / "the two"
        (("BEIJING — Wang Yi met Jake Sullivan on Tuesday. Joe Biden and Xi Jinping may speak "
         "soon. The two leaders last spoke in April."), date(2024, 8, 27), "2024-04", "Xi Jinping"),
        (("LIMA, Peru — Xi Jinping met Joe Biden on Saturday. The two last spoke by telephone "
         "in April."), date(2024, 11, 17), "2024-04", "Joe Biden"),
        # a compound of two known names
        (("WASHINGTON — Lloyd Austin spoke with Dong Jun on Friday, the first call since the "
         "Biden-Xi summit in November."), date(2024, 4, 20), "2023-11", "Xi Jinping"),
        # a family name first: "Li" is Li Shangfu named earlier
        ("SINGAPORE — Li Shangfu spoke on Sunday. Washington imposed sanctions on Li in 2018.",
         date(2023, 6, 4), "2018", "Li Shangfu"),
        # a capital as the subject stands for its government
        (("WASHINGTON — Joe Biden met Xi Jinping on Monday. Beijing suspended climate talks in "
         "August."), date(2022, 11, 14), "2022-08", "China"),
        # a name after a place in the same run of capitals
        (("SIMI VALLEY, California — Taiwan President Tsai Ing-wen met Kevin McCarthy on "
         "Wednesday."), date(2023, 4, 6), "2023-04-05", "Tsai Ing-wen"),
        # two dates in one sentence are two events, even when one lies inside the other
        (("Chinese forces held drills last week after Lai Ching-te took office on May 20, "
         "Lloyd Austin said."), date(2024, 6, 2), "2024-W21", "Lloyd Austin"),
        # a list of possessed events: each date its own event, beyond two per sentence
        (("WASHINGTON — Wang Yi met Joe Biden on Friday. The visit follows Blinken's June visit, "
          "Yellen's trip in July and Raimondo's visit in late August."), date(2023, 10, 27),
         "2023-06", "Antony Blinken"),
        # a lead naming only countries is continued by the next sentence's people
        (("BEIJING — The United States and China on Tuesday held talks on fentanyl. The US "
          "delegation met Chinese Public Security Minister Wang Xiaohong."), date(2024, 1, 31),
         "2024-01-30", "Wang Xiaohong"),
        # "since their November summit": the date of an event, not the start of a period
        (("WASHINGTON — Joe Biden and Xi Jinping spoke by phone on Tuesday, their first "
          "conversation since their November summit."), date(2024, 4, 3), "2023-11", "Joe Biden"),
        # "the two leaders" names the article's leaders even beside another person
        (("WASHINGTON — Joe Biden and Xi Jinping spoke on Tuesday. The last call between the two "
          "leaders was in July 2022, before Nancy Pelosi's visit."), date(2024, 4, 3), "2022-07",
         "Xi Jinping"),
        # one article's month beside one of its days is another event
        (("BEIJING — China on Tuesday removed Qin Gang as foreign minister. Qin had not been seen "
          "in public since June 25, when he met Sri Lankan and Russian officials in Beijing. Qin "
          "hosted Secretary of State Antony Blinken in Beijing in June, in talks both sides "
          "called candid."), date(2023, 7, 26), "2023-06", "Antony Blinken"),
        # "a day earlier", "two days later": counted from the day the article named before
        (("BEIJING — China on Tuesday denounced U.S. testing rules. On Dec. 26 the National "
          "Health Commission said quarantine would end. A day earlier, the commission had said "
          "it would stop publishing case figures."), date(2023, 1, 3), "2022-12-25",
         "National Health Commission"),
        # "the same day": the day named just before
        (("WASHINGTON — Microsoft said in a report published on Wednesday that Chinese hackers "
          "had targeted Guam. The same day, the FBI issued a joint advisory on the hackers."),
         date(2023, 5, 25), "2023-05-24", "FBI"),
        (("WASHINGTON — Wang Yi met Joe Biden on Friday. Wang arrived in Washington on Oct. 26. "
          "Two days later, Wang Yi met Antony Blinken again."), date(2023, 10, 28), "2023-10-28",
         "Antony Blinken"),
        # ... not a day still ahead: "due to take effect on July 23. ... responded the same day"
        (("DETROIT — Raimondo met Wang Wentao on Thursday. On Tuesday, Tokyo formally added 23 "
          "types of chipmaking tools to its export list, a step due to take effect on July 23. "
          "China's Commerce Ministry responded the same day, calling the measure an abuse."),
         date(2023, 5, 27), "2023-05-23", "Chinese Commerce Ministry"),
        # a capital acting after an adverb ("Tokyo formally added") is its country
        (("DETROIT — Raimondo met Wang Wentao on Thursday. On Tuesday, Tokyo formally added 23 "
          "types of chipmaking tools to its export list, a step aimed at China."),
         date(2023, 5, 27), "2023-05-23", "Japan"),
        # "ended by the department in February 2022": the department named before
        (("WASHINGTON — Xie Feng criticized U.S. border checks on Sunday. He said the Justice "
          "Department's China Initiative still lingered. The programme was formally ended by the "
          "department in February 2022."), date(2024, 1, 29), "2022-02", "US Justice Department"),
        # "the two presidents" of a story that names neither: the two in office then
        (("BEIJING — China's commerce ministry on Monday criticized new U.S. investment rules, "
          "saying they ran counter to the consensus the two presidents reached at their meeting "
          "in San Francisco in November."), date(2024, 6, 25), "2023-11", "Xi Jinping"),
        # "On Dec. 11, the department signed ...": the department named before
        (("WASHINGTON — The Commerce Department on Friday announced its second chips award. On "
          "Dec. 11, the department signed preliminary terms with BAE Systems."),
         date(2023, 12, 23), "2023-12-11", "US Commerce Department"),
        # "For Beijing, which took over the presidency on Nov. 1": the capital acting is China
        (("NEW YORK — The Security Council adopted a resolution on Gaza on Wednesday. For "
          "Beijing, which took over the council presidency on Nov. 1, the vote is a trophy."),
         date(2023, 11, 16), "2023-11-01", "China"),
    ],
)
def test_passing_mention_found(text: str, published: date, value: str, actor: str) -> None:
    events = _events(text, published)
    assert _found(events, value, actor), events


def test_title_before_a_known_name_is_no_actor() -> None:
    events = _events("WASHINGTON — Commerce Secretary Gina Raimondo met Wang Wentao on Monday.",
                     date(2023, 8, 29))
    assert not any("Commerce Secretary" in actors for _, actors in events), events


def test_place_after_place_is_no_actor() -> None:
    events = _events("BEIJING — Xi Jinping met Jake Sullivan on Thursday. The leaders last met in "
                     "Woodside, California, last November.", date(2024, 8, 29))
    assert not any("California" in actors for _, actors in events), events


def test_a_counted_day_keeps_the_day_it_was_counted_from() -> None:
    art = Article("t", "WASHINGTON — Wang Yi arrived in Washington on Oct. 26. Two days later, "
                  "Wang Yi met Antony Blinken.", "US and China talks", published=date(2023, 10, 30),
                  published_source="jsonl")
    events = build_events([art], load_profile("us-china"))
    later = next(e for e in events if e.date_value == "2023-10-28")
    assert later.date_text == "Two days later"
    assert later.date_reference == date(2023, 10, 26)
    assert later.date_reference_source == "article-day"


def test_the_same_day_far_after_the_only_day_told() -> None:
    """"The same day" is the last day named even paragraphs on, when no other date came between;
    another date between them keeps the short reach."""
    filler = " ".join(["The agreement covers fisheries, shipping lanes and port calls."] * 8)
    text = (f"US and Chinese envoys signed a maritime accord in Manila on Tuesday. {filler} "
            "Chinese Foreign Ministry spokeswoman Mao Ning praised the accord the same day.")
    published = date(2024, 4, 26)
    assert _found(_events(text, published), "2024-04-23", "Mao Ning")
    between = text.replace("port calls.", "port calls agreed in 2019.", 1)
    assert not _found(_events(between, published), "2024-04-23", "Mao Ning")
