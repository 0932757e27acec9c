"""Companies and platforms the model types as places (GPE), on evidence in the text.

A name the model calls a place but no places table or gazetteer knows ("Alibaba", "Weibo") is a
company when the text treats it as one: it owns shares, a listing, a founder or users ("Alibaba’s
secondary listing"), it reports or posts ("Bloomberg reported"), or an apposition calls it a site,
platform or company, or it stands in a list before an organisation. Every mention of the name
follows. Known places are never changed here
("Tottenham" may be the district): the table of places is the guard, the text the evidence.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.extract.entities.place_table import is_place_name
from storyline.lexicon.gazetteer import demonym_of

# What a company has and a place has not, after the name's possessive: chosen from business news.
_OWNED = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:shares?|stock|listing|offering|IPO|earnings|profits?|revenues?|sales|"
                    r"founder|co-founder|chief executive|CEO|executives?|employees|shareholders|investors|"
                    r"spokes(?:man|woman|person)|brand|platform|app|website|users|subscribers)\b")
_ACTS = re.compile(r"^\s+(?:reported|posted|tweeted|wrote|published)\b")
_LIST_GAP = re.compile(r",\s+|(?<!\s)\s+and\s+")  # (?<!\s): tried once per run of spaces (linear)
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:site|website|platform|app|company|firm|"
                         r"network|service|giant|retailer|maker|startup|outlet|agency)\b")


def unplace_companies(text: str, found: list[Found]) -> list[Found]:
    """`found` with every mention of an unknown 'place' the text shows is a company typed ORG."""
    org_ends = {f.start: f.end for f in found if f.label == "ORG"}
    companies = {f.name for f in found if f.label in ("GPE", "LOC") and not is_place_name(f.name)
                 and not demonym_of(f.name) and (_acts_as_company(text[f.end:f.end + 60])
                                                 or _listed_before_orgs(text, f.end, org_ends))}
    if not companies:
        return found
    return [f.with_label("ORG") if f.label in ("GPE", "LOC") and f.name in companies else f for f in found]


def _listed_before_orgs(text: str, end: int, org_ends: dict[int, int]) -> bool:
    """'Astrobotic, Intuitive Machines and Orbit Beyond': names listed together share a type. The
    name must open a list of at least two organisations after it: an address puts the place after
    the company ('Vantor Systems, Marlow'), and one name after a comma may start a new clause
    ('in the Gaza Strip, Indonesian Army Chief ... told')."""
    first = _LIST_GAP.match(text, end)
    if first is None or first.end() not in org_ends:
        return False
    second = _LIST_GAP.match(text, org_ends[first.end()])
    return second is not None and second.end() in org_ends


def _acts_as_company(after: str) -> bool:
    return bool(_OWNED.match(after) or _ACTS.match(after) or _APPOSITION.match(after))
