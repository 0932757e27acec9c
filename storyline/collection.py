"""Collection stages, run after new articles are stored: duplicates, entities, stories."""
from __future__ import annotations

from storyline.resolve.duplicates import OriginalIndex
from storyline.resolve.entity_index import update_entities
from storyline.resolve.stories import group_stories
from storyline.settings import Options
from storyline.store import Store


def update_collection(store: Store, options: Options) -> None:
    """Run the collection stages over the whole store. Each stage recomputes from what is
    stored, so a run cut short by a crash is finished by the next one; the articles are
    marked collected only at the end (see migration 4)."""
    mark_duplicates(store, options)
    update_entities(store)
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
