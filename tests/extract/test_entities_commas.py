"""An organisation span run over a comma-separated list is that many names."""
from __future__ import annotations

from storyline.extract.entities_commas import split_listed


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in split_listed(text, 0, len(text))]


def test_entities_commas_list_of_companies_is_split():
    assert _names("Vantor Systems, Kestrel Aerospace") == ["Vantor Systems", "Kestrel Aerospace"]


def test_entities_commas_legal_form_stays_in_the_name():
    assert _names("Vantor Orbital Systems, Inc.") == ["Vantor Orbital Systems, Inc."]
    assert _names("Vantor, and partners") == ["Vantor, and partners"]
