"""What the API and the pages show about stories, whichever analyses are installed.

The story analyses (changes, conflicts, sources, briefing, full-text search, story summaries) are
being built alongside the server; until a piece lands, a plain fallback stands in with the same
fields, so the pages work now and pick each piece up when it arrives.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from storyline.analyze import StoryView, build_story_view
from storyline.store import Store
from storyline.store.api_queries import search_articles

# Sentences in each section of the fallback briefing: a screenful, the size of a wire summary.
FALLBACK_SENTENCES = 6


@dataclass(frozen=True)
class Citation:
    n: int
    article_id: str
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class SentenceCitation:
    n: int
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    citations: tuple[SentenceCitation, ...]


@dataclass(frozen=True)
class Section:
    title: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Briefing:
    story_id: str
    label: str
    sections: tuple[Section, ...]
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class StorySummary:
    id: str
    label: str
    articles: int
    first: str | None
    last: str | None
    top_actors: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    article_id: str | None
    story_id: str | None
    title: str | None
    snippet: str
    score: float


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def list_story_summaries(store: Store) -> list[StorySummary]:
    listing = _optional("storyline.store.stories", "list_stories")
    if listing is not None:
        return [StorySummary(s.id, s.label, s.articles, s.first, s.last,
                             tuple(getattr(a, "name", a) for a in s.top_actors)) for s in listing(store)]
    return [StorySummary(sid, label, n, first, last, ()) for sid, label, n, first, last in store.stories()]


def load_story(store: Store, story_id: str) -> StoryView:
    return build_story_view(store, story_id)


def changes_of(view: StoryView) -> tuple:
    return tuple(getattr(view, "changes", ()))


def conflicts_of(view: StoryView) -> tuple:
    return tuple(getattr(view, "conflicts", ()))


def sources_of(view: StoryView) -> tuple:
    given = getattr(view, "sources", None)
    if given:
        return tuple(given)
    return tuple(Citation(n, s.article.id, s.article.outlet, s.article.published, s.article.url, s.article.title)
                 for n, s in enumerate(view.articles, start=1))


def load_briefing(store: Store, story_id: str, view: StoryView | None = None):
    build = _optional("storyline.analyze.briefing", "build_briefing")
    if build is not None:
        return build(store, story_id)
    return _fallback_briefing(view or load_story(store, story_id))


def _fallback_briefing(view: StoryView) -> Briefing:
    """Who said what and what happened, one cited sentence each, from the stored layers."""
    sources = sources_of(view)
    number = {c.article_id: c.n for c in sources}
    said, happened = [], []
    for s in view.articles:
        if s.duplicate_of is not None:
            continue
        n = number.get(s.article.id, 0)
        for at in s.layers.attributions:
            text = f"{at.source.name} ({at.source.kind}): {at.content.text}"
            said.append(Sentence(text, (SentenceCitation(n, s.article.id, at.content.start, at.content.end),)))
        for ev in s.layers.events:
            if ev.modality == "asserted":
                happened.append(Sentence(ev.evidence.text, (SentenceCitation(
                    n, s.article.id, ev.evidence.start, ev.evidence.end),)))
    sections = tuple(Section(title, tuple(items[:FALLBACK_SENTENCES]))
                     for title, items in (("What happened", happened), ("Who said what", said)) if items)
    return Briefing(view.id, view.label, sections, sources)


def search_collection(store: Store, query: str, limit: int) -> list:
    search = _optional("storyline.store.search", "search")
    if search is not None:
        return list(search(store, query, limit=limit))
    return [SearchHit("article", row.id, row.story, row.title, snippet, score)
            for row, snippet, score in search_articles(store, query, limit)]
