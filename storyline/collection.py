"""Collection stages, run after new articles are stored: duplicates, entities, stories."""
from __future__ import annotations

from collections import Counter

from storyline.resolve.duplicates import find_original
from storyline.resolve.entities import resolve_entities
from storyline.resolve.stories import StoryInput, StoryState, assign_stories, label_story
from storyline.settings import Options
from storyline.store import Store


def update_collection(store: Store, options: Options) -> None:
    mark_duplicates(store, options)
    store.replace_entities(resolve_entities(store.local_entities()))
    group_stories(store)


def mark_duplicates(store: Store, options: Options) -> None:
    """Mark each article that copies an earlier one; an original is never marked."""
    earlier: list[tuple[str, tuple[int, ...]]] = []
    found: dict[str, str] = {}
    for ident, _, sig, duplicate_of in store.fingerprints():
        if duplicate_of is None:
            original = find_original(sig, earlier, options.duplicate_threshold)
            if original is not None:
                found[ident] = original
                continue
            earlier.append((ident, sig))
    store.set_duplicates(found)


def group_stories(store: Store) -> None:
    links = store.all_entity_links()
    names = {e.id: e.name for by_key in links.values() for e in by_key.values()}
    stored_entities = {s.article.id: s.layers.entities for s in store.articles()}

    def story_input(ident: str, title: str | None, text: str) -> StoryInput:
        counts: Counter = Counter()
        for local in stored_entities.get(ident, ()):
            linked = links.get(ident, {}).get(local.key)
            if linked is not None and linked.type in ("PERSON", "ORG", "GPE", "NORP", "EVENT", "LOC", "FAC", "LAW"):
                counts[linked.id] += len(local.mentions)
        return StoryInput(id=ident, title=title or "", lead=text, entities=counts)

    states: dict[str, StoryState] = {}
    doc_freq: Counter = Counter()
    members: dict[str, list[StoryInput]] = {}
    from storyline.resolve.stories import features
    for ident, sid, title, text in store.story_members():
        item = story_input(ident, title, text or "")
        state = states.setdefault(sid, StoryState(id=sid))
        bag = features(item)
        state.members.append(ident)
        state.bag.update(bag)
        doc_freq.update(bag.keys())
        members.setdefault(sid, []).append(item)
    new = [story_input(i, t, x) for i, t, x in store.unassigned_articles()]
    stories = list(states.values())
    assigned = assign_stories(new, stories, doc_freq, sum(len(s.members) for s in stories))
    for item in new:
        members.setdefault(assigned[item.id], []).append(item)
    labels = {sid: label_story(items, names) for sid, items in members.items()}
    store.set_stories(assigned, labels)
