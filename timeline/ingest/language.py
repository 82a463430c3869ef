"""Language check with py3langid: the job reads English articles only."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from timeline.ingest.errors import InputRejected

_SAMPLE_CHARS = 1000  # a paragraph is enough for a confident guess, and cheap
_MIN_CHARS = 80  # below this a guess is noise: accept the text
_MIN_CONFIDENCE = 0.5  # refuse only when another language is more likely than not


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The py3langid model with normalized probabilities, loaded once."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the language model now (it loads on first use otherwise)."""
    _identifier()


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability of the text's language.

    >>> detect_language("Washington and Beijing agreed to resume military talks this week.")[0]
    'en'
    """
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


def require_english(text: str) -> None:
    """Raise InputRejected("language") when the text is confidently not English."""
    if len(text.strip()) < _MIN_CHARS:
        return
    lang, prob = detect_language(text)
    if lang != "en" and prob >= _MIN_CONFIDENCE:
        raise InputRejected("language", f"detected '{lang}' (p={prob:.2f}), not English")
