"""One local entity, with one type, per referent in an article."""
from __future__ import annotations

import pytest


def _by_name(layers):
    return {e.name: e for e in layers.entities}


@pytest.mark.parametrize(("text", "name", "forms"), [
    ("Valdoria Army chief Field Marshal Ilse Marrow met officials on Monday. Marrow said the talks were useful.",
     "Ilse Marrow", {"Field Marshal Ilse Marrow", "Marrow"}),
    ("Estmark's Defence Minister Tomas Brandt said the border would stay open. Brandt's office confirmed it.",
     "Tomas Brandt", {"Defence Minister Tomas Brandt", "Brandt"}),
])
def test_short_name_after_full_name_is_the_same_person(annotate, text, name, forms):
    entity = _by_name(annotate(text)[1])[name]
    assert entity.type == "PERSON"
    assert {m.text for m in entity.mentions} == forms  # possessive stripped from "Brandt's"


def test_acronym_defined_in_the_text_joins_its_full_name(annotate):
    _, layers = annotate("The Valdorian Liberation Front (VLF) claimed the attack. The VLF has 2,000 fighters.")
    front = _by_name(layers)["Valdorian Liberation Front"]
    assert {m.text for m in front.mentions} == {"Valdorian Liberation Front", "VLF"}


def test_country_aliases_and_capital_acting_for_it_are_one_referent(annotate):
    _, layers = annotate("Officials in Washington said the U.S. would not send troops, and the United States repeated it.")
    country = _by_name(layers)["United States"]
    assert country.type == "GPE"
    assert {m.text for m in country.mentions} == {"Washington", "U.S.", "United States"}


def test_dateline_is_the_city_and_demonyms_are_norp(annotate):
    _, layers = annotate("JAKARTA: Indonesian officials said Jakarta would decide soon. Indonesians welcomed it.")
    entities = _by_name(layers)
    assert entities["Jakarta"].type == "GPE" and [m.text for m in entities["Jakarta"].mentions] == ["JAKARTA"]
    assert entities["Indonesia"].type == "GPE"  # "Jakarta would decide": the government
    assert entities["Indonesian"].type == "NORP"
    assert {m.text for m in entities["Indonesian"].mentions} == {"Indonesian", "Indonesians"}


def test_headline_names_come_from_the_body(annotate):
    _, layers = annotate("Ilse Marrow Warns Estmark Over Border Troops\n"
                         "Field Marshal Ilse Marrow said on Tuesday that Estmark must withdraw.")
    names = {e.name for e in layers.entities}
    assert "Ilse Marrow" in names
    assert not any("Warns" in n for n in names)


def test_capital_after_from_is_the_government(annotate):
    _, layers = annotate("Estmark wants guarantees and economic aid from Washington before it sends troops.")
    assert "Washington" in {m.text for m in _by_name(layers)["United States"].mentions}


def test_acronym_in_square_brackets_joins_its_name_wherever_it_is_written(annotate):
    _, layers = annotate("The Valdorian Border Guard [VBG] moved north. Officers of the VBG said the move was planned.")
    guard = _by_name(layers)["Valdorian Border Guard"]
    assert [m.text for m in guard.mentions] == ["Valdorian Border Guard", "VBG", "VBG"]


def test_agency_credit_after_a_dateline_is_no_acronym_of_the_place(annotate):
    _, layers = annotate("Port talks stall\n\nBRANDHAVEN (AP) — Estmark officials said on Wednesday that talks had stalled. "
                         "The AP asked them why.")
    assert all("AP" not in {m.text for m in e.mentions} for e in layers.entities if e.type != "ORG")


@pytest.mark.parametrize("text", [
    "Afghanistan reopened its border crossings on Monday. Two Kabul residents said the markets were busy again.",
    "Afghanistan reopened its border crossings on Monday, a Kabul-based trader said.",
    "Afghanistan reopened its border crossings on Monday near the capital Kabul.",
])
def test_entities_grouping_capital_as_place_stays_a_city(annotate, text):
    _, layers = annotate(text)
    holders = [e for e in layers.entities if any(m.text == "Kabul" for m in e.mentions)]
    assert holders and all(e.name == "Kabul" for e in holders)
