"""Shards: a run's documents cut into fixed groups, each written as Parquet files with a marker.

A shard is named by a hash of its documents, so a rerun over the same inputs finds the shards an
earlier, interrupted run finished (their `_SUCCESS.json` marker) and redoes only the others.

One folder per shard:

    input.parquet          the documents to process (raw documents and read-stage rejections)
    articles.parquet       one row per annotated article, with its position in the shard
    entities.parquet       one row per annotation of each layer, with its article's id and
    attributions.parquet     position; nested fields (spans, sources) are Parquet structs, so
    times.parquet            DuckDB, Spark or pandas read them without storyline's code
    events.parquet
    rejections.parquet     documents that could not be processed, with their stage and reason
    _SUCCESS.json          written last: the shard is complete (counts inside)

Rows come from `dataclasses.asdict` and are read back by the store's own decoding
(Store.layers_from_rows), so a shard and the store always agree on what a field holds.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.models import AnnotatedArticle, Article, Layers, RawDocument, Rejection
from storyline.store import Store

Item = RawDocument | Rejection
Result = AnnotatedArticle | Rejection
LAYERS = tuple(f.name for f in fields(Layers))
MARKER = "_SUCCESS.json"
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
# Shards each worker gets at least, in a short run. With whole shards only, the 36 pages of the
# dev-wide set made a shard of 32 for one actor and one of 4 for the other: Ray took 1.45x the
# local runner's time. With 4 each, the last shard to finish is at most a quarter of a worker's share.
SHARDS_PER_WORKER = 4


def cut_shards(items: Iterable[Item], size: int, workers: int = 1) -> Iterator[tuple[str, list[Item]]]:
    """(shard id, documents) for consecutive groups of `size` documents, in input order. A run too
    short to give each of `workers` SHARDS_PER_WORKER shards of `size` is cut into that many smaller
    shards. (A rerun over the same inputs with as many workers cuts them alike, and finds them.)"""
    stream = iter(items)
    head = list(itertools.islice(stream, size * workers * SHARDS_PER_WORKER))
    if len(head) < size * workers * SHARDS_PER_WORKER:  # the whole run is in `head`
        size = max(1, math.ceil(len(head) / (workers * SHARDS_PER_WORKER)))
    shard: list[Item] = []
    for item in itertools.chain(head, stream):
        shard.append(item)
        if len(shard) == size:
            yield shard_id(shard), shard
            shard = []
    if shard:
        yield shard_id(shard), shard


def shard_id(items: list[Item]) -> str:
    digest = hashlib.sha256()
    for item in items:
        digest.update(json.dumps(_input_row(item), sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def is_complete(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def document_count(folder: Path) -> int:
    return int(json.loads((folder / MARKER).read_text(encoding="utf-8"))["documents"])


# ---------------------------------------------------------------------- inputs
def write_inputs(folder: Path, items: list[Item]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    _write(folder / "input.parquet", [_input_row(item) for item in items])


def read_inputs(folder: Path) -> list[Item]:
    return [_input_item(row) for row in pq.read_table(folder / "input.parquet").to_pylist()]


def _input_row(item: Item) -> dict[str, Any]:
    if isinstance(item, Rejection):
        return {"kind": "rejection", "source": item.source, "content": None, "id": None, "url": None, "title": None,
                "published": None, "stage": item.stage, "reason": item.reason, "code": item.code}
    return {**asdict(item), "stage": None, "reason": None, "code": None}


def _input_item(row: dict[str, Any]) -> Item:
    if row["kind"] == "rejection":
        return Rejection(row["source"], row["stage"], row["reason"], row.get("code") or "")
    return RawDocument(source=row["source"], content=row["content"], kind=row["kind"], id=row["id"], url=row["url"],
                       title=row["title"], published=row["published"])


# ---------------------------------------------------------------------- results
def write_results(folder: Path, results: list[Result]) -> None:
    """Write one shard's results, layer by layer, then its completion marker."""
    articles: list[dict[str, Any]] = []
    signatures: list[list[int]] = []
    rejections: list[dict[str, Any]] = []
    layers: dict[str, list[dict[str, Any]]] = {name: [] for name in LAYERS}
    for position, result in enumerate(results):
        if isinstance(result, Rejection):
            rejections.append({"position": position, **asdict(result)})
            continue
        ident = result.article.id
        articles.append({"position": position, **asdict(result.article)})
        signatures.append(list(result.fingerprint))
        for name, rows in asdict(result.layers).items():
            layers[name].extend({"article_id": ident, "position": position, **row} for row in rows)
    # MinHash values are unsigned 64-bit (the store's UBIGINT[]); inference would try int64
    _write(folder / "articles.parquet", articles, {"fingerprint": pa.array(signatures, pa.list_(pa.uint64()))})
    _write(folder / "rejections.parquet", rejections)
    for name, rows in layers.items():
        _write(folder / f"{name}.parquet", rows)
    marker = {"documents": len(results), "articles": len(articles), "rejections": len(rejections)}
    staged = folder / (MARKER + ".tmp")
    staged.write_text(json.dumps(marker), encoding="utf-8")
    os.replace(staged, folder / MARKER)  # atomic: a marker is never half written


def read_results(folder: Path) -> list[Result]:
    """One complete shard's results in input order, as the per-article stages returned them."""
    by_position: dict[int, Result] = {}
    for row in _read(folder / "rejections.parquet"):
        by_position[row["position"]] = Rejection(row["source"], row["stage"], row["reason"], row.get("code") or "")
    annotations: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for name in LAYERS:
        for row in _read(folder / f"{name}.parquet"):
            position = row.pop("position")
            row.pop("article_id")
            annotations.setdefault(position, {n: [] for n in LAYERS})[name].append(row)
    for row in _read(folder / "articles.parquet"):
        values = {name: row[name] for name in _ARTICLE_FIELDS}
        article = Article(**{**values, "authors": tuple(values["authors"] or ())})
        layers = Store.layers_from_rows(annotations.get(row["position"], {}))
        by_position[row["position"]] = AnnotatedArticle(article=article, layers=layers,
                                                        fingerprint=tuple(row["fingerprint"] or ()))
    return [by_position[p] for p in sorted(by_position)]


def _write(path: Path, rows: list[dict[str, Any]], typed: dict[str, pa.Array] | None = None) -> None:
    # An empty layer is written as an empty file, so every complete shard has every layer.
    table = pa.Table.from_pylist(rows) if rows else pa.table({"position": pa.array([], pa.int64())})
    for name, values in (typed or {}).items():
        table = table.append_column(name, values)
    pq.write_table(table, path)


def _read(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()
