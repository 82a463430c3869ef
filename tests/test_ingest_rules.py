"""The small rules of ingestion, as tables: date lines, furniture, feeds, charsets, language."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest.decode import charset_from_content_type, decode_bytes
from timeline.ingest.discover import scheme_of
from timeline.ingest.errors import REASONS, InputRejected
from timeline.ingest.feeds import html_to_text, looks_like_feed, parse_entry_date, parse_feed
from timeline.ingest.language import require_english
from timeline.ingest.plaintext import is_furniture, parse_date_line, strip_page
from timeline.ingest.sidecar import parse_published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday, November 23, 2024", date(2024, 11, 23)),
        ("Tue. Oct 17, 2023", date(2023, 10, 17)),
        ("17 October 2023", date(2023, 10, 17)),
        ("Monday 6th May 2024", date(2024, 5, 6)),
        ("2024-04-26", date(2024, 4, 26)),
        ("  September  5,2022 ", date(2022, 9, 5)),
        ("February 30, 2024", None),
        ("November 2024", None),
        ("Saturday", None),
        ("Posted on May 6, 2024 by the news desk", None),
        ("Smarch 3, 2024", None),
    ],
)
def test_date_lines(line: str, expected: date | None) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("spot_img", True),
        ("td_module_mega_menu", True),
        ("27.5 C", True),
        ("81°F", True),
        ("- Advertisement -", True),
        ("ADVERTISEMENT", True),
        ("Sponsored content", True),
        ("LATEST NEWS", True),
        ("MOST READ", True),
        ("Share on Facebook", True),
        ("Subscribe", True),
        ("Read more", True),
        ("Tags: trade, China", True),
        ("Related", True),
        ("The talks in Beijing lasted more than five hours, officials said.", False),
        ("Share prices in Shanghai fell sharply after the tariff announcement on Monday.", False),
        ("Xi tells Blinken: Let’s be partners, not rivals", False),
        ("US AND CHINA AGREE TO RESUME TALKS ON CLIMATE AFTER A LONG PAUSE.", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_question_headline_and_body_subheads() -> None:
    page = strip_page(
        "MENU\nWill the tariff truce hold?\n\n"
        "Negotiators from Washington and Beijing meet again on Monday to extend a truce on "
        "tariffs that expires at the end of the month.\n\nWhat is at stake\n\n"
        "Both sides have suspended duties on hundreds of billions of dollars of goods.\n\n"
        "Share this article\nFollow us\n"
    )
    assert page.title == "Will the tariff truce hold?"
    assert page.page_date is None
    assert page.text.splitlines() == [
        ("Negotiators from Washington and Beijing meet again on Monday to extend a truce on "
        "tariffs that expires at the end of the month."), "", "What is at stake", "",
        "Both sides have suspended duties on hundreds of billions of dollars of goods."]


def test_date_line_inside_the_body_is_not_the_page_date() -> None:
    page = strip_page("Trade talks resume\n\nOfficials from both countries met on Monday for "
                      "the first time in months.\n\nMay 6, 2024\n\nThey agreed to meet again.")
    assert page.page_date is None
    assert "May 6, 2024" in page.text


@pytest.mark.parametrize(
    ("head", "is_feed"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', True),
        (b'\xef\xbb\xbf<?xml version="1.0"?><!-- generated --><feed xmlns="x"/>', True),
        (b'<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rdf:RDF xmlns:rdf="r"/>', True),
        (b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x"><rss/>', True),
        (b"<!DOCTYPE html><html><body><p>rss</p></body></html>", False),
        (b'<?xml version="1.0"?><urlset xmlns="s"/>', False),
        (b"just text about feeds", False),
    ],
)
def test_feeds_are_told_from_pages_by_content(head: bytes, is_feed: bool) -> None:
    assert looks_like_feed(head) is is_feed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thu, 21 Dec 2023 23:30:00 -0500", date(2023, 12, 21)),  # local date, not UTC's 22nd
        ("2024-01-17T01:00:00+08:00", date(2024, 1, 17)),
        ("2024-01-17T01:00:00Z", date(2024, 1, 17)),
        ("sometime last week", None),
        (None, None),
    ],
)
def test_entry_dates(raw: str | None, expected: date | None) -> None:
    assert parse_entry_date(raw, None) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-14", date(2024, 5, 14)), ("2022-08-02T22:44:00+08:00", date(2022, 8, 2)),
     ("2022-08-02 10:00", date(2022, 8, 2)), ("14/05/2024", None), ("", None), ("soon", None)],
)
def test_published_values(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


def test_html_fragment_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>One <b>bold</b> step.</p><p>Two&nbsp;steps.<br>Three.</p>") == (
        "One bold step.\nTwo steps.\nThree.")


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Zoë’s “café” talks on tariffs".encode("cp1252"), None, "Zoë’s “café” talks on tariffs"),
        ("Genève talks on tariffs".encode("latin-1"), "iso-8859-1", "Genève talks on tariffs"),
        ('<meta charset="koi8-r"><p>Москва</p>'.encode("koi8-r"), None,
         '<meta charset="koi8-r"><p>Москва</p>'),
        ("Beijing talks".encode("utf-16"), None, "Beijing talks"),
    ],
)
def test_decoding(data: bytes, declared: str | None, text: str) -> None:
    assert decode_bytes(data, declared) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"\n \n", "empty"), (b"GIF89a\x01\x00\x01\x00\x00\xff", "binary")],
)
def test_undecodable(data: bytes, reason: str) -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(data)
    assert caught.value.reason == reason


def test_charset_parameter() -> None:
    assert charset_from_content_type('text/html; charset="Windows-1252"') == "Windows-1252"
    assert charset_from_content_type("text/html") is None


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("The two governments agreed to extend the tariff truce by ninety days on Monday.", True),
        (("Les deux gouvernements ont convenu lundi de prolonger de quatre-vingt-dix jours la "
         "trêve sur les droits de douane."), False),
        (("Die beiden Regierungen einigten sich am Montag darauf, den Zollfrieden um neunzig "
         "Tage zu verlängern."), False),
        ("Trump y Xi", True),  # too short to judge: kept
    ],
)
def test_language(text: str, english: bool) -> None:
    if english:
        require_english(text)
    else:
        with pytest.raises(InputRejected, match="language"):
            require_english(text)


@pytest.mark.parametrize(
    ("source", "scheme"),
    [("https://x.org/a", "https"), ("HTTP://x.org", "http"), ("ftp://x/y", "ftp"),
     ("file:///etc/passwd", "file"), ("notes/a.txt", None), ("C://dir/a.txt", None)],
)
def test_schemes(source: str, scheme: str | None) -> None:
    assert scheme_of(source) == scheme


def test_every_reason_has_an_explanation() -> None:
    assert all(REASONS.values())
    assert {"empty", "binary", "encoding", "too-large", "language", "xml-entities",
            "fetch-timeout", "http-5xx", "redirect-loop"} <= set(REASONS)


def test_feed_with_html_entity_names_is_read() -> None:
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
           b"<title>Tariffs&nbsp;&mdash; again</title><link>https://example.org/t</link>"
           b"<description>Caf&eacute; talks&hellip;</description></item></channel></rss>")
    [entry] = parse_feed(rss)
    assert entry.title == "Tariffs — again"
    assert entry.text == "Café talks…"
    assert not entry.full
