"""An article's text cut around one passage, so the template can highlight it (escaped, never raw)."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import Code, StorylineError


@dataclass(frozen=True)
class Cut:
    before: str
    passage: str
    after: str


def cut_passage(text: str, start: int | None, end: int | None) -> Cut:
    if start is None or end is None:
        return Cut(text, "", "")
    if not 0 <= start <= end <= len(text):
        raise StorylineError(Code.BAD_REQUEST, detail=f"passage {start}-{end} lies outside the article "
                                                      f"({len(text)} characters)")
    return Cut(text[:start], text[start:end], text[end:])


def find_passage(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of `quote` in `text`, for analyses that hand over text without offsets."""
    at = text.find(quote) if quote else -1
    return (at, at + len(quote)) if at >= 0 else None
