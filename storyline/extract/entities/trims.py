"""Words the model takes into a name that the name does not hold.

- A lower-case designator after a place: "Zabul province" is the province Zabul. Written with a
  capital, "Northern Province" is a name and stays; so does "state" ("Washington state" is not the
  capital).
- A year before an event: "the 1967 Six-Day War" is the Six-Day War, dated.
"""
from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.entities.group import Found

_DESIGNATOR = re.compile(r"(?<!\s)\s+(?:province|region|district|governorate|prefecture|county)$")  # linear: see not_places
_YEAR = re.compile(r"^[12]\d{3}\s+(?=[A-Z])")


def trim_names(found: list[Found]) -> list[Found]:
    return [_trimmed(f) for f in found]


def _trimmed(f: Found) -> Found:
    if f.label in ("GPE", "LOC") and (m := _DESIGNATOR.search(f.name)) and m.start() > 0:
        return replace(f, end=f.end - len(m.group(0)), name=f.name[:m.start()])
    if f.label in ("EVENT", "LAW") and (m := _YEAR.match(f.name)) and f.end - f.start == len(f.name):
        return replace(f, start=f.start + m.end(), name=f.name[m.end():])
    return f
