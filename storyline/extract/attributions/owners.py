"""Unnamed speakers that stand for a named body: "a WeWork spokesperson", "the doctors".

Two rules that read the text, not the story:
- An unnamed speaker whose phrase names a company or group ("PG&E officials", "a company
  spokesperson") speaks for it: the annotation guide's kind is the body's (organization), the
  phrase stays the source's name. Government bodies and places are left alone: "US officials"
  and "Israeli defense officials" are unnamed officials (anonymous) in the guide's examples.
- "the Sioux Falls Argus Leader reported": a capitalised role word closing a body's name the
  article writes is that body, not a role ("Leader" is no leader).
- "The doctors said" after the text named "Doctors for Camp Closure": a definite plural whose
  noun opens the name of an organisation the text has named is that organisation (the group's
  own name describes its members).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.lexicon.en.attributions import COMPANY_WORDS, SPEAKING_FOR
from storyline.models import LocalEntity

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWNER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def owner_is_company(head: Token, entity_at: Callable[[int, int], LocalEntity | None],
                     entity_named: Callable[[str], LocalEntity | None], classify_org: Callable[[str], str]) -> bool:
    """The unnamed speaker's phrase names a company (or says "company") as the body it speaks for."""
    if head.lemma_.lower() not in SPEAKING_FOR:
        return False
    for tok in head.children:
        if tok.dep_ not in _OWNER_DEPS:
            continue
        if tok.lower_ in COMPANY_WORDS:
            return True
        entity = entity_at(tok.idx, tok.idx + len(tok.text)) or (entity_named(tok.text) if tok.pos_ == "PROPN" else None)
        if entity is not None and entity.type == "ORG" and classify_org(entity.name) == "organization":
            return True
    return False


def group_named_by(head: Token, lemma: str, mentions: list[tuple[int, int, LocalEntity]], at: int) -> LocalEntity | None:
    """The organisation named before `at` whose name opens with this plural's noun ("Doctors for ...")."""
    if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    plural = head.lower_
    found = None
    for m_start, _, entity in mentions:
        if m_start >= at:
            break
        words = entity.name.split()
        if entity.type == "ORG" and len(words) >= 2 and words[0].lower() in (plural, lemma + "s"):
            found = entity
    return found


def capitalised_name_of(head: Token, entity_at: Callable[[int, int], LocalEntity | None]) -> LocalEntity | None:
    """'The Sioux Falls Argus Leader reported': a capitalised role word closing a body's name is
    part of the name, not a role ("Leader", "Herald"), when the words before it are a body the
    article names; the speaker is that body, not the last person with the role."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    for tok in head.children:
        if tok.dep_ == "compound" and tok.text[:1].isupper():
            entity = entity_at(tok.idx, tok.idx + len(tok.text))
            if entity is not None and entity.type not in ("PERSON", "GPE", "NORP"):
                return entity
    return None
