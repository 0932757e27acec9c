"""Mentions the model misses or cuts: datelines, family names, owner + nationality spans."""
from __future__ import annotations


def _by_name(layers):
    return {e.name: e for e in layers.entities}


def test_opening_dateline_is_a_place_even_when_unknown(annotate):
    _, layers = annotate("Port Deal Stalls\nBRANDHAVEN: Estmark officials said on Monday the port deal had stalled.")
    assert _by_name(layers)["Brandhaven"].type == "GPE"


def test_layout_label_is_not_a_dateline(annotate):
    _, layers = annotate("WATCH: Estmark officials said on Monday the port deal had stalled.")
    assert "Watch" not in _by_name(layers)


def test_owner_and_nationality_are_not_one_organisation(annotate):
    _, layers = annotate("Talks continued as Berlin’s European partners met in Rome on Friday.")
    names = _by_name(layers)
    assert not any("’s" in n for n in names)


def test_numbered_resolution_is_a_law_named_with_its_body(annotate):
    _, layers = annotate("The plan rests on the United Nations Security Council Resolution 2803, the envoy from Estmark said.")
    names = _by_name(layers)
    assert names["United Nations Security Council Resolution 2803"].type == "LAW"
    assert names["United Nations Security Council"].type == "ORG"  # the body stays an entity of its own


def test_entities_more_outlet_and_its_reporter_are_two_entities(annotate):
    _, layers = annotate("As Emma Larsen reports for Radio Halver, the first cases came to light last week. "
                         "But according to Radio Halver’s Larsen, the couple had been moved on November 3.")
    names = {e.name: e for e in layers.entities}
    assert "Radio Halver’s Larsen" not in names
    assert {m.text for m in names["Emma Larsen"].mentions} >= {"Emma Larsen", "Larsen"}
