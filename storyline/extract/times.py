"""Time expressions, found by a date grammar and resolved against the publication date.

Finding is `times_grammar`, the direction of the clause is `times_tense`, the calendar work is
`times_resolve`; this module strings them together for one article.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from storyline.extract.spans import span_of
from storyline.extract.times_grammar import find_time_mentions
from storyline.extract.times_resolve import resolve_mention
from storyline.extract.times_tense import direction_at
from storyline.models import Article, TimeExpression


def extract_times(article: Article, doc: Doc) -> tuple[TimeExpression, ...]:
    text = article.text
    anchor = anchor_date(article.published)
    out = []
    previous_day: date | None = None
    for mention in find_time_mentions(text):
        span = span_of(text, mention.start, mention.end)
        if not span.text:
            continue
        value = resolve_mention(mention, anchor, direction_at(doc, mention.start), previous_day)
        if value is not None and len(value) == 10:
            previous_day = date.fromisoformat(value)
        out.append(TimeExpression(span=span, value=value))
    return tuple(out)


def anchor_date(published: str | None) -> date | None:
    """The publication day, or None when it is unknown or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
