"""Run one ingest over hostile files and canaries, and tell each file's outcomes apart."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyline.export import iter_records
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.fuzz.hostile import CANARY_TEXTS, Case, canary_jsonl


@dataclass(frozen=True)
class Outcome:
    canaries_lost: list[str]
    per_file: dict[str, tuple[int, int]]  # file name -> (records, rejection lines)
    lines: list[str]  # every rejection line


def run_cases(folder: Path, cases: list[Case], options: Options | None = None) -> Outcome:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "canaries.jsonl").write_bytes(canary_jsonl())
    for case in cases:
        (folder / case.name).write_bytes(case.data)
    with Store(":memory:") as store:
        report = ingest([str(folder)], store, options or Options(workers=1))
        records = [r.to_dict() for r in iter_records(store)]
    ids = {r["id"] for r in records}
    lost = [f"canary-{i}" for i in range(len(CANARY_TEXTS)) if f"canary-{i}" not in ids]
    per_file = {}
    for case in cases:
        path = str(folder / case.name)
        per_file[case.name] = (sum(1 for r in records if _names(r["source"], path)),
                               sum(1 for j in report.rejections if _names(j.source, path)))
    return Outcome(lost, per_file, [j.line() for j in report.rejections])


def _names(source: str, path: str) -> bool:
    return source == path or source.startswith((path + ":", path + "#", path + " "))
