"""Titles and roles around a name: "Field Marshal", "Pakistan Army chief", "X, the Y of Z".

A title directly before a name ("President", "Field Marshal") is part of the surface form the
text uses for the person, but not of the name; a role phrase before it ("Pakistan Army chief",
"Estmark's Defence Minister") or in apposition ("X, the Y of Z," / "the Y of Z, X") is kept as
one of the entity's roles.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.lexicon.en.entities import GENERIC_NOUNS, HONORIFICS, ROLE_NOUNS, ROLE_OPENERS, TITLE_MODIFIERS

# Words that open a clause, not a role: "whether WeWork's founder ..." is a question about him.
_CLAUSE_OPENERS = ("whether ", "if ", "that ", "which ", "who ", "when ", "while ", "because ")
# An apposition longer than this many tokens is a clause, not a role; chosen from the longest
# role phrases seen in news ("Senior Fellow for South Asia at the Atlantic Council" is 9).
MAX_ROLE_TOKENS = 16


@dataclass(frozen=True)
class TitledName:
    """A name with the title the text gives before it: mention_start includes the title."""

    mention_start: int  # token index where the surface form starts (the title, if any)
    name_start: int  # token index where the name itself starts
    roles: tuple[str, ...]


def is_title_word(tok: Token) -> bool:
    low = tok.text.lower()
    return tok.text[:1].isupper() and (low in ROLE_NOUNS or low in TITLE_MODIFIERS)


def _is_role_word(tok: Token) -> bool:
    return tok.text.lower() in ROLE_NOUNS


def split_title(doc: Doc, start: int, end: int) -> TitledName:
    """Separate the capitalised title before (or at the start of) the name doc[start:end]."""
    name_start = start
    while name_start < end - 1 and is_title_word(doc[name_start]):
        name_start += 1
    title_start = start
    while title_start > 0 and not doc[title_start].is_sent_start:
        if is_title_word(doc[title_start - 1]):
            title_start -= 1
        elif title_start > 1 and doc[title_start - 1].text == "-" and is_title_word(doc[title_start - 2]):
            title_start -= 2  # "Director-General Tedros": spaCy splits the hyphen off
        elif title_start > 1 and doc[title_start - 1].text == "of" and is_title_word(doc[title_start - 2]):
            title_start -= 2  # "Secretary of State Marco Rubio"
        else:
            break
    roles: list[str] = []
    title = doc[title_start:name_start]
    prefix_start = _scan_prefix(doc, title_start)
    pieces = _split_after_role_words(doc, prefix_start, title_start)
    tail = pieces.pop() if pieces and not _has_role_word(doc, *pieces[-1]) else None
    roles.extend(_clean_role(doc[a:b].text) for a, b in pieces)
    if len(title) and not all(t.text.lower() in HONORIFICS for t in title):
        first = tail[0] if tail else title_start
        roles.append(_clean_role(doc[first:name_start].text))
    elif tail is not None and roles:
        pass  # a bare country before a lower-case role: "the Meridian spokesperson" already covers it
    return TitledName(mention_start=title_start, name_start=name_start, roles=tuple(r for r in roles if r))


def _scan_prefix(doc: Doc, before: int) -> int:
    """Start of the role phrase ending just before token `before`: capitalised words, role words,
    possessives ("Estmark's"), and one comma after a role word ("Army Chief, General X")."""
    i = before
    while i > 0:
        tok = doc[i - 1]
        if tok.text in ("'s", "’s") and i > 1 and doc[i - 2].text[:1].isupper():
            i -= 1
            continue
        if tok.text == "," and i > 1 and _is_role_word(doc[i - 2]) and i == before:
            i -= 1
            continue
        if _joins_hyphen(doc, tok):
            i -= 1  # "co-founder", "vice-premier": spaCy splits the hyphen off as punctuation
            continue
        if tok.ent_type_ == "PERSON" or tok.is_punct or tok.like_num:
            break
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            i -= 1
        elif _is_role_word(tok) or (tok.text.lower() in ROLE_OPENERS and i < before):
            i -= 1
        elif i < before and _modifies_role(doc, tok, before):
            i -= 1  # "planetary scientist", "math teacher", "vice-premier": the role's own modifiers
        else:
            break
        if doc[i].is_sent_start:
            break
    while i < before and (doc[i].text.lower() not in ROLE_NOUNS and doc[i].text.lower() in ("and", "of")):
        i += 1
    return i


def _joins_hyphen(doc: Doc, tok: Token) -> bool:
    """A hyphen inside one word: no space on either side, a word on both."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
        and doc[tok.i - 1].is_alpha and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha


def _modifies_role(doc: Doc, tok: Token, before: int) -> bool:
    """A lower-case word inside a role phrase: an adjective or noun modifying the role noun after
    it, or a hyphen joining a word to it ("co-founder")."""
    if tok.text in ("-", "‐") and not tok.whitespace_:
        return True
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
        return True
    return tok.text.islower() and tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("amod", "compound") \
        and tok.head.i < before and tok.head.i > tok.i


def _split_after_role_words(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a prefix into role phrases at commas and after a role word that ends a run of them:
    "initiator United States" -> "initiator" | "United States"."""
    pieces: list[tuple[int, int]] = []
    first = start
    for i in range(start, end):
        if doc[i].text == ",":
            if i > first:
                pieces.append((first, i))
            first = i + 1
        elif _is_role_word(doc[i]) and (i + 1 == end or not _is_role_word(doc[i + 1])):
            pieces.append((first, i + 1))
            first = i + 1
    if first < end:
        pieces.append((first, end))
    return pieces


def _has_role_word(doc: Doc, start: int, end: int) -> bool:
    return any(_is_role_word(doc[i]) for i in range(start, end))


def apposition_roles(doc: Doc, start: int, end: int, person: bool = True) -> tuple[str, ...]:
    """Roles given in apposition to the name doc[start:end]: "X, the Y of Z," and "the Y of Z, X".
    A person's role must be headed by a role noun; an organisation's by any common noun."""
    span = doc[start:end]
    head = span.root
    roles: list[str] = []
    covered = -1  # the last token of the role phrase taken so far
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and child.i > covered and _heads_role(child, person):
            last = child.right_edge.i
            if child.i + 2 < len(doc) and _joins_hyphen(doc, doc[child.i + 1]):
                last = max(last, doc[child.i + 2].right_edge.i)  # "the co-founder of X": one word, split
            covered = last
            roles.append(_subtree_text(doc, child.left_edge.i, _trim_place(doc, last + 1)))
    if head.dep_ == "appos" and head.head.i < start and _heads_role(head.head, person):
        role_head = head.head
        last = start
        while last > role_head.i and (doc[last - 1].is_punct or doc[last - 1].dep_ == "cc"):
            last -= 1
        roles.append(_subtree_text(doc, role_head.left_edge.i, last))
    return tuple(r for r in roles if r)


# Verbs that give their passive subject a post: "X has been named acting secretary".
_APPOINTING = frozenset({"name", "appoint", "elect", "promote", "make", "nominate", "install"})


def predicate_roles(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """Roles a person's name is given as a predicate: "X is the CEO of Y", "X, who was the acting
    director of Y", "X has been named acting secretary". A copula's predicate must be headed by a
    role noun ("X is the favourite" says nothing of a post); an appointment's by any noun."""
    head = doc[start:end].root
    predicates: list[Token] = []
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "be":
        predicates += [c for c in verb.children if c.dep_ == "attr" and c.i >= end and _is_role_word(c)]
    if head.dep_ == "nsubjpass" and verb.lemma_ in _APPOINTING:
        predicates += [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i >= end
                       and (_is_role_word(c) or c.pos_ == "NOUN")]
    for clause in head.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be" and \
                any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            predicates += [c for c in clause.children if c.dep_ == "attr" and _is_role_word(c)]
    roles = (_subtree_text(doc, p.left_edge.i, _trim_place(doc, p.right_edge.i + 1)) for p in predicates)
    return tuple(r for r in roles if r)


def _heads_role(tok: Token, person: bool) -> bool:
    """A role noun; or any lower-case common noun that is not a bare generic word: an apposition
    to a name describes what the person or body is ("a teacher at X", "a workspace provider")."""
    if tok.ent_type_ in ("PERSON", "GPE", "DATE", "CARDINAL", "TIME"):
        return False
    if tok.lemma_.lower() in GENERIC_NOUNS:
        return False
    return _is_role_word(tok) or (tok.pos_ == "NOUN" and tok.text.islower())


def _trim_place(doc: Doc, end: int) -> int:
    """Drop a trailing "in <place>": "Fellow at the Atlantic Council in Washington" -> "... Council"."""
    i = end
    while i > 0 and doc[i - 1].ent_type_ in ("GPE", "LOC"):
        i -= 1
    if i < end and i > 0 and doc[i - 1].text == "in":
        return i - 1
    return end


def _subtree_text(doc: Doc, start: int, end: int) -> str:
    while start < end and (doc[start].dep_ in ("det", "punct", "poss") and doc[start].text.lower()
                           in ("the", "a", "an", ",", "its", "his", "her", "their")):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    for i in range(start + 1, end):
        if doc[i].text == "," and doc[i].dep_ == "punct":
            end = i  # "president of X, a Seattle design agency": the second apposition describes X
            break
        if doc[i].lower_ in ("who", "whom", "whose", "which"):
            # "investor who recently tangled with X": the clause tells a deed, not the post; a
            # preposition before the pronoun ("with which we work") belongs to the clause
            end = i - 1 if doc[i - 1].pos_ == "ADP" else i
            break
        if doc[i].dep_ == "cc" and i + 1 < end and doc[i + 1].ent_type_ == "PERSON":
            end = i  # "director of X and Alex Azar": the parser joined the next person to the role
            break
    if end - start > MAX_ROLE_TOKENS or end <= start:
        return ""
    return _clean_role(doc[start:end].text)


def _clean_role(text: str) -> str:
    if "\n" in text:
        return ""  # a role never runs over a line break: that is layout, not a phrase
    text = text.strip(" ,;:—–-")
    if text.lower().startswith(_CLAUSE_OPENERS) or text.lower() in GENERIC_NOUNS:
        return ""
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(article):
            text = text[len(article):]
    return text
