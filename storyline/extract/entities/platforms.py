"""Social platforms: organisations the model tags as products or dates ("posted on Twitter Tuesday").

The table is the social networks and messaging services most cited by news, as general fact.
A platform named in the story is an organisation (the guide types "Weibo" so); a "Follow us on
Facebook, Twitter and Instagram" line is page furniture, and its names are dropped with it.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import PLATFORMS

_PLATFORM = re.compile(r"(?<![\w@./-])(" + "|".join(PLATFORMS) + r")(?!\w)")
_FOLLOW_LINE = re.compile(r"^[ \t]*(?:Follow|Like|Subscribe to|Find|Join)\b[^\n]{0,80}\bon\s+(?:" + "|".join(PLATFORMS)
                          + r")\b[^\n]*$", re.MULTILINE)


def with_platforms(text: str, found: list[Found]) -> list[Found]:
    """`found` with platforms typed ORG, untagged ones added, and follow-us lines emptied."""
    furniture = [(m.start(), m.end()) for m in _FOLLOW_LINE.finditer(text)]
    out = [f.with_label("ORG") if f.name in PLATFORMS else f for f in found
           if not any(a <= f.start and f.end <= b for a, b in furniture)]
    taken = [(f.start, f.end) for f in out] + furniture
    for m in _PLATFORM.finditer(text):
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in taken):
            out.append(Found(start=s, end=e, name=m.group(1), label="ORG"))
    return out
