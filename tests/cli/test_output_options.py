"""The options every query command shares: date bounds and windows over a list."""
from __future__ import annotations

import pytest

from storyline.cli.output import TABLE_ROWS, Dates, Format, Window, shown_of
from storyline.errors import StorylineError


def test_output_until_keeps_the_whole_last_day():
    dates = Dates.of("2031-03", "2031-03-10")
    assert dates.holds("2031-03-10T18:30:00+01:00")
    assert dates.holds("2031-03-01") and not dates.holds("2031-02-28") and not dates.holds("2031-03-11")
    assert not dates.holds(None)  # an undated item is outside any range
    assert Dates.of(None, None).holds(None)


@pytest.mark.parametrize("bad", ["yesterday", "2031-3-1", "03/10/2031", "2031-03-10T12:00"])
def test_output_dates_must_be_iso_dates(bad):
    with pytest.raises(StorylineError, match="E105"):
        Dates.of(bad, None)


def test_output_window_defaults_per_format():
    items = list(range(120))
    assert len(Window.of(Format.table, None, 0).cut(items)) == TABLE_ROWS
    assert Window.of(Format.json, None, 0).cut(items) == items
    assert Window.of(Format.jsonl, 5, 100).cut(items) == items[100:105]


def test_output_caption_only_when_cut():
    assert shown_of(10, 10) is None
    assert shown_of(12, 117) == "1-12 of 117; use --limit and --offset to see more"
    assert shown_of(3, 23, 20) == "21-23 of 23; use --limit and --offset to see more"
    assert shown_of(0, 5, 10) == "none of 5 after --offset 10"
