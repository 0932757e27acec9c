"""More ways two names of one article are one referent, beyond equal keys and acronyms.

- an organisation's short form that ends its fuller name, once a place, nationality or owner is
  dropped: "the Taliban" / "the Valdorian Taliban", "Board of Trade" / "Estmark Board of Trade";
- a one-letter slip in a long name ("Board of Tradel", "Zelenskyy" / "Zelensky");
- a lone inner part of exactly one full personal name ("Naeem" in "Hafiz Naeem Ur Rehman"), when
  no full name starts or ends with it.

Each join maps a key to the key of its fuller form (the union-find parent of group.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from storyline.extract.entities.place_table import is_place_name
from storyline.lexicon.en.entities import CLUB_PREFIXES, GENERIC_TAILS, ORG_HEADS, PAPER_NAMES, SKIPPED_IN_INITIALS
from storyline.lexicon.gazetteer import country_named, demonym_of, gazetteer

# A slip of one letter is only trusted in names at least this long: shorter names differing by one
# letter are often different referents ("Iran" / "Iraq", "Mali" / "Bali").
TYPO_MIN_CHARS = 8
# An inner part of a personal name must be this long to name the person alone ("Ur", "bin" are not).
INNER_NAME_MIN_CHARS = 4
_QUALIFIER_TYPES = ("GPE", "NORP", "LOC", "PERSON", "ORG")


def join_org_short_forms(by_key: dict, label_of: dict[str, str], parent: dict[str, str],
                         root: Callable[[dict[str, str], str], str]) -> None:
    """An organisation's name joins the one fuller name it ends, when the extra words qualify it."""
    orgs = [k for k in by_key if label_of[k] in ("ORG", "FAC")]  # the model types "the Statehouse" either way
    for key in orgs:
        if key in parent:
            continue
        words = key.split()
        cands = {root(parent, k) for k in orgs if k != key and len(k.split()) > len(words)
                 and ((k.split()[-len(words):] == words and (_qualifies(k.split()[:-len(words)], by_key, label_of)
                                                              or words[0] in PAPER_NAMES and len(words) == 1))
                      or (k.split()[:len(words)] == words and set(k.split()[len(words):]) <= GENERIC_TAILS))}
        cands.discard(key)
        if len(cands) != 1:
            continue
        full = cands.pop()
        if full.split()[0].endswith(("'s", "’s")) and full not in parent:
            parent[full] = key  # "Estmark's Board of Trade": the owner is not part of the name
        else:
            parent[key] = full


def _qualifies(extra: list[str], by_key: dict, label_of: dict[str, str]) -> bool:
    """The extra words are a place, nationality or a named owner ("Estmark's"): not a different body
    ("White House" is not "House")."""
    phrase = " ".join(extra)
    owner = phrase.removesuffix("'s").removesuffix("’s")
    if country_named(phrase) or demonym_of(phrase) or phrase in gazetteer().capitals:
        return True
    if owner != phrase:
        return owner in by_key and label_of[owner] in _QUALIFIER_TYPES
    return phrase in by_key and label_of[phrase] in ("GPE", "NORP", "LOC")


def join_slips(by_key: dict, label_of: dict[str, str], parent: dict[str, str],
               root: Callable[[dict[str, str], str], str]) -> None:
    """A long name one letter away from another name of the article is a slip of the pen: the form
    written more often wins."""
    keys = sorted(by_key, key=lambda k: (-len(by_key[k]), k))
    for n, key in enumerate(keys):
        if len(key) < TYPO_MIN_CHARS or key in parent or country_named(key):
            continue
        for other in keys[:n]:
            if other not in parent and root(parent, other) != key and len(other) >= TYPO_MIN_CHARS \
                    and label_of[other] != "NORP" and label_of[key] != "NORP" and one_edit(key, other):
                parent[key] = root(parent, other)
                break


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def inner_name_of(key: str, persons: list[str]) -> str | None:
    """The one full personal name with `key` (one word) as an inner part, else None."""
    if " " in key or len(key) < INNER_NAME_MIN_CHARS:
        return None
    cands = {p for p in persons if key in p.split()[1:-1]}
    return cands.pop() if len(cands) == 1 else None


# A person speaking right after a name: "Persson said", "Persson, who ..., told".
_SPEAKS = re.compile(r"\s*(?:,[^,.]{0,80},\s*)?(?:said|says|told|added|explained|noted|wrote|argued|insisted)\b")


def join_first_words(by_key: dict, label_of: dict[str, str], parent: dict[str, str],
                     root: Callable[[dict[str, str], str], str]) -> None:
    """A one-word name that opens exactly one organisation's or facility's name of the article is
    its short form ("Goddard" / "Goddard Space Flight Center", "Tyvak" / "Tyvak Nano-Satellite
    Systems"; "Porto" / "FC Porto"), unless it is a place of the gazetteer or a word of a
    person's name there ("Ford" of "Richard Ford" stays his)."""
    person_words = {w for k in by_key if label_of[k] == "PERSON" and " " in k for w in k.split()}
    fuller = [k for k in by_key if label_of[k] in ("ORG", "FAC") and " " in k]
    for key in by_key:
        # Places stay places: "California" is not the "California ... Commission".
        if key in parent or " " in key or label_of[key] not in ("ORG", "PERSON", "FAC", "GPE") or key in person_words:
            continue
        if label_of[key] == "GPE" and is_place_name(key):
            continue  # a place the model and the table agree on; an unknown "GPE" ("Tyvak") may be the short form
        if country_named(key) or demonym_of(key) or key in gazetteer().capitals:
            continue
        cands = {root(parent, k) for k in fuller
                 if k.split()[0] == key or (k.split()[-1] == key and set(k.split()[:-1]) <= CLUB_PREFIXES)}
        if label_of[key] == "GPE":  # a public body takes its place's name: "Valdoria ... Commission" is not Valdoria
            cands = {k for k in cands if not set(k.split()) & ORG_HEADS}
        cands.discard(key)
        if len(cands) == 1:
            parent[key] = cands.pop()


def relabel_family_names(text: str, by_key: dict, label_of: dict[str, str]) -> None:
    """A full name whose last word the article also uses alone for a speaking person is a person's
    name ("Eva-Marie Persson ... Persson said"), whatever the model typed the full form as."""
    lone_persons = {k for k, items in by_key.items() if " " not in k and label_of[k] == "PERSON"
                    and any(_SPEAKS.match(text, f.end) for f in items)}
    for key, items in by_key.items():
        words = key.split()
        if label_of[key] in ("ORG", "GPE", "LOC", "FAC") and 2 <= len(words) <= 4 and words[-1] in lone_persons \
                and not words[0].endswith(("'s", "’s")) and not country_named(words[0]) \
                and not demonym_of(words[0]) and words[0] not in gazetteer().capitals:
            label_of[key] = "PERSON"
            by_key[key] = [f.with_label("PERSON") for f in items]


# Heads of names written both ways: "Department of Homeland Security" / "Homeland Security Department".
_INVERTIBLE_HEADS = frozenset({"department", "ministry", "office", "bureau", "agency", "commission", "institute"})


def join_inverted_names(by_key: dict, label_of: dict[str, str], parent: dict[str, str],
                        root: Callable[[dict[str, str], str], str]) -> None:
    """"Homeland Security Department" and "Homeland Security" are the "Department of Homeland
    Security" the article names: the head moved after its topic, or dropped."""
    for key in list(by_key):
        head, sep, topic = key.partition(" of ")
        if not sep or head not in _INVERTIBLE_HEADS or label_of[key] != "ORG" or len(topic.split()) < 2:
            continue
        for form in (f"{topic} {head}", topic):
            if form in by_key and form not in parent and label_of[form] == "ORG" and root(parent, key) != form:
                parent[form] = root(parent, key)


def initials_of(name: str) -> str:
    """The capital initials of a name's words, function words and legal forms left out."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in SKIPPED_IN_INITIALS and w[0].isalpha()]
    return "".join(w[0].upper() for w in words)
