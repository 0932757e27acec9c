"""Planets and moons are places in an article about space; a compound adjective names no event."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.modifiers import drop_adjective_events
from storyline.extract.entities.sky import with_sky

SPACE = "The orbiter will reach the Moon in 2031 and later fly past Enceladus, a moon of Saturn."


def test_entities_sky_planets_and_moons_are_places():
    out = with_sky(SPACE, [Found(27, 31, "Moon", "ORG"), Found(59, 68, "Enceladus", "NORP")])
    assert {(f.name, f.label) for f in out} == {("Moon", "LOC"), ("Enceladus", "LOC"), ("Saturn", "LOC")}


def test_entities_sky_no_space_no_change():
    text = "Titan Logistics said Moon would lead the board."
    found = [Found(0, 15, "Titan Logistics", "ORG"), Found(21, 25, "Moon", "PERSON")]
    assert with_sky(text, found) == found


def test_entities_modifiers_olympic_size_is_no_event():
    text = "The plume could fill an Olympic-size pool."
    assert drop_adjective_events(text, [Found(24, 31, "Olympic", "EVENT")]) == []
