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


def test_db_migration_6_moves_the_layers_json_into_tables(tmp_path: Path) -> None:
    """A store written before the layer tables reads back the same layers from them."""
    import json
    from dataclasses import asdict

    from storyline.models import Attribution, Event, Layers, LocalEntity, Ref, Source, Span, TimeExpression

    text = "Mayor Ilse Marrow said on Monday the Porta ferries would resume. Marrow met Estmark."
    layers = Layers(
        entities=(LocalEntity("e1", "Ilse Marrow", "PERSON", (Span(6, 17, "Ilse Marrow"), Span(65, 71, "Marrow")),
                              ("Mayor",)),
                  LocalEntity("e2", "Estmark", "GPE", (Span(76, 83, "Estmark"),))),
        attributions=(Attribution(Source("Ilse Marrow", "person", "e1"), (Ref("Porta Radio", None),),
                                  Span(18, 22, "said"), Span(33, 63, "the Porta ferries would resume"), False),),
        times=(TimeExpression(Span(26, 32, "Monday"), None, background=True),),
        events=(Event(Ref("Marrow", "e1"), "CONSULT", Ref("Estmark", "e2"), "asserted", None, Span(65, 84, text[65:84]),
                      attribution=0),),
    )
    path = tmp_path / "layers.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for version, name, sql in MIGRATIONS[:5]:
        con.execute(sql)  # type: ignore[arg-type]
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, name])
    con.execute("INSERT INTO articles (id, seq, source, authors, text, layers, fingerprint) VALUES "
                "('a-1', 1, 'test', [], ?, ?, [1]), ('a-2', 2, 'test', [], 'Nothing found.', '{}', [2])",
                [text, json.dumps(asdict(layers))])
    con.close()
    with Store(path) as store:
        read = {s.article.id: s.layers for s in store.articles()}
        columns = {c for (c,) in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'").fetchall()}
    assert read == {"a-1": layers, "a-2": Layers()}
    assert "layers" not in columns
