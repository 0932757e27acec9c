"""French named entities: spaCy's WikiNER labels (PER, ORG, LOC, MISC) mapped to ours.

WikiNER has one LOC label for places of every kind; in news most are countries, regions and
towns, so LOC becomes GPE unless the name starts with a word for a natural feature. MISC
(works, events, nationalities, slogans alike) maps to none of our types and is left out.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from spacy.tokens import Doc

from storyline.extract.spans import span_of
from storyline.lexicon.fr.entities import NATURAL
from storyline.models import LocalEntity, Span

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Quotation marks spaCy's small model sometimes takes into a name next to a quote.
_EDGE = re.compile(r"^[«»\"“”'’\s]+|[«»\"“”'’\s]+$")


def extract_french_entities(text: str, doc: Doc) -> tuple[LocalEntity, ...]:
    found: list[tuple[str, str, int, int]] = []  # (name, type, start, end)
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        span = _trimmed(text, ent.start_char, ent.end_char)
        if len(span.text) < 2 or not span.text[0].isupper():
            continue
        if label == "GPE" and span.text.split()[0].lower() in NATURAL:
            label = "LOC"
        found.append((span.text, label, span.start, span.end))
    return _grouped(text, found)


def _trimmed(text: str, start: int, end: int) -> Span:
    stripped = _EDGE.sub("", text[start:end])
    if stripped:
        start = text.index(stripped, start)
        end = start + len(stripped)
    return span_of(text, start, end)


def _grouped(text: str, found: list[tuple[str, str, int, int]]) -> tuple[LocalEntity, ...]:
    """One entity per name; a lone surname joins the full name of a person it ends ("Dubreuil")."""
    by_key: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for item in found:
        by_key[_key(item[0])].append(item)
    persons = [k for k, items in by_key.items() if items[0][1] == "PERSON" and len(k.split()) > 1]
    merged: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for key, items in by_key.items():
        full = [p for p in persons if len(key.split()) == 1 and p.split()[-1] == key]
        merged[full[0] if len(full) == 1 else key].extend(items)
    out = []
    for key, items in merged.items():
        labels = [i[1] for i in items]
        label = max(set(labels), key=labels.count)
        name = max((i[0] for i in items), key=len)
        mentions = tuple(Span(s, e, text[s:e]) for s, e in sorted({(i[2], i[3]) for i in items}))
        out.append(LocalEntity(key=key, name=name, type=label, mentions=mentions))
    return tuple(sorted(out, key=lambda e: e.mentions[0].start))


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).lower().replace("’", "'")
    return re.sub(r"[\s\-‐]+", " ", folded).strip()
