"""Planets and moons: places (LOC) by the annotation guide, which the model types at random.

The table (lexicon.en.entities.SKY) is the Sun, the Moon, the IAU's planets and dwarf planets and
the moons over 1,000 km across. Several are also names of
people, gods, companies or teams ("Mercury", "Titan", "Miranda", "Europa"), so the rule acts only
in an article that speaks of space (one of _SPACE_WORDS), and only on lone words: "Ceres Robotics"
and "Moon Express" are companies, "Moon Jae-in" a person.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import SKY

_SPACE_WORDS = re.compile(r"\b(?:planet|planets|planetary|moons|orbit|orbiter|orbiting|spacecraft|telescope|astronom\w*|"
                          r"solar system|lunar|space agency|NASA|rover|lander|landers)\b")
_WORD = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(SKY, key=len, reverse=True)) + r")(?![\w-])")
_MOVABLE = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC"})


def with_sky(text: str, found: list[Found]) -> list[Found]:
    """In an article about space, lone planet and moon names are places (LOC), tagged or not."""
    if not _SPACE_WORDS.search(text):
        return found
    out = [f.with_label("LOC") if f.name in SKY and f.label in _MOVABLE else f for f in found]
    taken = [(f.start, f.end) for f in out]
    for m in _WORD.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(a < e and s < b for a, b in taken) and not (text[e:e + 1].isspace() and text[e + 1:e + 2].isupper()):
            out.append(Found(start=s, end=e, name=m.group(1), label="LOC"))
    return out
