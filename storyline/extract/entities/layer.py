"""Entity mentions within one article, grouped into local referents with their roles.

spaCy proposes the spans; then, by rules that hold for any news text: titles are split from
names and kept as roles, spans are cleaned, headlines are re-read with the names the body
establishes, countries, capitals and demonyms are typed from the gazetteer, datelines are
found, and mentions are grouped into one referent each (see group.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.entities.acronyms import spelled_acronyms, split_role_of, with_legal_forms
from storyline.extract.entities.adjacent import join_adjacent_names
from storyline.extract.entities.clean import clean_range, headline_lines, inside
from storyline.extract.entities.commas import split_listed
from storyline.extract.entities.cues import type_by_cues
from storyline.extract.entities.glued import cut_glued
from storyline.extract.entities.group import DESIGNATORS, GENERATIONAL, Found, group_mentions
from storyline.extract.entities.institutions import institution_mentions
from storyline.extract.entities.modifiers import drop_adjective_events
from storyline.extract.entities.more import (
    defined_acronyms,
    extend_with_family_names,
    lowercase_definitions,
    numbered_resolutions,
    opening_dateline,
    refind_names,
    split_owner_nationality,
)
from storyline.extract.entities.named_groups import with_named_groups
from storyline.extract.entities.noise import drop_page_noise
from storyline.extract.entities.not_places import unplace_companies
from storyline.extract.entities.orgs import split_org_and_person, untagged_orgs
from storyline.extract.entities.owners import split_person_owner
from storyline.extract.entities.party_states import with_party_states
from storyline.extract.entities.place_table import is_place_name, places
from storyline.extract.entities.places import type_places
from storyline.extract.entities.platforms import with_platforms
from storyline.extract.entities.products import drop_products
from storyline.extract.entities.roles import apposition_roles, is_title_word, predicate_roles, split_title
from storyline.extract.entities.sky import with_sky
from storyline.extract.entities.trims import trim_names
from storyline.extract.spans import doc_text
from storyline.lexicon.en.entities import HONORIFICS, ORG_TAILS, ROLE_NOUNS, TITLE_MODIFIERS
from storyline.lexicon.gazetteer import country_named, demonym_of, gazetteer, normalise
from storyline.models import ENTITY_TYPES, Article, LocalEntity

# A capitalised word just before a name (searched in the 20 characters before it).
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
# A dateline: a place in capitals opening a line, before a colon, dash or agency ("ISLAMABAD:").
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=\s*(?:[:,(—–-]|$))", re.MULTILINE)
# A personal name after a title is at most this many words ("Abdel Fattah al-Burhan" is 3 tokens).
MAX_NAME_TOKENS = 4
# A title ending in a preposition before an organisation: "Chairman of the", "Fellow at".
_OF_BEFORE = re.compile(r"\b(?:of|at|for|in)(?: the)?\s*$")
_NORP_PREFIX = re.compile(r"^(?:pro|anti|non|ex|post|pre)-", re.IGNORECASE)


def extract_entities(article: Article, doc: Doc) -> tuple[LocalEntity, ...]:
    text = article.text
    headlines = headline_lines(text)
    spans = _with_titled_persons(doc, join_adjacent_names(
        doc, [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ENTITY_TYPES]))
    found = [f for start, end, label in spans if not inside(headlines, doc[start].idx, doc[end - 1].idx + 1)
             for f in _read_entity(doc, start, end, label)]
    found = [_typed(f) for f in split_person_owner(split_owner_nationality(text, split_org_and_person(text, found)))
             if not _is_noise(f)]
    found = extend_with_family_names(text, found)
    found = type_by_cues(text, found + refind_names(text, found))
    found.extend(_surnames_after_full_names(text, found))
    found.extend(_gazetteer_words(doc, found))
    found = _with_datelines(text, found)
    found.extend(opening_dateline(text, found))
    found = drop_adjective_events(text, with_sky(text, type_places(text, with_party_states(text, found))))
    found = with_platforms(text, drop_products(text, unplace_companies(text, found)))
    found.extend(lowercase_definitions(text, found))
    found.extend(defined_acronyms(text, found))
    found.extend(numbered_resolutions(text, found))
    found.extend(untagged_orgs(text, found))
    found = with_named_groups(text, found)
    found.extend(_refind_in_headlines(text, headlines, found))
    found = trim_names(drop_page_noise(text, spelled_acronyms(text, with_legal_forms(text, split_role_of(text, found)))))
    return group_mentions(text, institution_mentions(doc, found))


def _read_entity(doc: Doc, start: int, end: int, label: str) -> list[Found]:
    text = doc_text(doc)
    titled = split_title(doc, start, end) if label in ("PERSON", "ORG") else None
    if titled is not None and titled.name_start > start:
        if not _title_led(doc, start, end):
            titled = None  # a title word opening an organisation's name ("Foreign Office")
        else:
            label = "PERSON"  # "Field Marshal Asim Munir" tagged ORG: a title makes it a person
    if label == "ORG" and titled is not None and _OF_BEFORE.search(text[doc[titled.mention_start].idx:doc[start].idx]):
        titled = None  # "Chairman of the Council": the title is a person's role in the organisation
    name_start = titled.name_start if titled else start
    roles = (titled.roles if titled else ()) + (apposition_roles(doc, name_start, end, label == "PERSON")
                                                if label in ("PERSON", "ORG") else ()) \
        + (predicate_roles(doc, name_start, end) if label == "PERSON" else ())
    out = []
    ranges = clean_range(text, doc[name_start].idx, doc[end - 1].idx + len(doc[end - 1]))
    listed = [r for s, e in ranges for r in split_listed(text, s, e, is_place_name)] if label in ("ORG", "LAW") else ranges
    for n, (s, e) in enumerate(listed):
        s, e = cut_glued(text, s, e, is_place_name)
        if len(listed) > len(ranges) and is_place_name(text[s:e]):
            label = "GPE"  # "Vantor Systems, Oregon": the place of a listed company
        mention_start = s
        if n == 0 and titled is not None and titled.mention_start < name_start:
            title_char = doc[titled.mention_start].idx
            if "\n" not in text[title_char:s]:
                mention_start = title_char
        out.append(Found(start=mention_start, end=e, name=text[s:e], label=label, roles=roles if n == 0 else ()))
    return out


def _with_titled_persons(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the people the model misses after a title: "Field Marshal Asim Munir", "President Lind"."""
    out = list(spans)
    for i in range(1, len(doc)):
        if not (is_title_word(doc[i - 1]) and doc[i - 1].text.lower() in ROLE_NOUNS | HONORIFICS) or is_title_word(doc[i]):
            continue
        j = i
        while j < len(doc) and j - i < MAX_NAME_TOKENS and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and not is_title_word(doc[j]) and doc[j].ent_type_ not in ("GPE", "NORP", "DATE"):
            j += 1
        if j == i or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN") \
                or doc[j - 1].text.lower() in ORG_TAILS:
            continue  # no name, a longer proper noun ("President Ilse Marrow Foundation"), an org ("Premier League")
        overlapping = [s for s in out if s[0] < j and i < s[1]]
        if any(label == "PERSON" or start < i - 1 or end > j for start, end, label in overlapping):
            continue
        out = [s for s in out if s not in overlapping] + [(i, j, "PERSON")]
    return sorted(out)


def _is_noise(f: Found) -> bool:
    """Not a referent: a lone title word ("State", "Defence") or a prefixed nationality ("anti-Israeli")."""
    if " " not in f.name and f.name.lower() in ROLE_NOUNS | TITLE_MODIFIERS | DESIGNATORS or f.name.startswith("@"):
        return True  # a lone title word, or a social handle ("@imarrow"): the name is written elsewhere
    return f.label == "NORP" and bool(_NORP_PREFIX.match(f.name))


def _title_led(doc: Doc, start: int, end: int) -> bool:
    """A span that opens with a capitalised role noun and ends with two or three name-like words."""
    words = doc[start:end]
    return (len(words) >= 3 and words[0].text.lower() in ROLE_NOUNS | {"field", "prime", "lt.", "special"}
            and all(t.text[:1].isupper() for t in words))


def _typed(f: Found) -> Found:
    """Gazetteer types win over the model's: countries and capitals are GPE, demonyms NORP."""
    if demonym_of(f.name):
        return f.with_label("NORP")
    key = normalise(f.name)
    if country_named(f.name) or key in gazetteer().capitals:
        return f.with_label("GPE")
    return f


def _surnames_after_full_names(text: str, found: list[Found]) -> list[Found]:
    """Family names the model misses after the full name was given ("Ilse Marrow ... Marrow said")."""
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    firsts: dict[str, int] = {}
    for f in found:
        words = f.name.split()
        if len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONAL:
            words = words[:-1]  # "Patrick Tavelli Jr.": the family name is "Tavelli"
        if f.label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][0].isupper():
            firsts[words[-1]] = min(firsts.get(words[-1], f.end), f.end)
    for surname, after in firsts.items():
        if country_named(surname) or demonym_of(surname):
            continue
        # a family name that is also a title ("Kevin King") is the person unless written as the title: "the King"
        titled = surname.lower() in ROLE_NOUNS | TITLE_MODIFIERS
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])(?!\s+[A-Z])", text[after:]):
            s, e = after + m.start(), after + m.end()
            if titled and re.search(r"(?i:\bthe|\ba|\ban)\s+$", text[max(0, s - 5):s]):
                continue
            if not any(a < e and s < b for a, b in taken) and not _CAPITALISED_BEFORE.search(text[max(0, s - 20):s]):
                taken.append((s, e))
                out.append(Found(start=s, end=e, name=surname, label="PERSON"))
    return out


def _gazetteer_words(doc: Doc, found: list[Found]) -> list[Found]:
    """Country names and demonyms the model leaves untagged ("Palestinians", "Indonesians")."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.ent_type_ or any(a < tok.idx + len(tok) and tok.idx < b for a, b in taken):
            continue
        if demonym_of(tok.text):
            out.append(Found(start=tok.idx, end=tok.idx + len(tok), name=tok.text, label="NORP"))
        elif country_named(tok.text) and not tok.text.isupper():
            out.append(Found(start=tok.idx, end=tok.idx + len(tok), name=tok.text, label="GPE"))
    return out


def _with_datelines(text: str, found: list[Found]) -> list[Found]:
    """Datelines marked: a known place written in capitals at the start of a line, whether the
    model tagged it (the mention is marked) or missed it (a mention is added)."""
    known = {normalise(f.name) for f in found if f.label in ("GPE", "LOC")}
    by_span = {(f.start, f.end): n for n, f in enumerate(found)}
    out = list(found)
    for m in _DATELINE.finditer(text):
        key = normalise(m.group(1))
        if not (key in known or key in gazetteer().capitals or country_named(key) or key in places()):
            continue
        n = by_span.get((m.start(1), m.end(1)))
        if n is None:
            out.append(Found(start=m.start(1), end=m.end(1), name=m.group(1), label="GPE", dateline=True))
        elif out[n].label in ("GPE", "LOC"):
            out[n] = replace(out[n], dateline=True)
        elif key in places():  # a city of the table in the dateline position is the place
            out[n] = replace(out[n], label="GPE", dateline=True)
    return out


def _refind_in_headlines(text: str, headlines: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """Names the body establishes, found again in headline lines (where the model is unreliable)."""
    if not headlines:
        return []
    by_name: dict[str, str] = {}
    for f in found:
        if len(f.name) >= 3:  # a two-letter name would match inside ordinary headline words
            by_name.setdefault(f.name, f.label)
    names = sorted(by_name, key=len, reverse=True)
    out: list[Found] = []
    for a, b in headlines:
        line = text[a:b]
        taken: list[tuple[int, int]] = []
        for name in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", line):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                out.append(Found(start=a + m.start(), end=a + m.end(), name=name, label=by_name[name]))
    return out
