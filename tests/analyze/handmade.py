"""Articles with hand-written layers, stored in a real DuckDB file: the analyses' rules in isolation."""
from __future__ import annotations

import re

from storyline.collection import update_collection
from storyline.models import AnnotatedArticle, Article, Attribution, Event, Layers, LocalEntity, Ref, Source, Span
from storyline.resolve.duplicates import fingerprint
from storyline.settings import Options
from storyline.store import Store

NAMES = {"Valdoria": "GPE", "Estmark": "GPE", "Lindholm": "GPE", "Port Sarel": "GPE", "Tomas Reyk": "PERSON",
         "Ilse Marrow": "PERSON", "Meridian 24": "ORG", "Brask": "GPE"}


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def make(ident: str, published: str, text: str, events=(), said=()) -> AnnotatedArticle:
    """events: (actor, action, target, modality, evidence); said: (source, cue, content)."""
    entities = tuple(LocalEntity(key=name, name=name, type=kind,
                                 mentions=tuple(Span(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)))
                     for name, kind in NAMES.items() if name in text)
    layers = Layers(
        entities=entities,
        events=tuple(Event(actor=Ref(a, a) if a else None, action=act, target=Ref(t, t) if t else None, modality=mod,
                           date=None, evidence=span(text, ev)) for a, act, t, mod, ev in events),
        attributions=tuple(Attribution(source=Source(src, "government", src if src in NAMES else None), via=(),
                                       cue=span(text, cue), content=span(text, content), direct=False)
                           for src, cue, content in said),
    )
    article = Article(id=ident, source="test", url=f"https://meridian24.example/{ident}", title=None,
                      outlet="meridian24.example", published=published, authors=(), text=text, language="en")
    return AnnotatedArticle(article=article, layers=layers, fingerprint=fingerprint(text))


def store_articles(path, items: list[AnnotatedArticle]) -> Store:
    store = Store(path)
    store.add_articles(items)
    update_collection(store, Options())
    return store
