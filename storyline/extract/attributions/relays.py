"""Relays: the outlets through which a claim reached the article ("told Meridian 24", "cited by ...")."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.extract.attributions.sources import SourceResolver, classify_org
from storyline.lexicon.en.attributions import OUTLET_NOUNS, RELAY_ANCHORS
from storyline.models import Ref, Source

_PREPOSITIONS = {"with", "on", "to", "in", "by", "via", "per"}
# "reports for Meridian Radio", "writing for the Valdoria Times": the outlet a reporter works for.
_FOR_ANCHORS = frozenset({"report", "write", "work"})
# How news ties a reporter to an outlet: "Ilse Marrow of the Valdoria Times", "Ilse Marrow, a
# correspondent for Meridian Radio", "Ilse Marrow reports for Meridian Radio", "Meridian Radio's Marrow".
_AFFILIATION_AFTER = re.compile(
    r"(?:,\s(?:an?\s|the\s)?(?:[\w-]+\s){0,2}(?:reporter|correspondent|journalist|editor|writer|columnist|"
    r"producer|anchor|host)\s(?:for|at|with|of)\s|\s(?:of|from)\s|\s(?:reports|reported|writes|wrote|reporting|writing)"
    r"\s(?:for|in)\s)(?:the\s)?")
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s$")


def find_relays(sent: SpacySpan, resolver: SourceResolver) -> tuple[Ref, ...]:
    """Outlets named as relays anywhere in the sentence, in text order."""
    found: list[Ref] = []
    for tok in sent:
        if tok.dep_ == "pobj" and (tok.head.lower_ in _PREPOSITIONS and tok.head.head.lemma_.lower() in RELAY_ANCHORS
                                   or tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _FOR_ANCHORS):
            ref = outlet_of(tok, resolver, require_media=tok.head.lower_ != "for")
        elif tok.dep_ in ("dobj", "dative") and tok.head.lemma_ in ("tell", "inform", "brief"):
            ref = outlet_of(tok, resolver) or _listener_outlet(tok, resolver)
        else:
            continue
        if ref is not None and ref.name not in {r.name for r in found}:
            found.append(ref)
    return tuple(found)


def find_phrase_relays(head: Token | None, resolver: SourceResolver) -> tuple[Ref, ...]:
    """'sources cited by Meridian 24': relays inside the source phrase, innermost first."""
    if head is None:
        return ()
    out: list[Ref] = []
    for tok in head.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_ in ("cite", "quote"):
            ref = outlet_of(tok, resolver, require_media=False)
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for", "at") and tok.head.head.i == head.i:
            ref = outlet_of(tok, resolver)  # "Ilse Marrow of the Valdoria Times": a reporter, relaying
        else:
            continue
        if ref is not None:
            out.append(ref)
    return tuple(out)


def outlet_of(tok: Token, resolver: SourceResolver, require_media: bool = True) -> Ref | None:
    """The outlet a token names, when it names one."""
    for part in [tok] + [c for c in tok.children if c.dep_ == "compound"]:
        entity = resolver.entity_at(part.idx, part.idx + len(part.text))
        if entity is not None and entity.key in resolver.reporters:
            outlet = resolver.reporters[entity.key]
            return Ref(name=outlet.name, entity=outlet.entity)  # "per Marrow": her outlet relays
        if entity is not None and entity.type in ("ORG", "PERSON", "GPE", "FAC", "NORP") and \
                (not require_media or classify_org(entity.name) == "media" or tok.lemma_.lower() in OUTLET_NOUNS):
            return Ref(name=entity.name, entity=entity.key)
    if tok.lemma_.lower() in OUTLET_NOUNS and tok.i > 0:
        name = _proper_run(tok.doc[tok.i - 1])
        if name:
            return Ref(name=name)
    if tok.pos_ == "PROPN":
        name = _proper_run(tok)
        if name and (not require_media or classify_org(name) == "media"):
            return Ref(name=name)
    return None


def _listener_outlet(tok: Token, resolver: SourceResolver) -> Ref | None:
    """Who was told, when it is an outlet by its form: "told Valdorian media", or a one-word
    organisation that is no government body ("told Kestrelvision"; not "told Congress")."""
    if tok.lower_ == "media":
        return Ref(name=tok.doc[tok.left_edge.i:tok.i + 1].text)
    entity = resolver.entity_at(tok.idx, tok.idx + len(tok.text))
    if entity is not None and entity.type == "ORG" and " " not in entity.name and tok.pos_ == "PROPN" \
            and classify_org(entity.name) == "organization" and not entity.name.isupper():
        return Ref(name=entity.name, entity=entity.key)
    return None


def find_reporters(text: str, resolver: SourceResolver) -> dict[str, Source]:
    """Person key -> the outlet the text says that person reports for."""
    out: dict[str, Source] = {}
    for m_start, m_end, entity in resolver.mentions:
        if entity.type != "PERSON" or entity.key in out:
            continue
        after = _AFFILIATION_AFTER.match(text, m_end)
        before = _POSSESSIVE_BEFORE.search(text, max(0, m_start - 3), m_start)
        # "reports for X" and "a correspondent for X" say X is an outlet; "of X" and "X's" need X to be one
        said = after.end() if after and not re.fullmatch(r"\s(?:of|from)\s(?:the\s)?", after.group(0)) else -1
        for pos in ([after.end()] if after else []) + ([before.start() - 1] if before else []):
            outlet = resolver.entity_at(pos, pos + 1)
            if outlet is not None and outlet.type != "PERSON" and (pos == said or classify_org(outlet.name) == "media"):
                out[entity.key] = Source(name=outlet.name, kind="media", entity=outlet.key)
                break
    return out


def _proper_run(last: Token) -> str:
    """The proper name ending at `last`, hyphenated parts included ("CNN-News18", "Geo News")."""
    first = last
    while first.i > 0 and (first.doc[first.i - 1].pos_ == "PROPN" or first.doc[first.i - 1].text == "-"
                           and first.doc[first.i - 1].whitespace_ == ""):
        first = first.doc[first.i - 1]
    if last.pos_ != "PROPN":
        return ""
    return last.doc[first.i:last.i + 1].text
