"""What the API and the pages show about stories: thin calls into storyline.analyze and the store."""
from __future__ import annotations

from storyline.analyze import StoryView, build_story_view
from storyline.analyze.briefing import Briefing, build_briefing
from storyline.analyze.story import Change, Citation, Conflict
from storyline.store import Store
from storyline.store.search import SearchHit, search
from storyline.store.stories import StorySummary, list_stories


def list_story_summaries(store: Store) -> list[StorySummary]:
    return list_stories(store)


def load_story(store: Store, story_id: str) -> StoryView:
    return build_story_view(store, story_id)


def load_briefing(store: Store, story_id: str, view: StoryView | None = None) -> Briefing:
    return build_briefing(store, story_id, view)


def search_collection(store: Store, query: str, limit: int) -> list[SearchHit]:
    return search(store, query, limit=limit)


def changes_of(view: StoryView) -> tuple[Change, ...]:
    return view.changes


def conflicts_of(view: StoryView) -> tuple[Conflict, ...]:
    return view.conflicts


def sources_of(view: StoryView) -> tuple[Citation, ...]:
    return view.sources
