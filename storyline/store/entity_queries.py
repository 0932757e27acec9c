"""Entity queries over local_entities and mentions joined to the collection's entity links.

Aliases, roles and appearances are read from the stored layers of each article, so they need
no table of their own and can never disagree with the records that `export` writes.
"""
from __future__ import annotations

import duckdb

from storyline.models import Entity, LocalEntity, Span
from storyline.queries import ArticleRow, DatedRole, EntityAppearance, EntityRow, Filter, Page, Paging

# One row per (article, local entity linked to a canonical entity), with its number of mentions.
_LOCALS = """
    SELECT le.article_id, le.n, le.key, le.name AS local_name, le.type AS local_type, le.roles, e.id AS entity_id, e.name, e.type,
           e.stands_for, coalesce(m.mentions, 0) AS mentions
    FROM local_entities le
    JOIN entity_links k ON k.article_id = le.article_id AND k.local_key = le.key
    JOIN entities e ON e.id = k.entity_id
    LEFT JOIN (SELECT article_id, entity_n, count(*) AS mentions FROM mentions GROUP BY ALL) m
           ON m.article_id = le.article_id AND m.entity_n = le.n
"""
# Mentions with the canonical entity their local entity is linked to.
_MENTIONS = """
    SELECT m.text, k.entity_id FROM mentions m
    JOIN entity_links k ON k.article_id = m.article_id AND k.local_key = m.entity_key
"""
_ORDERS = {"mentions": "sum(l.mentions) DESC, count(DISTINCT l.article_id) DESC, l.name, l.entity_id",
           "articles": "count(DISTINCT l.article_id) DESC, l.name, l.entity_id"}


class EntityQueries:
    con: duckdb.DuckDBPyConnection

    def list_entities(self, f: Filter, paging: Paging, order: str = "mentions") -> Page[EntityRow]:
        """Canonical entities with their articles and mentions (in `f.story` when given), most
        mentioned (or most reported, `order="articles"`) first; `f.type`, `f.name` narrow them."""
        rows = self.con.execute(
            f"SELECT l.entity_id, l.name, l.type, count(DISTINCT l.article_id), sum(l.mentions), count(*) OVER () "
            f"FROM ({_LOCALS}) l JOIN articles a ON a.id = l.article_id "
            "WHERE (?::VARCHAR IS NULL OR l.type = ?) AND (?::VARCHAR IS NULL OR a.story = ?) "
            "AND (?::VARCHAR IS NULL OR l.name ILIKE '%' || ? || '%') "
            f"GROUP BY l.entity_id, l.name, l.type ORDER BY {_ORDERS[order]} LIMIT ? OFFSET ?",
            [f.type, f.type, f.story, f.story, f.name, f.name, paging.sql_limit, paging.offset]).fetchall()
        return Page([EntityRow(Entity(r[0], r[1], r[2]), int(r[3]), int(r[4])) for r in rows], rows[0][5] if rows else 0)

    def find_entity(self, name: str) -> Entity | None:
        """The entity with this id or name, else the one most often written this way (case-insensitive)."""
        row = self.con.execute("SELECT id, name, type, stands_for FROM entities WHERE id = ? OR lower(name) = lower(?) "
                               "ORDER BY id = ? DESC LIMIT 1", [name, name, name]).fetchone()
        if row is None:
            row = self.con.execute(
                f"SELECT e.id, e.name, e.type, e.stands_for FROM ({_MENTIONS}) m JOIN entities e ON e.id = m.entity_id "
                "WHERE lower(m.text) = lower(?) GROUP BY e.id, e.name, e.type, e.stands_for "
                "ORDER BY count(*) DESC, e.id LIMIT 1", [name]).fetchone()
        return Entity(*row) if row else None

    def entity_forms(self, entity_id: str) -> list[tuple[str, int]]:
        """Every surface form of the entity with its number of mentions, most used first."""
        return [(r[0], int(r[1])) for r in self.con.execute(
            f"SELECT text, count(*) FROM ({_MENTIONS}) WHERE entity_id = ? GROUP BY text ORDER BY 2 DESC, text",
            [entity_id]).fetchall()]

    def entity_roles(self, entity_id: str, at: str | None = None) -> list[DatedRole]:
        """The roles the texts give the entity with the dates of the articles that give them; with
        `at` (an ISO date), only what articles published by then said, latest first."""
        rows = self.con.execute(
            f"SELECT r.role, min(a.published), max(a.published), count(DISTINCT l.article_id) FROM ({_LOCALS}) l "
            "JOIN articles a ON a.id = l.article_id, unnest(l.roles) AS r(role) "
            "WHERE l.entity_id = ? AND (?::VARCHAR IS NULL OR (a.published IS NOT NULL AND left(a.published, 10) <= ?)) "
            "GROUP BY r.role ORDER BY max(a.published) DESC NULLS LAST, 4 DESC, r.role",
            [entity_id, at, at]).fetchall()
        return [DatedRole(role=r[0], first=r[1], last=r[2], articles=int(r[3])) for r in rows]

    def entity_appearances(self, entity_id: str) -> list[EntityAppearance]:
        """Every local entity that is the entity, by its article's publication date, then arrival."""
        rows = self.con.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.url, a.story, a.duplicate_of, l.key, l.local_name, l.local_type, "
            "l.roles, l.article_id, l.n "
            f"FROM ({_LOCALS}) l JOIN articles a ON a.id = l.article_id WHERE l.entity_id = ? "
            "ORDER BY a.published NULLS LAST, a.seq, l.n", [entity_id]).fetchall()
        spans: dict[tuple[str, int], list[Span]] = {}
        for aid, n, start, end, text in self.con.execute(
                "SELECT m.article_id, m.entity_n, m.start, m.\"end\", m.text FROM mentions m "
                "JOIN entity_links k ON k.article_id = m.article_id AND k.local_key = m.entity_key "
                "WHERE k.entity_id = ? ORDER BY m.article_id, m.entity_n, m.n", [entity_id]).fetchall():
            spans.setdefault((aid, n), []).append(Span(start, end, text))
        return [EntityAppearance(ArticleRow(*r[:7]), LocalEntity(key=r[7], name=r[8], type=r[9],
                                                                  mentions=tuple(spans.get((r[11], r[12]), ())),
                                                                  roles=tuple(r[10])))
                for r in rows]
