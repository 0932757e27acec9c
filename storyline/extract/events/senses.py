"""Pick the reading of a trigger word from its arguments, where WordNet gives it several.

"Teachers went on strike" is PROTEST, "the army struck the town" ASSAULT; "seized control of the
city" is ASSAULT (territory taken by force), "seized the company's assets" COERCE; "was fired" is
SANCTION, "fired on protesters" ASSAULT; "released the hostages" is CONCEDE, "released a report"
no event; "committed to the plan" is AGREE, "committed offenses" none. Each rule reads only the
words around the trigger in the parse, never the article's topic.
"""
from __future__ import annotations

from spacy.tokens import Token

from storyline.lexicon.en.events import (
    ARMED,
    DEMANDS,
    FIRMS,
    FORCES,
    GIVING_IN,
    LABOUR,
    PEOPLE,
    PLACE_NOUNS,
    SELECTING,
    SENDING,
    SIGNED_PAPERS,
    WEAPONS,
)

# Places taken by force are ASSAULT in PLOVER; goods, money, people and companies taken are COERCE.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_TYPES = frozenset({"PERSON", "NORP", "PRODUCT", "MONEY", "WORK_OF_ART"})
_SEIZING = frozenset({"seize", "capture", "take"})


def choose_action(trigger: Token, action: str, options: tuple[str, ...]) -> str | None:
    """The action for this use of `trigger` (None: no event); `options` are its readings, best first."""
    lemma = trigger.lemma_.lower()
    if "PROTEST" in options and "ASSAULT" in options:
        return "PROTEST" if _labour_strike(trigger) else "ASSAULT"
    if lemma in _SEIZING and action in ("COERCE", "ASSAULT"):
        return "ASSAULT" if any(_is_place(o) for o in _objects(trigger)) else "COERCE"
    if lemma == "fire":
        return "SANCTION" if _passive(trigger) or any(_is_person(o) for o in _objects(trigger)) \
            else "ASSAULT" if any(o.lemma_.lower() in WEAPONS for o in _objects(trigger)) or _has_prep(trigger, "at", "on") \
            else None
    if lemma in ("release", "free", "liberate"):
        people = [o for o in _objects(trigger) if _is_person(o)]
        return action if people else None
    if lemma in ("talk", "speak") and not _has_prep(trigger, "with", "to"):
        return None  # talking needs a partner to be a consultation: "talked with X", not "people talk about it"
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in trigger.children):
        return None  # "demonstrated that / demonstrate ways": showing, not protesting
    if lemma == "plead":  # "pleaded guilty" admits; "pleaded with" asks
        guilty = any(c.lower_ in ("guilty", "contest") for c in trigger.subtree)
        return "CONCEDE" if guilty else "REQUEST"
    if lemma in GIVING_IN and any(
            o.lemma_.lower() in DEMANDS for o in _objects(trigger)):
        return "CONCEDE"  # "agreed to their demands", "accepted the ultimatum's terms": giving in
    if lemma == "admit" and _passive(trigger):
        return None  # "was admitted to hospital": taken in, not a concession
    if lemma == "ask" and _has_prep(trigger, "about") and not any(
            c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in trigger.children):
        return None  # "asked about the plan": a question, not a request
    if lemma in SELECTING:
        # "selected three companies", "tapped a contractor", "paid an ad agency": choosing or paying
        # a partner for work is cooperation; anything else ("picked a date", "paid a fine") no event.
        return "COOPERATE" if any(_is_organization(o) for o in _objects(trigger)) else None
    if lemma in SENDING and action == "MOBILIZE":
        # "sent troops" moves forces; "sent me to Mexico", "send landers" move no one's forces.
        return action if any(_is_force(o) for o in _objects(trigger)) else None
    if lemma == "sign" and any(o.lemma_.lower() in SIGNED_PAPERS for o in _objects(trigger)):
        return None  # "signed a letter", "signed a petition": a statement, not an agreement
    if lemma == "commit":
        return action if _has_prep(trigger, "to") or any(c.dep_ == "xcomp" for c in trigger.children) else None
    return action


def _is_force(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in FORCES or tok.lower_ in FORCES:
        return True
    return (tok.pos_ == "NUM" or lemma in ("thousand", "hundred", "dozen")) and any(
        _is_force(g) for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")


def _is_organization(tok: Token) -> bool:
    if tok.ent_type_ == "ORG" or tok.lemma_.lower() in FIRMS:
        return True
    return tok.pos_ == "NUM" and any(_is_organization(g) for p in tok.children if p.dep_ == "prep"
                                     for g in p.children if g.dep_ == "pobj")  # "three of those companies"


def _labour_strike(trigger: Token) -> bool:
    near = [c for c in trigger.children if c.dep_ in ("nsubj", "compound", "amod", "poss", "nmod")]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "on":
        return True  # "went on strike", "are on strike"
    if trigger.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass", "prep") for c in trigger.children):
        # Striking without a target is stopping work, unless armed forces do it.
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return subject is None or subject.lemma_.lower() not in ARMED
    if trigger.pos_ == "NOUN" and trigger.head.pos_ == "VERB":
        near += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in LABOUR for n in near for t in n.subtree)


def _objects(trigger: Token) -> list[Token]:
    """Direct objects, passive subjects, and "control of X" / prepositional objects."""
    out = []
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr"):
            out.append(c)
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "prep":
            out += [g for g in c.children if g.dep_ == "pobj"]
    if trigger.pos_ == "NOUN":  # "the release of the hostages"
        out += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in _PLACE_TYPES or tok.lemma_.lower() in PLACE_NOUNS:
        return True
    # A name the model left untyped or typed ORG is most often a place after "seize"/"capture"
    # ("seized control of El Fasher"); companies are taken as common nouns ("the company").
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PLACE_TYPES


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PEOPLE or tok.lower_ in PEOPLE


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)


def _has_prep(trigger: Token, *words: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in trigger.children)
