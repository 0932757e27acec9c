"""The story stage of a collection: read what grouping needs from the store, write the result."""
from __future__ import annotations

from storyline.resolve.stories.features import (
    StoryInput,
    actor_weights,
    furniture_spans,
    nationality_countries,
    without_spans,
)
from storyline.resolve.stories.grouping import assign_stories
from storyline.resolve.stories.label import label_story
from storyline.store import Store


def group_stories(store: Store) -> None:
    """Put each article without a story into a stored story or a new one; stored ones stay put."""
    links = store.all_entity_links()
    canonical = {e.id: e for by_key in links.values() for e in by_key.values()}
    countries = nationality_countries(list(canonical.values()))
    stored = store.story_texts()
    outlets = store.article_outlets()
    furniture = furniture_spans({i: row[1] for i, row in stored.items()}, outlets)

    def story_input(ident: str) -> StoryInput:
        title, text, published, entities = stored[ident]
        spans = furniture.get(ident, [])
        return StoryInput(id=ident, title=title or "", text=without_spans(text, spans), published=published,
                          actors=actor_weights(entities, links.get(ident, {}), countries, spans, outlets.get(ident)),
                          outlet=outlets.get(ident))

    members: dict[str, list[StoryInput]] = {}
    for ident, sid, *_ in store.story_members():
        members.setdefault(sid, []).append(story_input(ident))
    new = [story_input(ident) for ident, *_ in store.unassigned_articles()]
    assigned = assign_stories(members, new)
    for item in new:
        members.setdefault(assigned[item.id], []).append(item)
    touched = set(assigned.values())
    labels = {sid: label_story(items) for sid, items in members.items() if sid in touched}
    store.set_stories(assigned, labels)
