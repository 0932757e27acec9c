"""One organisation span the model runs over a comma: "Draper, Firefly Aerospace".

Names in a list are separated by commas; an organisation's own name carries a comma only before
its legal form ("Tyvak Nano-Satellite Systems, Inc.") or a place ("Dow Jones & Company, New York"
is two names anyway). So a span of capitalised names separated by commas is that many names.
"And" joins parts of many names ("Procter and Gamble"), so it splits only two known places, or
a name closed by its kind word and "the" another ("the Senate Committee and the House").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from storyline.lexicon.en.entities import LAW_TAILS, LEGAL_FORMS_AFTER_COMMA, ORG_TAILS

NAME_TAILS = LAW_TAILS | ORG_TAILS

_PIECE = re.compile(r"[^,]+")
_AND_THE = re.compile(r" and the (?=[A-Z])")
_AND = re.compile(r"^([A-Z][\w.-]*(?: [A-Z][\w.-]*)?) and ([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)$")


def split_listed(text: str, s: int, e: int, is_place_name: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The names in text[s:e] when it is a comma-separated list of capitalised names, or two known
    places joined by "and" ("Orange and Riverside" counties), else [(s, e)]."""
    span = text[s:e]
    two = _AND_THE.search(span)
    if two and span[:two.start()].rsplit(" ", 1)[-1].lower() in NAME_TAILS:
        # "the First Amendment and the Second Amendment": a name that closes on its kind word,
        # then "and the" and another capitalised name, is two names
        return [(s, s + two.start()), (s + two.end(), e)]
    pair = _AND.match(span)
    if pair and is_place_name is not None and not is_place_name(span) \
            and is_place_name(pair.group(1)) and is_place_name(pair.group(2)):
        return [(s, s + pair.end(1)), (s + pair.start(2), e)]
    if ", " not in span:
        return [(s, e)]
    pieces = []
    for m in _PIECE.finditer(span):
        a = s + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        b = s + m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        pieces.append((a, b))
    words = [text[a:b] for a, b in pieces]
    if any(not w[:1].isupper() or w.lower() in LEGAL_FORMS_AFTER_COMMA for w in words):
        return [(s, e)]
    return pieces
