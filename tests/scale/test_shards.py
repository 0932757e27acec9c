"""Shards give back exactly what was written, and are named by their documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.models import AnnotatedArticle, RawDocument, Rejection
from storyline.resolve.duplicates import fingerprint

pytest.importorskip("pyarrow")

from storyline.scale.shards import (  # noqa: E402
    SHARDS_PER_WORKER,
    cut_shards,
    is_complete,
    read_inputs,
    read_results,
    write_inputs,
    write_results,
)

TEXT = ("General Ilse Marrow said on Tuesday that Valdoria will decide within weeks whether to send troops "
        "to the Estmark basin mission. “We are ready,” she told Meridian 24, citing the defence ministry.")


def test_shards_round_trip_every_layer(annotate, tmp_path: Path) -> None:
    article, layers = annotate(TEXT)
    assert layers.entities and layers.attributions and layers.times
    results = [AnnotatedArticle(article=article, layers=layers, fingerprint=fingerprint(article.text)),
               Rejection("docs.jsonl:2", "clean", "no article text could be found in the page")]
    write_results(tmp_path, results)
    assert is_complete(tmp_path)
    assert read_results(tmp_path) == results


def test_shards_round_trip_inputs(tmp_path: Path) -> None:
    items = [RawDocument(source="a.html", content="<p>Hello</p>", kind="html", url="https://example.org/a"),
             Rejection("b.bin", "read", "the document is binary, not text or HTML"),
             RawDocument(source="c.jsonl:1", content="Some text", kind="text", id="c1", published="2031-01-02")]
    write_inputs(tmp_path, items)
    assert read_inputs(tmp_path) == items
    assert not is_complete(tmp_path)


def test_shards_are_named_by_their_documents() -> None:
    docs = [RawDocument(source=f"d{i}", content=f"text {i}", kind="text") for i in range(5)]
    first, again = list(cut_shards(docs, 2)), list(cut_shards(docs, 2))
    assert [len(items) for _, items in first] == [2, 2, 1]
    assert [sid for sid, _ in first] == [sid for sid, _ in again]
    assert len({sid for sid, _ in first}) == 3


def test_shards_cut_a_short_run_finer_so_every_worker_gets_several() -> None:
    docs = [RawDocument(source=f"d{i}", content=f"text {i}", kind="text") for i in range(300)]
    short = [items for _, items in cut_shards(docs[:100], 32, workers=2)]
    assert len(short) == 2 * SHARDS_PER_WORKER and [d for items in short for d in items] == docs[:100]
    assert [len(items) for _, items in cut_shards(docs, 32, workers=2)] == [32] * 9 + [12]
