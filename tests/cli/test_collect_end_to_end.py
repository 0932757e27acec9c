"""extract, ingest (twice), export and demo, end to end through the real command and a real DuckDB file."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from tests.cli.helpers import OTHER, REPORT, run_storyline

PAGE = """<!doctype html><html><head><title>Estmark hosts talks | Estmark Daily Courier</title>
<meta property="og:title" content="Estmark hosts talks on the basin mission">
<meta name="author" content="Lena Hartwig"><meta property="article:published_time" content="2026-03-05T08:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Estmark hosts talks on the basin mission</h1>
<p>Chancellor Oren Tavish said on Wednesday that the Federation of Estmark would host talks with Valdoria next week
about the Corran Basin Monitoring Mission, which needs about 2,000 soldiers from six countries.</p>
<p>Officials in Halvergate said the meeting was expected to settle how the mission would be commanded and funded,
and who would pay for the helicopters it needs to patrol the river valley.</p></article>
<footer>Share this article. Copyright Estmark Daily Courier.</footer></body></html>"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "report.txt").write_text(REPORT, encoding="utf-8")
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    with gzip.open(root / "page2.html.gz", "wt", encoding="utf-8") as f:
        f.write(PAGE.replace("next week", "next month"))
    (root / "dump.jsonl").write_text(json.dumps({"id": "strike-1", "url": None, "text": OTHER,
                                                 "published": "2031-03-11"}) + "\n", encoding="utf-8")
    return root


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_collect_extract_reads_every_input_kind(corpus: Path) -> None:
    result = run_storyline("extract", str(corpus), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    out = records(result.stdout)
    assert {r["id"] for r in out} >= {"strike-1"} and len(out) == 4
    page = next(r for r in out if r["source"].endswith("page.html"))
    assert page["title"] == "Estmark hosts talks on the basin mission"
    assert page["published"].startswith("2026-03-05") and page["authors"] == ["Lena Hartwig"]
    assert "Home" not in page["text"] and "Copyright" not in page["text"]
    # one collection: the same referent has the same id in every record
    ids = {e["name"]: e["id"] for r in out for e in r["entities"]}
    assert all(e["id"] == ids[e["name"]] for r in out for e in r["entities"])


def test_collect_ingest_twice_changes_nothing_and_export_matches_extract(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    first = run_storyline("ingest", str(corpus), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "4 added" in first.stderr
    before = run_storyline("export", "--db", str(db), "--format", "jsonl").stdout
    second = run_storyline("ingest", str(corpus), "--db", str(db))
    assert second.returncode == 0 and "0 added, 4 already stored" in second.stderr
    after = run_storyline("export", "--db", str(db), "--format", "jsonl").stdout
    assert before == after
    extracted = run_storyline("extract", str(corpus), "--format", "jsonl").stdout
    assert records(after) == records(extracted)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_collect_export_tabular_formats(fmt: str, corpus: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "c.duckdb", tmp_path / f"out.{fmt}"
    assert run_storyline("ingest", str(corpus), "--db", str(db)).returncode == 0
    result = run_storyline("export", "--db", str(db), "--format", fmt, "--output", str(out))
    assert result.returncode == 0, result.stderr
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    rows = duckdb.sql(f"SELECT id, text FROM {reader}('{out}')").fetchall()
    assert len(rows) == 4 and all(text for _, text in rows)


def test_collect_reads_jsonl_from_stdin() -> None:
    line = json.dumps({"id": "piped", "text": REPORT})
    result = run_storyline("extract", "-", stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in records(result.stdout)] == ["piped"]


def test_collect_fetches_urls_from_a_loopback_server(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    handler = lambda *a, **k: SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/story.html"
        result = run_storyline("extract", url)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["url"] == url and record["source"] == url
    assert "Oren Tavish" in record["text"]


def test_collect_demo_shows_stories_actors_claims_and_timeline(tmp_path: Path) -> None:
    result = run_storyline("demo", cwd=str(tmp_path))
    assert result.returncode == 0, result.stderr
    for heading in ("Stories", "Main actors", "Who said what", "Timeline"):
        assert heading in result.stdout
    assert "Traceback" not in result.stderr
    # The collection stays, and the demo says what to try on it next.
    assert (tmp_path / "demo.duckdb").is_file()
    tail = result.stdout.split("Try next:")[1].strip().splitlines()
    assert [line.split()[1] for line in tail] == ["story", "entity", "serve"]
    story = run_storyline(*tail[0].split()[1:], cwd=str(tmp_path))
    assert story.returncode == 0 and "Who said what" in story.stdout


@pytest.mark.skipif(shutil.which("script") is None, reason="util-linux 'script' is needed for a pseudo-terminal")
def test_collect_progress_bar_on_a_terminal_only(corpus: Path, tmp_path: Path) -> None:
    command = f"{sys.executable} -m storyline ingest {corpus} --db {tmp_path / 'tty.duckdb'}"
    log = tmp_path / "tty.log"
    subprocess.run(["script", "-qec", command, str(log)], capture_output=True, timeout=600, check=True)
    shown = log.read_text(errors="replace")
    assert "Processing documents" in shown
    assert "4/4" in shown  # a folder of known size: the bar counts towards its total
    piped = run_storyline("ingest", str(corpus), "--db", str(tmp_path / "piped.duckdb"))
    assert "Processing documents" not in piped.stderr
