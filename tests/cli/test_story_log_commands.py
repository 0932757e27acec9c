"""story-log and story-split on a real DuckDB file filled by ingest."""
from __future__ import annotations

import json

import pytest

from tests.analyze.corpus import STRIKE, VALDORIA, write_jsonl
from tests.cli.helpers import run_storyline


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "c.duckdb")
    done = run_storyline("ingest", str(write_jsonl(tmp_path / "in.jsonl", VALDORIA + STRIKE)), "--db", path)
    assert done.returncode == 0, done.stderr
    return path


def _story_of(db: str, article: str) -> str:
    done = run_storyline("export", "--db", db)
    return next(r["story"] for r in map(json.loads, done.stdout.splitlines()) if r["id"] == article)


def test_story_log_is_empty_before_any_merge_or_split(db):
    done = run_storyline("story-log", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "no merge or split yet" in done.stdout


def test_story_split_moves_articles_and_logs_it(db):
    story = _story_of(db, "val-3")
    done = run_storyline("story-split", story, "val-3", "--reason", "the denial is its own story", "--db", db)
    assert done.returncode == 0, done.stderr
    assert _story_of(db, "val-3") != _story_of(db, "val-1") == story
    (entry,) = json.loads(run_storyline("story-log", "--db", db, "--format", "json").stdout)
    assert entry["action"] == "split" and entry["articles"] == ["val-3"]
    assert entry["reason"] == "the denial is its own story" and entry["story"] == story
    listed = json.loads(run_storyline("stories", "--db", db, "--format", "json").stdout)
    assert all(s["label"] for s in listed)


@pytest.mark.parametrize("articles", [["dock-1"], ["val-1", "val-2", "val-3"]], ids=["stranger", "all"])
def test_story_split_refuses_what_is_no_split(db, articles):
    done = run_storyline("story-split", _story_of(db, "val-1"), *articles, "--db", db)
    assert done.returncode == 2 and "E105" in done.stderr
