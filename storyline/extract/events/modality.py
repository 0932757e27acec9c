"""The status of an event: asserted, expected, possible, negated or denied.

Read from the trigger and the chain of verbs that govern it inside its clause: modal verbs,
hedges ("likely", "expected to", "considering"), negation and denial verbs. "Denied that it
will join" is denied, "does not intend to join" negated, "may join" possible, "is expected to
join" expected. The reporting verb above a clause ("said that ...") is not part of the chain.
"""
from __future__ import annotations

from spacy.tokens import Token

from storyline.extract.spans import doc_text
from storyline.lexicon.en.events import EXPECTED_WORDS, PLANNED, POSSIBLE_WORDS

_DENY = frozenset({"deny", "refute"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
# Verbs that mark an event as not yet settled unless they are in the simple past.
_UNFINISHED = frozenset({"finalise", "finalize"})
_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acomp", "prep", "pobj", "dobj", "auxpass", "acl"})
# A clause introduced by one of these is its own event, not a complement of the verb above.
TEMPORAL_PREPS = frozenset({"after", "before", "during", "since", "until", "following", "despite", "while"})
_CUE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "mark", "acomp", "det"})
# Objects that hedge the complement beside them: "signaled interest in joining".
_HEDGE_OBJECTS = frozenset({"interest"})
_CONDITIONAL_MARKS = frozenset({"if", "unless"})


def modality_of(trigger: Token, reporting: frozenset[str]) -> str:
    """Modality of the event whose trigger word is `trigger`."""
    chain = governing_chain(trigger, reporting)
    words: set[str] = set()
    negated = False
    for tok in chain:
        if tok.tag_ == "VBD" and tok.lemma_.lower() in _UNFINISHED:
            continue  # "finalized a deal" is done; "is being finalised" is not yet
        words.add(tok.lemma_.lower())
        words.add(tok.lower_)
        for child in tok.children:
            if child.dep_ in _CUE_DEPS:
                words.add(child.lower_)
                words.add(child.lemma_.lower())
            if child.dep_ == "dobj" and child.lemma_.lower() in _HEDGE_OBJECTS:
                words.add("interest")
            if child.dep_ == "advcl" and any(g.lower_ in _CONDITIONAL_MARKS for g in child.children if g.dep_ == "mark"):
                words.add("if")
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                negated = True
    if words & _DENY and trigger.lemma_ not in _DENY:
        return "denied"
    if negated:
        return "negated"
    if words & POSSIBLE_WORDS:
        return "possible"
    if words & EXPECTED_WORDS:
        return "expected"
    return "asserted"


def noun_modality(noun: Token, modality: str) -> str:
    """An event noun keeps the modality its modifiers give it: "the planned withdrawal" is expected,
    "a possible strike" possible; otherwise `modality`, the modality of its clause."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & POSSIBLE_WORDS:
        return "possible"
    if words & (EXPECTED_WORDS | PLANNED):
        return "expected"
    return modality


def governing_chain(trigger: Token, reporting: frozenset[str]) -> list[Token]:
    """The trigger and the words above it within its clause, up to (not including) a reporting verb."""
    chain = [trigger]
    current = trigger
    for _ in range(4):
        if current.dep_ not in _CHAIN_DEPS or current.head is current:
            break
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            break
        head = current.head
        if head.lemma_ in reporting and current.dep_ == "ccomp":
            break
        if not same_line(head, current):
            break  # a headline or list item above is another clause, whatever the parse says
        chain.append(head)
        current = head
    return chain


def same_line(a: Token, b: Token) -> bool:
    """True when no line break separates the two tokens in the text."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    return "\n" not in doc_text(first.doc)[first.idx:last.idx]
