"""Collection stages, run after new articles are stored: duplicates, entities, stories."""
from __future__ import annotations

from storyline.resolve.duplicates import OriginalIndex
from storyline.resolve.entities import resolve_entities
from storyline.resolve.stories import StoryInput, actor_weights, assign_stories, label_story, nationality_countries
from storyline.settings import Options
from storyline.store import Store


def update_collection(store: Store, options: Options) -> None:
    """Run the collection stages over the whole store. Each stage recomputes from what is
    stored, so a run cut short by a crash is finished by the next one; the articles are
    marked collected only at the end (see migration 4)."""
    mark_duplicates(store, options)
    store.replace_entities(resolve_entities(store.local_entities()))
    group_stories(store)
    store.mark_collected()


def finish_collection(store: Store, options: Options) -> int:
    """Run the collection stages if an interrupted ingest left articles without them; how many."""
    pending = store.uncollected_count()
    if pending:
        update_collection(store, options)
    return pending


def mark_duplicates(store: Store, options: Options) -> None:
    """Mark each article that copies an earlier one; an original is never marked."""
    originals = OriginalIndex(options.duplicate_threshold)
    found: dict[str, str] = {}
    for ident, _, sig, duplicate_of in store.fingerprints():
        if duplicate_of is None:
            original = originals.find(sig)
            if original is not None:
                found[ident] = original
                continue
            originals.add(ident, sig)
    store.set_duplicates(found)


def group_stories(store: Store) -> None:
    """Put each article without a story into a stored story or a new one; stored ones stay put."""
    links = store.all_entity_links()
    canonical = {e.id: e for by_key in links.values() for e in by_key.values()}
    countries = nationality_countries(list(canonical.values()))
    stored = store.story_texts()

    def story_input(ident: str) -> StoryInput:
        title, text, published, entities = stored[ident]
        return StoryInput(id=ident, title=title or "", text=text, published=published,
                          actors=actor_weights(entities, links.get(ident, {}), countries))

    members: dict[str, list[StoryInput]] = {}
    for ident, sid, *_ in store.story_members():
        members.setdefault(sid, []).append(story_input(ident))
    new = [story_input(ident) for ident, *_ in store.unassigned_articles()]
    assigned = assign_stories(members, new)
    for item in new:
        members.setdefault(assigned[item.id], []).append(item)
    names = {e.id: e.name for e in canonical.values()}
    labels = {sid: label_story(items, names) for sid, items in members.items()}
    store.set_stories(assigned, labels)
