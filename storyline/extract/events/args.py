"""Who did it, to whom, and which words say so: the arguments and evidence of one event.

Actors and targets are linked to the article's entities by character offset. A pronoun subject
("it welcomed", "he met") takes the nearest entity of a fitting type mentioned before it, and a
subject naming an acting body without a name ("the army", "officials") is kept as a name alone.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.extract.spans import doc_text, span_of
from storyline.lexicon import table_text
from storyline.lexicon.en.events import AGENT_NOUNS
from storyline.models import LocalEntity, Ref, Span

# Nouns whose first WordNet sense is a person or group (generated with the trigger table by
# scripts/make_event_lexicon.py): "the thieves", "prosecutors", "the utility" act in the news too.
WORDNET_AGENTS = frozenset(line for line in table_text("en", "events_agents.tsv").splitlines()
                           if line and not line.startswith("#"))
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GROUP_PRONOUNS = frozenset({"it", "they", "we", "them", "its", "their", "our"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# How far back, in tokens, a pronoun looks for an unnamed antecedent: about three news sentences.
_ANTECEDENT_WINDOW = 80
_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Evidence longer than this many tokens is cut back to the core clause; the annotation guide's
# evidence spans run from actor through predicate and object, rarely past 30 words (read off
# the guide's examples).
MAX_EVIDENCE_TOKENS = 30
# Longest mention, in characters, looked back over to find one covering an offset: full titled
# names ("Senior Fellow for South Asia at the Atlantic Council ...") stay under 120.
_LONGEST_MENTION = 160


# Words right before a name that make it a reporter's: a byline at the start of a line, "according to".
_REPORTER_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]{0,3}By[ \t]{1,3}|according to[ \t]{1,3})$", re.IGNORECASE)


@dataclass(frozen=True)
class EntityIndex:
    """The article's entity mentions, looked up by character offset."""

    starts: tuple[int, ...]
    mentions: tuple[tuple[int, int, LocalEntity], ...]

    @classmethod
    def build(cls, entities: tuple[LocalEntity, ...]) -> EntityIndex:
        mentions = tuple(sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0]))
        return cls(tuple(m[0] for m in mentions), mentions)

    def at(self, start: int, end: int) -> LocalEntity | None:
        """The first entity mentioned inside [start, end)."""
        i = bisect_right(self.starts, start - 1)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end + 2:
                return self.mentions[i][2]
            i += 1
        return None

    def covering(self, offset: int) -> LocalEntity | None:
        """The entity one of whose mentions covers character `offset`."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i][0] <= _LONGEST_MENTION:
            if self.mentions[i][0] <= offset < self.mentions[i][1]:
                return self.mentions[i][2]
            i -= 1
        return None

    def before(self, offset: int, types: frozenset[str], text: str = "", window: int = 600) -> LocalEntity | None:
        """The nearest entity of one of `types` mentioned before `offset`, within `window` characters,
        other than a reporter: a byline ("By Jane Doe") or the source of "according to Jane Doe of
        the Post" names who tells the news, not who acts in it."""
        i = bisect_right(self.starts, offset - 1) - 1
        while i >= 0 and offset - self.mentions[i][0] <= window:
            start, end, entity = self.mentions[i]
            if entity.type in types and end <= offset and not _REPORTER_BEFORE.search(text, max(0, start - 20), start):
                return entity
            i -= 1
        return None


def ref_of(phrase: Token, index: EntityIndex) -> Ref | None:
    """The entity a noun phrase names, a pronoun's antecedent, or an acting body's own words."""
    first = phrase.left_edge
    # The phrase's head names the referent ("United States President Donald Trump" is Trump);
    # only when the head is a common noun does the first name inside stand for it ("Pakistan's leadership").
    # A name in a participle or relative clause after the head ("data collected by NASA") names
    # someone else.
    named = _named_part(phrase)
    entity = index.covering(phrase.idx) or index.at(first.idx, named.idx + len(named.text))
    if entity is not None:
        return Ref(entity.name, entity.key)
    lowered = phrase.lower_
    if lowered in _PERSON_PRONOUNS or lowered in _GROUP_PRONOUNS:
        types = frozenset({"PERSON"}) if lowered in _PERSON_PRONOUNS else frozenset({"GPE", "ORG", "NORP"})
        sentence_start = phrase.sent.start_char
        if index.before(phrase.idx, types, doc_text(phrase.doc), window=phrase.idx - sentence_start) is None:
            # "A doctor on the scene said that he tried to save ...": a person noun subject earlier in
            # the same sentence is nearer than any name before it.
            local = _unnamed_antecedent(phrase, phrase.sent.start)
            if local is not None:
                return local
        antecedent = index.before(phrase.idx, types, doc_text(phrase.doc))
        if antecedent is not None:
            return Ref(antecedent.name, antecedent.key)
        return _unnamed_antecedent(phrase)
    if lowered in _RELATIVE_PRONOUNS and phrase.head.dep_ == "relcl" and phrase.head.head is not phrase:
        return ref_of(phrase.head.head, index)  # "officials who accused": the officials
    camel = phrase.text[:1].isupper() and any(c.isupper() for c in phrase.text[1:])  # "WeWork", "NYAG"
    if (phrase.pos_ == "PROPN" and phrase.text[:1].isupper()) or (phrase.pos_ == "NOUN" and camel):
        # A proper name the entity layer missed is still a named actor.
        chunk = [t for t in phrase.subtree if t == phrase or (t.i < phrase.i and t.dep_ in ("compound", "flat"))]
        return Ref(" ".join(t.text for t in chunk))
    lemma = phrase.lemma_.lower()
    if phrase.pos_ == "NUM" or lemma in ("dozen", "hundred", "thousand", "million"):
        # "Thousands of teachers": the counted noun is the actor.
        counted = next((g for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        return ref_of(counted, index) if counted is not None else None
    if phrase.pos_ == "NOUN" and (lemma in AGENT_NOUNS or phrase.lower_ in AGENT_NOUNS or lemma in WORDNET_AGENTS):
        chunk = [t for t in phrase.subtree if t.i <= phrase.i and t.dep_ not in ("det", "punct")]
        return Ref(" ".join(t.text for t in chunk))
    return None


def _named_part(phrase: Token) -> Token:
    """The last token of the phrase that may hold the referent's name: all of it up to a clause
    that modifies the head."""
    clause = next((c for c in phrase.children if c.dep_ in ("acl", "relcl") and c.i > phrase.i), None)
    if clause is None or clause.left_edge.i <= phrase.i:
        return phrase.right_edge
    return phrase.doc[clause.left_edge.i - 1]


def _unnamed_antecedent(pronoun: Token, first: int = 0) -> Ref | None:
    """The nearest earlier subject headed by a person or group noun ("the man ... he visited"),
    from token `first` on."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(first - 1, pronoun.i - _ANTECEDENT_WINDOW), -1):
        tok = doc[i]
        if tok.dep_ in _SUBJECT_DEPS and tok.pos_ == "NOUN" and tok.lemma_.lower() in WORDNET_AGENTS:
            chunk = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
            return Ref(" ".join(t.text for t in chunk))
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verbs it complements ("X is expected to join")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        # A participle or a purpose infinitive ("surrounded the building to call for better pay")
        # shares the subject of the clause it hangs on.
        participle = current.dep_ == "advcl" and (current.tag_ in ("VBG", "VBN") or _purpose(current))
        if current.dep_ == "acl" and current.tag_ in ("VBG", "VBD") and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head  # "officials attending the summit", a finite verb parsed as a modifier
        if (current.dep_ in ("xcomp", "conj", "pcomp", "acomp") or participle) and current.head is not current:
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
                if current.pos_ == "NOUN" and current.dep_ == "dobj":
                    # "claimed responsibility for shooting down", "took credit for brokering": whoever
                    # takes the noun did the act.
                    current = current.head
            continue
        break
    return None


def _purpose(verb: Token) -> bool:
    """A bare infinitive with "to" and no subject of its own: "rallied to call for"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def target_of(verb: Token, index: EntityIndex, actor: Ref | None) -> Ref | None:
    """The first entity among the verb's objects and prepositional objects, other than the actor."""
    candidates = [c for c in verb.children if c.dep_ in _OBJECT_DEPS or c.dep_ == "nsubjpass"]
    candidates += [g for c in verb.children if c.dep_ in ("prep", "xcomp") for g in c.children
                   if g.dep_ in ("pobj", "dobj")]
    for phrase in candidates:
        ref = ref_of(phrase, index)
        if ref is not None and ref.entity is not None and (actor is None or ref.entity != actor.entity):
            return ref
    return None


def evidence_of(text: str, top: Token, trigger: Token, subject: Token | None) -> Span:
    """The clause from the subject through the trigger and its objects, without trailing clauses."""
    first = subject.left_edge if subject is not None and subject.i < trigger.i else top
    first = min(first, top, key=lambda t: t.i)
    if subject is not None and trigger.i - first.i > MAX_EVIDENCE_TOKENS // 2:
        first = subject  # a long subject (appositives, relative clauses) is cut to its head
        while first.i > 0 and first.nbor(-1).dep_ in ("compound", "amod", "det", "poss") and first.nbor(-1).head == subject:
            first = first.nbor(-1)
    last = trigger
    for child in trigger.children:
        if child.i > trigger.i and child.dep_ in ("dobj", "prep", "xcomp", "dative", "attr", "prt", "agent",
                                                   "acomp", "oprd", "ccomp", "npadvmod"):
            last = max(last, child.right_edge, key=lambda t: t.i)
    if last.i - first.i > MAX_EVIDENCE_TOKENS:
        last = first.doc[min(first.i + MAX_EVIDENCE_TOKENS, len(first.doc) - 1)]
        cut = [t for t in first.doc[trigger.i:last.i + 1] if t.text in ",;(—"]
        if cut:
            last = cut[0].nbor(-1)
    sentence_end = trigger.sent.end - 1
    if last.i > sentence_end:
        last = trigger.doc[sentence_end]
    return clip_span(text, first, trigger, last)


def clip_span(text: str, first: Token, trigger: Token, last: Token) -> Span:
    """The span first..last, kept to the trigger's line and stripped of trailing punctuation."""
    first, last = _clip_to_line(first, trigger, last)
    while last.i > trigger.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    return span_of(text, first.idx, last.idx + len(last.text))


def _clip_to_line(first: Token, trigger: Token, last: Token) -> tuple[Token, Token]:
    """Keep the evidence on the trigger's line: a parse may run a headline into the body."""
    text = doc_text(trigger.doc)
    line_start = text.rfind("\n", 0, trigger.idx) + 1
    line_end = text.find("\n", trigger.idx)
    line_end = len(text) if line_end < 0 else line_end
    while first.i < trigger.i and first.idx < line_start:
        first = first.nbor(1)
    while last.i > trigger.i and last.idx >= line_end:
        last = last.nbor(-1)
    while first.i < trigger.i and first.is_space:
        first = first.nbor(1)
    while last.i > trigger.i and last.is_space:
        last = last.nbor(-1)
    return first, last
