"""Run every per-article stage on one parsed Article, in dependency order."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.attributions import extract_attributions
from storyline.extract.entities import extract_entities
from storyline.extract.events import extract_events
from storyline.extract.french import MODEL as FRENCH_MODEL
from storyline.extract.french import annotate_french
from storyline.extract.languages import NLP_LANGUAGES
from storyline.extract.times import extract_times
from storyline.models import Article, Attribution, Event, Layers

__all__ = ["NLP_LANGUAGES", "annotate_article", "annotate_in_language", "load_nlp"]

@lru_cache(maxsize=2)
def load_nlp(name: str) -> Language:
    """Load the spaCy pipeline by package name, once per process (never downloaded at run time)."""
    return spacy.load(name)


def annotate_in_language(article: Article, nlp: Language) -> Layers:
    """The layers of `article` in its language: `nlp` (the English pipeline) for English, the
    language's own stages for another one that has them, none for the rest."""
    if article.language == "fr":
        return annotate_french(article, load_nlp(FRENCH_MODEL)(article.text))
    if article.language in NLP_LANGUAGES:
        return annotate_article(article, nlp(article.text))
    return Layers()


def annotate_article(article: Article, doc: Doc) -> Layers:
    """All NLP layers of one article; `doc` is the spaCy parse of `article.text`."""
    entities = extract_entities(article, doc)
    attributions = extract_attributions(article, doc, entities)
    times = extract_times(article, doc)
    events = link_events_to_claims(extract_events(article, doc, entities, times, attributions), attributions)
    return Layers(entities=entities, attributions=attributions, times=times, events=events)


def link_events_to_claims(events: tuple[Event, ...], attributions: tuple[Attribution, ...]) -> tuple[Event, ...]:
    """An event told inside a claim keeps that claim: who reported it is part of the event."""
    out = []
    for event in events:
        ev = event.evidence
        index = next((i for i, a in enumerate(attributions)
                      if a.content.start <= ev.start < a.content.end or ev.start <= a.content.start < ev.end), None)
        out.append(replace(event, attribution=index) if index is not None else event)
    return tuple(out)
