"""The entity index of the store: canonical keys, their sums and the entity each resolved to.

Entity resolution reads the sums (one row per key, written name and type), not every local
entity, and rewrites only the links of keys whose entity changed (resolve.entity_index).
"""
from __future__ import annotations

import json

import duckdb

from storyline.models import Entity, LocalEntity
from storyline.queries import AcronymTally, NameTally
from storyline.store.columns import insert_columns
from storyline.store.layer_reads import read_local_entities

_STRINGS = "(SELECT unnest(from_json(?, '[\"VARCHAR\"]')) AS v)"


class EntityIndex:
    con: duckdb.DuckDBPyConnection

    def index_filled(self, name: str) -> bool:
        row = self.con.execute("SELECT filled FROM collection_index_state WHERE name = ?", [name]).fetchone()
        return bool(row and row[0])

    def set_index_filled(self, name: str) -> None:
        self.con.execute("UPDATE collection_index_state SET filled = true WHERE name = ?", [name])

    def reset_entity_index(self) -> None:
        """Forget every canonical key and sum, so that the next collection run keys every stored
        article again: what a change of the rules behind canonical_key (the gazetteer) needs."""
        self.con.execute("BEGIN")
        for table in ("entity_keys", "entity_tally", "acronym_tally", "entity_key_ids", "entity_key_probes"):
            self.con.execute(f"DELETE FROM {table}")
        self.con.execute("UPDATE collection_index_state SET filled = false WHERE name IN ('entities', 'entity_probes')")
        self.con.execute("COMMIT")

    def unkeyed_local_entities(self, every: bool, limit: int | None = None) -> list[
            tuple[str, int, tuple[LocalEntity, ...]]]:
        """(article id, arrival seq, local entities) of the articles not yet collected (`every`: of
        all articles) whose entities have no canonical keys yet, in order of arrival; the first
        `limit` of them when given (filling a large store's index a batch at a time)."""
        # the articles chosen first (an anti-join on entity_keys), then their entities by id: the
        # layer tables are read for these articles only
        rows = self.con.execute(
            f"SELECT a.id, a.seq FROM articles a WHERE {'true' if every else 'NOT a.collected'} "
            "AND EXISTS (SELECT 1 FROM local_entities e WHERE e.article_id = a.id) "
            "AND NOT EXISTS (SELECT 1 FROM entity_keys k WHERE k.article_id = a.id) "
            f"ORDER BY a.seq {'LIMIT ' + str(int(limit)) if limit else ''}").fetchall()
        if not rows:
            return []
        found = read_local_entities(self.con, f"a.id IN {_STRINGS}", [json.dumps([r[0] for r in rows])])
        return [(aid, seq, found[aid]) for aid, seq in rows if aid in found]

    def entity_tallies(self, keys: list[str] | None = None, forms: list[str] | None = None) -> tuple[
            list[NameTally], list[AcronymTally]]:
        """The sums entity resolution reads, names in order of first appearance: of every key and
        acronym, or of the `keys` and the acronyms `forms`."""
        names = [NameTally(*r) for r in self.con.execute(
            f"SELECT key, name, type, mentions, bare, first_seen FROM entity_tally WHERE {_among('key', keys)} "
            "ORDER BY first_seen, key, name, type", [] if keys is None else [json.dumps(keys)]).fetchall()]
        votes = [AcronymTally(*r) for r in self.con.execute(
            f"SELECT form, key, votes FROM acronym_tally WHERE {_among('form', forms)}",
            [] if forms is None else [json.dumps(forms)]).fetchall()]
        return names, votes

    def add_entity_keys(self, keys: list[tuple[str, str, str]], names: list[NameTally],
                        votes: list[AcronymTally]) -> None:
        """Record new articles' canonical keys and the updated sums of the keys and acronyms they
        touch (each replaces the stored rows of its key or form), in one transaction."""
        self.con.execute("BEGIN")
        try:
            insert_columns(self.con, "entity_keys", {"article_id": [k[0] for k in keys],
                                                     "local_key": [k[1] for k in keys], "key": [k[2] for k in keys]})
            self.con.execute(f"DELETE FROM entity_tally WHERE key IN {_STRINGS}",
                             [json.dumps(sorted({n.key for n in names}))])
            insert_columns(self.con, "entity_tally", {
                "key": [n.key for n in names], "name": [n.name for n in names], "type": [n.type for n in names],
                "mentions": [n.mentions for n in names], "bare": [n.bare for n in names],
                "first_seen": [n.first_seen for n in names]})
            self.con.execute(f"DELETE FROM acronym_tally WHERE form IN {_STRINGS}",
                             [json.dumps(sorted({v.form for v in votes}))])
            insert_columns(self.con, "acronym_tally", {"form": [v.form for v in votes], "key": [v.key for v in votes],
                                                       "votes": [v.votes for v in votes]})
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def key_entities(self, keys: list[str] | None = None) -> dict[str, Entity]:
        """The entity each canonical key (of `keys`, when given) resolved to at the last run."""
        where, params = ("true", []) if keys is None else (f"k.key IN {_STRINGS}", [json.dumps(keys)])
        return {r[0]: Entity(id=r[1], name=r[2], type=r[3], stands_for=r[4]) for r in self.con.execute(
            "SELECT k.key, e.id, e.name, e.type, e.stands_for FROM entity_key_ids k "
            f"JOIN entities e ON e.id = k.entity_id WHERE {where}", params).fetchall()}

    def apply_entity_resolution(self, resolved: dict[str, Entity], scoped: bool = False) -> None:
        """Make the links agree with `resolved` (canonical key -> entity): the keys whose entity
        changed are relinked, articles without links get theirs, entities no key names go.
        `scoped`: `resolved` holds only some keys, whose entities no other key names
        (resolve.entity_scope), so only those keys and entities are compared."""
        before = self.key_entities(sorted(resolved) if scoped else None)
        changed = {k: e for k, e in resolved.items() if before.get(k) != e}
        wanted = {e.id: e for e in resolved.values()}
        where, params = ("true", []) if not scoped else (
            f"id IN {_STRINGS}", [json.dumps(sorted(set(wanted) | {e.id for e in before.values()}))])
        stored = {r[0]: Entity(*r) for r in self.con.execute(
            f"SELECT id, name, type, stands_for FROM entities WHERE {where}", params).fetchall()}
        stale = [i for i, e in stored.items() if wanted.get(i) != e]
        fresh = [e for i, e in wanted.items() if stored.get(i) != e]
        self.con.execute("BEGIN")
        try:
            self.con.execute(f"DELETE FROM entities WHERE id IN {_STRINGS}", [json.dumps(stale)])
            insert_columns(self.con, "entities", {"id": [e.id for e in fresh], "name": [e.name for e in fresh],
                                                  "type": [e.type for e in fresh],
                                                  "stands_for": [e.stands_for for e in fresh]})
            self.con.execute(f"DELETE FROM entity_key_ids WHERE key IN {_STRINGS}", [json.dumps(list(changed))])
            insert_columns(self.con, "entity_key_ids", {"key": list(changed), "entity_id": [e.id for e in changed.values()]})
            self.con.execute(
                f"UPDATE entity_links SET entity_id = m.entity_id FROM entity_keys k JOIN entity_key_ids m ON m.key = k.key "
                f"WHERE k.key IN {_STRINGS} AND entity_links.article_id = k.article_id "
                "AND entity_links.local_key = k.local_key", [json.dumps(list(changed))])
            self.con.execute(
                "INSERT INTO entity_links SELECT k.article_id, k.local_key, m.entity_id FROM entity_keys k "
                "JOIN entity_key_ids m ON m.key = k.key JOIN articles a ON a.id = k.article_id "
                "WHERE NOT a.collected AND NOT EXISTS (SELECT 1 FROM entity_links l "
                "WHERE l.article_id = k.article_id AND l.local_key = k.local_key)")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")


def _among(column: str, values: list[str] | None) -> str:
    """A condition that `column` is one of the JSON list parameter's values (None: any value)."""
    return "true" if values is None else f"{column} IN {_STRINGS}"
