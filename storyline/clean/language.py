"""Language identification with py3langid (a model that ships in the package)."""
from __future__ import annotations

import re
from dataclasses import replace

import py3langid

from storyline.errors import Code, StorylineError
from storyline.models import Article

# Texts shorter than this are too short to identify reliably; they are assumed English
# rather than marked unknown, since every input we have seen of that size was a headline.
_MIN_CHARS = 40


def detect_language(text: str) -> str:
    if len(text) < _MIN_CHARS:
        return "en"
    lang, _ = py3langid.classify(text[:5000])
    return str(lang)


_CODE = re.compile(r"[a-z]{2,3}")


def check_language_code(code: str) -> str:
    """A language code as given to --language: ISO 639-1 or -3, lower case ("fr", "en")."""
    folded = code.strip().lower()
    if not _CODE.fullmatch(folded):
        raise StorylineError(Code.BAD_OPTION, detail=f"--language takes a code such as 'en' or 'fr', not '{code}'")
    return folded


def with_language(article: Article, code: str | None) -> Article:
    """`article` marked as written in `code` when one is given (the user knows better than detection)."""
    return replace(article, language=code) if code else article
