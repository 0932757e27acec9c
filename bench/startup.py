"""Start-up time of the `storyline` command: `--help` and a query on the demo store.

    .venv/bin/python bench/startup.py [--runs 7] [--db demo.duckdb]

Each command runs as a user runs it (`python -m storyline ...` in a fresh process, output
discarded); the median of the runs is printed with the fastest and slowest. The demo store is
built with `storyline demo` when the file does not exist yet. Wall time on a busy machine
includes waiting for a core, so the CPU time of the child (user + system) is printed as well.
A benchmark, not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = (["--help"], ["stories", "--db", "{db}"], ["said", "--db", "{db}", "--format", "json"])


def time_once(args: list[str]) -> tuple[float, float] | None:
    """(wall seconds, CPU seconds of the child) of one run; None when the command failed
    (an older storyline without one of the options, for a before/after comparison)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "storyline", *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        return None
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path("demo.duckdb"))
    args = parser.parse_args()
    if not args.db.is_file():
        print(f"building {args.db} with `storyline demo` ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "storyline", "demo", "--db", str(args.db)], stdout=subprocess.DEVNULL,
                       check=True, env={**os.environ, "COLUMNS": "120"})
    print(f"{'command':45} {'median s':>9} {'min':>6} {'max':>6} {'cpu s':>6}")
    for template in COMMANDS:
        command = [part.format(db=args.db) for part in template]
        label = "storyline " + " ".join(command)
        if time_once(command) is None:  # also warms the file system cache
            print(f"{label:45} failed")
            continue
        runs = [r for r in (time_once(command) for _ in range(args.runs)) if r is not None]
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(f"{label:45} {statistics.median(walls):9.2f} {min(walls):6.2f} "
              f"{max(walls):6.2f} {statistics.median(cpus):6.2f}")


if __name__ == "__main__":
    main()
