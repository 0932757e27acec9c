"""Language identification with py3langid (a model that ships in the package)."""
from __future__ import annotations

import py3langid

# Texts shorter than this are too short to identify reliably; they are assumed English
# rather than marked unknown, since every input we have seen of that size was a headline.
_MIN_CHARS = 40


def detect_language(text: str) -> str:
    if len(text) < _MIN_CHARS:
        return "en"
    lang, _ = py3langid.classify(text[:5000])
    return str(lang)
