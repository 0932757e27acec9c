"""Helpers to cut Spans out of an article's text."""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.models import Span

if TYPE_CHECKING:  # only for annotations: the story and query paths use span_of without spaCy
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def span_of(text: str, start: int, end: int) -> Span:
    """A Span trimmed of surrounding white space and stray punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
        end -= 1
    return Span(start, end, text[start:end])


def span_of_tokens(text: str, first: Token, last: Token) -> Span:
    return span_of(text, first.idx, last.idx + len(last.text))


def span_of_spacy(text: str, span: SpacySpan) -> Span:
    return span_of(text, span.start_char, span.end_char)
