"""Who said what: attributions with their sources, relays and kinds, over the dependency parse.

Per sentence, in text order: reported speech from reporting cues (cues.py), then the
quotations no cue covers, given to the speaker of the sentence or of the sentences just before
(quotes.py). Headlines have their own grammar (headlines.py). Relaying
outlets are attached to every claim of the source they relay (relays.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from storyline.extract.attributions.cues import Claim, find_reported
from storyline.extract.attributions.headlines import find_headline_claims
from storyline.extract.attributions.quotes import find_quotes, inside
from storyline.extract.attributions.relays import find_phrase_relays, find_relays, find_reporters
from storyline.extract.attributions.sources import SourceResolver
from storyline.extract.attributions.whole import continue_open_quotes, join_quote_pieces
from storyline.extract.spans import span_of
from storyline.models import Article, Attribution, LocalEntity, Ref, Span

# A quotation standing alone is the last speaker's if that speaker spoke this many sentences
# before at most: a quote paragraph follows its attribution directly in news style.
QUOTE_SPEAKER_REACH = 2
# Shortest quotation that is a claim on its own rather than a quoted phrase inside narration.
MIN_QUOTE_WORDS = 4
# Share of a claim that must be in quote marks for it to be a direct quotation: reported speech
# with a quoted phrase ('said the army "remains capable"') is indirect in the annotation guide.
DIRECT_SHARE = 0.8


def extract_attributions(article: Article, doc: Doc, entities: tuple[LocalEntity, ...]) -> tuple[Attribution, ...]:
    text = article.text
    quotes = find_quotes(text)
    resolver = SourceResolver(text, entities)
    resolver.reporters.update(find_reporters(text, resolver))
    headlines = list(find_headline_claims(text, doc, resolver))
    claims: list[Claim] = list(headlines)
    relays: dict[str, list[Ref]] = {}
    last: tuple[int, Claim] | None = None
    previous: list[Claim] = []
    for n, sent in enumerate(doc.sents):
        found = []
        for claim in find_reported(text, sent, resolver, quotes):
            if any(_same_line(text, h.cue.start, claim.cue.start) for h in headlines):
                continue  # the headline grammar has read this line
            if claim.head is not None:  # unnamed passives ("it was reported") are no antecedent
                resolver.remember(claim.cue.start, claim.resolved, claim.head)
            found.append(_quoted(text, claim, quotes, sent))
        found = _fold_media_according(found, resolver)
        # a quotation is spoken: "according to" names where a fact comes from, not who is quoted
        speaking = [c for c in found if not c.cue.text.lower().startswith(("according", "as per"))]
        recent = last[1] if last and n - last[0] <= QUOTE_SPEAKER_REACH else None
        speaker = speaking[0] if speaking else (recent if not found or recent is None else found[0])
        found += _loose_quotes(text, sent, quotes, found, speaker)
        for ref in find_relays(sent, resolver):
            for identity in {c.resolved.identity for c in (found or previous)}:
                _add(relays.setdefault(identity, []), ref)
        if found:
            last, previous = (n, found[-1]), found
        else:
            previous = []
        claims += found
    home = _squashed(article.outlet or "")
    claims = join_quote_pieces(text, quotes, continue_open_quotes(text, quotes, claims))
    return tuple(_attribution(c, relays, resolver, home) for c in _unique(claims))


def _quoted(text: str, claim: Claim, quotes: tuple[Span, ...], sent: SpacySpan) -> Claim:
    """A claim whose content is mostly a quotation is that quotation, and direct."""
    q = inside(quotes, claim.content.start, claim.content.end)
    if q is None:
        return claim
    overlap = min(q.end, claim.content.end) - max(q.start, claim.content.start)
    starts_quoted = q.start <= claim.content.start <= q.start + 1
    if overlap < DIRECT_SHARE * len(claim.content.text) and not starts_quoted:
        return claim
    content = _clip(text, q, sent)
    return Claim(claim.cue, content, True, claim.resolved, claim.head) if content.text else claim


def _loose_quotes(text: str, sent: SpacySpan, quotes: tuple[Span, ...], found: list[Claim],
                  speaker: Claim | None) -> list[Claim]:
    """Quotations in the sentence that no cue covered, given to the current speaker."""
    if speaker is None:
        return []
    out = []
    for q in quotes:
        if q.end <= sent.start_char or q.start >= sent.end_char:
            continue
        part = _clip(text, q, sent)
        if any(c.content.start < part.end and part.start < c.content.end for c in found):
            continue
        words = [t for t in sent.doc.char_span(part.start, part.end, alignment_mode="expand") or () if not t.is_punct]
        if len(words) < MIN_QUOTE_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        out.append(Claim(speaker.cue, part, True, speaker.resolved, speaker.head))
    return out


def _fold_media_according(found: list[Claim], resolver: SourceResolver) -> list[Claim]:
    """'The agency reported X, according to Meridian 24' (or to its reporter): the outlet relays the other claim."""
    out = []
    for claim in found:
        inner = [c for c in found if c is not claim and claim.content.start <= c.cue.start < claim.content.end]
        relaying = claim.resolved.source.kind == "media" or claim.resolved.source.entity in resolver.reporters
        if claim.cue.text.lower().startswith(("according", "as per")) and relaying and inner:
            continue
        out.append(claim)
    return out


def _attribution(claim: Claim, relays: dict[str, list[Ref]], resolver: SourceResolver, home: str) -> Attribution:
    via: list[Ref] = []
    outlet = resolver.reporters.get(claim.resolved.source.entity or "")
    own = (Ref(name=outlet.name, entity=outlet.entity),) if outlet is not None else ()
    for ref in own + find_phrase_relays(claim.head, resolver) + tuple(relays.get(claim.resolved.identity, ())):
        if ref.name != claim.resolved.source.name and not _is_home(ref.name, home):
            _add(via, ref)
    return Attribution(source=claim.resolved.source, via=tuple(via), cue=claim.cue, content=claim.content,
                       direct=claim.direct)


def _squashed(outlet: str) -> str:
    """'www.thehill.com' -> 'thehill': the publishing site's name, to compare with an outlet's."""
    host = outlet.lower().removeprefix("www.")
    return re.sub(r"[^a-z0-9]", "", host.rsplit(".", 1)[0] if "." in host else host)


def _is_home(name: str, home: str) -> bool:
    """'told The Hill' on thehill.com: the page's own outlet heard it first hand, it relays nothing."""
    own = re.sub(r"[^a-z0-9]", "", name.lower())
    return len(own) >= 3 and bool(home) and (own == home or "the" + own == home)


def _clip(text: str, q: Span, sent: SpacySpan) -> Span:
    span = span_of(text, max(q.start, sent.start_char), min(q.end, sent.end_char))
    end = span.end
    while end > span.start and text[end - 1] in ",;":
        end -= 1
    return span_of(text, span.start, end)


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[int, int]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.content.start, c.cue.start)):
        if (c.content.start, c.content.end) not in seen:
            seen.add((c.content.start, c.content.end))
            out.append(c)
    return out


def _add(refs: list[Ref], ref: Ref) -> None:
    if ref.name not in {r.name for r in refs}:
        refs.append(ref)


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]
