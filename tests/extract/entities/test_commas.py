"""An organisation span run over a comma-separated list is that many names."""
from __future__ import annotations

from storyline.extract.entities.commas import split_listed
from storyline.extract.entities.place_table import is_place_name


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in split_listed(text, 0, len(text))]


def test_entities_commas_list_of_companies_is_split():
    assert _names("Vantor Systems, Kestrel Aerospace") == ["Vantor Systems", "Kestrel Aerospace"]


def test_entities_commas_legal_form_stays_in_the_name():
    assert _names("Vantor Orbital Systems, Inc.") == ["Vantor Orbital Systems, Inc."]
    assert _names("Vantor, and partners") == ["Vantor, and partners"]


def test_entities_commas_two_known_places_joined_by_and_are_two():
    text = "Denver and Tucson"
    assert [text[a:b] for a, b in split_listed(text, 0, len(text), is_place_name)] == ["Denver", "Tucson"]
    text = "Procter and Gamble"
    assert [text[a:b] for a, b in split_listed(text, 0, len(text), is_place_name)] == ["Procter and Gamble"]


def test_entities_commas_a_name_closed_by_its_kind_and_the_next_are_two():
    assert _names("First Amendment and the Second Amendment") == ["First Amendment", "Second Amendment"]
    assert _names("Valdorian Trade Commission and the Estmark Senate") == ["Valdorian Trade Commission", "Estmark Senate"]
    assert _names("Society of Friends and the Sea") == ["Society of Friends and the Sea"]
