"""Joins across the collection that no single article can make.

An article joins the forms it writes itself (extract.entities.group); across articles, one outlet writes
"Volodymyr Zelenskyy" and another "Volodymyr Zelensky", one "the Gaza Board of Peace" and another
"the Board of Peace". These joins link such canonical keys (union-find, as in resolve.entities):

- a slip of one letter in a long personal or organisation name, between keys of one type that
  share their first word;
- an organisation's name that only adds a qualifier (a place or person of the collection, not a
  country) before another organisation's name: "gaza board of peace" -> "board of peace".

A short name that ends exactly one longer organisation name is not joined: across a mixed
collection "Electoral Commission" (one country's) ended only "Independent National Electoral
Commission" (another's). Within an article that join is safe and extract.entities.join makes it.

The entity that ends up the representative is the one written most often.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from storyline.extract.entities.group import find_root
from storyline.extract.entities.join import TYPO_MIN_CHARS, one_edit
from storyline.lexicon.gazetteer import capital_of, country_named, demonym_of

# Across articles a one-letter difference in a short family name is often another person ("Smith" /
# "Smyth"); transliterations that vary ("Zelensky" / "Zelenskyy") are longer.
SLIP_MIN_LAST_WORD = 6
_QUALIFIER_TYPES = frozenset({"GPE", "NORP", "LOC", "PERSON"})


def join_across_articles(weight: dict[str, Counter], types: dict[str, Counter], parent: dict[str, str]) -> None:
    """Add the collection-wide joins to `parent` (child key -> parent key)."""
    type_of = {k: t.most_common(1)[0][0] for k, t in types.items()}
    sizes = {k: sum(w.values()) for k, w in weight.items()}

    def union(a: str, b: str) -> None:
        ra, rb = find_root(parent, a), find_root(parent, b)
        if ra != rb:
            small, large = sorted((ra, rb), key=lambda k: (sizes[k], k))
            parent[small] = large

    for a, b in _slips(type_of):
        union(a, b)
    orgs = [k for k, t in type_of.items() if t == "ORG" and not k.startswith("norp:")]
    for short, full in _qualified_names(orgs, type_of):
        union(short, full)


def _slips(type_of: dict[str, str]) -> list[tuple[str, str]]:
    """Pairs of long person or organisation keys one letter apart, with the same first word."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, etype in type_of.items():
        if etype in ("PERSON", "ORG") and " " in key and len(key) >= TYPO_MIN_CHARS:
            blocks[(etype, key.split()[0])].append(key)
    out = []
    for keys in blocks.values():
        for i, j in _one_edit_candidates(keys):  # in the order of a pass over every pair of the block
            a, b = keys[i], keys[j]
            if one_edit(a, b) and min(len(a.split()[-1]), len(b.split()[-1])) >= SLIP_MIN_LAST_WORD:
                out.append((a, b))
    return out


def _one_edit_candidates(keys: list[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) of keys that may be one edit apart, sorted: those sharing a deletion variant
    (the key itself or the key less one character). One replaced character leaves both keys
    equal less that position; one inserted leaves the longer less it equal to the shorter; so no
    pair one edit apart is missed, and a block of thousands of names is not compared pair by pair."""
    variants: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        for v in {key} | {key[:k] + key[k + 1:] for k in range(len(key))}:
            variants[v].append(n)
    return sorted({(a, b) for found in variants.values() for x, a in enumerate(found) for b in found[x + 1:]})


def _qualified_names(orgs: list[str], type_of: dict[str, str]) -> list[tuple[str, str]]:
    """(longer, shorter) when the longer organisation name is a qualifier plus the shorter one."""
    known = set(orgs)
    out = []
    for key in orgs:
        words = key.split()
        for n in range(1, min(3, len(words) - 1) + 1):
            qualifier, rest = " ".join(words[:n]), " ".join(words[n:])
            if rest in known and len(words) - n >= 2 and _is_qualifier(qualifier, type_of):
                out.append((key, rest))
                break
    return out


def _is_qualifier(phrase: str, type_of: dict[str, str]) -> bool:
    """A place or person of the collection, but not a country or nationality: "Pakistan Supreme
    Court" is one country's court, and a bare "Supreme Court" elsewhere may be another's."""
    if country_named(phrase) or demonym_of(phrase) or capital_of(phrase):
        return False
    return type_of.get(phrase) in _QUALIFIER_TYPES
