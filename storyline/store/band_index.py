"""The MinHash band index of the store: which originals a new article may copy (resolve.duplicates)."""
from __future__ import annotations

import json

import duckdb

from storyline.store.columns import insert_columns, string_literals

_STRINGS = "(SELECT unnest(from_json(?, '[\"VARCHAR\"]')) AS v)"
_FINGERPRINT = "SELECT id, published, seq, fingerprint, duplicate_of FROM articles"


class BandIndex:
    con: duckdb.DuckDBPyConnection

    def new_fingerprints(self) -> list[tuple[str, str | None, int, tuple[int, ...], str | None]]:
        """(id, published, seq, signature, duplicate_of) of the articles not yet collected."""
        return [(r[0], r[1], r[2], tuple(r[3]), r[4]) for r in self.con.execute(
            f"{_FINGERPRINT} WHERE NOT collected").fetchall()]

    def fingerprints_of(self, ids: list[str]) -> list[tuple[str, str | None, int, tuple[int, ...], str | None]]:
        if not ids:
            return []
        literals = string_literals(ids)  # the filter pushed into the scan: signatures read for these rows only
        where, params = (f"IN ({literals})", []) if literals is not None else (f"IN {_STRINGS}", [json.dumps(ids)])
        return [(r[0], r[1], r[2], tuple(r[3]), r[4]) for r in self.con.execute(
            f"{_FINGERPRINT} WHERE id {where}", params).fetchall()]

    def band_matches(self, hashes: list[int]) -> set[str]:
        """The indexed originals filed under one of these band hashes."""
        if not hashes:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT DISTINCT b.article_id FROM minhash_bands b "
            "JOIN (SELECT unnest(from_json(?, '[\"BIGINT\"]')) AS h) w ON w.h = b.hash",
            [json.dumps(sorted(set(hashes)))]).fetchall()}

    def replace_bands(self, drop: list[str], rows: list[tuple[int, str]]) -> None:
        """Unfile the articles `drop` (now copies, or refiled), file `rows` (hash, original id)."""
        self.con.execute("BEGIN")
        try:
            self.con.execute(f"DELETE FROM minhash_bands WHERE article_id IN {_STRINGS}", [json.dumps(drop)])
            insert_columns(self.con, "minhash_bands", {"hash": [h for h, _ in rows], "article_id": [a for _, a in rows]})
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
