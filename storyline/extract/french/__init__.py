"""French: entities, times and quotes from spaCy's `fr_core_news_sm` and French news conventions.

The English stages lean on English lexicons and the English model's labels; French articles get
these smaller stages instead (no events yet), dispatched by `extract.annotate`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.french.entities import extract_french_entities
from storyline.extract.french.quotes import extract_french_quotes
from storyline.extract.french.times import extract_french_times
from storyline.models import Article, Layers

MODEL = "fr_core_news_sm"


def annotate_french(article: Article, doc: Doc) -> Layers:
    """The layers French articles get; `doc` is the French pipeline's parse of `article.text`."""
    entities = extract_french_entities(article.text, doc)
    return Layers(entities=entities, attributions=extract_french_quotes(article.text, entities),
                  times=extract_french_times(article, doc))
