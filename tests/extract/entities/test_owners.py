"""A person's possessive before another name ends the person's name."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.owners import split_person_owner


def test_entities_owners_person_and_company_are_two():
    text = "Oren Tavish’s Vantor Systems won the contract."
    out = split_person_owner([Found(0, 28, "Oren Tavish’s Vantor Systems", "PERSON")])
    assert [(f.name, f.label) for f in out] == [("Oren Tavish", "PERSON"), ("Vantor Systems", "ORG")]
    assert text[out[1].start:out[1].end] == "Vantor Systems"


def test_entities_owners_owned_name_keeps_its_type_elsewhere():
    found = [Found(0, 20, "Oren Tavish’s Denver", "PERSON"), Found(30, 36, "Denver", "GPE")]
    assert split_person_owner(found)[1].label == "GPE"


def test_entities_owners_a_plain_name_is_untouched():
    found = [Found(0, 11, "Oren Tavish", "PERSON")]
    assert split_person_owner(found) == found


def test_entities_owners_body_named_elsewhere_owns_its_office():
    found = [Found(0, 4, "Vexa", "ORG"), Found(20, 59, "Vexa’s Office of the Inspector General", "ORG")]
    out = split_person_owner(found)
    assert [(f.name, f.label) for f in out[1:]] == [("Vexa", "ORG"), ("Office of the Inspector General", "ORG")]


def test_entities_owners_possessive_inside_a_name_stays():
    found = [Found(0, 14, "People’s Daily", "ORG")]
    assert split_person_owner(found) == found
