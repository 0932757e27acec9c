"""Products the model tags as organisations: "its Blue Moon lander", "its popular 737 Max jet".

The annotation guide leaves products out. A name that an owner's possessive introduces and a
vehicle or device noun closes is a product: companies are not written "its X lander". One such
mention is enough evidence for the name in the whole article (document-level agreement).
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found

# Nouns that close a product's name: vehicles and devices in the news, not services or programs
# ("its Artemis program" and "its Weibo platform" name bodies the guide keeps).
_PRODUCT_NOUNS = r"(?:lander|rover|vehicle|spacecraft|rocket|capsule|jet|jets|aircraft|airliner|plane|car|truck|" \
                 r"phone|smartphone|tablet|laptop|console|drone|satellite)"
_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?" + _PRODUCT_NOUNS + r"\b")
_BEFORE = re.compile(r"(?:\b(?:its|their|our|his|her)|['’]s)\s+(?:[\w-]+\s+){0,2}$")


def drop_products(text: str, found: list[Found]) -> list[Found]:
    products = {f.name for f in found if f.label in ("ORG", "FAC", "PERSON", "LOC", "GPE")
                and _BEFORE.search(text[max(0, f.start - 40):f.start]) and _AFTER.match(text[f.end:f.end + 40])}
    return [f for f in found if f.name not in products] if products else found
