"""An owner's name and what it owns, tagged as one span: "Jeff Bezos’s Blue Origin",
"NASA’s Office of the Inspector General", "Earth’s Moon".

The possessive ends the owner's name; the capitalised words after it name something else. A
person's span is split so whenever the owner has a given and a family name. Other spans carry
possessives in their own names ("People’s Daily", "Governor’s Office"), so they are split only
when the article names the owner on its own elsewhere ("NASA") or it is a country. The owned name
takes the type the article gives it elsewhere, else a place's type when it is a known place, else
the span's own type (an organisation's for a person's span).
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.extract.entities.place_table import is_place_name
from storyline.lexicon.gazetteer import country_named

_OWNER_THEN_NAME = re.compile(r"^((?:[A-Z][\w.’'-]+ ){0,3}?[A-Z][\w.-]+)['’]s "
                              r"((?:[A-Z][\w&.-]*)(?: (?:of|for|the|and|[A-Z][\w&.-]*)){0,6})$")


def split_person_owner(found: list[Found]) -> list[Found]:
    labels = {f.name: f.label for f in found}
    out: list[Found] = []
    for f in found:
        m = _OWNER_THEN_NAME.match(f.name)
        if m is None or not _splits(f, m.group(1), found):
            out.append(f)
            continue
        name_start = f.end - len(f.name)
        owner, owned = m.group(1), m.group(2)
        owner_label = "PERSON" if f.label == "PERSON" else labels.get(owner) or ("GPE" if country_named(owner) else f.label)
        label = labels.get(owned) or ("GPE" if is_place_name(owned) else "ORG" if f.label == "PERSON" else f.label)
        out.append(Found(start=f.start, end=name_start + len(owner), name=owner, label=owner_label, roles=f.roles))
        out.append(Found(start=f.end - len(owned), end=f.end, name=owned, label=label))
    return out


def _splits(f: Found, owner: str, found: list[Found]) -> bool:
    if f.label == "PERSON":
        return " " in owner  # "Jeff Bezos’s": a lone word may be a title's owner
    return country_named(owner) is not None or any(g.name == owner and g is not f for g in found)
