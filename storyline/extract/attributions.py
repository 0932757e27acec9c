"""Who said what: reporting verbs and "according to" over the dependency parse."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.spans import span_of, span_of_tokens
from storyline.models import Article, Attribution, LocalEntity, Ref, Source

CUE_LEMMAS = {
    "say", "tell", "note", "add", "warn", "claim", "stress", "believe", "deny", "confirm", "announce",
    "state", "insist", "argue", "report", "indicate", "acknowledge", "explain", "emphasize",
    "emphasise", "suggest", "write", "reiterate", "assert", "maintain", "allege", "describe",
}
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "diplomat", "diplomats", "aide",
                   "person", "people", "analyst", "analysts", "expert", "experts", "insider", "insiders"}
DOCUMENT_HEADS = {"statement", "report", "charter", "document", "memo", "letter", "communique", "plan", "draft"}
PUBLIC_HEADS = {"poll", "polls", "survey", "surveys"}
_QUOTES = "\"“”"


def extract_attributions(article: Article, doc: Doc, entities: tuple[LocalEntity, ...]) -> tuple[Attribution, ...]:
    text = article.text
    by_start = {m.start: e for e in entities for m in e.mentions}
    out: list[Attribution] = []
    for sent in doc.sents:
        for tok in sent:
            if tok.lemma_ == "accord" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                found = _according_to(text, tok, sent, by_start)
            elif tok.lemma_ in CUE_LEMMAS and tok.pos_ in ("VERB", "AUX"):
                found = _reporting_verb(text, tok, by_start)
            else:
                continue
            if found is not None:
                out.append(found)
    return tuple(out)


def _reporting_verb(text: str, verb: Token, by_start: dict) -> Attribution | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if subj is None or comp is None:
        return None
    sub = list(comp.subtree)
    content = span_of_tokens(text, sub[0], sub[-1])
    content = _strip_quotes(text, content.start, content.end)
    source_tokens = list(subj.subtree)
    source_span = span_of_tokens(text, source_tokens[0], source_tokens[-1])
    direct = _is_quoted(text, content.start, content.end)
    via = tuple(Ref(c.text) for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "ORG")
    return Attribution(
        source=_source(source_span.text, subj, by_start, source_span.start),
        via=via,
        cue=span_of(text, verb.idx, verb.idx + len(verb.text)),
        content=content,
        direct=direct,
    )


def _according_to(text: str, accord: Token, sent, by_start: dict) -> Attribution | None:
    to = accord.doc[accord.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    src = list(pobj.subtree)
    after = src[-1].i + 1
    if accord.i == sent.start:
        content_tokens = [t for t in sent if t.i >= after]
    else:
        content_tokens = [t for t in sent if t.i < accord.i]
    content_tokens = [t for t in content_tokens if not t.is_punct or t.text in _QUOTES] or []
    if not content_tokens:
        return None
    content = span_of_tokens(text, content_tokens[0], content_tokens[-1])
    source_span = span_of_tokens(text, src[0], src[-1])
    return Attribution(
        source=_source(source_span.text, pobj, by_start, source_span.start),
        via=(),
        cue=span_of(text, accord.idx, to.idx + len(to.text)),
        content=content,
        direct=False,
    )


def _source(name: str, head: Token, by_start: dict, start: int) -> Source:
    entity = by_start.get(start) or by_start.get(head.idx)
    lemma = head.lower_
    if entity is not None:
        kind = {"PERSON": "person", "GPE": "government", "NORP": "government"}.get(entity.type, "organization")
        return Source(name=entity.name, kind=kind, entity=entity.key)
    if lemma in ANONYMOUS_HEADS:
        return Source(name=name, kind="anonymous")
    if lemma in DOCUMENT_HEADS:
        return Source(name=name, kind="document")
    if lemma in PUBLIC_HEADS:
        return Source(name=name, kind="public")
    if head.pos_ == "PRON":
        return Source(name=name, kind="person")
    return Source(name=name, kind="organization")


def _strip_quotes(text: str, start: int, end: int):
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES + ",.":
        end -= 1
    return span_of(text, start, end)


def _is_quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    return any(q in before for q in "\"“")
