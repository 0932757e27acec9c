"""Which languages get which layers, and the words that say so when a text got none.

Kept apart from extract.annotate (which loads spaCy) so views can tell readers why a text has no
analysis without importing the NLP stack.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# The layers each language gets (the README lists them too); other languages are stored without any.
LANGUAGE_LAYERS: dict[str, tuple[str, ...]] = {
    "en": ("entities", "claims and quotes", "times", "events"),
    "fr": ("entities", "claims and quotes", "times"),
}
NLP_LANGUAGES = frozenset(LANGUAGE_LAYERS)


def analysis_note(language: str | None) -> str | None:
    """Why an article in `language` has no analysis, in words for its reader; None when it has one."""
    if language in NLP_LANGUAGES:
        return None
    if not language:
        return "not analysed: its language could not be identified"
    return f"not analysed: language '{language}' has no model (analysed: {', '.join(sorted(NLP_LANGUAGES))})"


def collection_notes(languages: Iterable[str | None]) -> list[str]:
    """One line per language of a story's articles that was not analysed: "2 of 5 articles not analysed: …"."""
    counts = Counter(languages)
    total = sum(counts.values())
    notes = []
    for language, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "")):
        note = analysis_note(language)
        if note is not None:
            notes.append(f"{n} of {total} article{'s' if total != 1 else ''} {note}")
    return notes
