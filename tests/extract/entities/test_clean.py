"""The character range of a mention, cleaned of what spaCy's span carries around the name."""
from __future__ import annotations

import pytest

from storyline.extract.entities.clean import clean_range


@pytest.mark.parametrize("text, span, name", [
    ("the insurgent group’s Haqqani network", "’s Haqqani", "Haqqani"),  # an owner's clitic at the start
    ("the council's Brask office", "'s Brask", "Brask"),
    ("talks at theUnited Nations", "theUnited Nations", "United Nations"),  # a space lost in extraction
    ("a vote in the Valdorian Senate's hall", "the Valdorian Senate's", "Valdorian Senate"),
])
def test_clean_range_strips_what_is_not_the_name(text, span, name):
    start = text.index(span)
    assert [text[a:b] for a, b in clean_range(text, start, start + len(span))] == [name]
