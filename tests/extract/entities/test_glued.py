"""A name glued to a repeat of itself or to a place by a lost space is cut at the glue."""
from __future__ import annotations

from storyline.extract.entities.glued import cut_glued
from storyline.extract.entities.place_table import is_place_name


def _cut(mention: str) -> str:
    s, e = cut_glued(mention, 0, len(mention), is_place_name)
    return mention[s:e]


def test_entities_glued_repeated_name_is_cut():
    assert _cut("Ilse MarrowIlse Marrow") == "Ilse Marrow"


def test_entities_glued_place_after_a_glued_word_is_the_place():
    assert _cut("MarrowSouth Dakota") == "South Dakota"


def test_entities_glued_camel_case_names_stay_whole():
    assert _cut("WoodSpring Suites") == "WoodSpring Suites"
    assert _cut("Oren McTavish") == "Oren McTavish"


def test_entities_glued_in_a_sentence(annotate):
    _, layers = annotate("Lawmakers praised Gov. Ilse MarrowIlse Lynn Marrow on Monday for the new hospital.")
    assert not any("MarrowIlse" in e.name for e in layers.entities)
