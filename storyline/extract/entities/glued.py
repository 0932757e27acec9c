"""Names glued to the page text around them by a lost space: "Kristi NoemKristi Lynn Noem".

Link widgets and pop-ups flattened into the text repeat a name right after itself ("Rep. Ilhan
OmarIlhan Omar") or run a name into the next one ("NoemSouth Dakota"). A word glued lower-case to
upper-case is common in real names ("McDonald", "YouTube", "SoftBank"), so the glue alone proves
nothing; two kinds of evidence do: the part after the glue repeats the mention's first word (the
name begins again), or the mention's first word is glued to a known place of two words or more ("NoemSouth Dakota"; a glued
one-word place is too often a brand's second half: "WoodSpring", Spring in Texas).
"""
from __future__ import annotations

import re
from collections.abc import Callable

_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A first word shorter than this may recur by chance ("Al", "De").
MIN_REPEATED_WORD = 3


def cut_glued(text: str, s: int, e: int, is_place_name: Callable[[str], bool]) -> tuple[int, int]:
    """The mention's range with a repeated name cut off the end or a glued word cut off the start."""
    mention = text[s:e]
    first = re.match(r"[A-Z][\w’'.-]*?(?=[A-Z][a-z]|\s|$)", mention)
    for glue in _GLUE.finditer(mention):
        g = glue.start()
        if first and len(first.group(0)) >= MIN_REPEATED_WORD and g > len(first.group(0)) \
                and mention.startswith(first.group(0), g):
            return s, s + g  # "Kristi NoemKristi ...": the name starts again
        if " " not in mention[:g] and " " in mention[g:] and is_place_name(mention[g:]):
            return s + g, e  # "NoemSouth Dakota": the place after the glued word
    return s, e
