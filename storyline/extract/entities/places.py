"""Cities and regions the model types as organisations or people, on evidence in the text.

A table of general facts (places.tsv: cities and first-level regions of the world, see
scripts/make_places.py) says a name CAN be a place; many companies and people share a city's name
("Toyota", "Kent"), so the table alone changes nothing. A name of the table becomes a place (GPE)
when one of its mentions stands where only places stand: after "in", "from", "near" ("in Logar
province"), before "-based" or a place noun ("Amritsar-based", "Logar province"), or before a comma
and another known place ("Kent, Washington"). Every mention of that name in the article follows
(document-level agreement). A dateline in capitals ("HONOLULU, Hawaii -") is the same evidence.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.extract.entities.place_table import is_place_name, places

# Labels the rule may correct; LOC stays (a region, a river), GPE is already right.
_RETYPED = frozenset({"ORG", "FAC", "PERSON", "NORP"})
_BEFORE = re.compile(r"(?:\b(?:in|from|near|outside|across|around|throughout)|\bbased in)\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:-based\b|\s+(?:province|state|county|city|district|region|prefecture|governorate|oblast)\b)")
_PLACE_NOUNS = frozenset({"province", "state", "county", "district", "region", "prefecture", "governorate", "oblast"})
_COMMA_PLACE = re.compile(r"^,\s+((?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,2})")


def type_places(text: str, found: list[Found]) -> list[Found]:
    """`found` with every mention of a table place that the text shows is a place typed GPE."""
    evidenced = {f.name.lower() for f in found if f.label in _RETYPED and f.name.lower() in places()
                 and _stands_as_place(text, f)}
    # "Logar province" tagged as a place by the model is evidence for every "Logar"
    evidenced |= {head.lower() for f in found if f.label == "GPE" and " " in f.name
                  for head, noun in [f.name.rsplit(" ", 1)] if noun in _PLACE_NOUNS}
    if not evidenced:
        return found
    return [f.with_label("GPE") if f.label in _RETYPED and f.name.lower() in evidenced else f for f in found]


def _stands_as_place(text: str, f: Found) -> bool:
    start = f.end - len(f.name)  # the name without a title
    if f.label != "PERSON" and _BEFORE.search(text[max(0, start - 20):start]):
        return True
    after = text[f.end:f.end + 40]
    if f.label != "PERSON" and _AFTER.match(after):
        return True
    comma = _COMMA_PLACE.match(after)
    return comma is not None and _known_region(comma.group(1))


def _known_region(name: str) -> bool:
    """A region or country ("Washington", "California", "S.D.") that may follow a city and a comma."""
    words = name.split()
    return any(is_place_name(" ".join(words[:n])) for n in range(len(words), 0, -1))
