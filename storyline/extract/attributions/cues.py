"""Reported speech in one sentence: reporting verbs, "according to", passives and "reportedly"."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.extract.attributions.quotes import find_quote_at
from storyline.extract.attributions.sources import Resolved, SourceResolver, name_of
from storyline.extract.attributions.verdicts import verdict_tokens
from storyline.extract.spans import doc_text, span_of
from storyline.lexicon.en.attributions import (
    CLAUSE_ONLY,
    CUE_LEMMAS,
    FIGURE_HEADS,
    FINDING_LEMMAS,
    FIRST_PERSON,
    GROUND_LEMMAS,
    INSTRUCTION_LEMMAS,
    NP_CUE_LEMMAS,
    ORG_DESCRIPTIONS,
    PASSIVE_CUES,
    SPEECH_LEMMAS,
    VERDICT_LEMMAS,
)
from storyline.models import Source, Span

UNSPECIFIED_REPORTS = Resolved(Source(name="unspecified reports", kind="media"), "media:report")
UNSPECIFIED_SOURCES = Resolved(Source(name="unspecified sources", kind="anonymous"), "anonymous:source")
# A claim shorter than this many words is a fragment ("no", "the plan"), not a statement; the
# annotation guide's shortest claims are a few words long.
MIN_CONTENT_WORDS = 2
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_EXPLETIVES = {"it", "there"}
# How many heads up a participle ("..., adding that") may look for the subject it shares.
_SUBJECT_CLIMB = 3


@dataclass(frozen=True)
class Claim:
    """A found attribution before relays are attached; `head` is the source phrase's head token."""

    cue: Span
    content: Span
    direct: bool
    resolved: Resolved
    head: Token | None


def find_reported(text: str, sent: SpacySpan, resolver: SourceResolver, quotes: tuple[Span, ...]) -> Iterator[Claim]:
    """Every attribution whose cue is in `sent`, in text order, resolving sources as it goes."""
    quotes = tuple(q for q in quotes if q.end > sent.start_char and q.start < sent.end_char)
    for tok in sent:
        if quotes and find_quote_at(quotes, tok.idx) is not None:
            continue  # the speaker's own words: "I believe" inside a quotation is not a new claim
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            yield from _according(text, sent, tok, tok.doc[tok.i + 1], resolver)
        elif tok.lower_ == "per" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as":
            yield from _according(text, sent, tok.doc[tok.i - 1], tok, resolver)
        elif tok.lower_ == "reportedly" and tok.head.lemma_ not in CUE_LEMMAS:
            content = _content(text, [t for t in tok.head.subtree if t.i > tok.i], tok)
            if content is not None:
                yield Claim(_cue(text, tok), content, False, UNSPECIFIED_REPORTS, None)
        elif tok.lemma_ in CUE_LEMMAS | NP_CUE_LEMMAS and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl"):
            yield from _verb(text, sent, tok, resolver, quotes)
        elif tok.lemma_ in VERDICT_LEMMAS | GROUND_LEMMAS and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl"):
            yield from _verdict(text, tok, resolver)


def _speaking_verb(participle: Token) -> Token | None:
    """'X said ..., describing it as ...': a participle after a comma shares the speaking verb's subject."""
    if participle.tag_ != "VBG":
        return None
    node = participle
    for _ in range(_SUBJECT_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in CUE_LEMMAS:
            return node
    return None


def _trailing_participles(clause: Token) -> set[int]:
    """Tokens of ', describing ...' or ', citing ...' inside a clause: a judgement of its own."""
    out: set[int] = set()
    for tok in clause.subtree:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_ in VERDICT_LEMMAS | GROUND_LEMMAS | CUE_LEMMAS \
                and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            out |= {t.i for t in tok.subtree}
    return out


def _verdict(text: str, verb: Token, resolver: SourceResolver) -> Iterator[Claim]:
    tokens = verdict_tokens(verb)
    if not tokens or any(c.dep_ == "auxpass" for c in verb.children):
        return
    resolved, head = _subject(_speaking_verb(verb) or verb, resolver)
    content = _content(text, tokens, verb) if resolved is not None else None
    if resolved is not None and content is not None:
        yield Claim(_cue(text, verb), content, False, resolved, head)


def _verb(text: str, sent: SpacySpan, verb: Token, resolver: SourceResolver,
          quotes: tuple[Span, ...]) -> Iterator[Claim]:
    if verb.lemma_ == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return
    resolved, head = _subject(verb, resolver)
    if resolved is None:
        return
    if verb.lemma_ in FINDING_LEMMAS and not _reports_finding(verb, resolved):
        return  # "found her hiding in a basket", "found it hard to talk": no claim
    found = False
    for tokens in _contents(sent, verb):
        content = _content(text, tokens, verb)
        if content is not None:
            found = True
            yield Claim(_cue(text, verb), content, False, resolved, head)
    if not found and verb.lemma_ not in NP_CUE_LEMMAS - CUE_LEMMAS:
        # 'said in a statement that "..."' when the parse left the quotation unattached
        near = [q for q in quotes if sent.start_char <= q.start < sent.end_char and q.start > verb.idx]
        if near:
            yield Claim(_cue(text, verb), span_of(text, near[0].start, min(near[0].end, sent.end_char)),
                        True, resolved, head)


def _reports_finding(verb: Token, resolved: Resolved) -> bool:
    """'The study found (that) X', 'investigators found that X': a finding is reported when a
    document finds, or when anyone finds 'that' something is so."""
    return resolved.source.kind == "document" or any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)


def _subject(verb: Token, resolver: SourceResolver) -> tuple[Resolved | None, Token | None]:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if passive:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return resolver.resolve(by, by.idx), by
        if verb.lemma_ not in PASSIVE_CUES:
            return None, None
        return (UNSPECIFIED_REPORTS if verb.lemma_ == "report" else UNSPECIFIED_SOURCES), None
    node = verb
    for _ in range(_SUBJECT_CLIMB):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.pos_ != "DET"]
        before = [c for c in subjects if c.i < node.i]
        subj = before[-1] if before else (subjects[0] if subjects else None)
        if subj is not None and node.i in {t.i for t in subj.subtree}:
            return None, None  # a misparse that swallowed the cue into its own subject
        if subj is not None:
            lo, hi = sorted((subj.i, verb.i))
            if any("\n" in t.text_with_ws for t in verb.doc[lo:hi]):
                return None, None  # a subject on another line is the parser joining a headline to the text
            if subj.lower_ in FIRST_PERSON or subj.lower_ in _EXPLETIVES and subj.dep_ == "nsubjpass":
                return None, None
            resolved = resolver.resolve(subj, subj.idx)
            if resolved is None and verb.lemma_ in SPEECH_LEMMAS and subj.pos_ == "NOUN":
                # "Health bosses said", "the opposition party said": who says is a source
                resolved = _any_source(doc_text(verb.doc), subj, "organization")
            return resolved, subj
        if node.dep_ == "relcl":
            return resolver.resolve(node.head, node.head.idx), node.head
        if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or node.head.i == node.i:
            return None, None
        node = node.head
    return None, None


def _contents(sent: SpacySpan, verb: Token) -> Iterator[list[Token]]:
    """The token sets that hold the claim(s) of one cue verb."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in clauses:
        skip = _trailing_participles(clause)
        yield [t for t in clause.subtree if t.i not in skip]
    if clauses:
        return
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i and \
            any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # "Talks stalled, the envoy said": the claim is the clause the cue is hung on
        skip = {t.i for t in verb.subtree}
        yield [t for t in verb.head.subtree if t.i not in skip and t.i < verb.i and t.i >= sent.start]
        return
    if verb.dep_ == "advcl" and verb.head.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # "As Ilse Marrow reports for Meridian Radio, <claim>": the claim is the clause the cue introduces
        skip = {t.i for t in verb.subtree}
        yield [t for t in verb.head.subtree if t.i not in skip and t.i > verb.i and t.i < sent.end]
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if verb.lemma_ in SPEECH_LEMMAS and obj is not None and \
            any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > obj.i for c in obj.children):
        # "said more than 15,000 people registered": the parser's object is the subject of a clause
        yield list(obj.subtree)
        return
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        if xcomp is not None:
            yield list(xcomp.subtree)
        return
    if verb.lemma_ in NP_CUE_LEMMAS and verb.lemma_ not in CLAUSE_ONLY:
        yield from _object(verb)
    elif verb.lemma_ in INSTRUCTION_LEMMAS and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # "told him to remove the bedding", "warned residents to stay away": the instruction is the claim
        if xcomp is not None and xcomp.i > verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
            yield list(xcomp.subtree)


def _object(verb: Token) -> Iterator[list[Token]]:
    """'denied having any information', 'criticized the leaders for their silence'."""
    first = next((c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or
                  c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG")), None)
    if first is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "about")), None)
        if prep is not None:
            yield [t for t in prep.subtree if t.i != prep.i]
        return
    tokens = list(first.subtree)
    for c in verb.children:
        if c.i > first.i and c.dep_ in ("prep", "dative", "oprd") and c.lower_ not in ("on", "in", "at", "during"):
            tokens += list(c.subtree)
        elif c.i > first.i:
            break
    yield tokens


def _according(text: str, sent: SpacySpan, accord: Token, to: Token, resolver: SourceResolver) -> Iterator[Claim]:
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    head = _outlet_of_report(pobj) or _owner_of_figures(pobj) or pobj
    resolved = resolver.resolve(head, head.idx) or _any_source(text, head)
    phrase = {t.i for t in accord.subtree} | {t.i for t in to.subtree} | {accord.i, to.i}
    anchor = accord.head if accord.head.i not in (accord.i, to.i) else accord
    tokens = [t for t in anchor.subtree if t.i not in phrase | _added_after(anchor, to)] if anchor.i != accord.i else []
    if not tokens:
        tokens = [t for t in sent if t.i not in phrase]
    if resolved.source.kind == "media":
        inner = _trailing_speaker(text, tokens, resolver)
        if inner is not None:
            yield inner  # "X, the commission said, according to Meridian News": the outlet only relays
            return
    content = _content(text, tokens, accord)
    if content is not None:
        yield Claim(span_of(text, accord.idx, to.idx + len(to.text)), content, False, resolved, head)


def _added_after(anchor: Token, to: Token) -> set[int]:
    """Tokens of a participle the writer adds after 'according to X': in "X is under inquiry,
    according to two people, adding to its problems" the sources stand behind the inquiry, not
    behind the comment on it."""
    out: set[int] = set()
    for child in anchor.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > to.i and child.doc[child.i - 1].text == ",":
            out |= {t.i for t in child.subtree}
    return out


def _trailing_speaker(text: str, tokens: list[Token], resolver: SourceResolver) -> Claim | None:
    """'<claim>, the commission said': a reporting verb after a comma, with its own subject."""
    for verb in tokens:
        if verb.lemma_ not in CUE_LEMMAS or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None:
            continue
        first = subj.left_edge
        if first.i == 0 or first.doc[first.i - 1].text != ",":
            continue
        before = [t for t in tokens if t.i < first.i - 1]
        resolved = resolver.resolve(subj, subj.idx)
        content = _content(text, before, verb) if resolved is not None else None
        if resolved is not None and content is not None:
            return Claim(_cue(text, verb), content, False, resolved, subj)
    return None


def _any_source(text: str, head: Token, single: str = "document") -> Resolved:
    """Whatever "according to" names is a source: a body ("teachers unions", "a group representing
    farmers"), a record ("the state's finances website") or a group of people ("settlers")."""
    lemma = head.lemma_.lower()
    kind = "organization" if lemma in ORG_DESCRIPTIONS else "public" if head.tag_ == "NNS" and \
        lemma not in FIGURE_HEADS else single
    return Resolved(Source(name=name_of(text, head), kind=kind), f"{kind}:{lemma}")


def _owner_of_figures(pobj: Token) -> Token | None:
    """'according to data from Halvex', 'according to the researchers' calculations': the one
    who compiled the figures is the source."""
    if pobj.lemma_.lower() not in FIGURE_HEADS:
        return None
    owner = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is not None:
        return owner
    prep = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _outlet_of_report(pobj: Token) -> Token | None:
    """'according to a report by Meridian 24': the outlet is the source."""
    if pobj.lemma_.lower() not in ("report", "article", "story", "broadcast"):
        return None
    for prep in pobj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "in", "on"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _content(text: str, tokens: list[Token], cue: Token) -> Span | None:
    """The claim's span: one side of the cue, without 'that', edge punctuation or the next line."""
    if not tokens:
        return None
    before, after = [t for t in tokens if t.i < cue.i], [t for t in tokens if t.i > cue.i]
    side = sorted(after if len(after) >= len(before) else before, key=lambda t: t.i)
    while side and (side[0].dep_ == "mark" and side[0].lower_ == "that" or side[0].is_punct):
        side = side[1:]
    while side and side[-1].is_punct:
        side = side[:-1]
    if len([t for t in side if not t.is_punct]) < MIN_CONTENT_WORDS:
        return None
    start, end = side[0].idx, side[-1].idx + len(side[-1].text)
    if "\n" in text[end:cue.idx] or "\n" in text[cue.idx:start]:
        return None  # a claim on another line than its cue is the parser joining a headline to the text
    if start > cue.idx:
        newline = text.find("\n", cue.idx, end)
        end = newline if newline != -1 and newline > start else end
    else:
        newline = text.rfind("\n", start, cue.idx)
        start = newline + 1 if newline != -1 and newline + 1 < end else start
    span = span_of(text, start, end)
    return span if span.text else None


def _cue(text: str, tok: Token) -> Span:
    return span_of(text, tok.idx, tok.idx + len(tok.text))
