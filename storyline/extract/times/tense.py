"""Which way a date expression points: the tense and aspect of the clause that holds it.

Weekdays, bare months and month-days carry no year or week of their own, so "on Friday" in a
Wednesday report is two days ago after "met" and two days ahead after "will meet".
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from storyline.lexicon.en.times import DEFERRAL_VERBS, FUTURE_VERBS

if TYPE_CHECKING:  # annotations only: the story views import this module without spaCy
    from spacy.tokens import Doc, Token

Direction = Literal["past", "future"] | None

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
_PAST_AUX = {"did", "had", "was", "were"}
# Modals that put a bare day ahead ("should ease by Thursday", "may meet on Friday"); "could" is
# also the past of "can" ("could not walk on Monday") and is left out.
_MODAL_AHEAD = {"should", "may", "might", "must", "can"}
# Clauses without a tense climbed through to find one: "tried to enter" is one step.
_NONFINITE_CLIMB = 3
# The prepositions that give the later date of a deferral verb (DEFERRAL_VERBS).
_DEFERRAL_PREPS = {"until", "till", "to", "by"}


def direction_at(doc: Doc, start: int) -> Direction:
    """The direction of the clause governing the token at character `start`."""
    token = _token_at(doc, start)
    if token is None:
        return None
    verb = _governing_verb(token)
    for _ in range(_NONFINITE_CLIMB):
        if verb is None:
            return None
        direction = _direction_of(token, verb)
        if direction is not None or not _nonfinite(verb):
            return direction
        # "pleaded guilty to threatening her in March", "tried to enter on May 16": a clause with
        # no tense of its own takes its time from the clause above it
        token, verb = verb, _governing_verb(verb)
    return None


def _direction_of(token: Token, verb: Token) -> Direction:
    for tok in _verb_chain(verb):
        lowered = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if lowered & _FUTURE_AUX or tok.lower_ in _FUTURE_AUX:
            return "future"
        if tok.lemma_ in FUTURE_VERBS and _is_present(tok):
            return "future"
    if _deferred_to(token, verb):
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in auxes):
        return None  # an infinitive ("to be published") takes its time from the verb above
    lowered = {c.lower_ for c in auxes}
    if lowered & _MODAL_AHEAD and "have" not in lowered:
        return "future"  # "the weather should ease by Thursday"; "may have met on Friday" is past
    if verb.tag_ in ("VBD", "VBN") or lowered & _PAST_AUX:
        return "past"
    return None


def _nonfinite(verb: Token) -> bool:
    """An infinitive, a gerund or a participle without a tensed auxiliary of its own."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in auxes):
        return True
    return verb.tag_ in ("VBG", "VB", "VBN") and not any(c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in auxes)


def _deferred_to(token: Token, verb: Token) -> bool:
    """"Postponed until Saturday", "delayed to next week": a deferral points ahead whatever its tense."""
    prep = token.head if token.dep_ == "pobj" else None
    return (prep is not None and prep.lower_ in _DEFERRAL_PREPS and prep.head == verb
            and verb.lemma_.lower() in DEFERRAL_VERBS)


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above the expression in the parse (at most a few steps up)."""
    current = token
    for _ in range(5):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head is current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it complements: "meet" in "is scheduled to meet" reaches "scheduled"."""
    chain = [verb]
    current = verb
    while current.dep_ in ("xcomp", "ccomp", "advcl", "acomp") and current.head is not current and len(chain) < 4:
        current = current.head
        if current.dep_ == "ROOT" and current.lemma_ in ("say", "tell", "report", "add", "announce"):
            break
        chain.append(current)
    return chain


def _is_present(verb: Token) -> bool:
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.dep_ == "acomp" and verb.head.tag_ in ("VBZ", "VBP"):
        return True  # "is due to", "are set to"
    return any(c.tag_ in ("VBZ", "VBP") for c in verb.children if c.dep_ in ("aux", "auxpass"))
