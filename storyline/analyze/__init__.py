"""The read API over the store: one function per question, one Filter and one Paging type.

The CLI, the REST API and the web page call only these (and take the rows they return from
here): stories, story view, entity view, entities, claims, events, articles, search, briefing.
"""
from storyline.analyze.briefing import Briefing, build_briefing
from storyline.analyze.entity import Appearance, EntityView, view_entity
from storyline.analyze.reads import (
    get_article,
    get_record,
    list_articles,
    list_claims,
    list_entities,
    list_events,
    list_stories,
    resolve_filter,
    search,
)
from storyline.analyze.story import Actor, Claim, StoryView, TimelineEntry, build_story_view, view_story
from storyline.queries import (
    Alias,
    ArticleRow,
    AttributionRow,
    DatedRole,
    EntityAppearance,
    EntityRow,
    EventRow,
    Filter,
    Page,
    Paging,
    SearchHit,
    StorySummary,
)

__all__ = [
    "Actor", "Alias", "Appearance", "ArticleRow", "AttributionRow", "Briefing", "Claim", "DatedRole",
    "EntityAppearance", "EntityRow", "EntityView", "EventRow", "Filter", "Page", "Paging", "SearchHit",
    "StorySummary", "StoryView", "TimelineEntry", "build_briefing", "build_story_view", "get_article", "get_record",
    "list_articles", "list_claims", "list_entities", "list_events", "list_stories", "resolve_filter", "search",
    "view_entity", "view_story",
]
