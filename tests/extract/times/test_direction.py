"""Relative dates point the way their clause does: forward for plans and deferrals, back for reports."""
from __future__ import annotations

import pytest

# Published on Wednesday 2031-03-19.
PUBLISHED = "2031-03-19"


@pytest.mark.parametrize(("sentence", "expression", "value"), [
    ("The Porta river report is due to be published in May.", "in May", "2031-05"),
    ("The Porta river report was published in May.", "in May", "2030-05"),
    ("The vote was postponed until Saturday.", "Saturday", "2031-03-22"),
    ("Estmark held the vote on Saturday.", "on Saturday", "2031-03-15"),
    ("Valdoria will hold elections next Tuesday.", "next Tuesday", "2031-03-25"),
    ("Valdoria's grain exports rose in May this year.", "in May this year", "2031-05"),
    ("The museum reopened this past January.", "this past January", "2031-01"),
    ("Sales have fallen since February.", "since February", "2031-02"),
    ("The strike began last spring.", "last spring", "2030"),
    ("The match was played last night.", "last night", "2031-03-18"),
    ("The dam opened a year ago.", "a year ago", "2030-03"),
    # a clause without tense takes the time of the clause above it
    ("A Porta man pleaded guilty on Monday to threatening a judge in October.", "in October", "2030-10"),
    ("“I tried to cross the river on May 16 but was caught,” he said.", "May 16", "2030-05-16"),
    # a modal puts a bare day ahead
    ("The storm should ease by Friday morning, forecasters said.", "Friday morning", "2031-03-21"),
])
def test_times_direction_values(annotate, sentence: str, expression: str, value: str) -> None:
    _, layers = annotate(sentence, published=PUBLISHED)
    assert (expression, value) in {(t.span.text, t.value) for t in layers.times}, layers.times


def test_times_direction_gap_is_not_a_date(annotate) -> None:
    _, layers = annotate("The ceasefire came a day after the talks.", published=PUBLISHED)
    assert layers.times == ()


def test_times_direction_history_is_background(annotate) -> None:
    _, layers = annotate("The pilot was shot down over Porta in 1997 and returned home in March.", published=PUBLISHED)
    marks = {t.span.text: t.background for t in layers.times}
    assert marks == {"in 1997": True, "in March": False}
