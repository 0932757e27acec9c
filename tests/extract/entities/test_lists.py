"""A line listing names (company, city, state) is read by the model, not as a headline."""
from __future__ import annotations

from storyline.extract.entities.lists import is_name_list


def test_entities_lists_address_lines_are_name_lists():
    assert is_name_list("- Kestrel Aerospace, Marlow Springs, Oregon")
    assert is_name_list("Vantor Systems Inc., Dunmore, Ohio")
    assert not is_name_list("- Photos: Kestrel, the Lander That Could Reach the Moon")
    assert not is_name_list("Kestrel Aerospace Wins Contract To Land On Moon")


def test_entities_lists_places_in_a_list_line_are_entities(annotate):
    text = ("The space agency picked three companies to fly small landers to the Moon.\n"
            "The new companies are:\n"
            "- Kestrel Aerospace, Portland, Oregon\n"
            "- Vantor Systems, Denver, Colorado\n"
            "They will compete for delivery contracts.")
    _, layers = annotate(text)
    types = {e.name: e.type for e in layers.entities}
    assert types.get("Portland") == "GPE" and types.get("Colorado") == "GPE"


def test_entities_lists_post_signature_names_its_author(annotate):
    text = ("Readers mocked the new slogan online.\n"
            "I love that they trademarked it. https://t.co/abc123\n"
            "— Daniel Harper (@danharper) November 18, 2031\n"
            "The campaign cost the state 400,000 dollars.")
    _, layers = annotate(text)
    names = {e.name for e in layers.entities}
    assert "Daniel Harper" in names and not any(n.startswith("@") for n in names)
