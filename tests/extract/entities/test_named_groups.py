"""A class noun before capitalised words names an organisation: "the journal Orbital Letters"."""
from __future__ import annotations


def test_entities_named_groups_journal_name_is_an_organisation(annotate):
    _, layers = annotate("The findings were published in the journal Orbital Letters on Monday, "
                         "said Ilse Marrow, who led the study.")
    assert {"Orbital Letters": "ORG"}.items() <= {e.name: e.type for e in layers.entities}.items()


def test_entities_named_groups_stop_before_a_person_title(annotate):
    _, layers = annotate("The company CEO Oren Tavish said the plant would reopen.")
    names = {e.name for e in layers.entities}
    assert "Oren Tavish" in names and not any(n.startswith("CEO") for n in names)
