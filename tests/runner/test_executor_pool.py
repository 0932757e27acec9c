"""LocalExecutor: a pool of worker processes started beside an open store gives the records one
process gives, in the same order."""
from __future__ import annotations

from pathlib import Path

from storyline.export import iter_records
from storyline.pipeline import ingest
from storyline.record import Record
from storyline.settings import Options
from storyline.store import Store

# Fiction, written for this test: enough reports for three batches, so that a pool is started.
_TOWNS = ("Port Aster", "Belmere", "Corvath", "Dunhallow", "Eskerby", "Fallowmere")
_WORKS = ("harbour wall", "bridge", "library", "tram line")


def _write_reports(folder: Path) -> list[str]:
    paths = []
    for n in range(24):
        town, work = _TOWNS[n % len(_TOWNS)], _WORKS[n % len(_WORKS)]
        text = (f"{town} approves {work} plan\n\nThe council of {town} voted on Tuesday to spend {n + 2} million "
                f"crowns on the {work}, mayor Ilse Marrow said. \"Work starts in May,\" she told reporters, "
                f"adding that the {work} would open in {2031 + n % 3}.")
        path = folder / f"report-{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _records(db: Path, paths: list[str], workers: int) -> list[Record]:
    with Store(db) as store:
        report = ingest(paths, store, Options(workers=workers))
        assert not report.rejections
        return list(iter_records(store))


def test_executor_pool_beside_open_store_gives_one_process_records(tmp_path: Path) -> None:
    paths = _write_reports(tmp_path)
    alone = _records(tmp_path / "one.duckdb", paths, workers=1)
    pooled = _records(tmp_path / "two.duckdb", paths, workers=2)
    assert len(alone) == 24 and pooled == alone
