"""The per-layer tables: one row per annotation, written beside each article and read back typed.

Each layer of storyline.models.Layers has a table whose columns are its fields, flattened
(a Span becomes start, end, text), with `n`, the annotation's position in its layer, so that
reading back in (article, n) order gives the layer as the pipeline made it. A field added to a
layer is a column here and in migration 6's successor, in this one file's three lists.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb

from storyline.models import Attribution, Event, Layers, LocalEntity, Ref, Source, Span, TimeExpression
from storyline.store.columns import insert_columns

# The tables, as migration 6 creates them. No primary keys: they would cost an index update per
# row on the ingest path, and (article_id, n) is unique by construction (rows are only written
# with their article, in one statement per layer).
CREATE_SQL = """
    CREATE TABLE local_entities (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        key VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL, roles VARCHAR[] NOT NULL
    );
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL, entity_n INTEGER NOT NULL, n INTEGER NOT NULL,
        entity_key VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL
    );
    CREATE TABLE attributions (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        source_name VARCHAR NOT NULL, source_kind VARCHAR NOT NULL, source_entity VARCHAR,
        via_names VARCHAR[] NOT NULL, via_entities VARCHAR[] NOT NULL,
        cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue_text VARCHAR NOT NULL,
        content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text VARCHAR NOT NULL,
        direct BOOLEAN NOT NULL
    );
    CREATE TABLE times (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, value VARCHAR,
        background BOOLEAN NOT NULL, duration BOOLEAN NOT NULL
    );
    CREATE TABLE events (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        actor_name VARCHAR, actor_entity VARCHAR, action VARCHAR NOT NULL,
        target_name VARCHAR, target_entity VARCHAR, modality VARCHAR NOT NULL, date VARCHAR,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text VARCHAR NOT NULL,
        attribution INTEGER
    );
"""
TABLES = ("local_entities", "mentions", "attributions", "times", "events")


def insert_layers(con: duckdb.DuckDBPyConnection, items: Iterable[tuple[str, Layers]]) -> None:
    """Write the layers of articles (id, layers) into the per-layer tables, one statement a table."""
    columns: dict[str, dict[str, list]] = {table: {} for table in TABLES}

    def add(table: str, **values: object) -> None:
        for name, value in values.items():
            columns[table].setdefault(name, []).append(value)

    for aid, layers in items:
        for n, e in enumerate(layers.entities):
            add("local_entities", article_id=aid, n=n, key=e.key, name=e.name, type=e.type, roles=list(e.roles))
            for m, span in enumerate(e.mentions):
                add("mentions", article_id=aid, entity_n=n, n=m, entity_key=e.key,
                    start=span.start, end=span.end, text=span.text)
        for n, a in enumerate(layers.attributions):
            add("attributions", article_id=aid, n=n, source_name=a.source.name, source_kind=a.source.kind,
                source_entity=a.source.entity, via_names=[v.name for v in a.via], via_entities=[v.entity for v in a.via],
                cue_start=a.cue.start, cue_end=a.cue.end, cue_text=a.cue.text,
                content_start=a.content.start, content_end=a.content.end, content_text=a.content.text, direct=a.direct)
        for n, t in enumerate(layers.times):
            add("times", article_id=aid, n=n, start=t.span.start, end=t.span.end, text=t.span.text, value=t.value,
                background=t.background, duration=t.duration)
        for n, ev in enumerate(layers.events):
            add("events", article_id=aid, n=n, actor_name=ev.actor.name if ev.actor else None,
                actor_entity=ev.actor.entity if ev.actor else None, action=ev.action,
                target_name=ev.target.name if ev.target else None,
                target_entity=ev.target.entity if ev.target else None, modality=ev.modality, date=ev.date,
                evidence_start=ev.evidence.start, evidence_end=ev.evidence.end, evidence_text=ev.evidence.text,
                attribution=ev.attribution)
    for table in TABLES:
        insert_columns(con, table, columns[table])


# What each table's reads select, in the order the row_* functions below take them. An empty list
# is read as NULL: DuckDB's Python client converts a list value element by element, and most
# lists are empty (measured: reading local_entities takes a third of the time this way).
ENTITY_COLUMNS = "e.key, e.name, e.type, CASE WHEN len(e.roles) > 0 THEN e.roles END"
ATTRIBUTION_COLUMNS = ("t.source_name, t.source_kind, t.source_entity, CASE WHEN len(t.via_names) > 0 THEN t.via_names END, "
                       "CASE WHEN len(t.via_names) > 0 THEN t.via_entities END, t.cue_start, "
                       "t.cue_end, t.cue_text, t.content_start, t.content_end, t.content_text, t.direct")
TIME_COLUMNS = "t.start, t.\"end\", t.text, t.value, t.background, t.duration"
EVENT_COLUMNS = ("t.actor_name, t.actor_entity, t.action, t.target_name, t.target_entity, t.modality, t.date, "
                 "t.evidence_start, t.evidence_end, t.evidence_text, t.attribution")


def row_entity(r: tuple, mentions: Iterable[tuple[int, int, str]]) -> LocalEntity:
    return LocalEntity(key=r[0], name=r[1], type=r[2], mentions=tuple(Span(*m) for m in mentions),
                       roles=tuple(r[3] or ()))


def row_attribution(r: tuple) -> Attribution:
    return Attribution(source=Source(name=r[0], kind=r[1], entity=r[2]),
                       via=tuple(Ref(name=n, entity=e) for n, e in zip(r[3] or (), r[4] or (), strict=True)),
                       cue=Span(r[5], r[6], r[7]), content=Span(r[8], r[9], r[10]), direct=bool(r[11]))


def row_time(r: tuple) -> TimeExpression:
    return TimeExpression(span=Span(r[0], r[1], r[2]), value=r[3], background=bool(r[4]), duration=bool(r[5]))


def row_event(r: tuple) -> Event:
    return Event(actor=Ref(r[0], r[1]) if r[0] is not None else None, action=r[2],
                 target=Ref(r[3], r[4]) if r[3] is not None else None, modality=r[5], date=r[6],
                 evidence=Span(r[7], r[8], r[9]), attribution=r[10])
