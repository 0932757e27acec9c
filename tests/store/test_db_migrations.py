"""The store records its migrations, applies each once, and says so when another process holds the file."""
from __future__ import annotations

from pathlib import Path

import duckdb

from storyline.store import Store
from storyline.store.migrations import MIGRATIONS
from tests.cli.helpers import run_storyline


def test_db_migrations_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path):
        pass
    with Store(path) as store:  # reopening applies nothing twice
        rows = store.con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(v, name) for v, name, _ in MIGRATIONS]


def test_db_upgrades_a_file_made_by_an_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    version, name, sql = MIGRATIONS[0]
    con.execute(sql)
    con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, name])
    con.close()
    with Store(path) as store:
        versions = [v for (v,) in store.con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
        tables = {t for (t,) in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert versions == [v for v, _, _ in MIGRATIONS] and "search_state" in tables


def test_db_upgrades_a_file_with_articles(tmp_path: Path) -> None:
    """Columns added to a table that already holds rows (a real user's store), one migration each."""
    path = tmp_path / "filled.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for version, name, sql in MIGRATIONS[:3]:
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, name])
    con.execute("INSERT INTO articles (id, seq, source, authors, text, layers, fingerprint) "
                "VALUES ('a-1', 1, 'test', [], 'Estmark ferries resume.', '{}', [1, 2])")
    con.close()
    with Store(path) as store:
        versions = [v for (v,) in store.con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
        row = store.con.execute("SELECT collected, raw_digest FROM articles WHERE id = 'a-1'").fetchone()
    assert versions == [v for v, _, _ in MIGRATIONS]
    assert row == (True, None)


def test_db_in_use_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    with Store(path):
        result = run_storyline("export", "--db", str(path))
    assert result.returncode == 2
    assert "in use by another process" in result.stderr and "Traceback" not in result.stderr
