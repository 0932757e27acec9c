"""Schema changes, applied in order and recorded in schema_migrations."""
from __future__ import annotations

from collections.abc import Callable

import duckdb

from storyline.store.codec import load_layers
from storyline.store.collection_indexes import CREATE_SQL as COLLECTION_INDEXES_SQL
from storyline.store.collection_indexes import PROBES_SQL
from storyline.store.layer_tables import CREATE_SQL, insert_layers

# Articles decoded and written per statement while migration 6 fills the layer tables: bounds
# the memory a large store's upgrade takes, at a few thousand rows a statement.
_FILL_BATCH = 500


def split_layers(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 6: the `layers` JSON of every article into the per-layer tables, then drop it.

    The JSON is decoded by the codec the store used to write it and written by the store's own
    writer (layer_tables.insert_layers), so a migrated store holds what a new ingest would.
    """
    con.execute(CREATE_SQL)
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
    for offset in range(0, total, _FILL_BATCH):
        rows = con.execute("SELECT id, layers FROM articles ORDER BY seq LIMIT ? OFFSET ?",
                           [_FILL_BATCH, offset]).fetchall()
        insert_layers(con, [(aid, load_layers(raw)) for aid, raw in rows])
    con.execute("ALTER TABLE articles DROP COLUMN layers")


# (version, name, SQL to run or a function of the connection), applied in order, each once.
MIGRATIONS: list[tuple[int, str, str | Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, "articles, layers, entities, stories, rejections", """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,              -- order of arrival, the order of export
            source VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            outlet VARCHAR,
            published VARCHAR,
            updated VARCHAR,
            authors VARCHAR[] NOT NULL,
            text VARCHAR NOT NULL,
            language VARCHAR,
            layers JSON NOT NULL,             -- storyline.models.Layers, see store.codec
            fingerprint UBIGINT[] NOT NULL,   -- MinHash signature of text
            duplicate_of VARCHAR,
            story VARCHAR,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE TABLE entities (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL);
        CREATE TABLE entity_links (
            article_id VARCHAR NOT NULL, local_key VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
            PRIMARY KEY (article_id, local_key)
        );
        CREATE TABLE stories (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL);
        CREATE TABLE rejections (
            source VARCHAR NOT NULL, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL,
            rejected_at TIMESTAMP DEFAULT current_timestamp
        );
    """),
    (2, "search index state", """
        -- search_articles, search_claims and their fts indexes are derived and rebuilt by
        -- store.search when the collection changes; this row records what they were built from.
        CREATE TABLE search_state (stamp VARCHAR);
    """),
    (3, "entity stands for a government", """
        -- the country entity whose government a seat of government names ("White House")
        ALTER TABLE entities ADD COLUMN stands_for VARCHAR;
    """),
    # One column per migration: DuckDB 1.5 refuses to commit two ALTER TABLEs of a table with a
    # primary key and rows in one transaction, so a store made before these columns could not open.
    (4, "collection state of each article", """
        -- false from the insert of an article until the collection stages (duplicates, entities,
        -- stories) have run over it: an ingest killed in between leaves it false, and the next
        -- ingest or `storyline repair` finishes the work. Stored articles were collected.
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS collected BOOLEAN DEFAULT true;
    """),
    (5, "input digest of each article", """
        -- hash of the input document (source and content) the article was made from, so that a
        -- rerun over the same files skips them before cleaning and NLP (see pipeline.raw_digest).
        -- IF NOT EXISTS: stores made while migration 4 also added it have it already.
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS raw_digest VARCHAR;
    """),
    (6, "one table per layer, filled from the layers JSON", split_layers),
    (7, "story log: the merges and splits that moved stored articles", """
        -- a stored article changes story only through a merge or split recorded here, in order
        CREATE TABLE story_log (
            seq BIGINT NOT NULL,
            action VARCHAR NOT NULL,          -- 'merge' or 'split'
            story VARCHAR NOT NULL,           -- merge: the story that absorbed; split: the story split
            other VARCHAR NOT NULL,           -- merge: the story absorbed; split: the new story
            articles VARCHAR[] NOT NULL,      -- the articles that moved
            score DOUBLE,                     -- merge: average likeness of the two stories
            reason VARCHAR NOT NULL,
            logged_at TIMESTAMP DEFAULT current_timestamp
        );
    """),
    (8, "collection indexes: entity keys and tallies, MinHash bands", COLLECTION_INDEXES_SQL),
    (9, "entity key probes: the keys one call can re-resolve", PROBES_SQL),
]
