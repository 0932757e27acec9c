"""The line classifier's training script scores pages as the benchmark's scorer does."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.clean.pasted_page import HEADLINE, PARAGRAPHS, pasted_page

ROOT = Path(__file__).resolve().parents[2]
SCORE_BODY = ROOT.parent / "shared" / "eval" / "score_body.py"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_line_classifier_scores_kept_lines_as_score_body_does() -> None:
    if not SCORE_BODY.is_file():
        pytest.skip("../shared/eval/score_body.py is not present")
    script, scorer = _load(ROOT / "scripts" / "train_line_classifier.py"), _load(SCORE_BODY)
    truth = "\n".join([HEADLINE, *PARAGRAPHS])
    page = script.prepare("fictional", "https://meridian24.example/world/korvan", pasted_page([HEADLINE]), truth)
    rng = np.random.default_rng(7)
    masks = [np.ones(len(page["lines"]), dtype=bool), np.zeros(len(page["lines"]), dtype=bool),
             *(np.arange(len(page["lines"])) == i for i in range(4)),  # texts of fewer than four tokens
             *(rng.random(len(page["lines"])) < 0.5 for _ in range(20))]
    for keep in masks:
        text = "\n".join(line for line, k in zip(page["lines"], keep, strict=True) if k)
        assert script.score_page(page, keep) == pytest.approx(scorer.page(truth, text), abs=1e-12)
