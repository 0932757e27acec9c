"""Folders and JSON Lines dumps are followed too: only new files and newly appended lines are taken."""
from __future__ import annotations

import json
from pathlib import Path

from storyline.follow import poll_sources
from storyline.settings import Options
from storyline.sources.fetch import Fetcher
from tests.cli.helpers import OTHER, REPORT

OPTIONS = Options(workers=1)


def poll(sources: list[Path], db: Path) -> list[str]:
    report = poll_sources([str(s) for s in sources], db, OPTIONS, Fetcher(OPTIONS))
    return [a.id for a in report.articles]


def test_watch_folder_takes_new_files(tmp_path: Path) -> None:
    folder, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    folder.mkdir()
    (folder / "one.txt").write_text(REPORT, encoding="utf-8")
    assert len(poll([folder], db)) == 1
    assert poll([folder], db) == []
    (folder / "two.txt").write_text(OTHER, encoding="utf-8")
    assert len(poll([folder], db)) == 1


def test_watch_jsonl_takes_appended_lines(tmp_path: Path) -> None:
    dump, db = tmp_path / "dump.jsonl", tmp_path / "w.duckdb"
    dump.write_text(json.dumps({"id": "r-1", "text": REPORT}) + "\n" + '{"id": "r-2", "te', encoding="utf-8")
    assert poll([dump], db) == ["r-1"]  # the unfinished line waits
    with dump.open("a", encoding="utf-8") as out:
        out.write('xt": ' + json.dumps(OTHER) + "}\n")
    assert poll([dump], db) == ["r-2"]
    assert poll([dump], db) == []
