"""Records out of the store, as JSON Lines, JSON, Parquet or CSV."""
from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from storyline.errors import Code, StorylineError
from storyline.record import Record, build_record
from storyline.store import Store

FORMATS = ("jsonl", "parquet", "csv")


def iter_records(store: Store) -> Iterator[Record]:
    """Every stored article's record, in the store's order."""
    links = store.all_entity_links()
    for stored in store.articles():
        yield build_record(stored, links.get(stored.article.id, {}))


def write_jsonl(store: Store, out: TextIO) -> int:
    n = 0
    for record in iter_records(store):
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def export_records(store: Store, fmt: str, path: Path | None, stdout: TextIO) -> int:
    """Write every record in `fmt` to `path` (or stdout for jsonl); returns the count."""
    if fmt not in FORMATS:
        raise StorylineError(Code.BAD_OPTION, detail=f"unknown format '{fmt}', expected one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        if path is None:
            return write_jsonl(store, stdout)
        with path.open("w", encoding="utf-8") as out:
            return write_jsonl(store, out)
    if path is None:
        raise StorylineError(Code.BAD_OPTION, detail=f"--output is required for {fmt}")
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "records.jsonl"
        with staged.open("w", encoding="utf-8") as out:
            n = write_jsonl(store, out)
        store.copy_jsonl(staged, path, fmt)
    return n
