"""Names in a reporter's contact line are page furniture, not the story's entities."""
from __future__ import annotations


def test_entities_noise_contact_line_names_no_entity(annotate):
    text = ("Kestrel Aerospace will fly its lander to the Moon in 2031, said Oren Tavish.\n"
            "Email Emma Larsen at elarsen@example.com or follow her @elarsen. Follow us on Twitter @Kestrelnews.")
    _, layers = annotate(text)
    names = {e.name for e in layers.entities}
    assert "Emma Larsen" not in names and not any("@" in n for n in names)
    assert "Oren Tavish" in names


def test_entities_noise_embedded_post_keeps_its_names(annotate):
    text = ("Emma Larsen wrote that the answer to hate is compassion. pic.twitter.com/abc123\n"
            "— Emma Larsen (@elarsen) November 18, 2031")
    _, layers = annotate(text)
    assert "Emma Larsen" in {e.name for e in layers.entities}
