"""The story stage of a collection: read what grouping needs from the store, write the result."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from storyline.resolve.stories.features import (
    StoryInput,
    actor_weights,
    credit_spans,
    furniture_spans,
    nationality_countries,
    without_spans,
)
from storyline.resolve.stories.grouping import group_articles
from storyline.resolve.stories.label import label_story
from storyline.store import Store
from storyline.store.story_log import record_merge, story_log


def group_stories(store: Store) -> None:
    """Put each article without a story into a stored story or a new one; stored articles move
    only when new reports show two stored stories to be one, through a merge in the story log."""
    story_input = _reader(store)
    members: dict[str, list[StoryInput]] = {}
    for ident, sid, *_ in store.story_members():
        members.setdefault(sid, []).append(story_input(ident))
    new = [story_input(ident) for ident, *_ in store.unassigned_articles()]
    apart = {frozenset((e.story, e.other)) for e in story_log(store) if e.action == "split"}
    grouping = group_articles(members, new, apart)
    for merge in grouping.merges:  # logged before any stored article moves
        record_merge(store, merge.into, merge.absorbed, merge.articles, merge.score, merge.reason)
        members[merge.into] = members.get(merge.into, []) + members.pop(merge.absorbed, [])
    assigned = grouping.assigned
    for item in new:
        members.setdefault(assigned[item.id], []).append(item)
    touched = set(assigned.values()) | {m.into for m in grouping.merges}
    labels = {sid: label_story(items) for sid, items in members.items() if sid in touched}
    store.set_stories(assigned, labels)


def relabel_stories(store: Store, stories: Iterable[str]) -> None:
    """Label the given stories afresh from their members (after a split changed them)."""
    wanted = set(stories)
    story_input = _reader(store)
    members: dict[str, list[StoryInput]] = {}
    for ident, sid, *_ in store.story_members():
        if sid in wanted:
            members.setdefault(sid, []).append(story_input(ident))
    store.set_stories({}, {sid: label_story(items) for sid, items in members.items()})


def _reader(store: Store) -> Callable[[str], StoryInput]:
    """What grouping reads of a stored article, by id (the collection-wide tables read once)."""
    links = store.all_entity_links()
    canonical = {e.id: e for by_key in links.values() for e in by_key.values()}
    countries = nationality_countries(list(canonical.values()))
    stored = store.story_texts()
    credits = store.article_credits()
    outlets = {ident: outlet for ident, (outlet, _) in credits.items()}
    furniture = furniture_spans({i: row[1] for i, row in stored.items()}, outlets)

    def story_input(ident: str) -> StoryInput:
        title, text, published, entities = stored[ident]
        spans = furniture.get(ident, []) + credit_spans(text)
        return StoryInput(id=ident, title=title or "", text=without_spans(text, spans), published=published,
                          actors=actor_weights(entities, links.get(ident, {}), countries, spans, outlets.get(ident),
                                               credits[ident][1] if ident in credits else ()),
                          outlet=outlets.get(ident))
    return story_input
