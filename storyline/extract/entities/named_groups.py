"""Names a common noun introduces: "a recently formed group Doctors for Camp Closure", "the
journal Nature Astronomy", "the company Vantor Systems".

News introduces a body the reader may not know with its class noun right before the name. The
model often misses such names or cuts them ("Case Reports" as a person); the class noun is
evidence in the text that the capitalised words after it name an organisation.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import CALENDAR_WORDS, CLASS_NOUNS, ROLE_NOUNS

# Small words that may stand inside a name between capitalised words ("Doctors for Camp Closure").
_JOINERS = r"(?:for|of|against|and|on|in|the|de)"
_WORD = r"[A-Z][\w&’'-]*[\w&]"
_NAMED = re.compile(r"\b(?:" + "|".join(CLASS_NOUNS) + r")(?:,? (?:called|named|known as))? "
                    r"(" + _WORD + r"(?: (?:" + _JOINERS + r" )*" + _WORD + r"){0,5})")


def with_named_groups(text: str, found: list[Found]) -> list[Found]:
    """`found` with the organisations a class noun introduces; mentions inside such a name give way."""
    out = list(found)
    for m in _NAMED.finditer(text):
        words = m.group(1).split()
        while words and words[-1].lower() in CALENDAR_WORDS | {"on", "in", "and", "of", "for", "the", "against", "de"}:
            words.pop()
        if not words or words[0].lower() in ROLE_NOUNS or words[0].isupper() and len(words) == 1:
            continue  # "company CEO Andy Vesey" names a person; a lone acronym the model reads well
        s = m.start(1)
        e = s + len(" ".join(words))
        if any(f.start < e and s < f.end and not (s <= f.start and f.end <= e) for f in out) \
                or any(f.start == s and f.end == e for f in out):
            continue  # crosses a mention, or the model already has this name
        out = [f for f in out if not (s <= f.start and f.end <= e)]
        out.append(Found(start=s, end=e, name=text[s:e], label="ORG"))
    return out
