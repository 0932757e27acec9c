"""Places written in news conventions the model does not read.

- A US lawmaker's party and state: "Rep. Ilse Marrow (D-Minn.)", "Marrow, R-Texas,": the words
  after the party letter and hyphen are the state (GPE).
- "Washington, D.C." (or "DC"): the district is part of the city's name, not a second place;
  the city mention is extended over it.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found

_PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?=[),])")
_DISTRICT = re.compile(r",\s+(?:D\.C\.|DC\b)")


def with_party_states(text: str, found: list[Found]) -> list[Found]:
    """`found` with the state of each party-state note and "Washington, D.C." as one mention."""
    out = _with_district(text, found)
    taken = [(f.start, f.end) for f in out]
    for m in _PARTY_STATE.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(a < e and s < b for a, b in taken):
            out.append(Found(start=s, end=e, name=m.group(1), label="GPE"))
    return out


def _with_district(text: str, found: list[Found]) -> list[Found]:
    extended: dict[int, Found] = {}
    for n, f in enumerate(found):
        m = _DISTRICT.match(text, f.end) if f.name == "Washington" and f.label in ("GPE", "LOC") else None
        if m:
            extended[n] = Found(start=f.start, end=m.end(), name=text[f.end - len(f.name):m.end()], label="GPE",
                                dateline=f.dateline)
    if not extended:
        return found
    spans = [(g.start, g.end) for g in extended.values()]
    return [extended.get(n, f) for n, f in enumerate(found)
            if n in extended or not any(a <= f.start and f.end <= b for a, b in spans)]
