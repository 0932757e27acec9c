"""A lower-case designator after a place and a year before an event are not part of the name."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.trims import trim_names


def test_entities_trims_province_and_year():
    out = trim_names([Found(10, 25, "Vardak province", "GPE"), Found(30, 46, "1931 Harbour War", "EVENT")])
    assert [(f.name, f.start, f.end) for f in out] == [("Vardak", 10, 16), ("Harbour War", 35, 46)]


def test_entities_trims_capitalised_designator_and_state_stay():
    found = [Found(0, 17, "Northern Province", "GPE"), Found(20, 36, "Washington state", "GPE")]
    assert trim_names(found) == found
