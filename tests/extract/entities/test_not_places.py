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
