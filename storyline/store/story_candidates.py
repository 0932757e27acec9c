"""What story grouping reads of the store: the new articles, the stored stories they may join,
and those stories' members, so that one ingest call reads what it can link to, not the collection.

Id lists travel as one JSON string and are joined (a hash join), not tested with list_contains,
which compares every row with every id.
"""
from __future__ import annotations

import json

import duckdb

from storyline.models import Entity, LocalEntity
from storyline.store.layer_reads import read_local_entities

# The articles a JSON list of ids names, as a table to join.
_IDS = "(SELECT unnest(from_json(?, '[\"VARCHAR\"]')) AS id)"


class StoryCandidates:
    con: duckdb.DuckDBPyConnection

    def unassigned_ids(self) -> list[str]:
        """Articles without a story, in publication order (undated last), then arrival."""
        return [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE story IS NULL ORDER BY published NULLS LAST, seq").fetchall()]

    def published_of(self, ids: list[str]) -> dict[str, str | None]:
        return dict(self.con.execute(  # type: ignore[arg-type]
            f"SELECT a.id, a.published FROM articles a JOIN {_IDS} w ON w.id = a.id", [json.dumps(ids)]).fetchall())

    def candidate_stories(self, entity_ids: list[str], first_day: str | None, last_day: str | None) -> list[str]:
        """Stored stories with a member linked to one of `entity_ids` and published between the two
        days (ISO dates, inclusive; undated members always count; no bounds: any date)."""
        rows = self.con.execute(
            f"SELECT DISTINCT a.story FROM entity_links l JOIN {_IDS} w ON w.id = l.entity_id "
            "JOIN articles a ON a.id = l.article_id WHERE a.story IS NOT NULL "
            "AND (?::VARCHAR IS NULL OR a.published IS NULL OR left(a.published, 10) BETWEEN ? AND ?)",
            [json.dumps(entity_ids), first_day, first_day, last_day]).fetchall()
        return sorted(r[0] for r in rows)

    def story_member_ids(self, stories: list[str]) -> dict[str, list[str]]:
        """Story id -> its members, stories and members in publication order (undated last), then arrival."""
        out: dict[str, list[str]] = {}
        for ident, story in self.con.execute(
                f"SELECT a.id, a.story FROM articles a JOIN {_IDS} w ON w.id = a.story "
                "ORDER BY a.published NULLS LAST, a.seq", [json.dumps(stories)]).fetchall():
            out.setdefault(story, []).append(ident)
        return out

    def entity_links_of(self, ids: list[str]) -> dict[str, dict[str, Entity]]:
        """article id -> local key -> canonical Entity, for the articles `ids`."""
        out: dict[str, dict[str, Entity]] = {}
        for aid, key, eid, name, etype in self.con.execute(
                f"SELECT l.article_id, l.local_key, e.id, e.name, e.type FROM entity_links l JOIN {_IDS} w "
                "ON w.id = l.article_id JOIN entities e ON e.id = l.entity_id", [json.dumps(ids)]).fetchall():
            out.setdefault(aid, {})[key] = Entity(id=eid, name=name, type=etype)
        return out

    def linked_entities(self, types: tuple[str, ...], ordered: bool = True) -> list[Entity]:
        """The canonical entities of these types linked to an article: in order of the first article
        linked to each, or (`ordered` false, which skips reading every link's article) in no order."""
        if not ordered:
            return [Entity(id=r[0], name=r[1], type=r[2]) for r in self.con.execute(
                "SELECT e.id, e.name, e.type FROM entities e WHERE list_contains(?, e.type) "
                "AND EXISTS (SELECT 1 FROM entity_links l WHERE l.entity_id = e.id)", [list(types)]).fetchall()]
        return [Entity(id=r[0], name=r[1], type=r[2]) for r in self.con.execute(
            "SELECT e.id, e.name, e.type FROM entities e JOIN entity_links l ON l.entity_id = e.id "
            "JOIN articles a ON a.id = l.article_id WHERE list_contains(?, e.type) "
            "GROUP BY e.id, e.name, e.type ORDER BY min(a.seq), e.id", [list(types)]).fetchall()]

    def first_link_seqs(self, entity_ids: list[str]) -> dict[str, int]:
        """Entity id -> arrival seq of the first article linked to it, for the entities `entity_ids`."""
        return dict(self.con.execute(  # type: ignore[arg-type]
            f"SELECT l.entity_id, min(a.seq) FROM entity_links l JOIN {_IDS} w ON w.id = l.entity_id "
            "JOIN articles a ON a.id = l.article_id GROUP BY l.entity_id", [json.dumps(entity_ids)]).fetchall())

    def story_texts_of(self, ids: list[str]) -> dict[str, tuple[str | None, str, str | None, tuple[LocalEntity, ...]]]:
        """id -> (title, text, published, local entities) of the articles `ids`: what grouping reads."""
        where = f"a.id IN (SELECT id FROM {_IDS})"
        found = read_local_entities(self.con, where, [json.dumps(ids)])
        rows = self.con.execute(f"SELECT a.id, a.title, a.text, a.published FROM articles a JOIN {_IDS} w ON w.id = a.id",
                                [json.dumps(ids)]).fetchall()
        return {r[0]: (r[1], r[2], r[3], found.get(r[0], ())) for r in rows}

    def article_credits_of(self, ids: list[str]) -> dict[str, tuple[str | None, tuple[str, ...]]]:
        """Article id -> (its site, its authors), for the articles `ids`."""
        rows = self.con.execute(f"SELECT a.id, a.outlet, a.authors FROM articles a JOIN {_IDS} w ON w.id = a.id",
                                [json.dumps(ids)]).fetchall()
        return {r[0]: (r[1], tuple(r[2] or ())) for r in rows}
