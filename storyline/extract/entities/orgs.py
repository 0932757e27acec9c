"""Organisations the model misses or runs into a personal name.

- "the Secretary of the Meridian Security Council Ilse Marrow": the model tags one organisation
  running on into the name; it is the council and the person, whose role names the council;
- "Estmark's Sovereignty Council", "the Harbour Authority": capitalised words ending in a word
  that heads organisation names, after a possessive or "the", which the model leaves untagged.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import ORG_HEADS, ROLE_NOUNS, TITLE_MODIFIERS
from storyline.lexicon.gazetteer import country_named

# A personal name after the organisation: two or three capitalised words, no organisation word.
_NAME_AFTER = re.compile(r"^ ((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+)$")
# A title before the organisation that makes the whole a role: "Secretary of the", "Chairman of".
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) of (?:the )?$")
# Untagged, "Union" is too often a state ("the Soviet Union") to be taken for an organisation.
_UNTAGGED_ORG = re.compile(r"(?:['’]s |\b[Tt]he )((?:[A-Z][a-z]+ ){1,4}(?:"
                           + "|".join(sorted(w.title() for w in ORG_HEADS - {"union"})) + r"))\b")


def split_org_and_person(text: str, found: list[Found]) -> list[Found]:
    """An organisation tagged with the personal name after it becomes the two."""
    out: list[Found] = []
    for f in found:
        split = _org_then_name(text, f) if f.label == "ORG" else None
        if split is None:
            out.append(f)
            continue
        org_start, org_end, person_start = split
        title = _TITLE_OF.search(text, max(0, org_start - 40), org_start)
        roles = (text[title.start(1):org_end],) if title else ()
        out += [Found(start=org_start, end=org_end, name=text[org_start:org_end], label="ORG"),
                Found(start=person_start, end=f.end, name=text[person_start:f.end], label="PERSON", roles=roles)]
    return out


def untagged_orgs(text: str, found: list[Found]) -> list[Found]:
    """Capitalised names ending in an organisation word after a possessive or "the"."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in _UNTAGGED_ORG.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(a < e and s < b for a, b in taken) and len(m.group(1).split()) >= 2 and not country_named(m.group(1)):
            out.append(Found(start=s, end=e, name=m.group(1), label="ORG"))
            taken.append((s, e))
    return out


def _org_then_name(text: str, f: Found) -> tuple[int, int, int] | None:
    """(start and end of the organisation, start of the person) when f is an organisation then a name."""
    name_start = f.end - len(f.name)
    if text[name_start:f.end] != f.name:
        return None
    words = list(re.finditer(r"\S+", f.name))
    heads = [w for w in words[:-1] if w.group(0).lower() in ORG_HEADS]
    after = _NAME_AFTER.match(f.name[heads[-1].end():]) if heads else None
    if after is None or any(w.lower() in ROLE_NOUNS | TITLE_MODIFIERS for w in after.group(1).split()):
        return None  # no name after the organisation, or a title ("... Department Inspector General")
    org_end = name_start + heads[-1].end()
    return name_start, org_end, org_end + 1
