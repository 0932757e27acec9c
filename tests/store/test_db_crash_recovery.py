"""A kill -9 at any moment of an ingest leaves a store that opens, holds no article twice, and
reaches the state of an uninterrupted ingest once the ingest is run again (or `repair`)."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from storyline.store import Store
from tests.cli.helpers import run_storyline
from tests.store.crash_corpus import ENV, ingest_command, store_state, write_corpus

# Fractions of an uninterrupted run's time at which the child is killed: while it loads and
# annotates, about when it stores, and during the collection stages at the end. bench/kill.py
# kills at 20 random moments.
KILL_AT = (0.3, 0.75, 0.92)


def test_db_kill_during_ingest_heals_on_rerun(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    reference = tmp_path / "reference.duckdb"
    start = time.perf_counter()
    subprocess.run(ingest_command(reference, corpus), check=True, capture_output=True, timeout=600, env=ENV)
    duration = time.perf_counter() - start
    expected = store_state(reference)
    assert len(expected) == 14
    for n, fraction in enumerate(KILL_AT):
        db = tmp_path / f"killed-{n}.duckdb"
        child = subprocess.Popen(ingest_command(db, corpus), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env=ENV)
        time.sleep(duration * fraction)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        if db.exists():
            store_state(db)  # opens, no article twice
        subprocess.run(ingest_command(db, corpus), check=True, capture_output=True, timeout=600, env=ENV)
        assert store_state(db) == expected, f"killed at {fraction:.0%} of the run"


def test_db_articles_left_without_collection_are_finished_by_repair_and_ingest(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "s.duckdb"
    assert run_storyline("ingest", "--db", str(db), str(corpus), "--workers", "1").returncode == 0
    expected = store_state(db)
    for finish in (("repair", "--db", str(db)), ("ingest", "--db", str(db), str(corpus), "--workers", "1")):
        with Store(db) as store:  # what a kill after storing and before the collection stages leaves
            store.con.execute("UPDATE articles SET collected = false, story = NULL, duplicate_of = NULL")
            store.con.execute("DELETE FROM stories; DELETE FROM entity_links; DELETE FROM entities")
            assert store.uncollected_count() == 14
        result = run_storyline(*finish)
        assert result.returncode == 0, result.stderr
        assert store_state(db) == expected
        with Store(db) as store:
            assert store.uncollected_count() == 0
    assert "0 articles finished" in run_storyline("repair", "--db", str(db)).stderr
