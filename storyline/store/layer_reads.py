"""Layers read back from the per-layer tables, for the articles a condition selects."""
from __future__ import annotations

from collections import defaultdict

import duckdb

from storyline.models import Layers, LocalEntity
from storyline.store.layer_tables import (
    ATTRIBUTION_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    TIME_COLUMNS,
    row_attribution,
    row_entity,
    row_event,
    row_time,
)


def read_local_entities(con: duckdb.DuckDBPyConnection, where: str = "true",
                        params: list | None = None) -> dict[str, tuple[LocalEntity, ...]]:
    """article id -> its local entities, in layer order, for the articles `where` (on articles a) selects."""
    params = params or []
    mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for aid, entity_n, start, end, text in con.execute(
            f"SELECT m.article_id, m.entity_n, m.start, m.\"end\", m.text FROM mentions m "
            f"WHERE m.article_id IN (SELECT a.id FROM articles a WHERE {where}) "
            "ORDER BY m.article_id, m.entity_n, m.n", params).fetchall():
        mentions[(aid, entity_n)].append((start, end, text))
    out: dict[str, list[LocalEntity]] = defaultdict(list)
    for row in con.execute(
            f"SELECT e.article_id, e.n, {ENTITY_COLUMNS} FROM local_entities e "
            f"WHERE e.article_id IN (SELECT a.id FROM articles a WHERE {where}) ORDER BY e.article_id, e.n",
            params).fetchall():
        out[row[0]].append(row_entity(row[2:], mentions.get((row[0], row[1]), ())))
    return {aid: tuple(found) for aid, found in out.items()}


def read_layers(con: duckdb.DuckDBPyConnection, where: str = "true", params: list | None = None) -> dict[str, Layers]:
    """article id -> its Layers exactly as written, for the articles `where` (on articles a) selects;
    an article without annotations is absent (its layers are empty)."""
    params = params or []
    entities = read_local_entities(con, where, params)
    found: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for table, columns, build in (("attributions", ATTRIBUTION_COLUMNS, row_attribution),
                                  ("times", TIME_COLUMNS, row_time), ("events", EVENT_COLUMNS, row_event)):
        for row in con.execute(
                f"SELECT t.article_id, {columns} FROM {table} t "
                f"WHERE t.article_id IN (SELECT a.id FROM articles a WHERE {where}) ORDER BY t.article_id, t.n",
                params).fetchall():
            found[row[0]][table].append(build(row[1:]))
    return {aid: Layers(entities=entities.get(aid, ()), attributions=tuple(found[aid]["attributions"]),
                        times=tuple(found[aid]["times"]), events=tuple(found[aid]["events"]))
            for aid in set(entities) | set(found)}
