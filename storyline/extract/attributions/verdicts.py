"""Verdict cues: a source's judgement given as a complement, not a clause.

"X described the offensive as a turning point", "Y called the decision inappropriate",
"Z hailed the board as something unique", "W touted the plan as making strides",
"V pulled out, citing internal business issues": the claim is the judgement ("a turning point",
"inappropriate", "internal business issues"); the source is the verb's subject, as for any cue.
"""
from __future__ import annotations

from spacy.tokens import Token

from storyline.lexicon.en.attributions import ANONYMOUS_HEADS, GROUND_LEMMAS, MEDIA_HEADS


def verdict_tokens(verb: Token) -> list[Token]:
    """The tokens of the judgement a verdict cue gives, or [] when it gives none."""
    if verb.lemma_ in GROUND_LEMMAS:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.lemma_.lower() in ANONYMOUS_HEADS | MEDIA_HEADS | {"source"} or obj.pos_ == "PROPN":
            return []  # "citing officials", "citing Meridian News": the speaker's sources, not a claim
        return list(obj.subtree)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i:
            return [t for t in child.subtree if t.i != child.i]
        if child.dep_ in ("oprd", "xcomp") and child.i > verb.i and verb.lemma_ in ("call", "label", "brand", "term", "dub"):
            return list(child.subtree)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        as_prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_prep is not None:
            return [t for t in as_prep.subtree if t.i != as_prep.i]
    return []
