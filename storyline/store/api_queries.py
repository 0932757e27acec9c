"""Queries the REST API and the web page need: paged lists and filters over the stored layers.

Events and attributions live inside each article's `layers` JSON; DuckDB unnests them so a filter
and a page cost one query, not a Python pass over every article.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from storyline.errors import Code, StorylineError
from storyline.models import Attribution, Entity, Event, LocalEntity
from storyline.store.codec import load_layers
from storyline.store.db import Store, StoredArticle

# Characters of context either side of a search match in a snippet: about one line of a page.
SNIPPET_CONTEXT = 80


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    articles: int


@dataclass(frozen=True)
class EventRow:
    article: ArticleRow
    event: Event
    actor_id: str | None  # the actor's collection-wide entity id
    target_id: str | None


@dataclass(frozen=True)
class AttributionRow:
    article: ArticleRow
    attribution: Attribution
    source_id: str | None  # the source's collection-wide entity id


@dataclass(frozen=True)
class EntityAppearance:
    """One article that names the entity, with what the entity is in it."""

    article: ArticleRow
    local: LocalEntity


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int


_ROW = "a.id, a.title, a.outlet, a.published, a.url, a.story, a.duplicate_of"


def _article_row(r: tuple) -> ArticleRow:
    return ArticleRow(*r[:7])


def list_articles(store: Store, offset: int, limit: int, story: str | None = None) -> Page[ArticleRow]:
    where, params = ("WHERE a.story = ?", [story]) if story else ("", [])
    rows = store.con.execute(f"SELECT {_ROW}, count(*) OVER () FROM articles a {where} "
                             "ORDER BY a.published NULLS LAST, a.seq LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return Page([_article_row(r) for r in rows], rows[0][7] if rows else _count(store, f"articles a {where}", params))


def get_article(store: Store, article_id: str) -> StoredArticle:
    found = list(store.articles([article_id]))
    if not found:
        raise StorylineError(Code.UNKNOWN_ARTICLE, id=article_id)
    return found[0]


def list_entities(store: Store, offset: int, limit: int, type_: str | None = None,
                  name: str | None = None) -> Page[EntityRow]:
    conds, params = [], []
    if type_:
        conds.append("e.type = ?")
        params.append(type_)
    if name:
        conds.append("e.name ILIKE ?")
        params.append(f"%{name}%")
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.con.execute(
        f"SELECT e.id, e.name, e.type, count(DISTINCT l.article_id) n, count(*) OVER () FROM entities e "
        f"JOIN entity_links l ON l.entity_id = e.id {where} GROUP BY e.id, e.name, e.type "
        "ORDER BY n DESC, e.name, e.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    total = rows[0][4] if rows else 0
    return Page([EntityRow(Entity(r[0], r[1], r[2]), articles=r[3]) for r in rows], total)


def find_entity_by_id(store: Store, entity_id: str) -> Entity | None:
    """The entity with this id, or None when the collection has none."""
    row = store.con.execute("SELECT id, name, type, stands_for FROM entities WHERE id = ?", [entity_id]).fetchone()
    return Entity(*row) if row else None


def get_entity(store: Store, entity_id: str) -> Entity:
    found = find_entity_by_id(store, entity_id)
    if found is None:
        raise StorylineError(Code.UNKNOWN_ENTITY, name=entity_id)
    return found


def entity_appearances(store: Store, entity_id: str) -> list[EntityAppearance]:
    """Every article naming the entity, in publication order, with its local entities there."""
    rows = store.con.execute(
        f"SELECT {_ROW}, a.layers, list(l.local_key) FROM articles a JOIN entity_links l ON l.article_id = a.id "
        f"WHERE l.entity_id = ? GROUP BY {_ROW}, a.layers, a.seq ORDER BY a.published NULLS LAST, a.seq", [entity_id]).fetchall()
    out = []
    for r in rows:
        keys = set(r[8])
        for local in load_layers(r[7]).entities:
            if local.key in keys:
                out.append(EntityAppearance(_article_row(r), local))
    return out


def _layer_filters(story: str | None, article: str | None, since: str | None, until: str | None) -> tuple[list, list]:
    conds, params = [], []
    for sql, value in (("a.story = ?", story), ("a.id = ?", article),
                       ("coalesce(a.published, '') >= ?", since), ("coalesce(a.published, '') <= ?", until)):
        if value:
            conds.append(sql)
            params.append(value)
    return conds, params


def list_events(store: Store, offset: int, limit: int, *, story: str | None = None, article: str | None = None,
                entity: str | None = None, action: str | None = None, modality: str | None = None,
                since: str | None = None, until: str | None = None, actor: str | None = None) -> Page[EventRow]:
    conds, params = _layer_filters(story, article, None, None)
    for sql, value in (("ev->>'$.action' = ?", action), ("ev->>'$.modality' = ?", modality),
                       ("coalesce(ev->>'$.date', a.published, '') >= ?", since),
                       ("coalesce(ev->>'$.date', a.published, '') <= ?", until),
                       ("(la.entity_id = ? OR lt.entity_id = ?)", entity), ("la.entity_id = ?", actor)):
        if value:
            conds.append(sql)
            params.extend([value] * sql.count("?"))
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.con.execute(
        f"WITH x AS (SELECT a.*, t.ev FROM articles a, unnest(CAST(a.layers->'$.events' AS JSON[])) AS t(ev)) "
        f"SELECT {_ROW}, ev, la.entity_id, lt.entity_id, count(*) OVER () FROM x a "
        "LEFT JOIN entity_links la ON la.article_id = a.id AND la.local_key = json_extract_string(ev, '$.actor.entity') "
        "LEFT JOIN entity_links lt ON lt.article_id = a.id AND lt.local_key = json_extract_string(ev, '$.target.entity') "
        f"{where} ORDER BY coalesce(ev->>'$.date', a.published) NULLS LAST, a.seq, "
        "CAST(json_extract_string(ev, '$.evidence.start') AS INTEGER), ev->>'$.action' LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    items = [EventRow(_article_row(r), _decode("events", r[7]), r[8], r[9]) for r in rows]
    return Page(items, rows[0][10] if rows else 0)


def list_attributions(store: Store, offset: int, limit: int, *, story: str | None = None,
                      article: str | None = None, entity: str | None = None, kind: str | None = None,
                      since: str | None = None, until: str | None = None) -> Page[AttributionRow]:
    conds, params = _layer_filters(story, article, since, until)
    for sql, value in (("json_extract_string(att, '$.source.kind') = ?", kind), ("ls.entity_id = ?", entity)):
        if value:
            conds.append(sql)
            params.append(value)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.con.execute(
        "WITH x AS (SELECT a.*, t.att FROM articles a, "
        "unnest(CAST(a.layers->'$.attributions' AS JSON[])) AS t(att)) "
        f"SELECT {_ROW}, att, ls.entity_id, count(*) OVER () FROM x a "
        "LEFT JOIN entity_links ls ON ls.article_id = a.id AND ls.local_key = json_extract_string(att, '$.source.entity') "
        f"{where} ORDER BY a.published NULLS LAST, a.seq, CAST(json_extract_string(att, '$.cue.start') AS INTEGER), "
        "CAST(json_extract_string(att, '$.content.start') AS INTEGER) "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    items = [AttributionRow(_article_row(r), _decode("attributions", r[7]), r[8]) for r in rows]
    return Page(items, rows[0][9] if rows else 0)


def _decode(layer: str, raw: str):
    return getattr(load_layers(json.dumps({layer: [json.loads(raw)]})), layer)[0]


def _count(store: Store, from_where: str, params: list) -> int:
    return int(store.con.execute(f"SELECT count(*) FROM {from_where}", params).fetchone()[0])  # type: ignore[index]
