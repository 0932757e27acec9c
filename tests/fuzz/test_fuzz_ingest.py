"""Hostile documents cost only themselves: every canary comes through, every hostile file gets
its one outcome (a record or one rejection line), and no line breaks or carries escapes."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.hostile import generated_case, issue_cases
from tests.fuzz.outcomes import run_cases

# The quadratic regex took 46 s on its case; linear code reads the whole corpus in a few seconds.
ISSUE_CORPUS_SECONDS = 60


def _assert_clean_lines(lines: list[str]) -> None:
    for line in lines:
        assert line.isprintable(), repr(line)


def test_fuzz_issue_cases_each_cost_only_themselves(tmp_path: Path) -> None:
    cases = issue_cases()
    start = time.perf_counter()
    outcome = run_cases(tmp_path, cases)
    assert time.perf_counter() - start < ISSUE_CORPUS_SECONDS
    assert outcome.canaries_lost == []
    for case in cases:
        records, rejections = outcome.per_file[case.name]
        if case.name == "truncated.jsonl.gz":  # the lines before the damage, then one line for it
            assert records > 0 and rejections == 1, (case.name, records, rejections)
        else:
            assert records + rejections == 1, (case.name, records, rejections)
    _assert_clean_lines(outcome.lines)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(1, 12))
def test_fuzz_generated_documents_never_cost_a_canary(seed: int, size: int) -> None:
    rng = random.Random(seed)
    cases = [generated_case(rng, n) for n in range(size)]
    with tempfile.TemporaryDirectory() as folder:
        outcome = run_cases(Path(folder), cases)
    assert outcome.canaries_lost == []
    for case in cases:
        records, rejections = outcome.per_file[case.name]
        assert records + rejections == 1, (case.name, records, rejections)
    _assert_clean_lines(outcome.lines)
