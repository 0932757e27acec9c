"""A city of the places table is a place only where the text shows it is one."""
from __future__ import annotations

from storyline.extract.entities.place_table import is_place_name, places


def _types(layers) -> dict[str, str]:
    return {e.name: e.type for e in layers.entities}


def test_entities_places_table_holds_cities_and_regions():
    assert {"amritsar", "spokane", "logar", "punjab"} <= places()
    assert is_place_name("California") and not is_place_name("Vantor")


def test_entities_places_based_in_a_city_makes_it_a_place(annotate):
    _, layers = annotate("Oren Tavish paid an Amritsar-based agent 2,000 dollars, his brother said on Monday.")
    assert _types(layers).get("Amritsar") == "GPE"


def test_entities_places_dateline_city_is_a_place(annotate):
    _, layers = annotate("SPOKANE, Wash. – Vantor Systems will close its plant in March, Ilse Marrow said.")
    assert _types(layers).get("SPOKANE", _types(layers).get("Spokane")) == "GPE"


def test_entities_places_company_sharing_a_city_name_stays_a_company(annotate):
    _, layers = annotate("Toyota recalled 20,000 cars on Monday, said Ilse Marrow, a spokeswoman for the carmaker.")
    assert _types(layers).get("Toyota") != "GPE"
