"""The read side of the REST API: stories, entities, events, attributions, articles, search.

Each route turns its query parameters into the read API's Filter and Paging, calls one
storyline.analyze function and returns its dataclasses: as they are, or through
storyline.api.convert where the REST shape puts a layer next to its article.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, TypeVar

from fastapi import APIRouter, Query

from storyline import analyze
from storyline.analyze import ArticleRow, Briefing, Filter, Paging, SearchHit, StorySummary
from storyline.api import convert
from storyline.api.deps import Paged, Stores
from storyline.api.errors import ERROR_RESPONSES
from storyline.api.shapes import ArticleAttribution, ArticleEvent, EntityDetail, EntitySummary, Listing, StoryDetail
from storyline.record import Record

T = TypeVar("T")
router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
Text = Annotated[str | None, Query(max_length=200)]
Date = Annotated[str | None, Query(max_length=32, description="ISO date, inclusive")]


def _paging(page: Paged) -> Paging:
    return Paging(page.offset, page.limit)


def _listing(items: Sequence[T], total: int, page: Paged) -> Listing[T]:
    return Listing(items=tuple(items), total=total, offset=page.offset, limit=page.limit)


@router.get("/stories", response_model=Listing[StorySummary], tags=["stories"])
def list_stories(stores: Stores, page: Paged) -> Listing[StorySummary]:
    """Every story, largest first, with its article count and date range."""
    with stores.use() as store:
        stories = stores.remember(("stories",), lambda: analyze.list_stories(store).items)
    return _listing(stories[page.offset:page.offset + page.limit], len(stories), page)


@router.get("/stories/{story_id}", response_model=StoryDetail, tags=["stories"])
def get_story(story_id: str, stores: Stores) -> StoryDetail:
    """A story's articles, timeline, actors, claims, changes, conflicts and sources."""
    with stores.use() as store:
        return convert.story_detail(stores.remember(("story", story_id), lambda: analyze.view_story(store, story_id)))


@router.get("/stories/{story_id}/briefing", response_model=Briefing, tags=["stories"])
def get_briefing(story_id: str, stores: Stores) -> Briefing:
    """The story told in sections of sentences, each citing the passages it rests on."""
    with stores.use() as store:
        return stores.remember(("briefing", story_id), lambda: analyze.build_briefing(store, story_id))


@router.get("/entities", response_model=Listing[EntitySummary], tags=["entities"])
def list_entities(stores: Stores, page: Paged, type: Text = None,  # noqa: A002 - the API's name
                  name: Text = None) -> Listing[EntitySummary]:
    """Entities of the collection, most reported first; filter by type or part of the name."""
    with stores.use() as store:
        found = analyze.list_entities(store, Filter(type=type, name=name), _paging(page), order="articles")
    return _listing([convert.entity_summary(r) for r in found.items], found.total, page)


@router.get("/entities/{entity_id}", response_model=EntityDetail, tags=["entities"])
def get_entity(entity_id: str, stores: Stores) -> EntityDetail:
    """An entity (by id, or any name the collection knows it by), the articles that name it, and its roles over time."""
    with stores.use() as store:
        view = analyze.view_entity(store, entity_id)
    return convert.entity_detail(view.entity, view.appearances)


@router.get("/events", response_model=Listing[ArticleEvent], tags=["layers"])
def list_events(stores: Stores, page: Paged, story: Text = None, article: Text = None, entity: Text = None,
                action: Text = None, modality: Text = None, since: Date = None,
                until: Date = None) -> Listing[ArticleEvent]:
    """Events, by date; filter by story, article, entity (id or name, as actor or target), action, modality, dates."""
    with stores.use() as store:
        found = analyze.list_events(store, Filter(story=story, article=article, entity=entity, action=action,
                                                  modality=modality, since=since, until=until), _paging(page))
    return _listing([convert.event(r) for r in found.items], found.total, page)


@router.get("/attributions", response_model=Listing[ArticleAttribution], tags=["layers"])
def list_attributions(stores: Stores, page: Paged, story: Text = None, article: Text = None, entity: Text = None,
                      kind: Text = None, since: Date = None, until: Date = None) -> Listing[ArticleAttribution]:
    """Who said what; filter by story, article, source entity (id or name), source kind, publication dates."""
    with stores.use() as store:
        found = analyze.list_claims(store, Filter(story=story, article=article, entity=entity, kind=kind,
                                                  since=since, until=until), _paging(page))
    return _listing([convert.attribution(r) for r in found.items], found.total, page)


@router.get("/articles", response_model=Listing[ArticleRow], tags=["articles"])
def list_articles(stores: Stores, page: Paged, story: Text = None) -> Listing[ArticleRow]:
    """Stored articles in publication order; filter by story."""
    with stores.use() as store:
        found = analyze.list_articles(store, Filter(story=story), _paging(page))
    return _listing(found.items, found.total, page)


@router.get("/articles/{article_id}", response_model=Record, tags=["articles"])
def get_article(article_id: str, stores: Stores) -> Record:
    """One article's full record, as `storyline export` writes it."""
    with stores.use() as store:
        return analyze.get_record(store, article_id)


@router.get("/search", response_model=Listing[SearchHit], tags=["search"])
def search(stores: Stores, page: Paged,
           q_: Annotated[str, Query(alias="q", min_length=1, max_length=200)]) -> Listing[SearchHit]:
    """Articles and stories matching the query, best first (search is top-k: total counts hits up to this page)."""
    with stores.use(write=True) as store:  # a search may rebuild its index
        found = analyze.search(store, q_, _paging(page))
    return _listing(found.items, found.total, page)
