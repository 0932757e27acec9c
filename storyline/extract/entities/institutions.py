"""National institutions that news names with a common noun: armies, parliaments, governments,
ministries.

"the Sudanese army", "Pakistan's parliament" and "the federal government of Pakistan" name one
body of one country; a later bare "the army" or "parliament" in the same article is that body
again. Each gets the body's official English name (a small curated table, else a pattern such as
"Parliament of <Country>"), so that "the army" of a Sudan report and "the army" of a Pakistan
report never become one entity across the collection. A ministry is named "<Demonym> Ministry
of <Topic>" after the country the text gives it, or the article's home country when it gives
none ("the Defense Ministry" in a report datelined Jakarta).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from storyline.extract.entities.group import Found
from storyline.extract.spans import doc_text
from storyline.lexicon import table_rows
from storyline.lexicon.gazetteer import capital_of, country_named, demonym_for, demonym_of, gazetteer

_NOUNS = r"(?i:(?:federal |national )?(?:army|military|armed forces|parliament|government))"
# Before the noun, "government" is left out: "the Pakistani government said" is the country acting
# through its nationality word (kept as NORP), as "Islamabad said" is; "the government of Pakistan"
# names the body. Measured on the dev set: entity F1 0.890 with it, 0.893 without.
_NOUNS_BEFORE = r"(?i:(?:federal |national )?(?:army|military|armed forces|parliament))"
# "Pakistani army", "Pakistan's parliament", "Sudanese Army": a country or nationality before the noun.
_QUALIFIED_BEFORE = re.compile(
    r"(?<![\w-])([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:['’]s)? (" + _NOUNS_BEFORE + r")(?![\w-])")
# "the federal government of Pakistan": the country after the noun.
_QUALIFIED_AFTER = re.compile(
    r"(?<![\w-])(" + _NOUNS + r") of (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?![\w-])")
_BARE = re.compile(r"(?<![\w-])(" + _NOUNS + r")(?![\w-])")
# The model's tag of a bare noun ("Parliament") is the same mention as the bare noun.
# An owner's possessive just before a ministry (searched in the 30 characters before it).
_OWNER_BEFORE = re.compile(r"(\S+?)['’]s\s+$")
_BARE_NAME = re.compile(r"^(?:[Tt]he )?" + _NOUNS + "$")
# Bodies a bare noun names without any qualifier in the article: the home country's parliament.
# A bare "the army" or "the government" is too often some other country's to guess.
_HOME_BY_DEFAULT = frozenset({"parliament"})
# "Defense Ministry", "Foreign Ministry": the topic word before "Ministry".
_MINISTRY = re.compile(r"^(?:(.+?)['’]s |(\S+) )??([A-Z][a-z]+) Ministry$")
_MINISTRY_TOPICS = {"foreign": "Foreign Affairs", "home": "Home Affairs"}
# A dependency label that makes the noun a modifier ("the military leadership"), not a body.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def institution_mentions(doc: Doc, found: list[Found]) -> list[Found]:
    """The found mentions with ministries renamed, plus every national-institution mention."""
    text = doc_text(doc)
    home = home_country(found)
    found = [_named_ministry(text, f, home) for f in found]
    taken = [(f.start, f.end) for f in found if f.label not in ("GPE", "NORP") and not _BARE_NAME.match(f.name)]
    qualified: list[tuple[int, int, str, str]] = []  # start, end, kind, country
    for pattern, country_group, noun_group in ((_QUALIFIED_BEFORE, 1, 2), (_QUALIFIED_AFTER, 2, 1)):
        for m in pattern.finditer(text):
            country = _country_in(m.group(country_group))
            if country and _is_body(doc, m.start(noun_group), m.end(noun_group)):
                start = m.start(1) + _country_offset(m.group(1)) if country_group == 1 else m.start()
                qualified.append((start, m.end(), _kind(m.group(noun_group)), country))
    # The model's own tag of the same body ("Pakistan Army" as ORG) gives way to the named one.
    out = [f for f in found if f.label != "ORG" or not any(s < f.end and f.start < e for s, e, _, _ in qualified)]
    for start, end, kind, country in qualified:
        out.append(Found(start=start, end=end, name=institution_name(country, kind), label="ORG"))
    tagged_bare = {(f.start, f.end): f for f in out if _BARE_NAME.match(f.name)}
    out = [f for f in out if (f.start, f.end) not in tagged_bare]
    covered = taken + [(s, e) for s, e, _, _ in qualified]
    for m in _BARE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered) or not _is_body(doc, m.start(), m.end()):
            continue
        kind = _kind(m.group(1))
        country = _country_for_bare(kind, qualified, home)
        if country:
            out.append(Found(start=m.start(), end=m.end(), name=institution_name(country, kind), label="ORG"))
    named = {(f.start, f.end) for f in out}
    # a bare noun the model tagged but no country names stays as the model had it ("Parliament")
    out += [f for span, f in tagged_bare.items() if span not in named and not any(
        s < f.end and f.start < e for s, e in named if (s, e) != span)]
    return out


def home_country(found: list[Found]) -> str | None:
    """The country an article is about: its dateline's, else the one it names clearly most often
    (countries, their capitals and nationality words all count)."""
    for f in found:
        if f.dateline:
            country = country_named(f.name) or capital_of(f.name)
            if country:
                return country
    votes = Counter(c for f in found if (c := _country_in(f.name)))
    ranked = votes.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def institution_name(country: str, kind: str) -> str:
    """The official English name of a country's army, military, parliament or government."""
    curated = _curated().get((country, kind))
    if curated:
        return curated
    demonym = demonym_for(country)
    if kind == "army" and demonym:
        return f"{demonym} Army"
    if kind == "military" and demonym:
        return f"{demonym} Armed Forces"
    return f"{'Parliament' if kind == 'parliament' else 'Government'} of {country}"


def _named_ministry(text: str, f: Found, home: str | None) -> Found:
    """"Israeli Defense Ministry" -> "Israeli Ministry of Defense"; the country from the name, the
    owner written before it ("Pakistan's Foreign Ministry") or the article's home country."""
    m = _MINISTRY.match(f.name)
    if f.label != "ORG" or not m:
        return f
    owner = _OWNER_BEFORE.search(text[max(0, f.start - 30):f.start])
    qualifier = m.group(1) or m.group(2) or (owner.group(1) if owner else None)
    country = _country_in(qualifier) if qualifier else home
    demonym = demonym_for(country) if country else None
    if not demonym:
        return f
    topic = _MINISTRY_TOPICS.get(m.group(3).lower(), m.group(3))
    return replace(f, name=f"{demonym} Ministry of {topic}")


def _country_in(phrase: str) -> str | None:
    """The country a phrase names or whose nationality it is, from its last words ("the Sudanese")."""
    words = phrase.split()
    for n in range(len(words)):
        tail = " ".join(words[n:])
        demonym = demonym_of(tail)
        country = country_named(tail) or (gazetteer().demonym_country.get(demonym) if demonym else None)
        if country:
            return country
    return None


def _country_offset(phrase: str) -> int:
    """Where in the phrase its country or nationality words start ("The Sudanese" -> 4)."""
    for w in re.finditer(r"\S+", phrase):
        if w.group(0).lower() == "the":
            continue  # the mention starts at the name: a leading article is not part of it
        if country_named(phrase[w.start():]) or demonym_of(phrase[w.start():]):
            return w.start()
    return 0


def _is_body(doc: Doc, start: int, end: int) -> bool:
    """The noun names the body itself, not a modifier ("military leadership", "government officials").
    A capitalised noun is the body's name even as a modifier ("Pakistan Army chief")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span[-1]
    return head.text[:1].isupper() or (head.pos_ in ("NOUN", "PROPN") and head.dep_ not in _MODIFIER_DEPS)


def _kind(noun: str) -> str:
    last = noun.lower().split()[-1]
    return "military" if last in ("military", "forces") else last


def _country_for_bare(kind: str, qualified: list[tuple[int, int, str, str]], home: str | None) -> str | None:
    """The one country whose body of this kind (or the army/military pair) the article names."""
    related = {kind} | ({"army", "military"} if kind in ("army", "military") else set())
    same = {c for _, _, k, c in qualified if k == kind}
    near = {c for _, _, k, c in qualified if k in related}
    if len(same) == 1:
        return same.pop()
    if not same and len(near) == 1:
        return near.pop()
    return home if kind in _HOME_BY_DEFAULT and not near else None


@lru_cache(maxsize=1)
def _curated() -> dict[tuple[str, str], str]:
    return {(country, kind): name for country, kind, name in table_rows("en", "institutions.tsv")}
