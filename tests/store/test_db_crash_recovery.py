"""A kill -9 at any moment of an ingest leaves a store that opens, holds no article twice, and
reaches the state of an uninterrupted ingest once the ingest is run again (or `repair`)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from storyline.export import iter_records
from storyline.store import Store
from tests.cli.helpers import run_storyline

TOWNS = ("Brisa Nova", "Port Aster", "Valdoria", "Meridian")
# Fractions of an uninterrupted run's time at which the child is killed: while it loads and
# annotates, about when it stores, and during the collection stages at the end.
KILL_AT = (0.3, 0.75, 0.92)
# Entity resolution breaks some ties between written forms in set order, which follows the
# hash seed (resolve.entities._display_name); one seed for every run keeps this test about crashes.
ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def _corpus(path: Path) -> Path:
    lines = []
    for i in range(14):
        town = TOWNS[i % len(TOWNS)]
        text = (f"Council of {town} approves budget {i}. The council of {town} voted on Tuesday to approve "
                f"the budget for the harbour works, mayor Ilse Marrow said. Work on pier {i} starts in May.")
        lines.append(json.dumps({"id": f"c-{i}", "title": f"{town} budget {i}", "text": text,
                                 "published": f"2026-03-{i + 1:02d}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest_command(db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "storyline", "ingest", "--db", str(db), str(corpus), "--workers", "1"]


def _state(db: Path) -> list[str]:
    with Store(db) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
        assert len(ids) == len(set(ids))
        return [json.dumps(r.to_dict(), sort_keys=True) for r in iter_records(store)]


def test_db_kill_during_ingest_heals_on_rerun(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    reference = tmp_path / "reference.duckdb"
    start = time.perf_counter()
    subprocess.run(_ingest_command(reference, corpus), check=True, capture_output=True, timeout=600, env=ENV)
    duration = time.perf_counter() - start
    expected = _state(reference)
    assert len(expected) == 14
    for n, fraction in enumerate(KILL_AT):
        db = tmp_path / f"killed-{n}.duckdb"
        child = subprocess.Popen(_ingest_command(db, corpus), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env=ENV)
        time.sleep(duration * fraction)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        if db.exists():
            _state(db)  # opens, no article twice
        subprocess.run(_ingest_command(db, corpus), check=True, capture_output=True, timeout=600, env=ENV)
        assert _state(db) == expected, f"killed at {fraction:.0%} of the run"


def test_db_articles_left_without_collection_are_finished_by_repair_and_ingest(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "s.duckdb"
    assert run_storyline("ingest", "--db", str(db), str(corpus), "--workers", "1").returncode == 0
    expected = _state(db)
    for finish in (("repair", "--db", str(db)), ("ingest", "--db", str(db), str(corpus), "--workers", "1")):
        with Store(db) as store:  # what a kill after storing and before the collection stages leaves
            store.con.execute("UPDATE articles SET collected = false, story = NULL, duplicate_of = NULL")
            store.con.execute("DELETE FROM stories; DELETE FROM entity_links; DELETE FROM entities")
            assert store.uncollected_count() == 14
        result = run_storyline(*finish)
        assert result.returncode == 0, result.stderr
        assert _state(db) == expected
        with Store(db) as store:
            assert store.uncollected_count() == 0
    assert "0 articles finished" in run_storyline("repair", "--db", str(db)).stderr
