"""Events in the PLOVER ontology, with modality, from a verb lexicon over the parse."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.spans import span_of_tokens
from storyline.models import Article, Attribution, Event, LocalEntity, Ref, TimeExpression

# Verb lemma -> PLOVER action. Chosen from PLOVER's category definitions.
VERB_ACTIONS = {
    "agree": "AGREE", "accept": "AGREE", "sign": "AGREE", "approve": "AGREE", "endorse": "SUPPORT",
    "meet": "CONSULT", "visit": "CONSULT", "discuss": "CONSULT", "talk": "CONSULT", "host": "CONSULT",
    "support": "SUPPORT", "welcome": "SUPPORT", "praise": "SUPPORT", "back": "SUPPORT",
    "concede": "CONCEDE", "withdraw": "RETREAT", "retreat": "RETREAT", "release": "CONCEDE",
    "cooperate": "COOPERATE", "join": "COOPERATE", "partner": "COOPERATE", "contribute": "COOPERATE",
    "aid": "AID", "help": "AID", "deliver": "AID", "fund": "AID",
    "ask": "REQUEST", "request": "REQUEST", "urge": "REQUEST", "call": "REQUEST", "seek": "REQUEST",
    "press": "REQUEST", "demand": "REQUEST", "accuse": "ACCUSE", "blame": "ACCUSE", "condemn": "ACCUSE",
    "criticize": "ACCUSE", "criticise": "ACCUSE", "reject": "REJECT", "refuse": "REJECT", "decline": "REJECT",
    "oppose": "REJECT", "threaten": "THREATEN", "warn": "THREATEN", "protest": "PROTEST",
    "sanction": "SANCTION", "suspend": "SANCTION", "deploy": "MOBILIZE", "send": "MOBILIZE",
    "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "arrest": "COERCE", "detain": "COERCE",
    "attack": "ASSAULT", "kill": "ASSAULT", "strike": "ASSAULT", "capture": "ASSAULT", "bomb": "ASSAULT",
    "shell": "ASSAULT", "seize": "ASSAULT",
}
_POSSIBLE = {"may", "might", "could", "consider", "weigh", "mull", "possible", "possibly"}
_EXPECTED = {"will", "shall", "expect", "schedule", "plan", "likely", "set", "due", "prepare", "would"}
_DENY = {"deny", "dismiss", "refute"}


def extract_events(article: Article, doc: Doc, entities: tuple[LocalEntity, ...],
                   times: tuple[TimeExpression, ...], attributions: tuple[Attribution, ...]) -> tuple[Event, ...]:
    text = article.text
    by_char = {i: e for e in entities for m in e.mentions for i in range(m.start, m.end)}
    out = []
    for tok in doc:
        action = VERB_ACTIONS.get(tok.lemma_)
        if action is None or tok.pos_ != "VERB":
            continue
        actor = _argument(tok, ("nsubj", "nsubjpass"), by_char)
        if actor is None:
            actor = _argument(tok.head, ("nsubj",), by_char) if tok.dep_ in ("xcomp", "ccomp") else None
        target = _argument(tok, ("dobj", "pobj"), by_char) or _prep_object(tok, by_char)
        if actor is None:
            continue
        first = min([tok, *[t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for t in c.subtree]], key=lambda t: t.i)
        last = max([tok, *[t for c in tok.children if c.dep_ in ("dobj", "prep", "xcomp") for t in c.subtree]], key=lambda t: t.i)
        evidence = span_of_tokens(text, first, last)
        date = next((t.value for t in times if evidence.start <= t.span.start < evidence.end), None)
        out.append(Event(actor=actor, action=action, target=target, modality=_modality(tok), date=date, evidence=evidence))
    return tuple(out)


def _argument(verb: Token, deps: tuple[str, ...], by_char: dict) -> Ref | None:
    for child in verb.children:
        if child.dep_ in deps:
            entity = by_char.get(child.idx)
            if entity is not None:
                return Ref(entity.name, entity.key)
            for t in child.subtree:
                entity = by_char.get(t.idx)
                if entity is not None:
                    return Ref(entity.name, entity.key)
    return None


def _prep_object(verb: Token, by_char: dict) -> Ref | None:
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        found = _argument(prep, ("pobj",), by_char)
        if found is not None:
            return found
    return None


def _modality(verb: Token) -> str:
    chain = [verb, *verb.children, verb.head, *verb.head.children] if verb.dep_ in ("xcomp", "ccomp") else [verb, *verb.children]
    lemmas = {t.lemma_.lower() for t in chain} | {t.lower_ for t in chain}
    if lemmas & _DENY:
        return "denied"
    if any(t.dep_ == "neg" for t in chain):
        return "negated"
    if lemmas & _POSSIBLE:
        return "possible"
    if lemmas & _EXPECTED or verb.tag_ == "VB" and any(t.lower_ == "to" for t in verb.children):
        return "expected"
    return "asserted"
