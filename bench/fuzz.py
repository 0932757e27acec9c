"""Hostile inputs against the real command: does any bad document cost another?

    .venv/bin/python bench/fuzz.py [--inputs 10000] [--batch 100] [--seed 13] [--timeout 600]

Generated hostile documents of every input format (tests/fuzz/hostile.py, written for this
project), in batches, each batch with the canary documents, each batch one `storyline extract`
run in a child process. Reports calls stopped (exit status 3 or killed), canaries lost, hangs
(a batch past --timeout), peak memory of a child, and the rejection lines that are not one
printable line. Targets (issue 13): 0 stopped, 0 lost, 0 hangs, under 1.5 GB per worker.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.fuzz.hostile import CANARY_TEXTS, canary_jsonl, generated_case, issue_cases  # noqa: E402


def run_batch(folder: Path, cases: list, timeout: float) -> tuple[str, int, int]:
    """(status, canaries lost, bad lines) of one extract over `cases` and the canaries."""
    (folder / "canaries.jsonl").write_bytes(canary_jsonl())
    for case in cases:
        (folder / case.name).write_bytes(case.data)
    command = [sys.executable, "-m", "storyline", "extract", str(folder), "--workers", "1"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout,
                              env={**os.environ, "COLUMNS": "200"})
    except subprocess.TimeoutExpired:
        return "hang", len(CANARY_TEXTS), 0
    ids = set()
    for line in done.stdout.decode("utf-8", "replace").split("\n"):  # not splitlines: U+2028 is in strings
        if line:
            ids.add(json.loads(line)["id"])
    lost = sum(1 for i in range(len(CANARY_TEXTS)) if f"canary-{i}" not in ids)
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    bad = sum(1 for line in lines if not line.isprintable())
    status = "stopped" if done.returncode not in (0, 1, 2) else "ok"
    return status, lost, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regression = issue_cases()
    totals = {"batches": 0, "inputs": 0, "stopped": 0, "hangs": 0, "canaries lost": 0, "bad lines": 0}
    start = time.perf_counter()
    number = 0
    while totals["inputs"] < args.inputs:
        size = min(args.batch, args.inputs - totals["inputs"])
        cases = [generated_case(rng, number + k) for k in range(size)]
        if totals["batches"] == 0:  # the issue's crashing cases ride in the first batch
            cases[: len(regression)] = regression
        number += size
        with tempfile.TemporaryDirectory() as folder:
            status, lost, bad = run_batch(Path(folder), cases, args.timeout)
        totals["batches"] += 1
        totals["inputs"] += size
        totals["stopped"] += status == "stopped"
        totals["hangs"] += status == "hang"
        totals["canaries lost"] += lost
        totals["bad lines"] += bad
        print(f"batch {totals['batches']}: {status}, {lost} canaries lost, {bad} bad lines", file=sys.stderr, flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(", ".join(f"{k}: {v}" for k, v in totals.items()) + f", peak child memory: {peak_mb:.0f} MB, "
          f"time: {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
