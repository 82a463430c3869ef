"""Summaries and titles of events from their evidence sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from summarize.registry import DEFAULT_SUMMARIZER, get_summarizer
from summarize.tokenizers import SentenceWordTokenizer, word_tokens

MAX_INPUT_SENTENCES = 24  # LexRank is quadratic in sentences: cap the evidence fed to it
MAX_TITLE_WORDS = 14
MIN_STRIPPED_CHARS = 20  # a header stripped to less than this was the sentence: keep it
_TOKENIZER = SentenceWordTokenizer()
_SPACES = re.compile(r"\s+")
_DATELINE = re.compile(  # "BEIJING — ", "BEIJING—", "WASHINGTON (AP) -- "
    r"^[A-Z]{3,}[A-Z .'’-]*?(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?\s*(?:\([^)]*\)\s*)?"
    r"(?:[—–]\s*|--?\s+)")
_FURNITURE = re.compile(
    r"^(?:-\s*advertisement\s*-|advertisement|spot_img|latest news|popular articles|"
    r"read more|related articles?|share this|click here.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65_536)
def clean_sentence(text: str) -> str:
    """Collapse whitespace and tokenizer spacing (`` ,`` ``( x )``) in a sentence."""
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"\s+([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    return text


# a wire story's header ends with the agency credit: "TRIPOLI | Tue Mar 1, 2011 6:36 pm EST
# TRIPOLI (Reuters) - ", "By Jane Doe WASHINGTON, Oct 20 (Reuters) - ", "BEIJING (AP) — "
_WIRE_HEADER = re.compile(
    r"^.{0,300}?\((?:Reuters|AP|AFP|Bloomberg|Xinhua|UPI|dpa|CNN|BBC)\)\s*(?:--|[-—–])\s*(?=\S)")
# the headline that opens a web page's header, up to the dateline's city in capitals
_HEADLINE = re.compile(r"^(?:Full Article\s+)?([^|*(]+?)\s+[A-Z]{3,}[A-Z .'’-]*(?:,[^|]*)?\s*\|")
MIN_HEADLINE_WORDS = 4
_STAMP = re.compile(  # "8 November 2011 Last updated at 06:28 ", "Last updated: 29 June 2010 "
    r"^(?:\d{1,2} \w+ \d{4} )?Last updated(?: at|:)? (?:\d\d:\d\d|\d{1,2} \w+ \d{4})(?: (?:GMT|BST|UTC|EST|EDT|ET)\b)?\s*")


# a subheading or caption name in capitals glued to the sentence after it: "ARMS EMBARGO, NO-FLY
# ZONE REMAIN IN PLACE Libya's frozen assets ...", "JILLIAN THORP, US AID WORKER Frank Thorp ..."
_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z'’,.&-]*\s+){2,}(?=[A-Z][a-z])")
MIN_SUBHEAD_LETTERS = 8


def strip_header(text: str) -> str:
    """A sentence without the wire header, time stamp, dateline or subheading it opens with.

    Example:
        >>> strip_header("TRIPOLI | Tue Mar 1, 2011 EST TRIPOLI (Reuters) - Libya could split in two.")
        'Libya could split in two.'
    """
    out = _STAMP.sub("", text)
    header = _WIRE_HEADER.match(out)
    if header:
        # the headline before the dateline says it shortest: keep it as a sentence of its own
        head = _HEADLINE.match(header.group(0))
        headline = head.group(1).strip() if head else ""
        out = out[header.end():]
        if len(headline.split()) >= MIN_HEADLINE_WORDS and not headline.startswith("By "):
            out = f"{headline.rstrip(' .:')}. {out}"
    out = _DATELINE.sub("", out)
    subhead = _SUBHEAD.match(out)
    if subhead and sum(c.isalpha() for c in subhead.group(0)) >= MIN_SUBHEAD_LETTERS:
        out = out[subhead.end():]  # "THE BASICS Symptoms are ...": a page's subheading
    return out if len(out) >= MIN_STRIPPED_CHARS else text


def _norm(text: str) -> str:
    """Key used to spot duplicate sentences."""
    return " ".join(word_tokens(text))


def unique_sentences(sentences: Sequence[str]) -> list[str]:
    """Cleaned sentences in order, without duplicates, furniture or empty ones."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in sentences:
        text = strip_header(clean_sentence(raw))
        key = _norm(text)
        if not key or key in seen or _FURNITURE.match(text):
            continue
        seen.add(key)
        out.append(text)
    return out


def summarize(
    sentences: Sequence[str], n: int = 1, algorithm: str = DEFAULT_SUMMARIZER
) -> list[str]:
    """Pick the ``n`` (1 or 2) most central sentences with a sumy summarizer, in input order.

    Duplicate sentences are dropped first; at most ``MAX_INPUT_SENTENCES`` sentences (the first
    ones, which callers order by importance) are fed to the summarizer.

    Example:
        >>> summarize(["Xi met Blinken in Beijing.", "Xi met Blinken in Beijing."], n=2)
        ['Xi met Blinken in Beijing.']
    """
    if n not in (1, 2):
        raise ValueError(f"n must be 1 or 2, got {n}")
    summarizer = get_summarizer(algorithm)
    pool = unique_sentences(sentences)[:MAX_INPUT_SENTENCES]
    if len(pool) <= n:
        return pool
    if len(pool) <= 2:  # centrality cannot tell two sentences apart: keep the caller's first
        return pool[:n]
    doc = ObjectDocumentModel(
        [Paragraph([SumySentence(text, _TOKENIZER) for text in pool])]
    )
    picked = [str(s) for s in summarizer(doc, n)]
    if not picked:  # e.g. LSA on sentences made only of stop words
        return pool[:n]
    order = {text: i for i, text in enumerate(pool)}
    return sorted(dict.fromkeys(picked), key=lambda s: order.get(s, len(order)))


# title templates by trigger lemma: {a} first actor, {b} second actor, {loc} place
_TITLE_TEMPLATES: dict[str, tuple[str, str]] = {
    # trigger: (two actors, one actor + place)
    "meet": ("{a} meets {b}", "{a} holds meetings"),
    "talk": ("{a} holds talks with {b}", "{a} holds talks"),
    "call": ("{a} speaks with {b}", "{a} holds a call"),
    "visit": ("", "{a} visits {loc}"),  # the two-actor form is not used: a visit is to a place
    "summit": ("{a} and {b} hold a summit", "{a} attends a summit"),
}


def trim_title(sentence: str, max_words: int = MAX_TITLE_WORDS) -> str:
    """Shorten a sentence into a title: first clause, at most ``max_words`` words, no period."""
    text = _DATELINE.sub("", clean_sentence(sentence)).strip(" \"“”'‘’")
    words = text.split()
    if len(words) > max_words:
        head = " ".join(words[:max_words])
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(" — "), head.rfind(" - "))
        text = head[:cut] if cut > len(head) // 2 else head + "…"
    return text.rstrip(" .,;:").strip(" \"“”'‘’")


# Words that turn a meeting or a visit into one that did not happen.
_CALLED_OFF = re.compile(
    r"\b(?:postpon\w*|cancel+(?:s|ed|ing)?|call(?:s|ed|ing)? off|put off|scrap(?:s|ped|ping)?|"
    r"delay(?:s|ed|ing)?|suspend(?:s|ed|ing)?|did not|didn't|has not|hasn't|have not|haven't|"
    r"had not|hadn't|refused to|declined to|will not|won't)\b",
    re.IGNORECASE,
)


def make_title(
    actors: Sequence[str],
    trigger: str | None,
    location: str | None,
    sentences: Sequence[str],
    article_title: str | None = None,
) -> str:
    """A short title from actors + trigger + place, else the article title, else a sentence.

    Example:
        >>> make_title(["Xi Jinping", "Antony Blinken"], "meet", "Beijing", ["..."])
        'Xi Jinping meets Antony Blinken in Beijing'
        >>> make_title([], None, None, ["Floods hit the city on Monday, officials said."])
        'Floods hit the city on Monday, officials said'
    """
    template = _TITLE_TEMPLATES.get(trigger or "")
    if template and sentences and _CALLED_OFF.search(sentences[0]):
        template = None  # "postponed a trip to Beijing" is no visit: say it in the source's words
    if template and actors:
        if len(actors) >= 2 and trigger != "visit":  # one visits a place, not a person
            title = template[0].format(a=actors[0], b=actors[1], loc=location)
            if location:
                title += f" in {location}"
            return title
        if location and "{loc}" in template[1]:
            return template[1].format(a=actors[0], loc=location)
    if article_title and article_title.strip():
        return trim_title(article_title)
    for sentence in sentences:
        if sentence.strip():
            return trim_title(sentence)
    return "Untitled event"
