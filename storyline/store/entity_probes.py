"""The key probes of the entity index: how one call finds the stored keys its keys relate to.

Each canonical key is filed once under probes (resolve.entity_scope.key_probes: itself, its word
suffixes and prefixes, its one-deletion variants); resolve.entity_scope follows them, with the
stored groups (entity_key_ids) and the acronym sums, to the keys a call must re-resolve.
"""
from __future__ import annotations

import json

import duckdb

from storyline.store.columns import insert_columns

_STRINGS = "(SELECT unnest(from_json(?, '[\"VARCHAR\"]')) AS v)"


class EntityProbes:
    con: duckdb.DuckDBPyConnection

    def uncollected_keys(self) -> set[str]:
        """The canonical keys of the articles not yet collected: what a call changed the sums of."""
        return {r[0] for r in self.con.execute(
            "SELECT DISTINCT k.key FROM entity_keys k JOIN articles a ON a.id = k.article_id "
            "WHERE NOT a.collected").fetchall()}

    def unprobed_keys(self, keys: list[str] | None = None) -> list[str]:
        """Of `keys` (None: every stored key), those not yet filed under their probes."""
        chosen = f"(SELECT v AS key FROM {_STRINGS})" if keys is not None else "(SELECT DISTINCT key FROM entity_tally)"
        return [r[0] for r in self.con.execute(
            f"SELECT c.key FROM {chosen} c WHERE NOT EXISTS (SELECT 1 FROM entity_key_probes p "
            "WHERE p.kind = 'k' AND p.probe = c.key) ORDER BY c.key",
            [json.dumps(keys)] if keys is not None else []).fetchall()]

    def add_key_probes(self, rows: list[tuple[str, str, str]]) -> None:
        """File keys under their probes: (kind, probe, key) rows, one 'k' row per key among them."""
        insert_columns(self.con, "entity_key_probes", {"kind": [r[0] for r in rows], "probe": [r[1] for r in rows],
                                                       "key": [r[2] for r in rows]})

    def related_keys(self, keys: list[str], touched: list[str], words: list[str]) -> set[str]:
        """Stored keys related to `keys`: in one entity with one of them, a name ending with one of
        them, an acronym written for one or a name one was written for; for the `touched` keys also
        the names they open (as a qualifier) and the names one letter from them; and the `words`
        (the keys' own suffixes and prefixes) that are keys."""
        params = [json.dumps(keys)]
        found = {r[0] for r in self.con.execute(
            f"SELECT key FROM entity_key_ids WHERE entity_id IN (SELECT entity_id FROM entity_key_ids "
            f"WHERE key IN {_STRINGS}) "
            f"UNION SELECT key FROM entity_key_probes WHERE kind = 's' AND probe IN {_STRINGS} "
            f"UNION SELECT form FROM acronym_tally WHERE key IN {_STRINGS} "
            f"UNION SELECT key FROM acronym_tally WHERE form IN {_STRINGS}", params * 4).fetchall()}
        if touched:
            found |= {r[0] for r in self.con.execute(
                f"SELECT key FROM entity_key_probes WHERE kind = 'p' AND probe IN {_STRINGS} "
                "UNION SELECT b.key FROM entity_key_probes a JOIN entity_key_probes b ON b.probe = a.probe "
                f"AND b.kind = 'v' WHERE a.kind = 'v' AND a.key IN {_STRINGS}",
                [json.dumps(touched)] * 2).fetchall()}
        found |= set(words)
        # only keys the collection holds (an acronym form or a word may be none)
        return {r[0] for r in self.con.execute(
            f"SELECT probe FROM entity_key_probes WHERE kind = 'k' AND probe IN {_STRINGS}",
            [json.dumps(sorted(found))]).fetchall()}

    def keys_of_entities(self, ids: list[str]) -> set[str]:
        """The keys that resolved to these entity ids at the last run."""
        return {r[0] for r in self.con.execute(
            f"SELECT key FROM entity_key_ids WHERE entity_id IN {_STRINGS}", [json.dumps(ids)]).fetchall()}
