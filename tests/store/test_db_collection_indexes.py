"""Migration 8: a store made before the collection indexes gets them, filled on its next ingest."""
from __future__ import annotations

from pathlib import Path

from storyline.pipeline import ingest
from storyline.resolve.entities import resolve_entities
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.corpus import ESTMARK, STRIKE, VALDORIA, write_jsonl

_INDEX_TABLES = ("entity_keys", "entity_tally", "acronym_tally", "entity_key_ids", "minhash_bands",
                 "collection_index_state")


def _make_old_store(path: Path, tmp: Path) -> None:
    """A store with articles as the code before migration 8 left it: no index tables, no record of them."""
    with Store(path) as store:
        ingest([str(write_jsonl(tmp / "first.jsonl", VALDORIA[:2] + STRIKE[:1]))], store, Options(workers=1))
        for table in _INDEX_TABLES:
            store.con.execute(f"DROP TABLE {table}")
        store.con.execute("DELETE FROM schema_migrations WHERE version = 8")


def test_db_collection_indexes_filled_on_the_next_ingest_of_an_old_store(tmp_path, nlp):
    path = tmp_path / "old.duckdb"
    _make_old_store(path, tmp_path)
    with Store(path) as store:
        state = dict(store.con.execute("SELECT name, filled FROM collection_index_state").fetchall())
        assert state == {"entities": False, "bands": False}
        ingest([str(write_jsonl(tmp_path / "second.jsonl", VALDORIA[2:] + ESTMARK + STRIKE[1:]))], store,
               Options(workers=1))
        state = dict(store.con.execute("SELECT name, filled FROM collection_index_state").fetchall())
        keyed = {a for (a,) in store.con.execute("SELECT DISTINCT article_id FROM entity_keys").fetchall()}
        banded = {a for (a,) in store.con.execute("SELECT DISTINCT article_id FROM minhash_bands").fetchall()}
        scratch = resolve_entities(store.local_entities())
        links = store.all_entity_links()
        ids = {s.article.id for s in store.articles()}
    assert state == {"entities": True, "bands": True}
    assert keyed == banded == ids  # every article, the old ones included
    assert {ref: e.id for ref, e in scratch.items()} == \
        {(aid, key): e.id for aid, by_key in links.items() for key, e in by_key.items()}


def test_db_collection_indexes_entity_reset_rekeys_every_article(tmp_path, nlp):
    from storyline.resolve.entity_index import update_entities
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        ingest([str(write_jsonl(tmp_path / "all.jsonl", VALDORIA + ESTMARK))], store, Options(workers=1))
        before = store.all_entity_links()
        store.reset_entity_index()
        assert store.con.execute("SELECT count(*) FROM entity_keys").fetchone() == (0,)
        update_entities(store)
        keyed = store.con.execute("SELECT count(DISTINCT article_id) FROM entity_keys").fetchone()
        after = store.all_entity_links()
    assert keyed == (len(VALDORIA + ESTMARK),)
    assert after == before
