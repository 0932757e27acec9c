"""A stored article comes back exactly as the pipeline made it: its record, byte for byte.

The per-article worker annotates the fictional demo corpus in memory; the same corpus is
ingested into a real DuckDB file. Every record exported from the file must equal, as JSON text,
the record built from the in-memory article and layers (with the collection's entity links and
story), so a change to the store's tables, writes or reads that alters any record fails here,
whatever the linguistics produce.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.demo import demo_corpus_path
from storyline.export import iter_records
from storyline.library import ingest
from storyline.models import AnnotatedArticle
from storyline.record import build_record
from storyline.runner import ArticleWorker
from storyline.settings import Options
from storyline.sources.read import read_inputs
from storyline.store import Store, StoredArticle


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, AnnotatedArticle]]:
    corpus, options = str(demo_corpus_path()), Options()
    made = ArticleWorker(options)(list(read_inputs([corpus], options)))
    annotated = {item.article.id: item for item in made.items if isinstance(item, AnnotatedArticle)}
    path = tmp_path_factory.mktemp("round-trip") / "demo.duckdb"
    with Store(path) as store:
        ingest([corpus], store, options)
    return path, annotated


def _line(record) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(record.to_dict(), ensure_ascii=False)


def test_db_records_round_trip_byte_for_byte(demo: tuple[Path, dict[str, AnnotatedArticle]]) -> None:
    path, annotated = demo
    with Store(path, read_only=True) as store:
        exported = [_line(r) for r in iter_records(store)]
        links = store.all_entity_links()
        stored = list(store.articles())
    assert len(exported) == len(annotated) > 10
    expected = [_line(build_record(StoredArticle(annotated[s.article.id].article, annotated[s.article.id].layers,
                                                 s.duplicate_of, s.story), links.get(s.article.id, {})))
                for s in stored]
    assert exported == expected


def test_db_layers_read_back_equal_the_written_ones(demo: tuple[Path, dict[str, AnnotatedArticle]]) -> None:
    path, annotated = demo
    with Store(path, read_only=True) as store:
        for s in store.articles():
            assert s.article == annotated[s.article.id].article
            assert s.layers == annotated[s.article.id].layers
            assert store.stored_article(s.article.id).layers == s.layers
