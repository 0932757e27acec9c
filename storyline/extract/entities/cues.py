"""Types from the words in and around a mention, trusted over the small model's guess.

The gazetteer types countries, capitals and demonyms first; these cues type the rest:
- the closing word of a name ("... Ministry", "... Forces", "... News" are organisations,
  "... Agreement" a law, "... Hospital" a facility);
- an outlet by the media noun after it ("the Meridian newspaper") or by what it does ("X reported",
  "a report by X") when the name is one word that names no person of the article;
- a place by an apposition ("X, the capital of ...") or a locative preposition ("between X and Y");
- a person after a lower-case role noun ("the group's spokesperson Ilse Marrow") or taken up by
  "he" or "she" ("X has promised he will ...");
- an organisation by the acronym defined after it ("Valdorian Unity Party (VUP)").
"""
from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import COMPASS, FAC_TAILS, LAW_TAILS, ORG_TAILS, ROLE_NOUNS
from storyline.lexicon.gazetteer import country_named, demonym_of, gazetteer, normalise

# Facilities that are also institutions employing people: an affiliation makes them organisations.
_INSTITUTION_FACILITIES = frozenset({"hospital", "infirmary", "clinic", "observatory"})
_AFFILIATION_BEFORE = re.compile(r"(?:[A-Z][\w’'-]+|doctor|physician|nurse|surgeon|director|chief|head|professor|"
                                 r"researcher|scientist|staff|pulmonologist|consultant)\s+(?:of|at|from)\s+(?:the\s+)?$")
# Media nouns that follow an outlet's name: "the Meridian newspaper", "Kestrel radio station".
_MEDIA_AFTER = re.compile(r"^\s+(?:newspaper|daily|radio|television|tv|channel|broadcaster|news agency|"
                          r"magazine|website|outlet|show|programme|program)\b", re.IGNORECASE)
# What an outlet does, or how it is cited: "X reported", "X, citing officials, wrote", "a report by X".
_OUTLET_VERB_AFTER = re.compile(r"^(?:,\s+citing\s[^,.]{0,60},)?\s+(?:reported|wrote|published|broadcast|aired)\b")
_OUTLET_BEFORE = re.compile(r"\b(?:report(?:ed)?|published|broadcast|aired)\s+(?:by|in|on)\s+$", re.IGNORECASE)
# A place in apposition: "X, the capital of ...", "X, a town near ...", "X, a historic centre in ...".
_PLACE_APPOSITION = re.compile(r"^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,4}?(?:capital|city|town|village|province|"
                               r"port|camp|enclave|centre|center|district|suburb|neighbourhood|neighborhood)\b")
# A locative preposition before a name the model called a person: "in X", "between X and Y".
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|towards|toward|between)|\bbetween\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
                           r"\s+and)\s+$")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
# Lower-case role nouns right before a person's name: "spokesperson Ilse Marrow".
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in ROLE_NOUNS if w.isalpha()), key=len, reverse=True))
                          + r")\s+$")
# A personal pronoun taking up the name in its own clause: "X has promised he will", "X said she".
_PRONOUN_AFTER = re.compile(r"^\s+(?:has|had|have)?\s*(?:[a-z]+ed|said|says|told|insisted)\s+(?:that\s+)?(?:he|she)\b")
_ACRONYM_AFTER = re.compile(r"^\s*\([A-Z]{2,6}\)")


def type_by_cues(text: str, found: list[Found]) -> list[Found]:
    persons = {w for f in found if f.label == "PERSON" and " " in f.name for w in f.name.split()}
    return [_cued(text, f, persons) for f in found]


def _cued(text: str, f: Found, persons: set[str]) -> Found:
    key = normalise(f.name)
    if f.label == "NORP" or country_named(f.name) or demonym_of(f.name) or key in gazetteer().capitals:
        return f  # the gazetteer's type stands
    label = _cue_label(text, f, persons)
    return replace(f, label=label, cue=True) if label else f


def _cue_label(text: str, f: Found, persons: set[str]) -> str | None:
    before, after = text[max(0, f.start - 60):f.start], text[f.end:f.end + 80]
    words = f.name.split()
    last = words[-1].lower()
    if len(words) >= 2 and last in LAW_TAILS and f.label != "PERSON":
        return "LAW"
    if len(words) >= 2 and last in _INSTITUTION_FACILITIES and _AFFILIATION_BEFORE.search(before):
        return "ORG"  # "a doctor at X Hospital", "Ilse Marrow of X University": where people work
    if len(words) >= 2 and last in FAC_TAILS:
        return "FAC"
    if len(words) >= 2 and last in ORG_TAILS and f.label != "ORG" \
            and not (f.label in ("GPE", "LOC") and words[0].lower() in COMPASS):
        return "ORG"
    if _ACRONYM_AFTER.match(after) and f.label == "PERSON":
        return "ORG"  # people are not given acronyms in brackets
    if _MEDIA_AFTER.match(after):
        return "ORG"
    lone = len(words) == 1 and f.name not in persons
    if lone and f.label == "PERSON" and (_OUTLET_VERB_AFTER.match(after) or _OUTLET_BEFORE.search(before)):
        return "ORG"
    if f.label in ("ORG", "PERSON", "LOC", "GPE") and _PLACE_APPOSITION.match(after):
        return "GPE"
    if f.label == "PERSON" and f.name not in persons and not f.roles and _PLACE_BEFORE.search(before) \
            and not re.match(r"^['’]s\b", after):
        return "GPE"
    if f.label == "ORG" and not f.name.isupper() and not any(w.lower() in ORG_TAILS for w in words) \
            and _IN_PLACE_BEFORE.search(before) and not re.match(r"^['’]s\b", after):
        return "GPE"  # "fighting in X": organisations are seldom "in" anything
    if f.label in ("ORG", "GPE") and 2 <= len(words) <= 4 and (_ROLE_BEFORE.search(before) or _PRONOUN_AFTER.match(after)) \
            and not any(w.lower() in ORG_TAILS for w in words):
        return "PERSON"
    return None
