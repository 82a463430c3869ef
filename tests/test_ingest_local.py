"""Ingestion of local inputs: files, folders, globs, dumps, sidecars, bad files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import IngestOptions, Skipped, iter_inputs
from timeline.records import Article, InputFailure

DATA = Path(__file__).parent / "data" / "ingest"
SEED = Path(__file__).parent / "data" / "seed" / "xi-blinken-beijing.txt"


def read_all(*sources: str | Path, **options: object) -> list[Article | InputFailure | Skipped]:
    """Every item iter_inputs yields for the sources."""
    return list(iter_inputs([str(s) for s in sources], IngestOptions(**options)))  # type: ignore[arg-type]


def only(items: list, kind: type) -> list:
    """The items of one record type."""
    return [item for item in items if isinstance(item, kind)]


def test_seed_page_furniture_is_stripped_and_date_line_kept() -> None:
    [article] = read_all(SEED)
    assert isinstance(article, Article)
    assert article.title == "Xi tells Blinken: Let’s be partners, not rivals"
    assert article.published == date(2024, 11, 23)
    assert article.published_source == "page-date-line"
    assert article.source_id == str(SEED)
    for furniture in ("spot_img", "27.5 C", "Philippines", "Advertisement", "LATEST NEWS",
                      "Popular Articles", "Saturday, November 23, 2024"):
        assert furniture not in article.text
    assert article.text.startswith("BEIJING—Chinese President Xi Jinping on Friday")
    assert article.text.endswith("tests our sincerity and ability.”")
    assert "Great Hall of the People" in article.text


def test_override_replaces_the_page_date_line() -> None:
    [article] = read_all(SEED, published=date(2024, 4, 26))
    assert (article.published, article.published_source) == (date(2024, 4, 26), "override")


@pytest.mark.parametrize(
    ("name", "title", "published", "published_source", "url"),
    [
        ("summit-saved.txt", "Biden and Xi hold first virtual summit", date(2021, 11, 15),
         "page-date-line", None),
        ("export-controls.md", "Commerce widens chip export controls", date(2023, 10, 17),
         "sidecar", "https://news.example.org/2023/10/17/chip-export-controls"),
        ("tariffs-note.txt", "US quadruples tariffs on Chinese EVs", date(2024, 5, 14),
         "sidecar", "https://news.example.org/2024/05/14/ev-tariffs"),
        ("fentanyl-undated.txt", "Fentanyl talks resume", None, "none", None),
        ("trade-war.html", "US and China trade new tariffs", date(2018, 7, 6), "metadata",
         "https://news.example.org/2018/07/06/tariffs-take-effect"),
        ("malformed.html", "Balloon shot down off Carolina coast", date(2023, 2, 4), "metadata",
         None),
    ],
)
def test_file_articles(
    name: str, title: str, published: date | None, published_source: str, url: str | None
) -> None:
    [article] = read_all(DATA / name)
    assert isinstance(article, Article), article
    assert article.title == title
    assert (article.published, article.published_source) == (published, published_source)
    assert article.url == url
    assert article.source_id == (url or str(DATA / name))
    assert article.origin == str(DATA / name)


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("summit-saved.txt", ["31°F", "Share on Facebook", "SUBSCRIBE", "ADVERTISEMENT",
                              "Share this", "TRENDING NOW", "Editor's Picks", "Home"]),
        ("export-controls.md", ["---", "published:", "# "]),
        ("trade-war.html", ["Sign in", "27.5 C", "Subscribe to our newsletter", "Example News"]),
    ],
)
def test_furniture_and_markup_do_not_reach_the_text(name: str, furniture: list[str]) -> None:
    [article] = read_all(DATA / name)
    for piece in furniture:
        assert piece not in article.text
    assert article.title not in article.text


def test_jsonl_dump_lines_become_articles_or_failures() -> None:
    items = read_all(DATA / "dump.jsonl")
    origin = str(DATA / "dump.jsonl")
    summary = [
        (item.source, item.reason) if isinstance(item, InputFailure)
        else (item.origin, item.source_id, item.published, item.published_source)
        for item in items
    ]
    assert summary == [
        (f"{origin}:1", "dump-001", date(2019, 12, 13), "jsonl"),
        (f"{origin}:2", "dump-002", date(2022, 8, 2), "jsonl"),
        (f"{origin}:4", "bad-json"),
        (f"{origin}:5", "no-text"),
        (f"{origin}:6", "dump-005", None, "none"),
    ]


def test_json_file_records() -> None:
    items = read_all(DATA / "articles.json")
    assert [type(item).__name__ for item in items] == ["Article", "InputFailure"]
    assert items[0].source_id == "json-001" and items[0].published == date(2023, 6, 19)
    assert items[1].reason == "no-text"


def test_folder_is_walked_sorted_without_hidden_files_and_sidecars(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.md", ".hidden/d.txt", ".e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / "fentanyl-undated.txt", tmp_path / name)
        with (tmp_path / name).open("a") as out:  # make each text distinct
            out.write(f"\nThe file {name} was the one the officials said was the final note.\n")
    (tmp_path / "a.meta.json").write_text('{"title": "From the sidecar"}')
    items = read_all(tmp_path)
    assert [item.origin for item in items] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.md")]
    assert items[0].title == "From the sidecar"


def test_globs_and_missing_sources() -> None:
    items = read_all(DATA / "*.md", DATA / "nothing-*.txt", DATA / "missing.txt", "ftp://x/y")
    assert isinstance(items[0], Article) and items[0].origin == str(DATA / "export-controls.md")
    assert [(i.reason) for i in items[1:]] == ["not-found", "not-found", "scheme"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("page.html", b"\x00\x01\x02binary pretending to be html", "binary"),
        ("only-furniture.txt", b"spot_img\n- Advertisement -\nLATEST NEWS\n", "no-article"),
    ],
)
def test_bad_files_fail_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                      reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    [item] = read_all(tmp_path / name)
    assert isinstance(item, InputFailure)
    assert (item.source, item.reason) == (str(tmp_path / name), reason)
    assert item.detail


def test_page_without_article_fails() -> None:
    [item] = read_all(DATA / "no-article.html")
    assert isinstance(item, InputFailure)
    assert item.reason == "no-article"


def test_non_english_article_is_skipped_with_reason_language() -> None:
    [item] = read_all(DATA / "taiwan-zh.txt")
    assert isinstance(item, Skipped)
    assert item.reason == "language" and item.detail


ACCENTED = ("Beijing’s négociateurs met their counterparts in Zürich, where the café talks on "
            "tariffs — and on the “phase one” deal — went on until late on Thursday evening.")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("cp1252", b""), ("latin-1", b""), ("utf-8", b""), ("utf-16", b""),
     ("utf-8", b"\xef\xbb\xbf")],
)
def test_text_encodings_are_decoded(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = ACCENTED if encoding != "latin-1" else ACCENTED.translate(
        str.maketrans("’—“”", "'-\"\""))
    (tmp_path / "note.txt").write_bytes(prefix + text.encode(encoding))
    [article] = read_all(tmp_path / "note.txt")
    assert article.text == text


def test_declared_html_charset_is_used(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='iso-8859-1'><title>Zoë reports</title></head><body>"
            "<article><p>" + "The talks in Genève on tariffs continued, said US officials. "
            * 8 + "</p></article></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("latin-1"))
    [article] = read_all(tmp_path / "page.html")
    assert article.title == "Zoë reports"
    assert "The talks in Genève on tariffs" in article.text


LINE = b"Washington and Beijing traded tariffs again on Monday, officials said.\n"


def test_50_mb_text_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(LINE * (50_000_000 // len(LINE) + 1))
    [item] = read_all(big)
    assert (item.reason, item.source) == ("too-large", str(big))


@pytest.mark.parametrize(("size", "kind"), [(len(LINE) * 3, Article), (len(LINE) * 3 + 1, InputFailure)])
def test_size_cap_boundary(tmp_path: Path, size: int, kind: type) -> None:
    (tmp_path / "note.txt").write_bytes((LINE * 4)[:size])
    [item] = read_all(tmp_path / "note.txt", max_bytes=len(LINE) * 3)
    assert isinstance(item, kind)


def test_duplicates_in_one_run_yield_once(tmp_path: Path) -> None:
    shutil.copy(DATA / "summit-saved.txt", tmp_path / "copy.txt")
    items = read_all(DATA / "summit-saved.txt", tmp_path / "copy.txt", DATA / "summit-saved.txt")
    assert isinstance(items[0], Article)
    assert [(i.source, i.reason) for i in items[1:]] == [
        (str(tmp_path / "copy.txt"), "duplicate"), (str(DATA / "summit-saved.txt"), "duplicate")]


def test_seen_articles_are_skipped() -> None:
    ingested = {str(DATA / "summit-saved.txt"), "dump-001"}
    items = read_all(DATA / "summit-saved.txt", DATA / "dump.jsonl", seen=ingested.__contains__)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items[:3]] == [
        ("Skipped", "seen"), ("Skipped", "seen"), ("Article", None)]


def test_html_page_author_and_page_saved_as_text(tmp_path: Path) -> None:
    shutil.copy(DATA / "trade-war.html", tmp_path / "saved.txt")
    [article] = read_all(tmp_path / "saved.txt")
    assert article.author == "Dana Reyes"
    assert article.published_source == "metadata"
    assert "<p>" not in article.text


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("Officials met on Monday to talk about tariffs again.")
    [item] = read_all(tmp_path)
    assert (item.source, item.reason) == (str(tmp_path), "empty")
