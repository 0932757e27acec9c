"""The read API: one function per question, each taking one Filter and one Paging.

The CLI, the REST API and the web page call these and nothing below them, so a filter means
the same thing everywhere: an entity is named by its id or any name the collection knows it by,
an unknown story is E102, an unknown entity E103, a value outside its list E105.
"""
from __future__ import annotations

from dataclasses import replace

from storyline.errors import Code, StorylineError
from storyline.models import ENTITY_TYPES, MODALITIES, SOURCE_KINDS
from storyline.queries import (
    ArticleRow,
    AttributionRow,
    EntityRow,
    EventRow,
    Filter,
    Page,
    Paging,
    SearchHit,
    StoredArticle,
    StorySummary,
)
from storyline.record import Record, build_record
from storyline.store import Store

_CHOICES = (("modality", "--modality", MODALITIES), ("kind", "--kind", SOURCE_KINDS), ("type", "--type", ENTITY_TYPES))


def resolve_filter(store: Store, f: Filter) -> Filter:
    """The filter with its entity and actor as entity ids, checked against the collection."""
    for field, option, allowed in _CHOICES:
        value = getattr(f, field)
        if value is not None and value not in allowed:
            raise StorylineError(Code.BAD_OPTION, detail=f"{option} must be one of {', '.join(allowed)}")
    if f.story is not None and not store.has_story(f.story):
        raise StorylineError(Code.UNKNOWN_STORY, id=f.story)
    return replace(f, entity=_entity_id(store, f.entity), actor=_entity_id(store, f.actor))


def _entity_id(store: Store, name: str | None) -> str | None:
    if name is None:
        return None
    found = store.find_entity(name)
    if found is None:
        raise StorylineError(Code.UNKNOWN_ENTITY, name=name)
    return found.id


def list_stories(store: Store, f: Filter = Filter(), paging: Paging = Paging()) -> Page[StorySummary]:
    """Every story, largest first; with f.since/f.until, those whose span of dates meets the range."""
    found = [s for s in store.story_summaries() if _overlaps(s.first, s.last, f.since, f.until)]
    return Page(paging.cut(found), len(found))


def list_entities(store: Store, f: Filter = Filter(), paging: Paging = Paging(),
                  order: str = "mentions") -> Page[EntityRow]:
    """The collection's entities, most mentioned first (`order="articles"`: most reported first)."""
    return store.list_entities(resolve_filter(store, f), paging, order)


def list_claims(store: Store, f: Filter = Filter(), paging: Paging = Paging()) -> Page[AttributionRow]:
    """Who said what, by publication date; f.entity is the source."""
    return store.list_attributions(resolve_filter(store, f), paging)


def list_events(store: Store, f: Filter = Filter(), paging: Paging = Paging()) -> Page[EventRow]:
    """Coded events by their own dates; f.entity is actor or target, f.actor the actor."""
    return store.list_events(resolve_filter(store, f), paging)


def list_articles(store: Store, f: Filter = Filter(), paging: Paging = Paging()) -> Page[ArticleRow]:
    """Stored articles in publication order."""
    return store.list_articles(resolve_filter(store, f), paging)


def get_article(store: Store, article_id: str) -> StoredArticle:
    """One stored article with its layers (E101 when there is none)."""
    return store.stored_article(article_id)


def get_record(store: Store, article_id: str) -> Record:
    """One article's record, as `storyline export` writes it (E101 when there is none)."""
    return build_record(store.stored_article(article_id), store.entity_links(article_id))


def search(store: Store, query: str, paging: Paging = Paging(limit=20)) -> Page[SearchHit]:
    """Articles and claims matching `query`, best first. Search is top-k: the total counts the
    hits up to the end of this page. The store must be writable (the index is rebuilt when stale)."""
    hits = store.search(query, limit=paging.offset + paging.sql_limit)
    return Page(hits[paging.offset:], len(hits))


def _overlaps(first: str | None, last: str | None, since: str | None, until: str | None) -> bool:
    """A story is in a date range when its span of publication dates meets the range."""
    if since is None and until is None:
        return True
    return (since is None or (last or "") >= since) and (until is None or (first or "~") <= until)
