"""Tokenizers for sumy that need no downloaded data (sumy's default needs NLTK punkt)."""

from __future__ import annotations

import re

from timeline.sentences import split_sentences

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


class SentenceWordTokenizer:
    """Sentence splitting with the project's rule-based splitter, word splitting with a regex.

    It has the two methods sumy's parsers and ``Sentence`` objects call.

    Example:
        >>> tok = SentenceWordTokenizer()
        >>> tok.to_sentences("Xi met Biden. They talked.")
        ('Xi met Biden.', 'They talked.')
        >>> tok.to_words("U.S. tariffs rose 25%.")
        ('U.S', 'tariffs', 'rose', '25')
    """

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split a paragraph into sentences."""
        return tuple(s.text.strip() for s in split_sentences(paragraph) if s.text.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into word tokens (punctuation dropped)."""
        return tuple(_WORD.findall(sentence))


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [w.lower() for w in _WORD.findall(text)]
