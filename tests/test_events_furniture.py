"""Reader comments and page time stamps are not article text (written cases)."""

from __future__ import annotations

import pytest

from timeline.events.furniture import comments_start, stamp_spans


@pytest.mark.parametrize(
    ("text", "expected_start"),
    [
        ("The flu spread. At 12:19 26th Apr 2009, jim_213 wrote: Scary stuff.", 16),
        ("Aid arrived. Added: Tuesday, 19 January, 2010, 18:32 GMT Help them.", 13),
        ("Talks went on. This comment was removed because it broke the rules.", 15),
        ("At 3 pm on Monday the minister spoke.", None),
        ("He wrote: the talks failed.", None),
    ],
)
def test_comments_start(text: str, expected_start: int | None) -> None:
    assert comments_start(text) == (len(text) if expected_start is None else expected_start)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Page last updated at 08:58 GMT, Thursday, 24 June 2010 The well was capped.",
         "Page last updated at 08:58 GMT, Thursday, 24 June 2010"),
        ("24 June 2010 Last updated at 14:59 GMT Help A year on",
         "24 June 2010 Last updated at 14:59 GMT"),
        ("TRIPOLI | Tue Mar 1, 2011 6:36 pm EST TRIPOLI (Reuters) - Rebels advanced.",
         "Tue Mar 1, 2011 6:36 pm EST"),
        ("Jane Doe | 17:45 UK time, Wednesday, 29 April 2009 This week",
         "| 17:45 UK time, Wednesday, 29 April 2009"),
        ("The vote is on 24 June 2010 at 14:59.", None),
        ("World | Asia By Staff Published March 25, 2024 at 7:00 a.m. Netflix is not in China.",
         "Published March 25, 2024 at 7:00 a.m."),
        ("Updated: 14 June 2022, 09:12 The talks resumed.", "Updated: 14 June 2022, 09:12"),
        ("The report, published March 3, 2023, found gaps.", None),
        ("By Markets Desk | October 16, 2024 7:05 AM GMT+2 | Updated 2 hours ago",
         "October 16, 2024 7:05 AM GMT+2"),
        ("The ship docked on October 16, 2024 at 7:05 a.m. local time.", None),
        ("FOR IMMEDIATE RELEASE\nWednesday, January 25, 2023\nCHICAGO - A man was sentenced today.",
         "Wednesday, January 25, 2023"),
        ("The talks ended on\nJanuary 25, 2023 without a deal.", None),
    ],
)
def test_stamp_spans(text: str, stamp: str | None) -> None:
    found = [text[s:e] for s, e in stamp_spans(text)]
    assert found == ([stamp] if stamp else [])
