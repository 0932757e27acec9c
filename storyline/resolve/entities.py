"""One identity per real-world referent across the collection.

Local entities (one article) are linked to canonical Entities by their normalised names, a
country table from pycountry, a curated alias table, capitals standing for their governments,
and surnames that match exactly one full personal name in the collection.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import pycountry

from storyline.models import Entity, LocalEntity

_SLUG = re.compile(r"[^a-z0-9]+")
_COUNTRY_OVERRIDES = {"RU": "Russia", "IR": "Iran", "SY": "Syria", "KR": "South Korea", "KP": "North Korea",
                      "VN": "Vietnam", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "MD": "Moldova",
                      "TW": "Taiwan", "LA": "Laos", "PS": "Palestine", "CZ": "Czech Republic", "TR": "Turkey"}


def norm_name(name: str) -> str:
    s = name.replace("’", "'").strip()
    s = re.sub(r"^(?:the)\s+", "", s, flags=re.IGNORECASE)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s).lower()


def slug(name: str) -> str:
    return "e-" + _SLUG.sub("-", name.lower()).strip("-")


@lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[str, str]]:
    """lower-case alias -> (canonical name, type): countries first, curated aliases on top."""
    table: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        canonical = _COUNTRY_OVERRIDES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name.split(",")[0]
        for form in {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), canonical}:
            if form:
                table[form.lower()] = (canonical, "GPE")
    for line in _rows("aliases.tsv"):
        alias, canonical, etype = line
        table[alias] = (canonical, etype)
    return table


@lru_cache(maxsize=1)
def metonym_table() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("metonyms.tsv")}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("storyline.resolve").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def canonical_form(local: LocalEntity) -> tuple[str, str]:
    """(canonical name, type) of a local entity before cross-article surname linking."""
    key = norm_name(local.name)
    table = alias_table()
    if local.type in ("GPE", "ORG", "LOC", "FAC", "NORP") or key in table:
        if key in table and (local.type != "NORP"):
            return table[key]
        if local.type == "GPE" and key in metonym_table():
            return metonym_table()[key], "GPE"
    return _clean_display(local.name), local.type


def _clean_display(name: str) -> str:
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", name)


def resolve_entities(items: Iterable[tuple[str, LocalEntity]]) -> dict[tuple[str, str], Entity]:
    """Map (article id, local key) to a canonical Entity for every local entity of the collection."""
    items = list(items)
    forms: dict[tuple[str, str], tuple[str, str]] = {(aid, e.key): canonical_form(e) for aid, e in items}
    # A single-word person name joins the one full name in the collection that ends with it.
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for name, etype in forms.values():
        if etype == "PERSON" and " " in name:
            full_by_surname[name.split()[-1].lower()].add(name)
    for ref, (name, etype) in forms.items():
        if " " not in name and len(full_by_surname.get(name.lower(), ())) == 1:
            forms[ref] = (next(iter(full_by_surname[name.lower()])), "PERSON")
    # One type per canonical name, by vote over the collection.
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, etype in forms.values():
        votes[name.lower()][etype] += 1
    entities: dict[str, Entity] = {}
    out: dict[tuple[str, str], Entity] = {}
    for ref, (name, _) in forms.items():
        ident = slug(name)
        if ident not in entities:
            entities[ident] = Entity(id=ident, name=name, type=votes[name.lower()].most_common(1)[0][0])
        out[ref] = entities[ident]
    return out
