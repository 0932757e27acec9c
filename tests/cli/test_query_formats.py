"""Every query command writes JSON a script can parse, pages with --limit/--offset, bounds dates,
says when a table is cut short, and exits 0 when the reader of its output goes away."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.demo_store import demo_store_copy
from tests.cli.helpers import run_storyline


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return str(demo_store_copy(tmp_path_factory.mktemp("formats"), "formats"))


@pytest.fixture(scope="module")
def story_id(db) -> str:
    return json.loads(run_storyline("stories", "--db", db, "--format", "json").stdout)[0]["id"]


def _json(*args: str):
    done = run_storyline(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _jsonl(*args: str) -> list:
    done = run_storyline(*args, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize(("command", "keys"), [
    (["stories"], {"id", "label", "articles", "first", "last", "top_actors"}),
    (["entities"], {"id", "name", "type", "articles", "mentions"}),
    (["said"], {"article", "source", "via", "cue", "content", "direct"}),
    (["events"], {"article", "actor", "action", "target", "modality", "date", "evidence"}),
    (["search", "troops"], {"kind", "article_id", "story_id", "title", "snippet", "score"}),
])
def test_query_formats_lists_as_json_and_jsonl(db, command, keys):
    listed = _json(*command, "--db", db, "--format", "json")
    assert isinstance(listed, list) and listed
    assert keys <= set(listed[0])
    assert _jsonl(*command, "--db", db) == listed


def test_query_formats_timeline_is_the_story_events_by_date(db, story_id):
    events = _json("timeline", story_id, "--db", db, "--format", "json")
    assert events and all(e["article"]["story"] == story_id for e in events)
    dates = [e["date"] or e["article"]["published"] for e in events]
    assert dates == sorted(dates)


def test_query_formats_single_objects(db, story_id):
    view = _json("story", story_id, "--db", db, "--format", "json")
    assert view["id"] == story_id and {"actors", "claims", "timeline", "changes", "conflicts", "sources"} <= set(view)
    briefing = _json("brief", story_id, "--db", db, "--format", "json")
    assert briefing["story_id"] == story_id and briefing["sections"]
    person = _json("entity", "Ilse Marrow", "--db", db, "--format", "json")
    assert person["id"] == "e-ilse-marrow" and person["aliases"] and person["appearances"]
    assert person["total_appearances"] == len(person["appearances"])


def test_query_formats_json_matches_the_rest_api(db):
    """The CLI's items are the REST API's: same shape for the same question."""
    from fastapi.testclient import TestClient

    from storyline.api import ServerSettings, create_app

    said = _json("said", "--db", db, "--format", "json", "--limit", "5")
    with TestClient(create_app(ServerSettings(db=Path(db)))) as client:
        api = client.get("/api/attributions", params={"limit": 5}).json()["items"]
    assert said == api


def test_query_formats_limit_offset_and_dates(db):
    every = _json("said", "--db", db, "--format", "json")
    assert _json("said", "--db", db, "--format", "json", "--limit", "3", "--offset", "2") == every[2:5]
    days = sorted({c["article"]["published"][:10] for c in every})
    since, until = days[1], days[-2]
    bounded = _json("said", "--db", db, "--format", "json", "--since", since, "--until", until)
    assert bounded and all(since <= c["article"]["published"][:10] <= until for c in bounded)
    assert len(bounded) < len(every)
    events = _json("events", "--db", db, "--format", "json", "--since", "2031-03")
    assert all((e["date"] or e["article"]["published"]) >= "2031-03" for e in events)


def test_query_formats_table_says_when_it_is_cut_short(db):
    total = len(_json("said", "--db", db, "--format", "json"))
    done = run_storyline("said", "--db", db, "--limit", "2")
    assert done.returncode == 0, done.stderr
    assert f"1-2 of {total}; use --limit and --offset" in done.stdout
    whole = run_storyline("stories", "--db", db)
    assert " of " not in whole.stdout.split("┘")[-1]


def test_query_formats_bad_date_is_an_error(db):
    done = run_storyline("said", "--db", db, "--since", "last week")
    assert done.returncode == 2 and "E105" in done.stderr


@pytest.mark.parametrize("command", [["entity", "Ilse Marrow"], ["said", "--format", "jsonl"], ["stories"]])
def test_query_formats_closed_pipe_exits_zero(db, command):
    """`storyline entity X | head -1`: the reader closes the pipe before the command is done."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the command's first write meets a closed pipe
    proc = subprocess.run([sys.executable, "-m", "storyline", *command, "--db", db], stdout=write_end,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    os.close(write_end)
    assert proc.returncode == 0, proc.stderr
    assert "Error" not in proc.stderr and "error" not in proc.stderr


@pytest.mark.parametrize("command", [["stories"], ["story", "s-x"], ["entities"], ["entity", "x"], ["said"],
                                     ["events"], ["timeline", "s-x"], ["search", "x"], ["brief", "s-x"], ["export"]])
def test_query_formats_missing_database_is_refused_not_created(tmp_path, command):
    missing = tmp_path / "typo.duckdb"
    done = run_storyline(*command, "--db", str(missing))
    assert done.returncode == 2
    assert "no database at" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_query_formats_version():
    done = run_storyline("--version")
    assert done.returncode == 0 and done.stdout.startswith("storyline ")


def test_query_formats_story_lists_are_cut_and_say_so(db, story_id):
    whole = _json("story", story_id, "--db", db, "--format", "json")
    cut = _json("story", story_id, "--db", db, "--format", "json", "--limit", "2", "--offset", "1")
    assert cut["claims"] == whole["claims"][1:3] and cut["timeline"] == whole["timeline"][1:3]
    table = run_storyline("story", story_id, "--db", db, "--limit", "2")
    assert table.returncode == 0, table.stderr
    assert f"1-2 of {len(whole['claims'])}; use --limit and --offset" in table.stdout
