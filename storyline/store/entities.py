"""Entity queries: canonical entities, their aliases with counts, roles over time, appearances.

Everything is read from the stored layers (each article's local entities, mentions and roles)
joined to entity_links, so aliases and dated roles need no table of their own and can never
disagree with the records that `export` writes.
"""
from __future__ import annotations

from dataclasses import dataclass

from storyline.models import Entity
from storyline.store.db import Store

# One row per (article, local entity, linked canonical entity), with the article's date and story.
_LOCALS = """
    WITH locals AS (
        SELECT a.id AS article_id, a.title, a.published, a.story, a.seq,
               unnest(CAST(json_extract(a.layers, '$.entities') AS JSON[])) AS local
        FROM articles a
    )
    SELECT l.article_id, l.title, l.published, l.story, l.seq, l.local, e.id AS entity_id, e.name, e.type,
           e.stands_for
    FROM locals l
    JOIN entity_links k ON k.article_id = l.article_id AND k.local_key = json_extract_string(l.local, '$.key')
    JOIN entities e ON e.id = k.entity_id
"""


@dataclass(frozen=True)
class EntitySummary:
    entity: Entity
    articles: int
    mentions: int


@dataclass(frozen=True)
class Alias:
    text: str  # a surface form as written, title included ("Field Marshal Asim Munir")
    count: int  # mentions with exactly this form across the collection
    acting_capital: bool = False  # the country's capital written for its government ("Washington said")


@dataclass(frozen=True)
class DatedRole:
    role: str
    first: str | None  # earliest publication date of an article giving it
    last: str | None
    articles: int


@dataclass(frozen=True)
class Appearance:
    article_id: str
    title: str | None
    published: str | None
    story: str | None
    mentions: int


def list_entities(store: Store, etype: str | None = None, story: str | None = None) -> list[EntitySummary]:
    """Every canonical entity, most mentioned first; optionally of one type or in one story."""
    rows = store.con.execute(
        f"SELECT entity_id, name, type, count(DISTINCT article_id), "
        f"sum(json_array_length(json_extract(local, '$.mentions'))) FROM ({_LOCALS}) "
        "WHERE (? IS NULL OR type = ?) AND (? IS NULL OR story = ?) "
        "GROUP BY entity_id, name, type ORDER BY 5 DESC, 4 DESC, name",
        [etype, etype, story, story]).fetchall()
    return [EntitySummary(Entity(id=r[0], name=r[1], type=r[2]), int(r[3]), int(r[4])) for r in rows]


def find_entity(store: Store, name: str) -> Entity | None:
    """The entity with this id or name, else the one most often written this way (case-insensitive)."""
    row = store.con.execute("SELECT id, name, type, stands_for FROM entities WHERE id = ? OR lower(name) = lower(?) "
                            "ORDER BY id = ? DESC LIMIT 1", [name, name, name]).fetchone()
    if row is None:
        row = store.con.execute(
            f"SELECT entity_id, name, type, stands_for FROM ({_LOCALS}), "
            "unnest(CAST(json_extract(local, '$.mentions') AS JSON[])) AS m(mention) "
            "WHERE lower(json_extract_string(mention, '$.text')) = lower(?) "
            "GROUP BY entity_id, name, type, stands_for ORDER BY count(*) DESC, entity_id LIMIT 1", [name]).fetchone()
    return Entity(id=row[0], name=row[1], type=row[2], stands_for=row[3]) if row else None


def entity_aliases(store: Store, entity_id: str) -> list[Alias]:
    """Every surface form of the entity with its number of mentions, most used first."""
    # Imported here: storyline.extract loads spaCy, which the entity queries do not otherwise need.
    from storyline.extract.entities_gazetteer import capital_of

    rows = store.con.execute(
        f"SELECT json_extract_string(mention, '$.text') AS form, count(*) FROM ({_LOCALS}), "
        "unnest(CAST(json_extract(local, '$.mentions') AS JSON[])) AS m(mention) "
        "WHERE entity_id = ? GROUP BY form ORDER BY 2 DESC, form", [entity_id]).fetchall()
    row = store.con.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
    name = row[0] if row else None
    return [Alias(text=r[0], count=int(r[1]), acting_capital=name is not None and capital_of(r[0]) == name) for r in rows]


def entity_roles(store: Store, entity_id: str, at: str | None = None) -> list[DatedRole]:
    """The roles the texts give the entity with the dates of the articles that give them; with
    `at` (an ISO date), only what articles published by then said, latest first."""
    rows = store.con.execute(
        f"SELECT role, min(published), max(published), count(DISTINCT article_id) FROM ({_LOCALS}), "
        "unnest(CAST(json_extract(local, '$.roles') AS VARCHAR[])) AS r(role) "
        "WHERE entity_id = ? AND (? IS NULL OR (published IS NOT NULL AND left(published, 10) <= ?)) "
        "GROUP BY role ORDER BY max(published) DESC NULLS LAST, 4 DESC, role",
        [entity_id, at, at]).fetchall()
    return [DatedRole(role=r[0], first=r[1], last=r[2], articles=int(r[3])) for r in rows]


def entity_appearances(store: Store, entity_id: str) -> list[Appearance]:
    """The articles that mention the entity, in publication order, with their stories."""
    rows = store.con.execute(
        f"SELECT article_id, title, published, story, "
        f"sum(json_array_length(json_extract(local, '$.mentions'))) FROM ({_LOCALS}) "
        "WHERE entity_id = ? GROUP BY article_id, title, published, story, seq "
        "ORDER BY published NULLS LAST, seq", [entity_id]).fetchall()
    return [Appearance(article_id=r[0], title=r[1], published=r[2], story=r[3], mentions=int(r[4])) for r in rows]
