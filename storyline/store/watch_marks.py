"""What `storyline watch` has already taken from each source, kept so that a restart resumes.

A small table of its own, created when first needed rather than by a migration: it belongs to
following, not to the collection, and a store that is never watched never has it.
"""
from __future__ import annotations

import json

import duckdb

_SCHEMA = """CREATE TABLE IF NOT EXISTS watch_state (
    source VARCHAR NOT NULL,   -- the source as given: absolute path or URL
    item VARCHAR NOT NULL,     -- 'entry:<id>', 'file:<name>', 'etag', 'modified', 'offset', ...
    value VARCHAR NOT NULL,
    PRIMARY KEY (source, item)
)"""


class WatchMarks:
    con: duckdb.DuckDBPyConnection

    def watch_marks(self, source: str) -> dict[str, str]:
        """The marks saved for `source` (item -> value); none for a source never watched."""
        self.con.execute(_SCHEMA)
        rows = self.con.execute("SELECT item, value FROM watch_state WHERE source = ?", [source]).fetchall()
        return {item: value for item, value in rows}

    def save_watch_marks(self, source: str, marks: dict[str, str]) -> None:
        """Add or replace `marks` of `source`; the source's other marks stay."""
        if not marks:
            return
        self.con.execute(_SCHEMA)
        # one statement, the items travelling as JSON (as the store passes lists of strings)
        self.con.execute(
            "INSERT OR REPLACE INTO watch_state SELECT ?, unnest(from_json(?, '[\"VARCHAR\"]')), "
            "unnest(from_json(?, '[\"VARCHAR\"]'))",
            [source, json.dumps(list(marks)), json.dumps(list(marks.values()))])
