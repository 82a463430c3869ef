"""Summarizers chosen by name, each built with an offline stemmer and English stop words."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

SUMMARIZERS: dict[str, Any] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
}
DEFAULT_SUMMARIZER = "lexrank"


class UnknownSummarizerError(ValueError):
    """The summarizer name is not one of SUMMARIZERS."""


@cache
def get_summarizer(name: str) -> Any:
    """Return a ready sumy summarizer for ``name`` (cached: building one loads a stemmer)."""
    key = name.strip().lower()
    if key not in SUMMARIZERS:
        known = ", ".join(sorted(SUMMARIZERS))
        raise UnknownSummarizerError(f"unknown summarizer {name!r}; known: {known}")
    # stemming is most of a summary's cost and words repeat: remember stems
    summarizer = SUMMARIZERS[key](lru_cache(maxsize=100_000)(Stemmer("english")))
    summarizer.stop_words = get_stop_words("english")
    return summarizer
