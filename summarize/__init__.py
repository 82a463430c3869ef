"""Summaries and titles with sumy, using tokenizers that need no download."""

from summarize.core import clean_sentence, make_title, summarize, unique_sentences
from summarize.registry import (
    DEFAULT_SUMMARIZER,
    SUMMARIZERS,
    UnknownSummarizerError,
    get_summarizer,
)
from summarize.tokenizers import SentenceWordTokenizer

__all__ = [
    "DEFAULT_SUMMARIZER",
    "SUMMARIZERS",
    "SentenceWordTokenizer",
    "UnknownSummarizerError",
    "clean_sentence",
    "get_summarizer",
    "make_title",
    "summarize",
    "unique_sentences",
]
