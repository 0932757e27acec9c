"""Run every per-article stage on one parsed Article, in dependency order."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

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

__all__ = ["ENGLISH_PARSED", "NLP_LANGUAGES", "STAGES", "Stage", "annotate_article", "annotate_in_language", "load_nlp"]

@lru_cache(maxsize=2)
def load_nlp(name: str) -> Language:
    """Load the spaCy pipeline by package name, once per process (never downloaded at run time)."""
    return spacy.load(name)


# The languages whose articles `nlp` (the English pipeline) parses; French has a model of its own.
ENGLISH_PARSED = NLP_LANGUAGES - {"fr"}


def annotate_in_language(article: Article, nlp: Language, doc: Doc | None = None) -> Layers:
    """The layers of `article` in its language: `nlp` (the English pipeline) for English, the
    language's own stages for another one that has them, none for the rest. `doc` is the English
    parse of the text when the caller made it already."""
    if article.language == "fr":
        return annotate_french(article, load_nlp(FRENCH_MODEL)(article.text))
    if article.language in ENGLISH_PARSED:
        return annotate_article(article, doc if doc is not None else nlp(article.text))
    return Layers()


@dataclass(frozen=True)
class Stage:
    """One per-article stage: what it reads (the article, its parse, earlier stages' layers), the
    layer it adds, and the function that makes it from those, in that order of arguments."""

    name: str
    needs: tuple[str, ...]
    adds: str
    run: Callable[..., Any]


def _events_with_claims(article: Article, doc: Doc, entities: Any, times: Any, attributions: Any) -> tuple[Event, ...]:
    return link_events_to_claims(extract_events(article, doc, entities, times, attributions), attributions)


# The per-article stages, in the order they run: the one place that says what each needs and adds
# (tests/extract/test_annotate_stages.py pins it). A new layer is a stage here and a field of Layers.
STAGES: tuple[Stage, ...] = (
    Stage("entities", ("article", "doc"), "entities", extract_entities),
    Stage("attributions", ("article", "doc", "entities"), "attributions", extract_attributions),
    Stage("times", ("article", "doc"), "times", extract_times),
    Stage("events", ("article", "doc", "entities", "times", "attributions"), "events", _events_with_claims),
)


def check_stages(stages: tuple[Stage, ...]) -> None:
    """Each stage needs only the inputs or what an earlier stage adds; together they add every layer."""
    available = {"article", "doc"}
    for stage in stages:
        missing = [n for n in stage.needs if n not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing} before any stage adds it")
        available.add(stage.adds)
    layers = {f.name for f in fields(Layers)}
    if available - {"article", "doc"} != layers:
        raise ValueError(f"the stages add {sorted(available - {'article', 'doc'})}, the layers are {sorted(layers)}")


check_stages(STAGES)


def annotate_article(article: Article, doc: Doc) -> Layers:
    """All NLP layers of one article; `doc` is the spaCy parse of `article.text`."""
    made: dict[str, Any] = {"article": article, "doc": doc}
    for stage in STAGES:
        made[stage.adds] = stage.run(*(made[n] for n in stage.needs))
    return Layers(**{f.name: made[f.name] for f in fields(Layers)})


def link_events_to_claims(events: tuple[Event, ...], attributions: tuple[Attribution, ...]) -> tuple[Event, ...]:
    """An event told inside a claim keeps that claim: who reported it is part of the event."""
    out = []
    for event in events:
        ev = event.evidence
        index = next((i for i, a in enumerate(attributions)
                      if a.content.start <= ev.start < a.content.end or ev.start <= a.content.start < ev.end), None)
        out.append(replace(event, attribution=index) if index is not None else event)
    return tuple(out)
