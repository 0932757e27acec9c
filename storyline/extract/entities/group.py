"""Group an article's mentions into referents: one LocalEntity, one type, per real-world thing.

Mentions join when their names are equal after normalisation (case, articles, possessives,
British/American spelling), when one is an acronym the text defines or the initials of the
other, when a shorter personal name is the start or end of exactly one full name, when a place
name drops a designator ("Gaza Strip" / "Gaza"), and when a capital acts for its country
("Islamabad said"). The type is voted over the mentions of the group's fullest name.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from storyline.clean.bylines import WIRE_NAMES
from storyline.extract.entities.join import (
    initials_of,
    inner_name_of,
    join_first_words,
    join_inverted_names,
    join_org_short_forms,
    join_slips,
    relabel_family_names,
)
from storyline.lexicon.gazetteer import country_named, demonym_of, gazetteer, normalise
from storyline.models import LocalEntity, Span

# Spelling pairs folded for matching only (display keeps the text's own spelling).
_SPELLING = ((re.compile(r"isation"), "ization"), (re.compile(r"\bdefence\b"), "defense"),
             (re.compile(r"\bcentre\b"), "center"), (re.compile(r"\bprogramme\b"), "program"))
# Place designators that do not change the referent: "the Gaza Strip" is "Gaza".
DESIGNATORS = frozenset({"strip", "region", "province", "governorate", "territory", "district", "prefecture"})
# A capital after one of these words is the place itself ("in Washington", "the fall of Kabul"),
# not its government. "from" is not one: "pressure from Washington" is the government acting.
_LOCATIVE = re.compile(r"\b(?:in|to|near|at|outside|around|into|across|via|between|of|visit|visited|visiting|"
                       r"capital|city|east|west|north|south|central|downtown)\s+$|(?-i:[A-Z][a-z]+),\s+$",
                       re.IGNORECASE)
# A capital that modifies what follows is a place: "Beijing residents", "a Washington-based expert".
_PLACE_MODIFIER = re.compile(r"^(?:-|\s+(?:residents?|natives?|-based|based|area|region|suburbs?|streets?)\b)")
# ... unless the place names who acts: "officials in Islamabad said" is the government speaking
# ("a new government in Kabul" is a place: only "the government in" names the one in power).
_GOVERNMENT_IN = re.compile(r"\b(?:officials|authorities|leaders|leadership|the government|policymakers|diplomats)\s+in\s+$",
                            re.IGNORECASE)
# A capital between a determiner and a lower-case word modifies a noun ("the Doha agreement",
# "his Washington visit"): no actor. Without the determiner the next word is mostly a verb.
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that)\s+$", re.IGNORECASE)
_NEXT_LOWER = re.compile(r"^\s+[a-z]")
# A name starts where a word starts and runs to at most MAX_DEFINED_NAME_WORDS words: both keep the
# scan linear (a match tried inside a word, or over an unbounded run of capitalised words, rescans it).
MAX_DEFINED_NAME_WORDS = 16  # "United Nations Relief and Works Agency for Palestine Refugees in the Near East" is 14
_DEFINED_ACRONYM = re.compile(
    rf"(?<![\w’'.-])([A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|in|de|al|[A-Z][\w’'.-]*)){{0,{MAX_DEFINED_NAME_WORDS - 1}}})"
    r"\s*[(\[]([A-Z][A-Za-z.]{1,9})[)\]]")
# Longer all-capital words are names set in capitals, not acronyms: organisation acronyms in
# news run to six letters ("UNESCO").
ACRONYM_MAX_LETTERS = 6
# Generational suffixes after a family name (match keys drop the dots: "Jr." is "jr").
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MINOR = frozenset({"of", "for", "and", "the", "on", "in", "de", "al", "to", "e"})


@dataclass(frozen=True)
class Found:
    """One mention: text[start:end] is the surface form (with its title); `name` is without it."""

    start: int
    end: int
    name: str
    label: str
    roles: tuple[str, ...] = ()
    dateline: bool = False
    cue: bool = False  # the label comes from the words around the mention, not the model

    def with_label(self, label: str) -> Found:
        return replace(self, label=label)


def vote_label(items: list[Found]) -> str:
    """One type per referent: the context cues' vote when there are any ("El Fasher, the capital
    of ..." types every mention of El Fasher), else the model's vote over the mentions."""
    cued = [f.label for f in items if f.cue]
    return Counter(cued or [f.label for f in items]).most_common(1)[0][0]


@lru_cache(maxsize=1 << 16)  # resolution keys every local entity of the collection; names repeat
def match_key(name: str) -> str:
    """The key two names of one referent share: normalised, spelling folded, dots dropped."""
    key = re.sub(r"[\[\]\"“”()]", "", normalise(name).replace(".", ""))
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return re.sub(r"[-‐]", " ", key)


def group_mentions(text: str, found: list[Found]) -> tuple[LocalEntity, ...]:
    acting = _acting_capitals(text, found)
    keys = [_item_key(f, acting) for f in found]
    by_key: dict[str, list[Found]] = defaultdict(list)
    for key, f in zip(keys, found, strict=True):
        by_key[key].append(f)
    label_of = {k: vote_label(items) for k, items in by_key.items()}
    relabel_family_names(text, by_key, label_of)
    parent: dict[str, str] = {}
    _join_acronyms(text, by_key, label_of, parent)
    _join_short_names(by_key, label_of, parent)
    _join_designators(by_key, label_of, parent)
    join_org_short_forms(by_key, label_of, parent, find_root)
    join_slips(by_key, label_of, parent, find_root)
    join_first_words(by_key, label_of, parent, find_root)
    join_inverted_names(by_key, label_of, parent, find_root)
    groups: dict[str, list[Found]] = defaultdict(list)
    for key, items in by_key.items():
        groups[find_root(parent, key)].extend(items)
    return tuple(_entity(text, key, items, by_key.get(key, items)) for key, items in groups.items())


def _acting_capitals(text: str, found: list[Found]) -> set[str]:
    """Capitals that act for their country somewhere in the article ("Islamabad said"). One name
    keeps one referent per article, so then its place mentions ("talks in Islamabad") join too."""
    out = set()
    for f in found:
        key = normalise(f.name)
        if key not in gazetteer().capitals or f.dateline or f.name.isupper():
            continue
        before = text[max(0, f.start - 30):f.start]
        if _DETERMINER.search(before) and _NEXT_LOWER.match(text[f.end:f.end + 3]):
            continue
        if _PLACE_MODIFIER.match(text[f.end:f.end + 12]):
            continue
        owner = text[f.end:f.end + 2] in ("'s", "’s")  # "from Kyiv's allies": Kyiv has allies, it acts
        if owner or _GOVERNMENT_IN.search(before) or not _LOCATIVE.search(before):
            out.add(key)
    return out


def _item_key(f: Found, acting: set[str]) -> str:
    demonym = demonym_of(f.name) if f.label == "NORP" else None
    if demonym:
        return match_key(demonym)
    capital = gazetteer().capitals.get(normalise(f.name))
    if capital and not f.dateline and normalise(f.name) in acting:
        return match_key(capital)  # metonymy: the capital acting for its country
    country = country_named(f.name)
    return match_key(country) if country else match_key(f.name)


def find_root(parent: dict[str, str], key: str) -> str:
    """The representative of `key` in a union-find forest kept as a child -> parent dict."""
    seen = set()
    while key in parent and key not in seen:
        seen.add(key)
        key = parent[key]
    return key


def _join_acronyms(text: str, by_key: dict[str, list[Found]], label_of: dict[str, str], parent: dict[str, str]) -> None:
    """An acronym joins the name the text defines it for, or the one name whose initials it spells."""
    written = {match_key(text[f.start:f.end]): key for key, items in by_key.items() for f in items}
    for m in _DEFINED_ACRONYM.finditer(text):
        abbr, full = match_key(m.group(2)), match_key(m.group(1))
        if abbr in WIRE_NAMES:
            continue  # "LONDON (AP)": a dateline's agency credit, not a definition
        target = next((k for k in by_key if k == full or (full.endswith(" " + k) and " " in k)), written.get(full))
        if abbr in by_key and target and target != abbr:
            parent.setdefault(abbr, target)
    for key, items in by_key.items():
        name = items[0].name
        if key in parent or " " in key or sum(ch.isupper() for ch in name) < 2 or label_of[key] in ("PERSON", "NORP"):
            continue
        letters = "".join(ch for ch in name if ch.isupper())
        matches = [k for k in by_key if " " in k and label_of[k] not in ("PERSON", "NORP")  # "South Dakotans" is no "SD"
                   and initials_of(by_key[k][0].name) == letters]
        if len(matches) == 1:
            parent[key] = matches[0]


def _join_name_variants(by_key: dict[str, list[Found]], label_of: dict[str, str], parent: dict[str, str]) -> None:
    """Full names of one person written several ways: the same family name, and given names one of
    which shortens the other ("Pat Carlineo", "Patrick W. Carlineo", "Patrick Carlineo Jr.").
    The variant written most often is the representative."""
    persons = sorted((k for k in by_key if label_of[k] == "PERSON" and len(name_words(k)) >= 2),
                     key=lambda k: (-len(by_key[k]), -len(k), k))
    for n, key in enumerate(persons):
        if key in parent:
            continue
        words = name_words(key)
        for other in persons[:n]:
            theirs = name_words(other)
            if other not in parent and theirs[-1] == words[-1] and _given_names_agree(words[:-1], theirs[:-1]):
                parent[key] = other
                break


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """The first given names shorten one another ("pat" / "patrick"); middle initials may be absent."""
    x, y = a[0], b[0]
    if min(len(x), len(y)) < 3 or not (x.startswith(y) or y.startswith(x)):
        return False
    middle_a, middle_b = a[1:], b[1:]
    return not middle_a or not middle_b or middle_a[0][0] == middle_b[0][0]


def _join_short_names(by_key: dict[str, list[Found]], label_of: dict[str, str], parent: dict[str, str]) -> None:
    """A shorter name that starts or ends exactly one full personal name is that person."""
    _join_name_variants(by_key, label_of, parent)
    persons = [k for k in by_key if label_of[k] == "PERSON" and " " in k]
    for key in by_key:
        if key in parent or label_of[key] == "NORP" or country_named(key) or key in gazetteer().capitals:
            continue
        words = key.split()
        cands = {find_root(parent, p) for p in persons if p != key and len(words) < len(name_words(p))
                 and (name_words(p)[:len(words)] == words or name_words(p)[-len(words):] == words)}
        cands.discard(key)
        if len(cands) == 1:
            parent[key] = cands.pop()
        elif not cands and (inner := inner_name_of(key, persons)):
            parent[key] = inner


def name_words(key: str) -> list[str]:
    """A personal name's words without a generational suffix: "Patrick Carlineo Jr." ends in "Carlineo"."""
    words = key.split()
    return words[:-1] if len(words) > 2 and words[-1] in GENERATIONAL else words


def _join_designators(by_key: dict[str, list[Found]], label_of: dict[str, str], parent: dict[str, str]) -> None:
    for key in by_key:
        words = key.split()
        if len(words) >= 2 and words[-1] in DESIGNATORS and label_of[key] in ("GPE", "LOC"):
            short = " ".join(words[:-1])
            if short in by_key and short not in parent:
                parent.setdefault(key, short)


def _entity(text: str, key: str, items: list[Found], own: list[Found]) -> LocalEntity:
    label = vote_label(own)
    # ties go to a form the text writes, then to the text order of the strings, never to a set's order
    written = sorted({f.name for f in own}, key=lambda n: (n.isupper(), -len(n), n not in text, n))
    countries = [c for f in own if (c := country_named(f.name) or gazetteer().capitals.get(normalise(f.name)))]
    if label == "NORP":
        name = demonym_of(own[0].name) or own[0].name
    elif countries and key == match_key(countries[0]):
        name = countries[0]  # the short common name, also for "US" or a capital acting for it
    else:
        name = written[0]
    if name.isupper() and len(name) > ACRONYM_MAX_LETTERS and label in ("GPE", "LOC"):
        name = name.title()  # a dateline's capitals are layout: "JAKARTA" is Jakarta
    spans = {(f.start, f.end) for f in items}
    mentions = tuple(Span(s, e, text[s:e]) for s, e in sorted(spans))
    roles = tuple(dict.fromkeys(r for f in sorted(items, key=lambda f: f.start) for r in f.roles))
    return LocalEntity(key=key, name=name, type=label, mentions=mentions, roles=roles)
