"""Every input document gives a record or a rejection: identical texts stay two records, a
repeated id is reported, and stored inputs are skipped before any cleaning or NLP."""
from __future__ import annotations

import json
from pathlib import Path

from storyline.export import iter_records
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.cli.helpers import run_storyline
from tests.fuzz.hostile import CANARY_TEXTS

ONE = Options(workers=1)


def test_pipeline_identical_texts_give_two_records(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CANARY_TEXTS[0], encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store, ONE)
        records = [r.to_dict() for r in iter_records(store)]
        assert len(report.added) == 2 and not report.rejections
        first, second = records
        assert second["duplicate_of"] == first["id"] and first["duplicate_of"] is None
        again = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store, ONE)
        assert again.added == [] and len(again.unchanged) == 2
        assert again.stages.get("clean") is None  # known before cleaning


def test_pipeline_repeated_id_is_reported(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text("\n".join(json.dumps({"id": "same", "text": t}) for t in CANARY_TEXTS[:2]) + "\n", encoding="utf-8")
    with Store(":memory:") as store:
        report = ingest([str(dump)], store, ONE)
    assert report.added == ["same"]
    assert [r.code for r in report.rejections] == ["E012"]


def test_pipeline_verbose_shows_stages_and_drops(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "c", "text": CANARY_TEXTS[2]}) + "\n{broken\n", encoding="utf-8")
    result = run_storyline("ingest", "--db", str(tmp_path / "s.duckdb"), str(dump), "--verbose")
    assert result.returncode == 0, result.stderr
    assert "stage extract: 1 documents" in result.stderr and "dropped 1 with E005" in result.stderr
