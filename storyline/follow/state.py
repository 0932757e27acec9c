"""What `watch` has already taken from each source, kept in the store so a restart resumes.

A small table of its own (created when first needed) rather than a migration: it belongs to
following, not to the collection, and a store that is never watched never has it.
"""
from __future__ import annotations

import json

from storyline.store import Store

_SCHEMA = """CREATE TABLE IF NOT EXISTS watch_state (
    source VARCHAR NOT NULL,   -- the source as given: absolute path or URL
    item VARCHAR NOT NULL,     -- 'entry:<id>', 'file:<name>', 'etag', 'modified', 'offset', ...
    value VARCHAR NOT NULL,
    PRIMARY KEY (source, item)
)"""


def load_state(store: Store, source: str) -> dict[str, str]:
    store.con.execute(_SCHEMA)
    rows = store.con.execute("SELECT item, value FROM watch_state WHERE source = ?", [source]).fetchall()
    return {item: value for item, value in rows}


def save_state(store: Store, source: str, marks: dict[str, str]) -> None:
    if not marks:
        return
    store.con.execute(_SCHEMA)
    # one statement, the items travelling as JSON (as the store passes lists of strings)
    store.con.execute(
        "INSERT OR REPLACE INTO watch_state SELECT ?, unnest(from_json(?, '[\"VARCHAR\"]')), "
        "unnest(from_json(?, '[\"VARCHAR\"]'))",
        [source, json.dumps(list(marks)), json.dumps(list(marks.values()))])
