"""Helpers to cut Spans out of an article's text."""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.models import Span

if TYPE_CHECKING:  # only for annotations: the story and query paths use span_of without spaCy
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Where doc_text keeps a Doc's text, in the Doc's own user_data (nothing serialises our Docs).
_TEXT_KEY = "storyline.text"


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


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc. spaCy rebuilds Doc.text from every token on each access,
    so a layer reading it per entity or per clause was quadratic in the article's length (on the
    extraction benchmark's pages, a third of the time of all layers together)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
