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

from storyline.extract.attributions.sources import classify_org
from storyline.lexicon.gazetteer import country_named, gazetteer
from storyline.models import Entity, LocalEntity

# Characters at the start of the text whose mentions count double: the headline and lead name
# the story's protagonists.
LEAD_CHARS = 300
# Title words count this many extra times: a headline is the densest statement of the plot.
TITLE_BOOST = 2
ACTOR_TYPES = frozenset({"GPE", "PERSON", "ORG", "NORP"})
# Feature key prefixes: a specific entity (a person, an organisation), a country (or
# nationality), a place below a country (a city, a state, a region), a surface form.
ENTITY, COUNTRY, PLACE, SURFACE = "E:", "C:", "P:", "M:"

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


# A credit line names who wrote, tested or photographed the page, not who is in the news: "Tested
# by: John Milbank", "Photos by: Ana Ruiz", or a byline standing alone ("By Mara Quist").
_CREDIT_LINE = re.compile(r"^[ \t]*(?:(?:[A-Za-z]+[ \t]+){0,2}by:[^\n]*|By[ \t]+(?:[A-Z][\w.'’-]*[ \t]*){1,4})$",
                          re.MULTILINE)

# Parts of a domain that name no site ("www", "blog", the suffixes); a site name shorter than
# this many characters ("mk" of mk.ru) is too short to find in text without false hits.
_DOMAIN_PARTS = frozenset("www www2 m blog blogs news amp en com org net co uk us ca au in de fr ru edu gov info io tv".split())
SITE_NAME_CHARS = 4
_SECOND_LEVEL = frozenset("co com org net ac gov edu".split())


# A roundup reports several stories at once (a digest, a listicle, a guide, a deals post), so its
# likeness to any one story is borrowed from the others it covers: it joins none. Its headline
# says so by its form: a count of items ("10 things in tech you need to know today", "7 key
# questions ..."), a genre label ("High School Roundup: ...", "morning briefing", "gift guide"),
# a recurring column with its date ("Opening Bell 11.18.19") or a trailing ", more". A genre word
# alone is no sign, since news uses it for events ("Markets digest Fed decision", "Bayer settles
# Roundup claims", "Pentagon briefing"). No headline of dev or dev-wide (58 single-event reports)
# matches; on the 375 benchmark pages ten do, every one a roundup.
_GENRE = r"(?:round-?up|digest|briefing|newsletter|recap)"
_ROUNDUP_TITLE = re.compile(rf"""
    ^(?:the\s+)?\d+\s+(?:[\w'’-]+\s+){{0,3}}?(?:things|ways|questions|takeaways|reasons|tips|deals|facts|lessons
        |moments|picks|gifts|ideas|highlights|stories|headlines)\b
    |^[^:]{{0,40}}\b{_GENRE}\s*:
    |\b(?:daily|weekly|morning|evening|midday|news|week'?s|today'?s)\s+{_GENRE}\b
    |\b(?:gift\s+guide|buyer'?s\s+guide|guide\s+to|week\s+in\s+review|live\s+updates?|live\s+blog
        |deals\s+of\s+the\s+day|best\s+(?:[\w'’-]+\s+){{0,3}}?deals)\b
    |\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b
    |(?:,|\band)\s+more$""", re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True)
class StoryInput:
    """What grouping needs of one article."""

    id: str
    title: str
    text: str
    published: str | None
    actors: Mapping[str, float]  # feature key (kind prefix + entity id or surface form) -> salience
    outlet: str | None = None  # the publishing site's domain


def actor_weights(entities: Sequence[LocalEntity], linked: Mapping[str, Entity],
                  countries: Mapping[str, Entity], furniture: Sequence[tuple[int, int]] = (),
                  outlet: str | None = None, authors: Sequence[str] = ()) -> dict[str, float]:
    """Salience of each actor of one article: mentions, doubled in the lead.

    `linked` maps local keys to canonical entities; `countries` maps a nationality's entity id
    ("Pakistani") to its country's entity, so both count for the country. Mentions inside the
    `furniture` spans (lines the site repeats on its pages) are not the article's, and neither is
    the site itself named in its own pages ("GiveWell" on blog.givewell.org), nor the page's
    `authors`: who wrote a report is no actor of its story.
    """
    weights: dict[str, float] = defaultdict(float)
    site = site_name(outlet)
    writers = {a.lower() for a in authors}
    for local in entities:
        entity = linked.get(local.key)
        if entity is None or entity.type not in ACTOR_TYPES or _is_outlet(entity) or _names_site(entity.name, site) \
                or entity.name.lower() in writers:
            continue
        country = countries.get(entity.id)
        key = (COUNTRY if country or is_country(entity) else PLACE if entity.type == "GPE" else ENTITY) + \
            (country or entity).id
        for m in local.mentions:
            if any(a <= m.start < b for a, b in furniture):
                continue
            w = 2.0 if m.start < LEAD_CHARS else 1.0
            weights[key] += w
            surface = country.name if country else _POSSESSIVE.sub("", m.text)
            weights[SURFACE + surface.lower()] += w
    return dict(weights)


def is_roundup(title: str) -> bool:
    """Whether a page's headline is that of a roundup of several stories (see _ROUNDUP_TITLE)."""
    return bool(_ROUNDUP_TITLE.search(" ".join(title.split())))


def is_country(entity: Entity) -> bool:
    return entity.type == "NORP" or (entity.type == "GPE" and country_named(entity.name) is not None)


def _is_outlet(entity: Entity) -> bool:
    return entity.type == "ORG" and classify_org(entity.name) == "media"


def site_name(outlet: str | None) -> str | None:
    """The distinctive label of a site's domain: "givewell" for blog.givewell.org."""
    labels = [x for x in (outlet or "").lower().split(".") if x not in _DOMAIN_PARTS]
    name = max(labels, key=len, default="")
    return name if len(name) >= SITE_NAME_CHARS else None


def registered_domain(outlet: str | None) -> str | None:
    """The site a host belongs to: "mk.ru" for rzn.mk.ru, "bbc.co.uk" for www.bbc.co.uk."""
    labels = (outlet or "").lower().split(".")
    if len(labels) < 2 or not labels[-1]:
        return None
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _names_site(name: str, site: str | None) -> bool:
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(site) and len(squashed) >= SITE_NAME_CHARS and (squashed in site or site in squashed)  # type: ignore[operator]


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
        site = registered_domain(outlets.get(ident))
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
        site = registered_domain(outlets.get(ident)) or ""
        repeated = [(a, b) for a, b, line in found if len(seen[(site, line)]) > 1]
        # most lines repeated: a copy of another page (duplicates.py marks it), not furniture
        out[ident] = repeated if len(repeated) * 2 <= len(found) else []
    return out


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the page's credit lines (see _CREDIT_LINE)."""
    return [(m.start(), m.end()) for m in _CREDIT_LINE.finditer(text)]


def without_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def word_bag(item: StoryInput) -> Counter:
    """Content words of the text, title words boosted; country names and nationality words are
    left to the actors, where they count as the weak evidence they are."""
    skip = STOP | _country_words() | {site_name(item.outlet) or ""}
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
