"""Running the real `storyline` command, and small fictional documents to feed it."""
from __future__ import annotations

import os
import subprocess
import sys

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
