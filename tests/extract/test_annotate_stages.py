"""The per-article stages are listed in one place, each with what it needs and adds; this pins
the list, so that a new or reordered stage is a deliberate change here too."""
from __future__ import annotations

import pytest

from storyline.extract.annotate import STAGES, Stage, check_stages


def test_annotate_stages_are_pinned() -> None:
    assert [(s.name, s.needs, s.adds) for s in STAGES] == [
        ("entities", ("article", "doc"), "entities"),
        ("attributions", ("article", "doc", "entities"), "attributions"),
        ("times", ("article", "doc"), "times"),
        ("events", ("article", "doc", "entities", "times", "attributions"), "events"),
    ]


def test_annotate_stages_refuse_a_need_no_earlier_stage_adds() -> None:
    reordered = (STAGES[1], STAGES[0], *STAGES[2:])
    with pytest.raises(ValueError, match="'attributions' needs"):
        check_stages(reordered)


def test_annotate_stages_must_add_every_layer() -> None:
    with pytest.raises(ValueError, match="the layers are"):
        check_stages(STAGES[:-1])
    extra = Stage("sentiment", ("article", "doc"), "sentiment", lambda article, doc: ())
    with pytest.raises(ValueError, match="sentiment"):
        check_stages((*STAGES, extra))
