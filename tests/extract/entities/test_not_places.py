"""A 'place' no table knows is a company when the text treats it as one."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.not_places import unplace_companies


def test_entities_not_places_shares_make_a_company():
    text = "Quorvex’s shares rose 4%. Quorvex will list in 2031."
    found = [Found(0, 7, "Quorvex", "GPE"), Found(26, 33, "Quorvex", "GPE")]
    assert [f.label for f in unplace_companies(text, found)] == ["ORG", "ORG"]


def test_entities_not_places_known_place_stays():
    text = "Denver’s shares of the budget rose."
    assert unplace_companies(text, [Found(0, 6, "Denver", "GPE")])[0].label == "GPE"


def test_entities_not_places_unknown_village_without_evidence_stays():
    text = "Fighting reached Quorvex on Monday."
    assert unplace_companies(text, [Found(17, 24, "Quorvex", "GPE")])[0].label == "GPE"


def test_entities_not_places_name_opening_a_list_of_companies_is_one():
    text = "NASA awarded orders to Quorvex, Vantor Systems and Kestrel Aerospace."
    found = [Found(23, 30, "Quorvex", "LOC"), Found(32, 46, "Vantor Systems", "ORG"), Found(51, 68, "Kestrel Aerospace", "ORG")]
    assert unplace_companies(text, found)[0].label == "ORG"


def test_entities_not_places_place_before_one_body_starting_a_clause_stays():
    text = "Troops went to the Quorvex Strip, Estmark Army Chief Ilse Marrow said."
    found = [Found(19, 32, "Quorvex Strip", "LOC"), Found(34, 45, "Estmark Army", "ORG")]
    assert unplace_companies(text, found)[0].label == "LOC"
