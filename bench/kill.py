"""kill -9 at random moments of an ingest: does the store always open, hold no article twice, and
reach the uninterrupted run's state after a rerun?

    .venv/bin/python bench/kill.py [--kills 20] [--articles 40] [--seed 7]

One uninterrupted ingest of a fictional corpus (tests/store/crash_corpus.py) gives the reference
state and the run's duration; then each trial starts the same ingest into a fresh store, kills it
with SIGKILL at a random moment of that duration (seeded), checks the store opens and holds no
article twice, reruns the ingest and compares every exported record with the reference.
Targets (issue 13): 0 unopenable stores, 0 duplicates, 0 states that differ after the rerun.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.store.crash_corpus import ENV, ingest_command, store_state, write_corpus  # noqa: E402


def trial(db: Path, corpus: Path, delay: float, expected: list[str]) -> str:
    """One kill and rerun: 'ok', 'unopenable', 'duplicates' or 'differs'."""
    child = subprocess.Popen(ingest_command(db, corpus), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    time.sleep(delay)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    if db.exists():
        try:
            store_state(db)
        except AssertionError:
            return "duplicates"
        except Exception as err:  # noqa: BLE001 - any failure to open is the figure this bench counts
            print(f"  unopenable after a kill at {delay:.1f} s: {type(err).__name__}: {err}", flush=True)
            return "unopenable"
    subprocess.run(ingest_command(db, corpus), check=True, capture_output=True, timeout=900, env=ENV)
    return "ok" if store_state(db) == expected else "differs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="storyline-kill-") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "corpus.jsonl", args.articles)
        start = time.perf_counter()
        subprocess.run(ingest_command(folder / "reference.duckdb", corpus), check=True, capture_output=True,
                       timeout=900, env=ENV)
        duration = time.perf_counter() - start
        expected = store_state(folder / "reference.duckdb")
        counts = {"ok": 0, "unopenable": 0, "duplicates": 0, "differs": 0}
        for n in range(args.kills):
            fraction = rng.random()
            outcome = trial(folder / f"killed-{n}.duckdb", corpus, duration * fraction, expected)
            counts[outcome] += 1
            print(f"kill {n + 1:2d} at {fraction:4.0%} of {duration:.1f} s: {outcome}", flush=True)
    print(f"{args.kills} kills over an ingest of {args.articles} articles: " +
          ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
