"""Who a source phrase names: an entity, a pronoun's antecedent, or an unnamed source's own phrase."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.extract.attributions.gender import genders, pronoun_gender
from storyline.extract.attributions.owners import capitalised_name_of, group_named_by, owner_is_company
from storyline.extract.spans import span_of
from storyline.lexicon.en.attributions import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    GOVERNMENT_HEADS,
    MEDIA_HEADS,
    MEDIA_WORDS,
    ORG_DESCRIPTIONS,
    PERSON_DESCRIPTIONS,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    PUBLIC_HEADS,
    ROLE_HEADS,
    STATE_PEOPLE,
)
from storyline.models import LocalEntity, Source

if TYPE_CHECKING:  # only for annotations: story grouping imports this module without loading spaCy
    from spacy.tokens import Token

# How far back (characters) a pronoun or "the minister" looks for its antecedent: about three
# average news paragraphs; longer reaches picked wrong speakers in hand-checked articles.
ANTECEDENT_REACH = 1500
# Outlet names glued into one token ("NDTV", "Azernews") still show these fragments.
_MEDIA_FRAGMENTS = ("news", "tv", "times", "press", "radio")
# Dependents that belong to the source phrase's name; relative clauses, appositions after a comma
# and relays ("cited by Reuters") do not.
_NAME_DEPS = {"compound", "amod", "det", "poss", "nummod", "quantmod", "prep", "pobj", "case", "nmod",
              "advmod", "npadvmod", "acl", "punct", "cc", "conj", "predet", "pcomp", "dobj", "agent", "appos"}


@dataclass(frozen=True)
class Resolved:
    """A source with the identity that ties its later mentions ("he", "the officials") to it."""

    source: Source
    identity: str


@dataclass
class SourceResolver:
    """Resolves source phrases in text order, remembering earlier sources for back-reference."""

    text: str
    entities: tuple[LocalEntity, ...]
    history: list[tuple[int, Resolved, str]] = field(default_factory=list)  # (position, source, head lemma)
    reporters: dict[str, Source] = field(default_factory=dict)  # person key -> the outlet they report for

    def __post_init__(self) -> None:
        # Sorted by span alone: two entities may share a span, and entities do not compare.
        self.mentions = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions),
                               key=lambda item: (item[0], item[1]))
        self.gender = genders(self.text, self.entities)

    def remember(self, at: int, resolved: Resolved, head: Token | None) -> None:
        self.history.append((at, resolved, _lemma(head) if head is not None else ""))

    def last(self, at: int, kinds: tuple[str, ...]) -> Resolved | None:
        for pos, resolved, _ in reversed(self.history):
            if pos < at - ANTECEDENT_REACH:
                return None
            if pos <= at and resolved.source.kind in kinds:
                return resolved
        return None

    def entity_at(self, start: int, end: int) -> LocalEntity | None:
        for m_start, m_end, entity in self.mentions:
            if m_start < end and start < m_end:
                return entity
        return None

    def last_person_mention(self, at: int) -> LocalEntity | None:
        found = None
        for m_start, _, entity in self.mentions:
            if at - ANTECEDENT_REACH <= m_start < at and entity.type == "PERSON":
                found = entity
        return found

    def resolve(self, head: Token, at: int) -> Resolved | None:
        """The source named by the phrase headed by `head`; None when it names no speaker."""
        lower, lemma = head.lower_, _lemma(head)
        if lower in PRONOUNS_PERSON:
            return self._subject_before(head, pronoun_gender(lower)) or \
                self._same_gender(at, pronoun_gender(lower)) or self._last_speaker(at) or \
                self._person(self.last_person_mention(at)) or _plain(head.text, "person", lower)
        if lower in PRONOUNS_THING:
            return self.last(at, ("government", "organization", "document", "media"))
        if lower in PRONOUNS_PLURAL:
            return self.last(at, ("anonymous", "government", "organization", "public", "media"))
        entity = self.entity_at(head.idx, head.idx + len(head.text))
        if entity is not None and (head.pos_ == "PROPN" or lemma not in ANONYMOUS_HEADS | ROLE_HEADS):
            resolved = self.from_entity(entity, head)
            if _conjoined(head):  # "Paganini and his team wrote": the group speaks, named as written
                group = name_of(self.text, head)
                return Resolved(Source(name=group, kind=resolved.source.kind), f"group:{group.lower()}")
            return resolved
        named = capitalised_name_of(head, self.entity_at)
        if named is not None:
            return self.from_entity(named, head)
        described = self._described(head, lemma, at)
        if described is not None:
            return described
        if lemma in ANONYMOUS_HEADS | ROLE_HEADS | STATE_PEOPLE:
            return self._unnamed_person(head, lemma, at)
        name = name_of(self.text, head)
        if lemma in MEDIA_HEADS or (lemma == "source" and _has_modifier(head, {"media"})):
            return _plain(name, "media", lemma)
        if lemma in PUBLIC_HEADS:
            return _plain(name, "public", lemma)
        if lemma in DOCUMENT_HEADS:
            return self._definite(head, lemma, at) or _plain(name, "document", lemma)
        if lemma in GOVERNMENT_HEADS:
            return _plain(name, "government", lemma)
        if head.pos_ == "PROPN":
            kind = {"PERSON": "person", "GPE": "government", "NORP": "government"}.get(head.ent_type_)
            return _plain(name, kind or classify_org(name), name.lower())
        return None

    def from_entity(self, entity: LocalEntity, head: Token | None = None) -> Resolved:
        kind = {"PERSON": "person", "GPE": "government", "NORP": "government", "LOC": "government"}.get(entity.type)
        org_kind = classify_org(entity.name)
        if org_kind == "media" and entity.type != "PERSON":
            kind = "media"
        elif entity.type != "PERSON" and (_personal_roles(entity) or head is not None and _titled(head)):
            kind = "person"  # the tagger's ORG for a titled name: "army chief Ilse Marrow"
        return Resolved(Source(name=entity.name, kind=kind or org_kind, entity=entity.key), "entity:" + entity.key)

    def entity_named(self, name: str) -> LocalEntity | None:
        wanted = name.lower()
        for _, _, entity in self.mentions:
            if entity.name.lower() == wanted or wanted in {m.text.lower() for m in entity.mentions}:
                return entity
        return None

    def _described(self, head: Token, lemma: str, at: int) -> Resolved | None:
        """'The utility said', 'the 56-year-old said': a definite description of a body or person
        the text has named is its nearest one of that type (a plural is a new group)."""
        if head.tag_ == "NNS" or not _is_definite(head):
            return None
        if lemma in ORG_DESCRIPTIONS:
            return self._person(self.last_mention(at, ("ORG",)))
        if lemma in PERSON_DESCRIPTIONS:
            return self._last_speaker(at) or self._person(self.last_person_mention(at))
        return None

    def last_mention(self, at: int, types: tuple[str, ...]) -> LocalEntity | None:
        found = None
        for m_start, _, entity in self.mentions:
            if at - ANTECEDENT_REACH <= m_start < at and entity.type in types:
                found = entity
        return found

    def _same_gender(self, at: int, gender: str | None) -> Resolved | None:
        """'She said': the nearest person before `at` whom the text calls 'she', when the last
        speaker or person named is someone the text calls 'he' (and the other way round)."""
        if gender is None:
            return None
        last = self._last_speaker(at)
        nearest = last.source.entity if last is not None else None
        if nearest is None:
            person = self.last_person_mention(at)
            nearest = person.key if person is not None else None
        if nearest is None or self.gender.get(nearest) in (gender, None):
            return None  # the usual reading stands: no evidence against it
        for m_start, _, entity in reversed(self.mentions):
            if at - ANTECEDENT_REACH <= m_start < at and entity.type == "PERSON" and self.gender.get(entity.key) == gender:
                return self.from_entity(entity)
        return None

    def _subject_before(self, pronoun: Token, gender: str | None) -> Resolved | None:
        """'When Carlineo was approached, he told police': the person who is the subject of an
        adverbial clause opening the pronoun's own clause takes the pronoun up before the last
        speaker does, unless their pronouns clash. Only such a clause: in "Marrow and Abdullah will
        meet, he added" the clause before is what the speaker reports, and "he" is the speaker."""
        verb = pronoun.head
        for tok in reversed(list(pronoun.sent[:pronoun.i - pronoun.sent.start])):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl" or tok.head.head != verb:
                continue
            entity = self.entity_at(tok.idx, tok.idx + len(tok.text))
            if entity is not None and entity.type == "PERSON" and self.gender.get(entity.key) in (gender, None):
                return self.from_entity(entity)
        return None

    def _last_speaker(self, at: int) -> Resolved | None:
        """'He said' continues the last person speaking, or the last single unnamed one."""
        for pos, resolved, lemma in reversed(self.history):
            if pos < at - ANTECEDENT_REACH:
                return None
            kind = resolved.source.kind
            if resolved.identity.startswith("group:"):
                continue  # "Marrow and her team": no "he" or "she" takes up a group
            if pos <= at and (kind == "person" or kind == "anonymous" and lemma in ROLE_HEADS | ANONYMOUS_HEADS
                              and not resolved.source.name.lower().endswith("s")):
                return resolved
        return None

    def titled_person(self, lemma: str, at: int) -> LocalEntity | None:
        """The person the text titles with `lemma` ("Defence Minister Ilse Marrow"), nearest to `at`."""
        best, best_distance = None, ANTECEDENT_REACH
        for m_start, _, entity in self.mentions:
            if entity.type != "PERSON" and not entity.roles:
                continue
            title = self.text[max(0, m_start - 40):m_start].lower()
            if lemma in title.split()[-4:] or any(lemma in r.lower().split() for r in entity.roles):
                distance = abs(at - m_start)
                if distance < best_distance:
                    best, best_distance = entity, distance
        return best

    def _person(self, entity: LocalEntity | None) -> Resolved | None:
        return self.from_entity(entity) if entity is not None else None

    def _unnamed_person(self, head: Token, lemma: str, at: int) -> Resolved:
        named = _named_in_phrase(head, self)
        if named is not None:
            return self.from_entity(named)
        back = self._definite(head, lemma, at)
        if back is not None:
            return back
        if _is_definite(head) and head.tag_ != "NNS" and lemma in ROLE_HEADS:
            person = self._person(self.titled_person(lemma, at)) or self.last(at, ("person",)) or \
                self._person(self.last_person_mention(at))
            if person is not None:
                return person
        group = group_named_by(head, lemma, self.mentions, at)
        if group is not None:
            return self.from_entity(group)
        kind = "government" if lemma in STATE_PEOPLE else \
            "organization" if owner_is_company(head, self.entity_at, self.entity_named, classify_org) else "anonymous"
        return _plain(name_of(self.text, head), kind, lemma)

    def _definite(self, head: Token, lemma: str, at: int) -> Resolved | None:
        """'The officials' or 'the statement' after a source with the same head is that source."""
        if not _is_definite(head):
            return None
        for pos, resolved, old in reversed(self.history):
            if pos < at - ANTECEDENT_REACH:
                break
            if old == lemma:
                return resolved
        return None


def classify_org(name: str) -> str:
    words = set(re.findall(r"[a-z]+", name.lower()))
    squashed = re.sub(r"[^a-z]", "", name.lower())
    if words & MEDIA_WORDS or any(f in squashed for f in _MEDIA_FRAGMENTS):
        return "media"
    if words & GOVERNMENT_HEADS or "ministry" in squashed:
        return "government"
    return "organization"


def name_of(text: str, head: Token) -> str:
    """The source phrase as written, without relative clauses, relays or what follows a comma."""
    tokens = [head] + [t for t in head.subtree if t.i != head.i and _in_name(t, head)]
    tokens.sort(key=lambda t: t.i)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    comma = text.find(",", head.idx, end)
    if comma != -1:
        end = comma
    name = span_of(text, start, end).text or head.text
    return re.sub(r"(?<=\w)(?:['’]s|s['’])$", lambda m: "s" if m.group(0)[0] == "s" else "", name) or name


def _in_name(tok: Token, head: Token) -> bool:
    while tok.i != head.i:
        if tok.dep_ not in _NAME_DEPS or tok.dep_ == "relcl" or tok.lemma_ in ("cite", "quote"):
            return False
        if tok.dep_ == "punct" and tok.text != "-":
            return False
        tok = tok.head
    return True


def _named_in_phrase(head: Token, resolver: SourceResolver) -> LocalEntity | None:
    """A person named right in the phrase: 'spokesman Col. Ilse Marrow', 'Marrow, the envoy'."""
    candidates = [head.head] if head.dep_ == "appos" else []
    candidates += [c for c in head.children if c.dep_ in ("compound", "appos", "flat")]
    for tok in candidates:
        entity = resolver.entity_at(tok.idx, tok.idx + len(tok.text))
        if entity is not None and entity.type == "PERSON":
            return entity
    return None


def _personal_roles(entity: LocalEntity) -> bool:
    """Roles only a person holds ("army chief"); "a workspace provider" describes a company."""
    return any(w in ROLE_HEADS for r in entity.roles for w in r.lower().split())


def _titled(head: Token) -> bool:
    """A role noun right in the name's phrase: 'spokesman Ilse Marrow', 'Marrow, the envoy'."""
    near = [c for c in head.children if c.dep_ in ("compound", "appos", "amod")]
    near += [c for a in head.children if a.dep_ == "appos" for c in a.subtree]
    return any(t.lemma_.lower() in ROLE_HEADS for t in near)


def _is_definite(head: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
               for c in head.children)


def _conjoined(head: Token) -> bool:
    """The source phrase joins its head to another party with "and": "Ilse Marrow and her team"."""
    return any(c.dep_ == "conj" for c in head.children) and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)


def _has_modifier(head: Token, words: set[str]) -> bool:
    return any(c.lower_ in words for c in head.children if c.dep_ in ("compound", "amod"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _plain(name: str, kind: str, key: str) -> Resolved:
    return Resolved(Source(name=name, kind=kind), f"{kind}:{key}")
