"""Headline attributions: "Marrow: talks have failed", "Talks failed, says Marrow", "Marrow says talks failed".

Headlines are short lines without a full stop; their telegraphic grammar often defeats the
parser, so a small grammar over the line's text finds them instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from storyline.extract.attributions.cues import Claim
from storyline.extract.attributions.sources import Resolved, SourceResolver, classify_org
from storyline.extract.spans import span_of
from storyline.lexicon.en.attributions import HEADLINE_LABELS
from storyline.models import Source, Span

# Longest line treated as a headline; news headlines in the style guides stay under 20 words.
MAX_HEADLINE_WORDS = 25
# And characters: 25 words of news run to about 200; the bound keeps the patterns' backtracking over
# runs of spaces short (a line of 25 words may hold any amount of white space).
MAX_HEADLINE_CHARS = 300
# Shortest headline claim; "Marrow: no" says nothing on its own.
MIN_HEADLINE_CLAIM_WORDS = 3
_NAME = r"(?:[A-Z][\w.'’-]*|al-[\w'’-]+)(?:\s+(?:[A-Z][\w.'’-]*|al-[\w'’-]+|of|for)){0,4}"
_SAYS = r"says|claims|warns|insists|denies|confirms|announces|vows|admits|tells|urges|rejects|accuses"
_PATTERNS = (
    re.compile(rf"^(?P<src>{_NAME})\s*(?P<cue>:)\s+(?P<content>.+)$"),
    re.compile(rf"^(?P<content>.+?)\s*(?P<cue>:)\s+(?P<src>{_NAME})$"),
    re.compile(rf"^(?P<content>.+?),?\s+(?P<cue>{_SAYS})\s+(?P<src>{_NAME})$"),
    re.compile(rf"^(?P<src>{_NAME})\s+(?P<cue>{_SAYS})\s+(?P<content>.+)$"),
)


def find_headline_claims(text: str, doc: Doc, resolver: SourceResolver) -> Iterator[Claim]:
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or stripped[-1] in ".!?\"”’" or len(stripped) > MAX_HEADLINE_CHARS \
                or len(stripped.split()) > MAX_HEADLINE_WORDS:
            continue
        lead = start + line.index(stripped)
        claim = _match(text, doc, resolver, stripped, lead)
        if claim is not None:
            yield claim


def _match(text: str, doc: Doc, resolver: SourceResolver, line: str, lead: int) -> Claim | None:
    for pattern in _PATTERNS:
        m = pattern.match(line)
        if m is None:
            continue
        src = m.group("src")
        if set(src.lower().split()) & HEADLINE_LABELS or len(m.group("content").split()) < MIN_HEADLINE_CLAIM_WORDS:
            continue
        resolved = _source(doc, resolver, lead + m.start("src"), lead + m.end("src"), src)
        if resolved is None:
            continue
        cue = Span(lead + m.start("cue"), lead + m.end("cue"), m.group("cue"))
        content = span_of(text, lead + m.start("content"), lead + m.end("content"))
        if m.group("cue") == ":" and not _states(doc, content) or set(content.text.lower().split()) & HEADLINE_LABELS:
            continue  # "Getty: Main image credit", "Lander Plans: Moon Rush": a page label, not speech
        return Claim(cue, content, False, resolved, None)
    return None


def _states(doc: Doc, content: Span) -> bool:
    """A claim states something: it has a verb ("talks have failed"), or, set in title case where
    the tagger misses verbs, small words between the capitals ("Army Withdraws from X as Y Advances");
    a label or a title ("Private Lunar Lander Plans") has neither."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") or t.text.islower() for t in span)


def _source(doc: Doc, resolver: SourceResolver, start: int, end: int, name: str) -> Resolved | None:
    entity = resolver.entity_at(start, end) or resolver.entity_named(name)
    if entity is not None:
        return resolver.from_entity(entity)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("PROPN", "NOUN") or name.isupper() and " " in name:
        return None
    kind = {"PERSON": "person", "GPE": "government", "NORP": "government"}.get(span.root.ent_type_)
    return Resolved(Source(name=name, kind=kind or classify_org(name)), "name:" + name.lower())
