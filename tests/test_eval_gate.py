"""The dev-set figures may not drop below the floors in tests/eval_floors.json (see bench/eval_gate.py)."""
from __future__ import annotations

import json

from bench.eval_gate import FLOORS, measure_headline, shortfalls


def test_eval_gate_dev_set_figures_hold_their_floors(dev_input) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    headline = measure_headline()
    assert not shortfalls(headline, floors), headline
