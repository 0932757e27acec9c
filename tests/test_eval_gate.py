"""Every visible set's figures may not drop below the floors in tests/eval_floors.json (see bench/eval_gate.py)."""
from __future__ import annotations

import pytest

from bench.eval_gate import SETS, measure, read_floors, shortfalls


@pytest.mark.parametrize("evalset", SETS, ids=[s.name for s in SETS])
def test_eval_gate_figures_hold_their_floors(evalset) -> None:
    if not evalset.present:
        pytest.skip(f"{evalset.input} is not present")
    floors = read_floors()
    assert evalset.name in floors, f"no floors for {evalset.name}: run bench/eval_gate.py --write-floors"
    headline = measure(evalset)
    assert not shortfalls(headline, floors[evalset.name]), headline
