"""A name an owner's possessive introduces and a vehicle noun closes is a product, not an entity."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.products import drop_products


def test_entities_products_owned_lander_is_dropped_everywhere():
    text = "Vantor will offer its Skylark lander. Skylark can carry a rover."
    found = [Found(0, 6, "Vantor", "ORG"), Found(22, 29, "Skylark", "ORG"), Found(38, 45, "Skylark", "ORG")]
    assert [f.name for f in drop_products(text, found)] == ["Vantor"]


def test_entities_products_company_before_its_product_stays():
    text = "Vantor said its new lander would fly in 2031."
    found = [Found(0, 6, "Vantor", "ORG")]
    assert drop_products(text, found) == found
