"""Many rows into one table in one statement, each column sent as one JSON string."""
from __future__ import annotations

import json

import duckdb


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    """Insert many rows in one statement.

    Each column travels as one JSON string: DuckDB converts a Python list parameter element
    by element (about 0.2 ms each, measured), a JSON string it parses natively (100x faster).
    """
    if not columns or not next(iter(columns.values())):
        return
    types = {name: dtype for name, dtype in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
    names = ", ".join(f'"{name}"' for name in columns)
    unnests = ", ".join(f"unnest(from_json(?, '{_json_structure(types[name])}'))" for name in columns)
    params = [json.dumps(values, ensure_ascii=False) for values in columns.values()]
    con.execute(f"INSERT INTO {table} ({names}) SELECT {unnests}", params)


def _json_structure(data_type: str) -> str:
    """from_json's structure for a list of values of one column type (JSON columns travel as text)."""
    base = "VARCHAR" if data_type == "JSON" else data_type
    if base.endswith("[]"):
        return f'[["{base[:-2]}"]]'
    return f'["{base}"]'


def string_literals(values: list[str]) -> str | None:
    """The values as a SQL list of string literals ("'a', 'b'"), or None when one holds a control
    character (then the caller sends them as a parameter).

    Literals, not parameters: DuckDB answers `id = 'x'` and `id IN ('x', 'y')` from the primary
    key's index or with the filter pushed into the scan, `id = ?` or a join on ids sent as JSON
    by scanning the table (at 100k articles: 0.15 ms against 1.4 ms for one id, 36 ms against
    150 ms for a hundred fingerprints, measured)."""
    if any(ch < " " for v in values for ch in v):
        return None
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)
