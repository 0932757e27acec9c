"""A quotation that runs over several sentences is one claim, as the annotation guide counts it.

The per-sentence reading gives each sentence of a long quotation its own piece: the sentence with
the cue, then the pieces no cue covers (given to the current speaker). Here the pieces of one
quotation become one claim with the whole quotation as content, credited to the piece whose cue
is nearest the quotation ("“...,” she said" or "she said: “...”").
"""
from __future__ import annotations

from storyline.extract.attributions_cues import Claim
from storyline.extract.attributions_quotes import inside
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
