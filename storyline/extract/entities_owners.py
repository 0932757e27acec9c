"""A person's name and what the person owns, tagged as one person: "Jeff Bezos’s Blue Origin".

The possessive ends the owner's name; the capitalised words after it name something else (a
company, a team, a country). The owner stays a person; the owned name takes the type the article
gives it elsewhere, else a place's type when it is a known place, else an organisation's.
"""
from __future__ import annotations

import re

from storyline.extract.entities_group import Found
from storyline.extract.entities_place_table import is_place_name

_OWNER_THEN_NAME = re.compile(r"^((?:[A-Z][\w.’'-]+ ){1,3}?[A-Z][\w.-]+)['’]s ((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,3})$")


def split_person_owner(found: list[Found]) -> list[Found]:
    labels = {f.name: f.label for f in found}
    out: list[Found] = []
    for f in found:
        m = _OWNER_THEN_NAME.match(f.name) if f.label == "PERSON" else None
        if m is None or " " not in m.group(1):
            out.append(f)  # a lone word before "’s" may be a title's owner ("Marrow’s Vantor"): left alone
            continue
        name_start = f.end - len(f.name)
        owned = m.group(2)
        label = labels.get(owned) or ("GPE" if is_place_name(owned) else "ORG")
        out.append(Found(start=f.start, end=name_start + len(m.group(1)), name=m.group(1), label="PERSON", roles=f.roles))
        out.append(Found(start=f.end - len(owned), end=f.end, name=owned, label=label))
    return out
