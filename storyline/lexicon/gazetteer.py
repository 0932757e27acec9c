"""Countries, their capitals and demonyms: from the countryinfo package plus small curated tables.

The curated tables (storyline/lexicon/en/*.tsv) hold only what the package lacks: common short
aliases ("U.S.", "UK"), well-known organisation acronyms, capitals spelled the way news writes
them, and demonym forms the package leaves out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from countryinfo import all_countries

from storyline.lexicon import table_rows

# ISO codes among countryinfo's alternative spellings ("PK", "PAK") would turn ordinary
# capitalised words into countries; the few codes news uses as names are curated in aliases.tsv.
_ISO_CODE = re.compile(r"^[A-Z]{2,3}$")


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]  # lower-case name or alias -> short common country name
    capitals: dict[str, str]  # lower-case capital -> country
    demonyms: dict[str, str]  # lower-case demonym (singular and plural) -> singular demonym as written
    demonym_country: dict[str, str]  # singular demonym -> country
    aliases: dict[str, tuple[str, str]]  # lower-case alias -> (canonical name, type), curated
    seats: dict[str, str]  # lower-case seat of government ("white house") -> country, curated


@lru_cache(maxsize=1 << 16)  # called for every mention and every local entity; names repeat
def normalise(name: str) -> str:
    """Lower-case, curly quotes unified, leading article and possessive dropped, spaces collapsed."""
    s = name.replace("’", "'").replace("ʼ", "'").strip()
    s = re.sub(r"^(?:the)\s+", "", s, flags=re.IGNORECASE)
    s = re.sub(r"(?:'s|s')$", lambda m: "" if m.group(0) == "'s" else "s", s)
    return re.sub(r"\s+", " ", s).lower()


def _plurals(demonym: str) -> list[str]:
    """English plurals of a nationality adjective used as a noun: Israeli -> Israelis."""
    if demonym.endswith(("ese", "ss", "sh", "ch", "Swiss")):
        return []  # "the Sudanese", "the French": no plural form
    return [demonym + "s"]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    by_demonym: dict[str, tuple[int, str]] = {}
    for info in all_countries():
        raw = info.info()
        name = raw.get("name") or ""
        if not name or "," in name or "(" in name:
            continue  # "Palestine, State of": a duplicate entry in the package
        population = int(raw.get("population") or 0)
        countries.setdefault(name.lower(), name)
        for alt in raw.get("altSpellings") or ():
            if not _ISO_CODE.match(alt):
                countries.setdefault(alt.lower(), name)
        capital = raw.get("capital") or ""
        if isinstance(capital, str) and capital and "/" not in capital:
            capitals.setdefault(capital.removesuffix(" D.C.").lower(), name)
        demonym = raw.get("demonym")
        # A demonym shared by a territory and its country ("Indian", "French") goes to the more populous.
        if demonym and (demonym not in by_demonym or by_demonym[demonym][0] < population):
            by_demonym[demonym] = (population, name)
    aliases: dict[str, tuple[str, str]] = {}
    for alias, canonical, etype in table_rows("en", "aliases.tsv"):
        aliases[alias.lower()] = (canonical, etype)
        if etype == "GPE":
            countries.setdefault(alias.lower(), canonical)
    for capital, country in table_rows("en", "metonyms.tsv"):
        capitals[capital.lower()] = country
    demonym_country = {d: c for d, (_, c) in by_demonym.items()}
    for demonym, country in table_rows("en", "demonyms.tsv"):
        demonym_country[demonym] = country
    demonyms: dict[str, str] = {}
    for demonym in demonym_country:
        for form in [demonym, *_plurals(demonym)]:
            demonyms.setdefault(form.lower(), demonym)
    for form in list(demonyms):
        countries.pop(form, None)  # "Afghan" is not a country name
    return Gazetteer(countries=countries, capitals=capitals, demonyms=demonyms,
                     demonym_country=demonym_country, aliases=aliases,
                     seats={seat.lower(): country for seat, country in table_rows("en", "seats.tsv")})


def country_named(name: str) -> str | None:
    """The short common country name for a country name or alias, else None."""
    return gazetteer().countries.get(normalise(name))


def capital_of(name: str) -> str | None:
    """The country whose capital this is ("Islamabad" -> "Pakistan"), else None."""
    return gazetteer().capitals.get(normalise(name))


def seat_of(name: str) -> str | None:
    """The country whose government a seat of government names ("the White House"), else None."""
    return gazetteer().seats.get(normalise(name))


def demonym_for(country: str) -> str | None:
    """The nationality word of a country ("Pakistan" -> "Pakistani"), else None."""
    return _demonym_by_country().get(country)


@lru_cache(maxsize=1)
def _demonym_by_country() -> dict[str, str]:
    out: dict[str, str] = {}
    for demonym, country in gazetteer().demonym_country.items():
        out.setdefault(country, demonym)
    return out


def demonym_of(name: str) -> str | None:
    """The singular demonym ("Pakistani") for a demonym form ("Pakistanis"), else None."""
    return gazetteer().demonyms.get(normalise(name))
