"""Which personal pronoun an article uses for each person it names: "she" for Ilse Marrow when
the text says "Marrow ... her office". A pronoun speaker ("She said") then goes to the nearest
person the text itself refers to with that pronoun, not simply to the last name before it.

The evidence is the text alone: honorifics in a mention (Mr, Mrs, Ms) and the pronouns between
a person's mention and the end of its sentence (or the next mention of another person), unless
the mention is an owner ("Carlineo’s attorney ... her client": the pronoun is the attorney's).
"""
from __future__ import annotations

import re
from collections import Counter

from storyline.models import LocalEntity

# Pronouns by the person they stand for.
_MASCULINE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMININE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:(?P<m>Mr\.?)|(?P<f>Mrs\.?|Ms\.?|Miss))\s")
# How far after a mention its pronouns are looked for, at most: a long news sentence.
PRONOUN_WINDOW = 250
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def genders(text: str, entities: tuple[LocalEntity, ...]) -> dict[str, str]:
    """Entity key -> "m" or "f" for the people whose pronoun the text shows; others are absent."""
    mentions = sorted((m.start, m.end, e.key) for e in entities if e.type == "PERSON" for m in e.mentions)
    votes: dict[str, Counter] = {}
    for n, (start, end, key) in enumerate(mentions):
        tally = votes.setdefault(key, Counter())
        honorific = _HONORIFIC.match(text[start:end])
        if honorific:
            tally["m" if honorific.group("m") else "f"] += 3
        if text[end:end + 2] in ("'s", "’s"):
            continue  # "Zoghlin, Carlineo’s attorney, said her client": an owner is not the clause's subject
        stop = min(end + PRONOUN_WINDOW, len(text))
        for later_start, _, later_key in mentions[n + 1:]:
            if later_key != key:
                stop = min(stop, later_start)
                break
        window = text[end:stop]
        boundary = _SENTENCE_END.search(window)
        window = window[:boundary.start()] if boundary else window
        tally["m"] += len(_MASCULINE.findall(window))
        tally["f"] += len(_FEMININE.findall(window))
    out = {}
    for key, tally in votes.items():
        if tally["m"] != tally["f"]:
            out[key] = "m" if tally["m"] > tally["f"] else "f"
    return out


def pronoun_gender(word: str) -> str | None:
    low = word.lower()
    if low in ("he", "him"):
        return "m"
    if low in ("she", "her"):
        return "f"
    return None
