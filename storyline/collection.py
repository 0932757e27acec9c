"""Collection stages, run after new articles are stored: duplicates, entities, stories."""
from __future__ import annotations

from storyline.resolve.duplicates import OriginalIndex, band_hashes
from storyline.resolve.entity_index import update_entities
from storyline.resolve.stories import group_stories
from storyline.settings import Options
from storyline.store import Store


def update_collection(store: Store, options: Options) -> None:
    """Run the collection stages over the articles not yet collected and what they can link to
    (the store's indexes, migrations 8 and 9, block the stages; an old store fills them on its
    first run). Each stage takes its new articles from what is stored (not collected, no keys, no
    story), so a run cut short by a crash is finished by the next one; the articles are marked
    collected only at the end (see migration 4)."""
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
    """Mark each article that copies an earlier one; an original is never marked.

    The articles compared are the new ones and the stored originals sharing a MinHash band with
    one of them (the store's band index): in publication order, as a pass over the whole
    collection meets them, so the marks are the ones that pass gives. An old store's first run
    is that pass, and fills the index."""
    threshold = options.duplicate_threshold
    if not store.index_filled("bands"):
        rows = [(i, p, 0, sig, dup) for i, p, sig, dup in store.fingerprints()]
    else:
        rows = store.new_fingerprints()
        new = {r[0] for r in rows}
        near = store.band_matches([h for r in rows if r[4] is None for h in band_hashes(r[3], threshold)]) - new
        rows += store.fingerprints_of(sorted(near))
        rows.sort(key=lambda r: (r[1] is None, r[1] or "", r[2]))
    originals = OriginalIndex(threshold)
    found: dict[str, str] = {}
    for ident, _, _, sig, duplicate_of in rows:
        if duplicate_of is None:
            original = originals.find(sig)
            if original is not None:
                found[ident] = original
                continue
            originals.add(ident, sig)
    store.set_duplicates(found)
    filed = [(h, r[0]) for r in rows if r[4] is None and r[0] not in found for h in band_hashes(r[3], threshold)]
    store.replace_bands([r[0] for r in rows], filed)
    store.set_index_filled("bands")


def index_collection(store: Store, options: Options) -> None:
    """Resolve entities, mark duplicates and fill their indexes for articles written with their
    stories already set (the benchmarks' stores, written without the collection stages)."""
    update_entities(store)
    mark_duplicates(store, options)
    store.mark_collected()
