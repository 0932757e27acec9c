"""Events named by a noun that an entity owns: "the regime's allegation", "an invitation by X"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.events.args import EntityIndex, agent_of, clip_span, ref_of
from storyline.extract.events.modality import modality_of, noun_modality
from storyline.extract.events.table import NOUN_ACTIONS, VERB_ACTIONS
from storyline.extract.events.time import date_of
from storyline.lexicon.en.events import LIGHT_VERBS, OCCURRENCE_VERBS, OWNED_EVENT_NOUNS, REPORTING
from storyline.models import Event, Ref, TimeExpression

# Noun evidence runs to the end of the noun phrase, cut at this many tokens (as for clauses).
_MAX_NOUN_TOKENS = 25


def noun_events(text: str, doc: Doc, index: EntityIndex, times: tuple[TimeExpression, ...]) -> list[Event]:
    out = []
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRENCE_VERBS \
                and tok.lemma_.lower() in NOUN_ACTIONS:
            out.append(_occurrence(text, tok, index, times))
            continue
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in OWNED_EVENT_NOUNS:
            continue
        if tok.head.lemma_.lower() in LIGHT_VERBS or tok.head.lemma_.lower() in VERB_ACTIONS:
            continue  # the verb's clause reports it
        actor = _owner(tok, index)
        if actor is None:
            continue
        target = _noun_target(tok, index, actor)
        last = doc[min(tok.right_edge.i, tok.i + _MAX_NOUN_TOKENS)]
        evidence = clip_span(text, tok.left_edge, tok, last)
        modality = noun_modality(tok, modality_of(tok, REPORTING))
        out.append(Event(actor=actor, action=NOUN_ACTIONS[tok.lemma_.lower()], target=target,
                         modality=modality, date=date_of(tok, evidence, times), evidence=evidence))
    return out


def _occurrence(text: str, noun: Token, index: EntityIndex, times: tuple[TimeExpression, ...]) -> Event:
    """An event noun that happens: "clashes erupted between X and Y", "negotiations intensified"."""
    verb = noun.head
    parties = [g for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("between", "by")
               for g in p.children if g.dep_ == "pobj"]
    refs = [r for r in (ref_of(g, index) for g in parties) if r is not None]
    actor = _owner(noun, index) or (refs[0] if refs else None)
    target = next((r for r in refs if actor is None or r != actor), None)
    last = max((t for p in verb.children if p.dep_ == "prep" for t in p.subtree), key=lambda t: t.i, default=verb)
    last = verb.doc[min(last.i, verb.i + _MAX_NOUN_TOKENS)]
    evidence = clip_span(text, noun.left_edge, verb, last)
    modality = noun_modality(noun, modality_of(verb, REPORTING))
    return Event(actor=actor, action=NOUN_ACTIONS[noun.lemma_.lower()], target=target, modality=modality,
                 date=date_of(verb, evidence, times), evidence=evidence)


def _owner(noun: Token, index: EntityIndex) -> Ref | None:
    """The possessor ("X's allegation") or the agent of a participle ("an invitation extended by X")."""
    for child in noun.children:
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "GPE", "NORP"):
            ref = ref_of(child, index)  # "a Securities and Exchange Commission inquiry"
            if ref is not None and ref.entity is not None:
                return ref
        if child.dep_ == "poss":
            ref = ref_of(child, index)
            if ref is not None and ref.entity is not None:
                return ref
        if child.dep_ == "acl" and child.pos_ == "VERB":
            agent = agent_of(child)
            if agent is not None:
                ref = ref_of(agent, index)
                if ref is not None and ref.entity is not None:
                    return ref
    return None


def _noun_target(noun: Token, index: EntityIndex, actor: Ref) -> Ref | None:
    for child in noun.children:
        for phrase in ([child] if child.dep_ in ("pobj", "compound") else
                       [g for g in child.children if g.dep_ in ("pobj", "dobj")] if child.dep_ in ("prep", "acl") else []):
            ref = ref_of(phrase, index)
            if ref is not None and ref.entity is not None and ref.entity != actor.entity:
                return ref
    return None
