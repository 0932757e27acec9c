"""Run every per-article stage on one parsed Article, in dependency order."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.attributions import extract_attributions
from storyline.extract.entities import extract_entities
from storyline.extract.events import extract_events
from storyline.extract.times import extract_times
from storyline.models import Article, Layers

# Languages the loaded pipeline can annotate; other articles are stored without NLP layers.
NLP_LANGUAGES = {"en"}


@lru_cache(maxsize=2)
def load_nlp(name: str) -> Language:
    """Load the spaCy pipeline by package name, once per process (never downloaded at run time)."""
    return spacy.load(name)


def annotate_article(article: Article, doc: Doc) -> Layers:
    """All NLP layers of one article; `doc` is the spaCy parse of `article.text`."""
    entities = extract_entities(article, doc)
    attributions = extract_attributions(article, doc, entities)
    times = extract_times(article, doc)
    events = extract_events(article, doc, entities, times, attributions)
    return Layers(entities=entities, attributions=attributions, times=times, events=events)
