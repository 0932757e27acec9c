"""Quotation marks: where the quoted stretches of a text are, tolerant of unbalanced marks."""
from __future__ import annotations

from storyline.models import Span

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT


def find_quotes(text: str) -> tuple[Span, ...]:
    """The inner spans of quotations, marks excluded.

    Curly marks pair an opening with the next closing mark; straight marks toggle. A quotation
    left open runs to the end of its paragraph, as in the news convention of a multi-paragraph
    quote that closes only once; a stray closing mark is ignored. Never raises.
    """
    out: list[Span] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if start is None:
            if ch in OPENING or ch == STRAIGHT:
                start = i + 1
        elif ch in CLOSING or ch == STRAIGHT:
            out.append(Span(start, i, text[start:i]))
            start = None
        elif ch in OPENING:  # an unclosed quotation followed by a new one: close the first here
            out.append(Span(start, i, text[start:i]))
            start = i + 1
        elif ch == "\n":
            out.append(Span(start, i, text[start:i]))
            start = None
    if start is not None:
        out.append(Span(start, len(text), text[start:]))
    return tuple(q for q in out if q.text.strip())


def inside(quotes: tuple[Span, ...], start: int, end: int) -> Span | None:
    """The quotation that holds most of [start, end), if it holds more than half of it."""
    best, best_overlap = None, 0
    for q in quotes:
        overlap = min(end, q.end) - max(start, q.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is not None and best_overlap * 2 > (end - start):
        return best
    return None


def find_quote_at(quotes: tuple[Span, ...], pos: int) -> Span | None:
    """The quotation holding character `pos`, if any."""
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None
