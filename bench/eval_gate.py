"""The accuracy gate: every visible set's figures against the floors in tests/eval_floors.json.

    .venv/bin/python bench/eval_gate.py                       # every set: figures and any below its floor
    .venv/bin/python bench/eval_gate.py --set dev-wide        # one set
    .venv/bin/python bench/eval_gate.py --write-floors        # consciously reset the floors to today's figures

The sets: `dev` and `dev-wide` (shared/corpus, scored by shared/eval/score.py) and `pasted-pages`
(shared/data/pasted-pages, body F1 by shared/eval/score_body.py). The test suite runs the same
check (tests/test_eval_gate.py), so a change that lowers a figure fails CI until the floors are
lowered on purpose with --write-floors, in a commit that says why.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "tests" / "eval_floors.json"
# Floors sit this far below the measured figure: the pipeline is deterministic, so this only
# absorbs float rounding in the scorers, not noise.
MARGIN = 0.005


@dataclass(frozen=True)
class EvalSet:
    name: str
    input: Path
    gold: Path  # a folder of gold files (score.py) or a truth file (score_body.py)

    @property
    def present(self) -> bool:
        return self.input.is_file() and self.gold.exists()


SETS = (
    EvalSet("dev", SHARED / "corpus" / "dev-input.jsonl", SHARED / "corpus" / "dev"),
    EvalSet("dev-wide", SHARED / "corpus" / "dev-wide-input.jsonl", SHARED / "corpus" / "dev-wide"),
    EvalSet("pasted-pages", SHARED / "data" / "pasted-pages" / "input.jsonl", SHARED / "data" / "pasted-pages" / "truth.jsonl"),
)


def eval_set(name: str) -> EvalSet:
    return next(s for s in SETS if s.name == name)


def _extract(source: Path, pred: Path) -> None:
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "storyline", "extract", str(source)],
                       stdout=out, check=True, timeout=1200)


def measure(evalset: EvalSet) -> dict[str, float]:
    """Run `storyline extract` on one set and score it; returns the scorer's headline figures."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / f"{evalset.name}.jsonl"
        _extract(evalset.input, pred)
        if evalset.gold.is_dir():
            result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(evalset.gold),
                                     "--pred", str(pred), "--json"], capture_output=True, text=True, check=True, timeout=600)
            text = result.stdout
            return json.loads(text[: text.rindex("}") + 1])["headline"]
        result = subprocess.run([sys.executable, str(SHARED / "eval" / "score_body.py"), "--truth", str(evalset.gold),
                                 "--pred", str(pred)], capture_output=True, text=True, check=True, timeout=600)
        line = next(ln for ln in result.stdout.splitlines() if ln.startswith("body "))
        pairs = (item.partition("=") for item in line.split()[1:])
        return {k: float(v) for k, _, v in pairs if k in ("f1", "precision", "recall")}


def measure_headline() -> dict[str, float]:
    """The dev set's headline (kept for callers that want the one set)."""
    return measure(eval_set("dev"))


def shortfalls(headline: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [f"{k}={headline.get(k)} < floor {v}" for k, v in floors.items() if (headline.get(k) or 0.0) < v]


def read_floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=[s.name for s in SETS], help="only this set (repeatable)")
    ap.add_argument("--write-floors", action="store_true", help="reset the floors of the measured sets to today's figures")
    args = ap.parse_args()
    floors = read_floors()
    failed = False
    for evalset in SETS:
        if args.set and evalset.name not in args.set:
            continue
        if not evalset.present:
            print(f"{evalset.name}: not present, skipped")
            continue
        headline = measure(evalset)
        print(f"{evalset.name}: " + " ".join(f"{k}={v}" for k, v in headline.items()))
        if args.write_floors:
            floors[evalset.name] = {k: round(max(0.0, v - MARGIN), 3) for k, v in headline.items()
                                    if isinstance(v, (int, float))}
            continue
        for line in shortfalls(headline, floors.get(evalset.name, {})):
            failed = True
            print(f"below floor ({evalset.name}): {line}")
    if args.write_floors:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
