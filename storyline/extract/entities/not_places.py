"""Companies and platforms the model types as places (GPE), on evidence in the text.

A name the model calls a place but no places table or gazetteer knows ("Alibaba", "Weibo") is a
company when the text treats it as one: it owns shares, a listing, a founder or users ("Alibaba’s
secondary listing"), it reports or posts ("Bloomberg reported"), or an apposition calls it a site,
platform or company. Every mention of the name follows. Known places are never changed here
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
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:site|website|platform|app|company|firm|"
                         r"network|service|giant|retailer|maker|startup|outlet|agency)\b")


def unplace_companies(text: str, found: list[Found]) -> list[Found]:
    """`found` with every mention of an unknown 'place' the text shows is a company typed ORG."""
    companies = {f.name for f in found if f.label == "GPE" and not is_place_name(f.name) and not demonym_of(f.name)
                 and _acts_as_company(text[f.end:f.end + 60])}
    if not companies:
        return found
    return [f.with_label("ORG") if f.label == "GPE" and f.name in companies else f for f in found]


def _acts_as_company(after: str) -> bool:
    return bool(_OWNED.match(after) or _ACTS.match(after) or _APPOSITION.match(after))
