"""`storyline serve` shares its store: queries run while it serves, and an ingest made while it
serves is what the server shows next. A real server process, real CLI processes, one DuckDB file."""
from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest

from tests.api.demo_store import GOOD_DOCUMENT, demo_store_copy
from tests.api.live_server import serve_store
from tests.cli.helpers import run_storyline


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, store path) of `storyline serve` in its own process."""
    path = demo_store_copy(tmp_path_factory.mktemp("sharing"), "sharing")
    with serve_store(path) as base:
        yield base, path


def test_store_sharing_queries_run_while_the_server_reads(served):
    base, path = served
    with httpx.Client(timeout=60) as client:
        assert client.get(base + "/api/stories").status_code == 200  # the server holds its reader now
        done = run_storyline("stories", "--db", str(path), "--format", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)
        said = run_storyline("said", "--db", str(path), "--format", "jsonl", "--limit", "1")
        assert said.returncode == 0, said.stderr
        assert client.get(base + "/api/entities").status_code == 200  # and the server still answers


def test_store_sharing_ingest_while_serving_shows_up_on_the_server(served, tmp_path: Path):
    base, path = served
    with httpx.Client(timeout=60) as client:
        before = client.get(base + "/api/articles").json()["total"]
        assert client.get(base + f"/api/articles/{GOOD_DOCUMENT['id']}").status_code == 404
        dump = tmp_path / "new.jsonl"
        dump.write_text(json.dumps(GOOD_DOCUMENT) + "\n", encoding="utf-8")
        done = run_storyline("ingest", str(dump), "--db", str(path))
        assert done.returncode == 0, done.stderr
        assert "1 added" in done.stderr
        assert client.get(base + "/api/articles").json()["total"] == before + 1
        article = client.get(base + f"/api/articles/{GOOD_DOCUMENT['id']}")
        assert article.status_code == 200 and article.json()["title"] == GOOD_DOCUMENT["title"]
        stories = client.get(base + "/api/stories").json()
        assert sum(s["articles"] for s in stories["items"]) == before + 1


def test_store_sharing_server_waits_for_a_writer(served):
    """While another process writes the file, a request waits for the write to end, then answers."""
    import threading

    from storyline.store import Store

    base, path = served
    time.sleep(1.0)  # longer than the server's idle time: it has let go of the file
    writer = Store(path, wait=30)  # this test process now holds the write lock
    release = threading.Timer(1.5, writer.close)
    release.start()
    try:
        started = time.monotonic()
        answer = httpx.get(base + "/api/stories", timeout=60)
        waited = time.monotonic() - started
    finally:
        release.join()
    assert answer.status_code == 200
    assert waited >= 1.0  # it waited for the writer rather than failing
