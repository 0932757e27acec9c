"""storyline said: the attributed claims of a real DuckDB file, filtered by source, story and kind."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import ingest_documents, run_storyline

DOCS = [
    {"id": "said-1", "url": None, "published": "2031-03-10",
     "text": "General Ilse Marrow said on Tuesday that Valdoria "
             "will decide within weeks whether to send troops.\nSecurity sources told Meridian News that the "
             "army had begun moving north.\n"},
    {"id": "said-2", "url": None, "published": "2031-03-12",
     "text": "Estmark hosts talks\n\nChancellor Oren Tavish said the Federation of Estmark would host talks "
             "with Valdoria next week.\n"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return ingest_documents(tmp_path_factory.mktemp("said"), DOCS)


def test_said_lists_every_claim(db):
    done = run_storyline("said", "--db", str(db))
    assert done.returncode == 0, done.stderr
    for text in ("Ilse Marrow", "Oren Tavish", "Security sources", "Meridian News", "said-1", "2031-03-12"):
        assert text in done.stdout


@pytest.mark.parametrize(("option", "shown", "hidden"), [
    (["--by", "Oren Tavish"], "Oren Tavish", "Ilse Marrow"),
    (["--kind", "anonymous"], "Security sources", "Oren Tavish"),
])
def test_said_filters(db, option, shown, hidden):
    done = run_storyline("said", "--db", str(db), *option)
    assert done.returncode == 0, done.stderr
    assert shown in done.stdout and hidden not in done.stdout


@pytest.mark.parametrize(("option", "message"), [
    (["--by", "Nobody Known"], "E103"),
    (["--kind", "rumour"], "E105"),
    (["--story", "s-none"], "E102"),
])
def test_said_rejects_unknown_filters(db, option, message):
    done = run_storyline("said", "--db", str(db), *option)
    assert done.returncode == 2
    assert message in done.stderr


def test_said_without_database(tmp_path):
    done = run_storyline("said", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 2 and "storyline ingest" in done.stderr
