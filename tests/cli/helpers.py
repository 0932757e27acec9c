"""Running the real `storyline` command, and small fictional documents to feed it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPORT = (
    "Valdoria weighs troops for basin mission\n\n"
    "General Ilse Marrow said on Tuesday that Valdoria will decide within weeks whether to send troops.\n"
    "“We are ready,” she told Meridian 24.\n"
)
OTHER = (
    "Dockworkers strike in Brisa Nova\n\n"
    "About 2,800 dockworkers walked out on Monday, union leader Mira Castell said, demanding higher pay.\n"
)


def run_storyline(*args: str, stdin: str | None = None, cwd: str | None = None) -> subprocess.CompletedProcess:
    """The installed command in a child process, exactly as a user runs it."""
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("STORYLINE_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "storyline", *args], input=stdin, capture_output=True, text=True,
                          timeout=600, env=env, cwd=cwd)


def ingest_documents(folder: Path, docs: list[dict]) -> Path:
    """Write `docs` as a JSON Lines dump in `folder`, ingest it with the real command, return the DuckDB file."""
    dump = folder / "docs.jsonl"
    dump.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    path = folder / "collection.duckdb"
    done = run_storyline("ingest", str(dump), "--db", str(path))
    assert done.returncode == 0, done.stderr
    return path
