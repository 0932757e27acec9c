"""What story grouping reads of one article: its actors, weighted by salience, and its words.

Actors are keyed by kind, because the kinds are not equally good evidence that two articles
report one story: a named person, company or city (`E:`) is specific; a country or nationality
(`C:`) is named by most stories of a region; a news outlet credited for a report ("Reuters
said") is no actor of the story at all and is left out, like the page furniture naming it.
Surface forms (`M:`) name the protagonist when comparing groups (see grouping.py).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from storyline.extract.attributions_sources import classify_org
from storyline.extract.entities_gazetteer import country_named, gazetteer
from storyline.models import Entity, LocalEntity

# Characters at the start of the text whose mentions count double: the headline and lead name
# the story's protagonists.
LEAD_CHARS = 300
# Title words count this many extra times: a headline is the densest statement of the plot.
TITLE_BOOST = 2
ACTOR_TYPES = frozenset({"GPE", "PERSON", "ORG", "NORP"})
# Feature key prefixes: a specific entity, a country (or nationality), a surface form.
ENTITY, COUNTRY, SURFACE = "E:", "C:", "M:"

_POSSESSIVE = re.compile(r"['’]s?$")
WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
STOP = frozenset(
    "this that with from have has been were will would could said says their there they about after before "
    "which while also into than more most some such over under other only when what where your them these "
    "those being because during told according year years week month monday tuesday wednesday thursday "
    "friday saturday sunday january february march april june july august september october november "
    "december".split())


# A line repeated verbatim on two pages of one site is its furniture (a menu, a newsletter
# pitch, a caption credit), not the news; lines this short ("Advertisement") are left to idf.
FURNITURE_MIN_WORDS = 3


@dataclass(frozen=True)
class StoryInput:
    """What grouping needs of one article."""

    id: str
    title: str
    text: str
    published: str | None
    actors: Mapping[str, float]  # feature key (kind prefix + entity id or surface form) -> salience


def actor_weights(entities: Sequence[LocalEntity], linked: Mapping[str, Entity],
                  countries: Mapping[str, Entity], furniture: Sequence[tuple[int, int]] = ()) -> dict[str, float]:
    """Salience of each actor of one article: mentions, doubled in the lead.

    `linked` maps local keys to canonical entities; `countries` maps a nationality's entity id
    ("Pakistani") to its country's entity, so both count for the country. Mentions inside the
    `furniture` spans (lines the site repeats on its pages) are not the article's.
    """
    weights: dict[str, float] = defaultdict(float)
    for local in entities:
        entity = linked.get(local.key)
        if entity is None or entity.type not in ACTOR_TYPES or _is_outlet(entity):
            continue
        country = countries.get(entity.id)
        key = (COUNTRY if country or is_country(entity) else ENTITY) + (country or entity).id
        for m in local.mentions:
            if any(a <= m.start < b for a, b in furniture):
                continue
            w = 2.0 if m.start < LEAD_CHARS else 1.0
            weights[key] += w
            surface = country.name if country else _POSSESSIVE.sub("", m.text)
            weights[SURFACE + surface.lower()] += w
    return dict(weights)


def is_country(entity: Entity) -> bool:
    return entity.type == "NORP" or (entity.type == "GPE" and country_named(entity.name) is not None)


def _is_outlet(entity: Entity) -> bool:
    return entity.type == "ORG" and classify_org(entity.name) == "media"


def nationality_countries(entities: Sequence[Entity]) -> dict[str, Entity]:
    """NORP entity id -> the GPE it is the nationality of, by shared stem ("Israeli" ~ "Israel")."""
    gpes = [e for e in entities if e.type == "GPE" and len(e.name) >= 4]
    out: dict[str, Entity] = {}
    for e in entities:
        if e.type != "NORP":
            continue
        for g in gpes:
            # the country's name less its last letter: Ukrain(e)-ian, Chin(a)-ese, Israel-i
            if e.name != g.name and e.name.startswith(g.name[:max(4, len(g.name) - 1)]):
                out[e.id] = g
                break
    return out


def furniture_spans(texts: Mapping[str, str], outlets: Mapping[str, str | None]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> spans of the lines its site repeats on another of its pages."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    lines: dict[str, list[tuple[int, int, str]]] = {}
    for ident, text in texts.items():
        site = outlets.get(ident)
        if not site:
            continue
        found = []
        for m in re.finditer(r"[^\n]+", text):
            line = m.group(0).strip()
            if len(line.split()) >= FURNITURE_MIN_WORDS:
                found.append((m.start(), m.end(), line))
                seen[(site, line)].add(ident)
        lines[ident] = found
    out = {}
    for ident, found in lines.items():
        repeated = [(a, b) for a, b, line in found if len(seen[(outlets[ident] or "", line)]) > 1]
        # most lines repeated: a copy of another page (duplicates.py marks it), not furniture
        out[ident] = repeated if len(repeated) * 2 <= len(found) else []
    return out


def without_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def word_bag(item: StoryInput) -> Counter:
    """Content words of the text, title words boosted; country names and nationality words are
    left to the actors, where they count as the weak evidence they are."""
    skip = STOP | _country_words()
    bag = Counter(w.lower() for w in WORD.findall(item.text) if w.lower() not in skip)
    for w in WORD.findall(item.title):
        if w.lower() not in skip:
            bag[w.lower()] += TITLE_BOOST
    return bag


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    g = gazetteer()
    return frozenset(w for w in (*g.countries, *g.demonyms) if " " not in w)


def shares(bag: Mapping[str, float], kind: str = SURFACE) -> Counter:
    """Each actor's share of the article's actor weight, over one kind of feature key."""
    keys = {k: v for k, v in bag.items() if k.startswith(kind)}
    total = sum(keys.values())
    return Counter({k: v / total for k, v in keys.items()}) if total else Counter()
