"""stories, story, brief and search on a real DuckDB file filled by ingest."""
from __future__ import annotations

import json

import pytest

from tests.analyze.corpus import ESTMARK, STRIKE, VALDORIA, write_jsonl
from tests.cli.helpers import run_storyline


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("stories")
    path = str(tmp / "c.duckdb")
    done = run_storyline("ingest", str(write_jsonl(tmp / "in.jsonl", VALDORIA + ESTMARK + STRIKE)), "--db", path)
    assert done.returncode == 0, done.stderr
    return path


def test_stories_json_lists_every_story(db):
    done = run_storyline("stories", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert sum(s["articles"] for s in listed) == len(VALDORIA + ESTMARK + STRIKE)
    assert all(s["label"] and s["first"] <= s["last"] for s in listed)
    assert {"id", "label", "articles", "first", "last", "top_actors"} <= set(listed[0])


def test_stories_brief_cites_sources(db):
    listed = json.loads(run_storyline("stories", "--db", db, "--format", "json").stdout)
    sid = listed[0]["id"]
    md = run_storyline("brief", sid, "--db", db, "--format", "md")
    assert md.returncode == 0, md.stderr
    assert "## Summary" in md.stdout and "## Sources" in md.stdout and "[1]" in md.stdout
    page = run_storyline("brief", sid, "--db", db, "--format", "html")
    assert page.stdout.startswith("<article")


def test_stories_story_shows_the_record(db):
    sid = json.loads(run_storyline("stories", "--db", db, "--format", "json").stdout)[0]["id"]
    done = run_storyline("story", sid, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "Sources" in done.stdout and "What changed" in done.stdout


def test_stories_search_finds_articles_and_claims(db):
    done = run_storyline("search", "dockworkers strike", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "dock-1" in done.stdout


@pytest.mark.parametrize("command", [["story", "s-nothing"], ["brief", "s-nothing"]])
def test_stories_unknown_story_is_an_error(db, command):
    done = run_storyline(*command, "--db", db)
    assert done.returncode == 2 and "E102" in done.stderr
