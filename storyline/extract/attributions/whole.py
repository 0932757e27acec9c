"""A quotation that runs over several sentences is one claim, as the annotation guide counts it.

The per-sentence reading gives each sentence of a long quotation its own piece: the sentence with
the cue, then the pieces no cue covers (given to the current speaker). Here the pieces of one
quotation become one claim with the whole quotation as content, credited to the piece whose cue
is nearest the quotation ("“...,” she said" or "she said: “...”").
"""
from __future__ import annotations

from storyline.extract.attributions.cues import Claim
from storyline.extract.attributions.quotes import OPENING, STRAIGHT, inside
from storyline.extract.spans import span_of
from storyline.models import Span


def join_quote_pieces(text: str, quotes: tuple[Span, ...], claims: list[Claim]) -> list[Claim]:
    by_quote: dict[Span, list[Claim]] = {}
    out: list[Claim] = []
    for claim in claims:
        q = inside(quotes, claim.content.start, claim.content.end) if claim.direct else None
        if q is None:
            out.append(claim)
        else:
            by_quote.setdefault(q, []).append(claim)
    for q, pieces in by_quote.items():
        primary = min(pieces, key=lambda c: (_distance(c.cue, q), c.cue.start))
        whole = _whole(text, q)
        out.append(Claim(primary.cue, whole, True, primary.resolved, primary.head) if whole.text else primary)
    return out


def _distance(cue: Span, q: Span) -> int:
    """Characters between a cue and a quotation; 0 when the cue touches or sits inside it."""
    if cue.end <= q.start:
        return q.start - cue.end
    if cue.start >= q.end:
        return cue.start - q.end
    return 0


def _whole(text: str, q: Span) -> Span:
    span = span_of(text, q.start, q.end)
    end = span.end
    while end > span.start and text[end - 1] in ",;":
        end -= 1
    return span_of(text, span.start, end)


def continue_open_quotes(text: str, quotes: tuple[Span, ...], claims: list[Claim]) -> list[Claim]:
    """A quotation left open at the end of a paragraph goes on in the next one, which opens with a
    quotation mark again (the news convention): the speaker of the first is the speaker of the
    second, unless the second paragraph names its own."""
    owner: dict[Span, Claim] = {}
    for claim in claims:
        q = inside(quotes, claim.content.start, claim.content.end) if claim.direct else None
        if q is not None and (q not in owner or _same_paragraph(text, claim.cue, q)):
            owner[q] = claim  # the piece whose cue is in the quotation's own paragraph speaks for it
    follows = {after: before for before, after in zip(quotes, quotes[1:], strict=False) if _runs_on(text, before, after)}
    out = []
    for claim in claims:
        q = inside(quotes, claim.content.start, claim.content.end) if claim.direct else None
        first = owner.get(follows[q]) if q in follows else None
        if q is not None and first is not None and claim.resolved.identity != first.resolved.identity \
                and not _same_paragraph(text, claim.cue, q):
            claim = Claim(first.cue, claim.content, True, first.resolved, first.head)
            owner[q] = claim
        out.append(claim)
    for after, before in follows.items():  # a continued paragraph no cue reached
        if after not in owner and before in owner:
            first = owner[before]
            owner[after] = Claim(first.cue, _whole(text, after), True, first.resolved, first.head)
            out.append(owner[after])
    return out


def _runs_on(text: str, before: Span, after: Span) -> bool:
    """`before` ends unclosed at a paragraph break and `after` opens the next paragraph."""
    if before.end >= len(text) or text[before.end] != "\n" or after.start < 1:
        return False
    return text[after.start - 1] in OPENING + STRAIGHT and not text[before.end:after.start - 1].strip()


def _same_paragraph(text: str, cue: Span, q: Span) -> bool:
    lo, hi = min(cue.start, q.start), max(cue.end, q.end)
    return "\n" not in text[lo:hi]
