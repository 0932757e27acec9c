"""Time expressions, found by a date grammar and resolved against the publication date.

Finding is `grammar.py`, the direction of the clause is `tense.py`, the calendar work is
`resolve.py`; this module strings them together for one article. Durations (`durations.py`)
are kept beside the dates, marked, with no value.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from storyline.extract.spans import span_of
from storyline.extract.times.durations import find_durations
from storyline.extract.times.grammar import find_time_mentions
from storyline.extract.times.resolve import resolve_mention
from storyline.extract.times.tense import direction_at
from storyline.models import Article, TimeExpression

if TYPE_CHECKING:  # annotations only: the story views import this module without spaCy
    from spacy.tokens import Doc

# Years before publication past which a date is background. A developing story's own events fall
# within a few years ("since 2016" in a 2019 report is its run-up); five years leaves those in and
# wars, founding dates and anniversaries out.
BACKGROUND_YEARS = 5


def extract_times(article: Article, doc: Doc) -> tuple[TimeExpression, ...]:
    text = article.text
    anchor = anchor_date(article.published)
    out = []
    previous_day: date | None = None
    reference: str | None = None  # the last value the text gave, for "the next year" and the like
    for mention in find_time_mentions(text):
        span = span_of(text, mention.start, mention.end)
        if not span.text:
            continue
        value = resolve_mention(mention, anchor, direction_at(doc, mention.start), previous_day, reference)
        if value is not None and len(value) == 10:
            previous_day = date.fromisoformat(value)
        if value is not None and value[:4].isdigit():
            reference = value
        out.append(TimeExpression(span=span, value=value, background=is_background(value, anchor)))
    dates = [(t.span.start, t.span.end) for t in out]
    durations = [TimeExpression(span=span_of(text, start, end), value=None, duration=True)
                 for start, end in find_durations(text, dates)]
    return tuple(sorted((*out, *durations), key=lambda t: t.span.start))


def is_background(value: str | None, anchor: date | None) -> bool:
    """A date more than BACKGROUND_YEARS before publication is history ("shot down in 1967"), not the
    story's own period; without a publication date nothing is background."""
    if not value or anchor is None or not value[:4].isdigit():
        return False
    return int(value[:4]) < anchor.year - BACKGROUND_YEARS


def anchor_date(published: str | None) -> date | None:
    """The publication day, or None when it is unknown or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
