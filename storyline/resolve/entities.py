"""One identity per real-world referent across the collection.

Local entities (one article each) are linked to canonical Entities by their match keys
(storyline.extract.entities.group.match_key), the gazetteer (countries, curated aliases),
abbreviated prefixes expanded ("U.N. Security Council" is the "United Nations Security
Council"), acronyms an article defines or spells out, family names that end exactly one full
personal name of the collection, and the joins of resolve.entity_joins
(spelling slips, organisation names with a qualifier). Ids are stable: e-<slug of the name>.
A seat of government ("the White House") keeps its own entity, linked to the country it stands for.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from storyline.extract.entities.group import ACRONYM_MAX_LETTERS, find_root, match_key, name_words
from storyline.lexicon.gazetteer import country_named, gazetteer, normalise, seat_of
from storyline.models import Entity, LocalEntity
from storyline.resolve.entity_joins import join_across_articles

_SLUG = re.compile(r"[^a-z0-9]+")


def norm_name(name: str) -> str:
    return normalise(name)


def slug(name: str) -> str:
    return "e-" + _SLUG.sub("-", name.lower()).strip("-")


def canonical_key(local: LocalEntity) -> str:
    """The collection-wide key of a local entity before acronym and short-name linking."""
    if local.type == "NORP":
        return "norp:" + match_key(local.name)
    country = country_named(local.name)
    if country:
        return match_key(country)
    alias = gazetteer().aliases.get(normalise(local.name)) or gazetteer().aliases.get(match_key(local.name))
    if alias:
        return match_key(alias[0])
    return _expand_prefix(match_key(local.name))


def _expand_prefix(key: str) -> str:
    """'un security council' -> 'united nations security council': an alias opening a longer name."""
    first, _, rest = key.partition(" ")
    alias = gazetteer().aliases.get(first)
    if rest and alias and alias[1] in ("ORG", "GPE"):
        return match_key(alias[0]) + " " + rest
    return key


def resolve_entities(items: Iterable[tuple[str, LocalEntity]]) -> dict[tuple[str, str], Entity]:
    """Map (article id, local key) to a canonical Entity for every local entity of the collection."""
    items = list(items)
    keys = {(aid, e.key): canonical_key(e) for aid, e in items}
    weight: dict[str, Counter] = defaultdict(Counter)  # key -> written name -> mentions
    types: dict[str, Counter] = defaultdict(Counter)
    for aid, e in items:
        key = keys[(aid, e.key)]
        weight[key][e.name] += len(e.mentions)
        types[key][e.type] += len(e.mentions)
    by_key = resolve_keys(weight, types, _lone_words(items, keys), acronym_votes(items, keys))
    return {ref: by_key[key] for ref, key in keys.items()}


def resolve_keys(weight: dict[str, Counter], types: dict[str, Counter], lone: set[str],
                 expansions: dict[str, Counter]) -> dict[str, Entity]:
    """The canonical Entity of each canonical key, from what the collection writes under it:
    `weight` (key -> written name -> mentions, keys in order of first appearance), `types` (key ->
    entity type -> mentions), `lone` (keys only ever a bare word called a person) and `expansions`
    (acronym -> full key -> mentions joining them). All are sums over local entities, so a store
    can keep them and add each new article's share (resolve.entity_index)."""
    parent = _acronym_links(expansions, weight)
    parent.update(_short_name_links(weight, types, parent))
    join_across_articles(weight, types, parent)
    entities: dict[str, Entity] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for key in weight:
        groups[find_root(parent, key)].append(key)
    for root, members in groups.items():
        names: Counter = Counter()
        kinds: Counter = Counter()
        for m in members:
            names.update(weight[m])
        kinds.update(types[root])
        etype = kinds.most_common(1)[0][0]
        if etype == "PERSON" and all(m in lone for m in members):
            etype = "ORG"  # no given name, title, role or full name anywhere: a brand or body, not a person
        entities[root] = Entity(id="", name=_display_name(root, names if etype == "PERSON" else weight[root], etype),
                                type=etype)
    by_id: dict[str, Entity] = {}
    for root, ent in entities.items():
        ident = slug(ent.name)
        seat = seat_of(ent.name)
        final = by_id.setdefault(ident, Entity(id=ident, name=ent.name, type=ent.type,
                                               stands_for=slug(seat) if seat else None))
        entities[root] = final
    return {key: entities[find_root(parent, key)] for key in weight}


def _lone_words(items: list[tuple[str, LocalEntity]], keys: dict[tuple[str, str], str]) -> set[str]:
    """Keys the model called a person on a single word alone: no mention of them anywhere in the
    collection carries a given name or a title, and no article gives them a role. News introduces
    people by their full name (or a title) at least once; a bare word ("Twitter", "SpaceX") that
    never gets one is a company, a product or a body the small model mistook."""
    lone: dict[str, bool] = {}
    for aid, e in items:
        key = keys[(aid, e.key)]
        bare = e.type == "PERSON" and not e.roles and all(" " not in m.text.strip() for m in e.mentions)
        lone[key] = lone.get(key, True) and bare
    return {k for k, bare in lone.items() if bare}


def _display_name(key: str, names: Counter, etype: str) -> str:
    """The country's short name; else the written form used most, preferring a spelled-out one and,
    for a person, a full name; initials lose their dots ("J.D. Vance" -> "JD Vance")."""
    country = country_named(key)
    if country:
        return country
    alias = gazetteer().aliases.get(key)
    if alias:
        return alias[0]
    if key in _curated_names():
        return _curated_names()[key]  # "AFP" written: the curated full name is the canonical one
    # ties end on a capitalised form, then on the text itself: the order must not follow the order
    # in which a set handed the names over (that varies with the process's hash seed)
    ranked = sorted(names.items(), key=lambda kv: (kv[0].isupper(), etype == "PERSON" and " " not in kv[0].strip(),
                                                   -kv[1], -len(kv[0]), kv[0][:1].islower(), kv[0]))
    name = ranked[0][0]
    if name.isupper() and len(name) > ACRONYM_MAX_LETTERS and etype in ("GPE", "LOC"):
        name = name.title()
    if etype == "PERSON":
        name = re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), name)
    first, _, rest = name.partition(" ")
    opening = gazetteer().aliases.get(match_key(first)) if rest else None
    if opening and opening[1] in ("ORG", "GPE"):  # "U.N. Security Council" written: the full name is canonical
        name = opening[0] + " " + rest
    return name


@lru_cache(maxsize=1)
def _curated_names() -> dict[str, str]:
    """Match key of each curated canonical name -> that name ("agence france presse" -> "Agence France-Presse")."""
    return {match_key(canonical): canonical for canonical, _ in gazetteer().aliases.values()}


def acronym_votes(items: Iterable[tuple[str, LocalEntity]], keys: dict[tuple[str, str], str]) -> dict[str, Counter]:
    """Acronym -> full key -> mentions where an article wrote the acronym for that full name."""
    expansions: dict[str, Counter] = defaultdict(Counter)
    for aid, e in items:
        full = keys[(aid, e.key)]
        for m in e.mentions:
            form = match_key(m.text)
            if " " not in form and form != full and len(form) <= ACRONYM_MAX_LETTERS \
                    and sum(ch.isupper() for ch in m.text) >= 2:
                expansions[form][full] += 1
    return expansions


def _acronym_links(expansions: dict[str, Counter], weight: dict[str, Counter]) -> dict[str, str]:
    """An acronym that an article joined to a full name (by definition or initials) means that
    name everywhere in the collection, when it was joined to only one."""
    links = {}
    for abbr, fulls in expansions.items():
        (best, votes), total = fulls.most_common(1)[0], sum(fulls.values())
        # The expansion most articles give, when it is a clear majority; a tie stays unlinked.
        if abbr in weight and abbr not in fulls and votes * 2 > total:
            links[abbr] = best
    return links


def _short_name_links(weight: dict[str, Counter], types: dict[str, Counter], parent: dict[str, str]) -> dict[str, str]:
    """'trump' -> 'donald trump' when exactly one full personal name of the collection ends so."""
    endings: dict[str, set[str]] = defaultdict(set)  # "trump" -> {"donald trump"}: one pass, not a pass per key
    for k in weight:
        words = name_words(k)
        if len(words) > 1 and types[k].most_common(1)[0][0] == "PERSON":
            for n in range(1, len(words)):
                endings[" ".join(words[n:])].add(k)
    links: dict[str, str] = {}
    for key in weight:
        words = key.split()
        if key in parent or key.startswith("norp:") or country_named(key) or key in gazetteer().capitals:
            continue
        if types[key].most_common(1)[0][0] != "PERSON" and len(words) > 1:
            continue
        # A word the collection calls only a natural place or a facility ("Moon", "Everest") is no
        # family name. A bare surname is often mistyped as an organisation or a country, never
        # as these, so the mistyped kinds still join.
        if not types[key]["PERSON"] and set(types[key]) <= {"LOC", "FAC"}:
            continue
        # Across articles only a family name stands for a person: a lone given name ("Chelsea")
        # in another outlet's text is seldom the same person, and often not a person at all.
        cands = endings.get(key, set())
        if len(cands) == 1:
            links[key] = next(iter(cands))
    return links
