"""The command and its read paths start without the pipeline: no spaCy, trafilatura or pandas.

Start-up time itself is measured by bench/startup.py; this pins what makes it short.
"""
from __future__ import annotations

import subprocess
import sys

READ_PATHS = ("storyline.cli", "storyline.analyze", "storyline.analyze.entity", "storyline.analyze.briefing",
              "storyline.analyze.reads", "storyline.store", "storyline.api.convert", "storyline.api.schemas")
HEAVY = ("spacy", "trafilatura", "storyline.pipeline", "pandas", "fastapi")


def test_startup_read_paths_leave_the_pipeline_unloaded():
    code = ("import sys\n"
            f"for name in {READ_PATHS!r}: __import__(name)\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
