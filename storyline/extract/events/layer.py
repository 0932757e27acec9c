"""Events in the PLOVER ontology, with modality, from a verb and noun lexicon over the parse.

One event per clause: the trigger is a lexicon verb ("rejected"), a light verb carrying an event
noun ("launched an assault", "is in talks with"), or an event noun owned by an entity ("the
regime's allegation"). Clauses inside attributions count like any other: the reporting verb is
the attribution's cue, its complement holds the event. A clause is kept only when its actor is
an entity, a pronoun standing for one, or a named acting body, so that the timeline is not
flooded with generic verbs.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.events.args import EntityIndex, agent_of, evidence_of, ref_of, subject_of, target_of
from storyline.extract.events.modality import TEMPORAL_PREPS, governing_chain, modality_of, noun_modality, same_line
from storyline.extract.events.nouns import noun_events
from storyline.extract.events.senses import choose_action
from storyline.extract.events.table import ALTERNATIVES, NOUN_ACTIONS, PHRASAL_ACTIONS, VERB_ACTIONS
from storyline.extract.events.time import date_of
from storyline.lexicon.en.events import (
    AID_OBJECTS,
    DIRECTIVE_VERBS,
    ENDING_VERBS,
    KEEP_OVER_COMPLEMENT,
    LIGHT_VERBS,
    NEEDS_OBJECT,
    NEGATED_AS_REJECT,
    PASS_THROUGH,
    QUANTITY_NOUNS,
    REPORTING,
    UNDERGOING_VERBS,
)
from storyline.models import Article, Attribution, Event, LocalEntity, TimeExpression

_COMPLEMENT_DEPS = ("xcomp", "ccomp", "pcomp", "prep", "acomp")
# Words that are particles of a phrasal verb ("pull out", "keep in") or, with an object of their
# own, prepositions of place and direction.
_LOCATIVE = frozenset({"in", "up", "down", "out", "off", "over", "into", "away", "back", "at", "around"})
_GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "pcomp", "prep"})


def extract_events(article: Article, doc: Doc, entities: tuple[LocalEntity, ...],
                   times: tuple[TimeExpression, ...], attributions: tuple[Attribution, ...]) -> tuple[Event, ...]:
    text = article.text
    index = EntityIndex.build(entities)
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        action = action_of(tok)
        if action is None or _defers_to_complement(tok) or _governed_by_trigger(tok):
            continue
        event = _clause_event(text, tok, action, index, times, article.published)
        if event is not None:
            out.append(event)
    out.extend(noun_events(text, doc, index, times))
    return _dedupe(out)


def action_of(verb: Token) -> str | None:
    """The PLOVER action a verb triggers in its clause, or None."""
    lemma = verb.lemma_.lower()
    if lemma in DIRECTIVE_VERBS and _directs_another(verb):
        return "REQUEST"
    if lemma in REPORTING and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "said that ...": the cue of an attribution, not an event
    for child in verb.children:
        if child.dep_ in ("prt", "prep", "dobj") and not _place_phrase(child):
            phrasal = PHRASAL_ACTIONS.get((lemma, child.lower_))
            if phrasal:
                return phrasal
    if lemma in ENDING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in NOUN_ACTIONS for c in verb.children):
        return "RETREAT"
    if lemma in LIGHT_VERBS:
        noun = _carried_noun(verb)
        if noun is not None:
            carried = NOUN_ACTIONS[noun.lemma_.lower()]
            options = ALTERNATIVES.get((noun.lemma_.lower(), "n"), ())
            return choose_action(noun, carried, options) if options else carried
    action = VERB_ACTIONS.get(lemma)
    if action == "MOBILIZE" and any(c.dep_ == "dobj" and c.lemma_.lower() in AID_OBJECTS for c in verb.children):
        return "AID"
    if action is None or verb.pos_ == "AUX":
        return None
    if lemma in NEEDS_OBJECT and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "dative") for c in verb.children):
        return None
    return choose_action(verb, action, ALTERNATIVES.get((lemma, "v"), (action,)))


def _place_phrase(child: Token) -> bool:
    """A place or direction phrase, not a particle: "contracted it in Beijing", "stuck it up his
    nose" are not "contract in" (sign on) or "stick up" (rob)."""
    return child.dep_ == "prep" and child.lower_ in _LOCATIVE and any(g.dep_ == "pobj" for g in child.children)


def _carried_children(verb: Token) -> list[Token]:
    noun = _carried_noun(verb)
    return list(noun.children) if noun is not None else []


def _directs_another(verb: Token) -> bool:
    """An object and an infinitive: "wants the UK to extradite", "told him to leave"."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            if child.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in child.children):
                return True  # "wants [the UK to extradite]"
            if child.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.children):
                return True  # "told [the man] [to remove]"
    return False


def _carried_noun(verb: Token) -> Token | None:
    """The event noun a light verb carries: its object, or the object of "in" ("is in talks")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass") and child.lemma_.lower() in NOUN_ACTIONS:
            return child
        if child.dep_ in ("dobj", "attr", "nsubjpass") and child.lemma_.lower() in QUANTITY_NOUNS:
            counted = _counted(child)  # "drew a mix of criticism", "launched a wave of strikes"
            if counted is not None:
                return counted
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "on", "into", "under"):
            for g in child.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_ACTIONS:
                    return g
    return None


def _counted(noun: Token) -> Token | None:
    """The event noun after "of" in "a wave of attacks"."""
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_ACTIONS), None)


def _defers_to_complement(verb: Token) -> bool:
    """A pass-through verb ("expected to", "denied sending") hands its event to the complement."""
    lemma = verb.lemma_.lower()
    if lemma not in PASS_THROUGH or lemma in KEEP_OVER_COMPLEMENT:
        return False
    return any(_has_trigger(c) for c in verb.children if c.dep_ in _COMPLEMENT_DEPS)


def _has_trigger(node: Token) -> bool:
    if node.pos_ == "VERB" and action_of(node) is not None:
        return True
    return any(g.pos_ == "VERB" and action_of(g) is not None for g in node.children if g.dep_ == "pcomp")


def _governed_by_trigger(verb: Token) -> bool:
    """A complement of a verb that keeps its own action ("agreed to join") is not a second event.

    Only complements count: an adverbial clause ("after being presented with a plan") or a
    time phrase ("before signing") is an event of its own.
    """
    current = verb
    for _ in range(4):
        if current.dep_ not in _GOVERNED_DEPS or current.head is current or not same_line(current, current.head):
            return False
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            return False
        current = current.head
        if current.lemma_.lower() in REPORTING and current.pos_ == "VERB":
            return False
        if current.lemma_.lower() in KEEP_OVER_COMPLEMENT and action_of(current) is not None:
            return True
    return False


def _clause_event(text: str, verb: Token, action: str, index: EntityIndex,
                  times: tuple[TimeExpression, ...], published: str | None) -> Event | None:
    shared = _shares_passive(verb)
    passive = shared or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
    subject = subject_of(verb)
    if passive:
        # "was caught by police and deported": the second verb's agent is the first one's.
        agent = agent_of(verb) or (agent_of(verb.head) if shared else None)
        actor = ref_of(agent, index) if agent is not None else None
    else:
        actor = ref_of(subject, index) if subject is not None else None
    target = target_of(verb, index, actor)
    if shared and subject is not None:
        # The shared subject is who the second verb acts on: "X was caught and deported from Y".
        patient = ref_of(subject, index)
        target = patient if patient is not None and patient != actor else target
    if verb.lemma_.lower() in UNDERGOING_VERBS and _carried_noun(verb) is not None:
        # "WeWork faces scrutiny from the SEC", "the tagline drew criticism": the subject undergoes
        # the act; whoever does it follows "from"/"by", if anyone.
        source = next((g for c in (*verb.children, *_carried_children(verb)) if c.dep_ == "prep"
                        and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"), None)
        actor, target = (ref_of(source, index) if source is not None else None), actor
        passive = True
    if passive and actor is None and target is None and subject is not None:
        # "28 contacts were quarantined": the people acted on are named by a noun, not an entity.
        target = ref_of(subject, index)
    if actor is None and (not passive or target is None):
        return None
    modality = modality_of(verb, REPORTING)
    carried = _carried_noun(verb)
    if carried is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in carried.children):
        modality = "negated"
    elif carried is not None and modality == "asserted":
        modality = noun_modality(carried, modality)
    if modality == "negated" and verb.lemma_.lower() in NEGATED_AS_REJECT:
        action, modality = "REJECT", "asserted"
    chain = governing_chain(verb, REPORTING)
    top = chain[-1]
    # A subject borrowed from a clause above the chain ("X met Y, hoping to finalize") is not
    # part of this clause's words.
    own_subject = subject if subject is not None and (subject.head in chain or shared) else None
    if own_subject is None and subject is not None and _after_time_word(verb):
        # "the jury deliberated ... before convicting X": the clause it hangs on names who acted,
        # and a report of the event reads from that subject.
        own_subject = subject
    evidence = evidence_of(text, top if top.i < verb.i else verb, verb, own_subject)
    date = date_of(verb, evidence, times)
    if modality == "asserted" and _is_scheduled(verb, date, published):
        modality = "expected"
    return Event(actor=actor, action=action, target=target, modality=modality, date=date, evidence=evidence)


def _shares_passive(verb: Token) -> bool:
    """A verb joined to a passive one without a subject or object of its own is passive too: "was
    arrested and charged"; the parser tags the second participle VBN or, often, VBD."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _after_time_word(verb: Token) -> bool:
    """A gerund or participle under "before"/"after"/"while" ("after being deported")."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in TEMPORAL_PREPS


def _is_scheduled(verb: Token, date: str | None, published: str | None) -> bool:
    """A present tense with a day not yet past is an arrangement: "X is meeting Y on Monday", "the
    commission holds a hearing Wednesday"."""
    if date is None or len(date) != 10 or not published:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))
    return present and date >= published[:10]


def _dedupe(events: list[Event]) -> tuple[Event, ...]:
    """One event per evidence span, in text order."""
    seen: set[tuple[int, int]] = set()
    out = []
    for event in sorted(events, key=lambda e: e.evidence.start):
        key = (event.evidence.start, event.evidence.end)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return tuple(out)

