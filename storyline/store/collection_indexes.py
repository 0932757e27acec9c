"""Migration 8: the blocking indexes of the collection stages, so one ingest call touches only
its new articles and what they can link to (see resolve.entity_index and collection.py).

The tables start empty; `collection_index_state` says which index is not yet filled, and the
collection stages fill it from the stored articles on their next run (an old store pays that
once, as a first call over all its articles).
"""
from __future__ import annotations

CREATE_SQL = """
    -- the canonical key of each local entity (resolve.entities.canonical_key), written once
    CREATE TABLE entity_keys (article_id VARCHAR NOT NULL, local_key VARCHAR NOT NULL, key VARCHAR NOT NULL);
    -- sums over local entities by canonical key, written name and type: what resolution reads
    CREATE TABLE entity_tally (key VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
                               mentions BIGINT NOT NULL, bare BOOLEAN NOT NULL, first_seen BIGINT NOT NULL);
    -- mentions writing an acronym (form) for a full name (key)
    CREATE TABLE acronym_tally (form VARCHAR NOT NULL, key VARCHAR NOT NULL, votes BIGINT NOT NULL);
    -- the entity each canonical key resolved to at the last run
    CREATE TABLE entity_key_ids (key VARCHAR NOT NULL, entity_id VARCHAR NOT NULL);
    -- MinHash band hashes of the originals (articles not marked duplicates)
    CREATE TABLE minhash_bands (hash BIGINT NOT NULL, article_id VARCHAR NOT NULL);
    CREATE TABLE collection_index_state (name VARCHAR NOT NULL, filled BOOLEAN NOT NULL);
    INSERT INTO collection_index_state VALUES ('entities', false), ('bands', false);
"""

# Migration 9: the key probes of resolve.entity_scope, so that a call re-resolves the keys it can
# change, not every stored key. Filled for a store's keys by the next collection run (the state
# row 'entity_probes'), as migration 8's tables are.
PROBES_SQL = """
    -- each canonical key filed under its probes: kind 'k' the key itself, 's' a word suffix,
    -- 'p' a word prefix (a qualifier), 'v' a one-deletion variant (resolve.entity_scope.key_probes)
    CREATE TABLE entity_key_probes (kind VARCHAR NOT NULL, probe VARCHAR NOT NULL, key VARCHAR NOT NULL);
    INSERT INTO collection_index_state VALUES ('entity_probes', false);
"""
