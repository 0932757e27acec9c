"""`storyline watch` follows a feed served on 127.0.0.1: a second poll takes only the new entry."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import run_storyline
from tests.sources.feed_server import Site, serve


def test_watch_takes_only_new_entries(tmp_path: Path) -> None:
    db = str(tmp_path / "watched.duckdb")
    with serve(Site(entries=["/2026/valdoria.html"])) as site:
        feed = f"{site.base}/feed.xml"
        args = ("watch", feed, "--once", "--allow-private-urls", "--db", db)
        first = run_storyline(*args)
        site.entries.append("/2026/brisa.html")
        second = run_storyline(*args)
        third = run_storyline(*args)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0 and third.returncode == 0, second.stderr + third.stderr
    assert "Valdoria weighs basin troops" in first.stdout and first.stdout.count("new article") == 1
    assert second.stdout.count("new article") == 1 and "Dockworkers strike in Brisa Nova" in second.stdout
    assert "story " in first.stdout and "story " in second.stdout
    assert third.stdout == "" and "nothing new" in third.stderr
    # each entry page fetched once; the third poll was a conditional GET answered 304
    assert site.requests.count("/2026/valdoria.html") == 1 and site.requests.count("/2026/brisa.html") == 1
    assert site.conditional[-1] == site.etag()


def test_watch_refuses_loopback_entries_unless_allowed(tmp_path: Path) -> None:
    with serve(Site(entries=["/2026/valdoria.html"])) as site:
        done = run_storyline("watch", f"{site.base}/feed.xml", "--once", "--db", str(tmp_path / "w.duckdb"))
    assert done.returncode == 0, done.stderr
    assert "/2026/valdoria.html" not in site.requests


def test_watch_rejects_a_bad_interval(tmp_path: Path) -> None:
    done = run_storyline("watch", str(tmp_path), "--every", "soon", "--db", str(tmp_path / "w.duckdb"))
    assert done.returncode == 2 and "--every" in done.stderr


def test_watch_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    env = {**os.environ, "COLUMNS": "200"}
    child = subprocess.Popen([sys.executable, "-m", "storyline", "watch", str(folder), "--every", "1m",
                              "--db", str(tmp_path / "w.duckdb")], stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stderr is not None
        for line in child.stderr:  # wait until it sleeps between polls
            if "next poll" in line:
                break
        child.send_signal(signal.SIGINT)
        rest = child.stderr.read()
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
    assert "stopped watching" in rest
