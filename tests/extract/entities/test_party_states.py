"""A lawmaker's party-state note names the state; "Washington, D.C." is one place."""
from __future__ import annotations


def _types(layers) -> dict[str, str]:
    return {e.name: e.type for e in layers.entities}


def test_entities_party_states_state_after_party_letter(annotate):
    _, layers = annotate("Rep. Ilse Marrow (D-Minn.) said the bill would pass, and Sen. Oren Tavish, R-Texas, agreed.")
    types = _types(layers)
    assert types.get("Minn.") == "GPE" and types.get("Texas") == "GPE"


def test_entities_party_states_washington_dc_is_one_place(annotate):
    _, layers = annotate("Ilse Marrow, a researcher at Vantor University in Washington, D.C., said the data were new.")
    assert _types(layers).get("Washington, D.C.") == "GPE"
    assert "D.C." not in _types(layers)
