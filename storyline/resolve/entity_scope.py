"""Which canonical keys one ingest call can re-resolve: its keys and all that they can link to.

resolve.entities.resolve_keys decides each key's entity from a few relations between keys: a
short name and the full personal names ending with it, an acronym and the full names articles
wrote it for, two long names one letter apart, an organisation's name and the same name with a
qualifier, and keys whose entities share an id (same display name). So the keys a call touches
(the keys of its new articles) change no entity outside the closure computed here, and
resolving the closure alone gives, for its keys, what resolving every stored key gives:

- every key stored in one entity with a key of the scope (old groups stay whole);
- every key a relation joins to a key of the scope: the full names ending with it, the words it
  ends with or opens with (its possible short names and qualifiers), the acronyms written for it
  and the names written with it as an acronym;
- for the touched keys only, whose sums (and so type and size) changed: the names it can qualify
  and the names one letter from it. An untouched pair of keys decided the same before; if
  it joined them, they are already one stored entity.

The relations are found through the store's key probes (entity_key_probes, migration 9): each key's
word suffixes, word prefixes and one-deletion variants, written once when the key first appears.
"""
from __future__ import annotations

from storyline.extract.entities.group import name_words
from storyline.extract.entities.join import TYPO_MIN_CHARS
from storyline.store import Store

# Words a qualifier before an organisation's name may have (resolve.entity_joins._qualified_names).
QUALIFIER_MAX_WORDS = 3
SELF, SUFFIX, PREFIX, VARIANT = "k", "s", "p", "v"


def key_probes(key: str) -> list[tuple[str, str]]:
    """(kind, probe) rows filed for a key: itself, its word suffixes (as short names and as the
    name a qualifier stands before), its word prefixes (as a qualifier) and, for a name long
    enough for the slip rule, its one-deletion variants (resolve.entity_joins._one_edit_candidates)."""
    words = key.split()
    suffixes = {" ".join(w[n:]) for w in (words, name_words(key)) for n in range(1, len(w))}
    prefixes = {" ".join(words[:n]) for n in range(1, min(QUALIFIER_MAX_WORDS, len(words) - 1) + 1)}
    rows = [(SELF, key)] + [(SUFFIX, s) for s in sorted(suffixes)] + [(PREFIX, p) for p in sorted(prefixes)]
    if " " in key and len(key) >= TYPO_MIN_CHARS:
        rows += [(VARIANT, v) for v in sorted({key} | {key[:k] + key[k + 1:] for k in range(len(key))})]
    return rows


def own_neighbours(keys: set[str]) -> set[str]:
    """The words the keys end or open with: their possible short names and qualifiers."""
    return {p for k in keys for kind, p in key_probes(k) if kind in (SUFFIX, PREFIX)}


def resolution_scope(store: Store, touched: set[str]) -> set[str]:
    """The stored keys to re-resolve after the keys `touched` changed (see the module's docstring)."""
    return _closure(store, set(), set(touched), touched)


def widen_scope(store: Store, scope: set[str], more: set[str]) -> set[str]:
    """The scope with `more` keys and their closure (keys an entity id of the scope's new result
    already names: two groups with one display name share an entity)."""
    return _closure(store, scope, more - scope, set())


def _closure(store: Store, scope: set[str], frontier: set[str], touched: set[str]) -> set[str]:
    """`scope` with `frontier` and every key related to them (store.related_keys), following the
    relations of the `touched` keys in the first round only (their sums are the ones that changed)."""
    first = True
    while frontier:
        scope = scope | frontier
        found = store.related_keys(sorted(frontier), sorted(touched) if first else [],
                                   sorted(own_neighbours(frontier)))
        first = False
        frontier = found - scope
    return scope
