"""Offline sentence splitting with character offsets (syntok: no downloads, fast)."""

from __future__ import annotations

from syntok import segmenter

from timeline.records import Sentence


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, keeping offsets into ``text``.

    Example:
        >>> [s.text for s in split_sentences("Xi met Biden. They talked.")]
        ['Xi met Biden.', 'They talked.']
    """
    sentences: list[Sentence] = []
    for paragraph in segmenter.analyze(text):
        for tokens in paragraph:
            if not tokens:
                continue
            first = tokens[0]
            last = tokens[-1]
            start = first.offset
            end = last.offset + len(last.value)
            chunk = text[start:end].strip()
            if chunk:
                sentences.append(Sentence(start=start, end=end, text=text[start:end]))
    return sentences
