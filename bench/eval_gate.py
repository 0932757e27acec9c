"""The accuracy gate: score.py's headline on the dev set against the floors in tests/eval_floors.json.

    .venv/bin/python bench/eval_gate.py                 # print the headline and any figure below its floor
    .venv/bin/python bench/eval_gate.py --write-floors  # consciously reset the floors to today's figures

The test suite runs the same check (tests/test_eval_gate.py), so a change that lowers a figure
fails CI until the floors are lowered on purpose with --write-floors, in a commit that says why.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "tests" / "eval_floors.json"
# Floors sit this far below the measured figure: the pipeline is deterministic, so this only
# absorbs float rounding in score.py, not noise.
MARGIN = 0.005


def measure_headline() -> dict[str, float]:
    """Run `storyline extract` on the dev set and score it; returns score.py's headline."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "dev.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "storyline", "extract", str(SHARED / "corpus" / "dev-input.jsonl")],
                           stdout=out, check=True, timeout=600)
        result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                                 str(SHARED / "corpus" / "dev"), "--pred", str(pred), "--json"],
                                capture_output=True, text=True, check=True, timeout=600)
    text = result.stdout
    return json.loads(text[: text.rindex("}") + 1])["headline"]


def shortfalls(headline: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [f"{k}={headline.get(k)} < floor {v}" for k, v in floors.items() if (headline.get(k) or 0.0) < v]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write-floors", action="store_true", help="reset the floors to the figures measured now")
    args = ap.parse_args()
    headline = measure_headline()
    print("headline " + " ".join(f"{k}={v}" for k, v in headline.items()))
    if args.write_floors:
        floors = {k: round(max(0.0, v - MARGIN), 3) for k, v in headline.items() if isinstance(v, (int, float))}
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
        return 0
    short = shortfalls(headline, json.loads(FLOORS.read_text(encoding="utf-8")))
    for line in short:
        print("below floor: " + line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
