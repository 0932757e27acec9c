"""Entity resolution kept in the store, one call's new articles at a time.

resolve.entities resolves from sums over local entities (written names, types, bare-word
persons, acronym expansions per canonical key), so the store keeps those sums: a call computes
the canonical keys of its new articles' entities only, adds their share to the sums of the keys
they touch, and resolves from the sums (one row per key and written name, not one per local
entity) only the keys it can change: the keys it touched and what they can link to
(resolve.entity_scope). Only the keys whose entity changed are relinked. The result is the one
a resolution of every stored local entity gives (tests check it call by call).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from storyline.models import Entity, LocalEntity
from storyline.queries import AcronymTally, NameTally
from storyline.resolve.entities import acronym_votes, canonical_key, resolve_keys
from storyline.resolve.entity_scope import key_probes, resolution_scope, widen_scope
from storyline.store import Store

# Room for each article's local entities in the order key first_seen (arrival * this + layer
# position): an article has a few dozen entities, a long one a few hundred.
LAYER_SLOTS = 100_000
# Articles keyed per batch when the index is filled from an old store: a few hundred MB of local
# entities at most (about eight per article).
FILL_BATCH = 20_000
# Keys filed under their probes per statement when a store's keys are first probed: about twenty
# probes a key, so a few tens of MB of rows at a time.
PROBE_BATCH = 5_000


def update_entities(store: Store) -> None:
    """Resolve the collection's entities after new articles arrived: the keys the call touched
    and what they can link to (resolve.entity_scope), or, the first time, every key (filling
    the index from the stored articles)."""
    filled = store.index_filled("entities")
    if not filled:
        names, votes = store.entity_tallies()
        while pending := store.unkeyed_local_entities(every=True, limit=FILL_BATCH):  # bounded memory
            names, votes = _add_pending(store, pending, names, votes)
        store.apply_entity_resolution(_resolve(names, votes))
        store.set_index_filled("entities")
        _file_probes(store, None)
        return
    pending = store.unkeyed_local_entities(every=False)
    if pending:  # the sums of the keys and acronyms the new articles write, with their share added
        items = [(aid, e) for aid, _, entities in pending for e in entities]
        keys = {(aid, e.key): canonical_key(e) for aid, e in items}
        _add_pending(store, pending, *store.entity_tallies(sorted(set(keys.values())),
                                                           sorted(acronym_votes(items, keys))))
    touched = store.uncollected_keys()  # this call's keys, and any a run cut short left unresolved
    _file_probes(store, None if not store.index_filled("entity_probes") else sorted(touched))
    if not touched:
        return
    scope = resolution_scope(store, touched)
    while True:
        resolved = _resolve(*store.entity_tallies(sorted(scope), sorted(scope)))
        # a group of the scope now named as a stored group outside it shares that group's entity
        wider = widen_scope(store, scope, store.keys_of_entities(sorted({e.id for e in resolved.values()})))
        if wider == scope:
            break
        scope = wider
    store.apply_entity_resolution(resolved, scoped=True)


def _file_probes(store: Store, keys: list[str] | None) -> None:
    """File the keys not yet filed under their probes (`None`: every stored key, once)."""
    fresh = store.unprobed_keys(keys)
    for start in range(0, len(fresh), PROBE_BATCH):
        store.add_key_probes([(kind, probe, k) for k in fresh[start:start + PROBE_BATCH] for kind, probe in key_probes(k)])
    if keys is None:
        store.set_index_filled("entity_probes")


def _resolve(names: list[NameTally], votes: list[AcronymTally]) -> dict[str, Entity]:
    """resolve_keys over the sums of some keys (names in order of first appearance)."""
    weight: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    lone: dict[str, bool] = {}
    for n in names:  # in order of first appearance, as resolve_entities meets them
        weight[n.key][n.name] += n.mentions
        types[n.key][n.type] += n.mentions
        lone[n.key] = lone.get(n.key, True) and n.bare
    expansions: dict[str, Counter] = defaultdict(Counter)
    for v in votes:
        expansions[v.form][v.key] += v.votes
    return resolve_keys(weight, types, {k for k, bare in lone.items() if bare}, expansions)


def _add_pending(store: Store, pending: list[tuple[str, int, tuple[LocalEntity, ...]]], names: list[NameTally],
                 votes: list[AcronymTally]) -> tuple[list[NameTally], list[AcronymTally]]:
    """Store the new articles' keys and sums; the collection's sums with theirs added."""
    items = [(aid, e) for aid, _, entities in pending for e in entities]
    keys = {(aid, e.key): canonical_key(e) for aid, e in items}
    sums = {(n.key, n.name, n.type): n for n in names}
    touched: set[str] = set()
    for aid, seq, entities in pending:
        for position, e in enumerate(entities):
            key = keys[(aid, e.key)]
            bare = e.type == "PERSON" and not e.roles and all(" " not in m.text.strip() for m in e.mentions)
            old = sums.get((key, e.name, e.type))
            sums[(key, e.name, e.type)] = NameTally(
                key, e.name, e.type, (old.mentions if old else 0) + len(e.mentions), (old.bare if old else True) and bare,
                old.first_seen if old else seq * LAYER_SLOTS + position)
            touched.add(key)
    tally = {(v.form, v.key): v.votes for v in votes}
    forms: set[str] = set()
    for form, fulls in acronym_votes(items, keys).items():
        forms.add(form)
        for full, n in fulls.items():
            tally[(form, full)] = tally.get((form, full), 0) + n
    names = sorted(sums.values(), key=lambda n: (n.first_seen, n.key, n.name, n.type))
    votes = [AcronymTally(form, full, n) for (form, full), n in tally.items()]
    store.add_entity_keys([(aid, local, key) for (aid, local), key in keys.items()],
                          [n for n in names if n.key in touched], [v for v in votes if v.form in forms])
    return names, votes
