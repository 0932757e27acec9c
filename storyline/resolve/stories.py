"""Group articles into developing stories, incrementally.

A story is a plot, not a topic: "Indonesia prepares Gaza troops" and "Pakistan weighs Gaza
troops" share every topic word and still differ in who acts. So an article is described twice:
by its actors (canonical entities and the surface forms naming them, weighted by salience:
mentions, with the lead counting double) and by its words (tf-idf of title and text). Two
articles are similar by a mix of both, damped when they lie months apart.

Grouping is average-link agglomerative clustering over the new articles and the stories already
stored: stored stories keep their members and ids and never merge with each other, so a new
article either joins a story or starts one, and nothing already decided is recomputed. A merge
is refused when the two groups have different protagonists (their most salient actor) and each
protagonist is marginal in the other group: topic-sharing stories stay apart.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.models import Entity, LocalEntity

# Average similarity above which two groups merge. On the dev set every threshold from 0.1 to
# 0.275 gives the same grouping; 0.2 sits in the middle of that plateau.
JOIN_THRESHOLD = 0.2
# Weight of the actor similarity against the word similarity; 0.7 was the middle of the range
# (0.6 to 0.8) that kept topic-sharing stories apart on the dev set.
ACTOR_WEIGHT = 0.7
# Characters at the start of the text whose mentions count double: the headline and lead name
# the story's protagonists.
LEAD_CHARS = 300
# Title words count this many extra times: a headline is the densest statement of the plot.
TITLE_BOOST = 2
# A protagonist blocks a merge when its share in the other group is below this fraction of its
# share in its own group; a third separates "named in passing" from "a main actor".
MARGINAL_SHARE = 0.33
# A stored story with this many articles has a settled protagonist, so a single new article
# with a different protagonist, marginal to the story, starts its own story; with fewer, one
# article's protagonist is too noisy to veto on (articles arriving one per ingest call showed it).
SETTLED_STORY_SIZE = 3
# Reports of one story cluster within weeks; beyond this many days apart their similarity decays
# with a half-life of HALF_LIFE_DAYS (a slow decay: long stories have lulls of a few months).
DATE_GRACE_DAYS = 30
HALF_LIFE_DAYS = 120

_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_STOP = frozenset(
    "this that with from have has been were will would could said says their there they about after before "
    "which while also into than more most some such over under other only when what where your them these "
    "those being because during told according year years week month monday tuesday wednesday thursday "
    "friday saturday sunday january february march april june july august september october november "
    "december".split())


# Feature key prefixes: a canonical entity id, and a surface form naming an actor. Protagonists
# are compared by surface form, which survives an entity wrongly merged or split upstream.
ENTITY, SURFACE = "E:", "M:"
ACTOR_TYPES = frozenset({"GPE", "PERSON", "ORG", "NORP"})


@dataclass(frozen=True)
class StoryInput:
    """What grouping needs of one article."""

    id: str
    title: str
    text: str
    published: str | None
    actors: Mapping[str, float]  # feature key (entity id or surface form) -> salience


@dataclass
class _Group:
    members: list[int]
    story: str | None  # the stored story id, None for a group of new articles only
    profile: Counter = field(default_factory=Counter)  # summed per-article actor shares


def actor_weights(entities: Sequence[LocalEntity], linked: Mapping[str, Entity],
                  countries: Mapping[str, Entity]) -> dict[str, float]:
    """Salience of each actor of one article: mentions, doubled in the lead.

    `linked` maps local keys to canonical entities; `countries` maps a nationality's entity id
    ("Pakistani") to its country's entity, so both count for the country.
    """
    weights: dict[str, float] = defaultdict(float)
    for local in entities:
        entity = linked.get(local.key)
        if entity is None or entity.type not in ACTOR_TYPES:
            continue
        country = countries.get(entity.id)
        for m in local.mentions:
            w = 2.0 if m.start < LEAD_CHARS else 1.0
            weights[ENTITY + (country or entity).id] += w
            surface = country.name if country else _POSSESSIVE.sub("", m.text)
            weights[SURFACE + surface.lower()] += w
    return dict(weights)


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


def word_bag(item: StoryInput) -> Counter:
    bag = Counter(w.lower() for w in _WORD.findall(item.text) if w.lower() not in _STOP)
    for w in _WORD.findall(item.title):
        if w.lower() not in _STOP:
            bag[w.lower()] += TITLE_BOOST
    return bag


def assign_stories(stored: Mapping[str, Sequence[StoryInput]], new: Sequence[StoryInput]) -> dict[str, str]:
    """Story id of each new article: a stored story's id, or a new one named after its first article."""
    if not new:
        return {}
    items: list[StoryInput] = []
    groups: list[_Group] = []
    for sid, members in stored.items():
        groups.append(_Group(members=list(range(len(items), len(items) + len(members))), story=sid))
        items += members
    first_new = len(items)
    groups += [_Group(members=[len(items) + k], story=None) for k in range(len(new))]
    items += new
    rows = _similarities_to_new(items, first_new)

    def sim(i: int, j: int) -> float:
        """Similarity of two items, at least one of them new (stored stories never merge)."""
        return rows[j - first_new][i] if j >= first_new else rows[i - first_new][j]

    shares = [_shares(item.actors) for item in items]
    for g in groups:
        for i in g.members:
            g.profile.update(shares[i])
    _merge_groups(groups, sim)
    assigned: dict[str, str] = {}
    for g in (g for g in groups if g.members):
        sid = g.story or story_id(items[min(g.members)].id)
        for i in g.members:
            if g.story is None or i >= first_new:
                assigned[items[i].id] = sid
    return assigned


def _merge_groups(groups: list[_Group], sim: Callable[[int, int], float]) -> None:
    """Average-link merging, best pair first, until no allowed pair passes the threshold.

    Only pairs with a group of new articles can merge (stored stories are settled), so only their
    summed similarities are kept (Lance-Williams: the sum for a merged group is the sum of its
    parts), and candidates wait in a heap: the cost grows with new articles times groups, not with
    the square of the collection."""
    sums: dict[tuple[int, int], float] = {}
    heap: list[tuple[float, int, int, int, int]] = []
    version = [0] * len(groups)
    alive = set(range(len(groups)))

    def pairable(a: int, b: int) -> bool:
        return groups[a].story is None or groups[b].story is None

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        avg = sums[(a, b)] / (len(groups[a].members) * len(groups[b].members))
        if avg >= JOIN_THRESHOLD:  # an average below it never rises by merging (it is a weighted mean)
            heapq.heappush(heap, (-avg, -a, -b, version[a], version[b]))

    for b in (b for b in range(len(groups)) if groups[b].story is None):
        for a in range(len(groups)):
            key = (min(a, b), max(a, b))
            if a != b and key not in sums:
                sums[key] = sum(sim(i, j) for i in groups[a].members for j in groups[b].members)
                push(a, b)
    while heap:
        _, na, nb, va, vb = heapq.heappop(heap)
        a, b = -na, -nb
        if a not in alive or b not in alive or (version[a], version[b]) != (va, vb) or not _may_merge(groups[a], groups[b]):
            continue
        if groups[a].story is None and groups[b].story is not None:
            a, b = b, a
        for c in alive - {a, b}:
            if pairable(a, c):
                sums[(min(a, c), max(a, c))] += sums.pop((min(b, c), max(b, c)))
            else:
                sums.pop((min(b, c), max(b, c)), None)
        groups[a].members += groups[b].members
        groups[a].profile.update(groups[b].profile)
        groups[b].members = []
        alive.discard(b)
        version[a] += 1
        for c in alive - {a}:
            if pairable(a, c):
                push(a, c)


def _may_merge(a: _Group, b: _Group) -> bool:
    if a.story is not None and b.story is not None:
        return False  # stored stories are settled
    small, large = sorted((a, b), key=lambda g: len(g.members))
    if len(small.members) < 2 and not (large.story is not None and len(large.members) >= SETTLED_STORY_SIZE):
        # one article against another young group: either protagonist is too noisy to veto on;
        # against a stored story of some size, the story's protagonist is settled and the veto holds
        return True
    pa = {k: v / len(a.members) for k, v in a.profile.items()}
    pb = {k: v / len(b.members) for k, v in b.profile.items()}
    if not pa or not pb:
        return True
    top_a, top_b = max(pa, key=pa.__getitem__), max(pb, key=pb.__getitem__)
    if top_a == top_b:
        return True
    # different protagonists, each marginal in the other group: two plots sharing a topic
    return not (pb.get(top_a, 0.0) < MARGINAL_SHARE * pa[top_a] and pa.get(top_b, 0.0) < MARGINAL_SHARE * pb[top_b])


def _similarities_to_new(items: Sequence[StoryInput], first_new: int) -> list[list[float]]:
    """For each new item (from index `first_new`), its similarity to every item."""
    words = _tfidf([word_bag(i) for i in items])
    actors = [_unit(Counter(i.actors)) for i in items]
    days = [_day(i.published) for i in items]
    rows = []
    for j in range(first_new, len(items)):
        row = [0.0] * len(items)
        for i in range(len(items)):
            if i != j:
                s = ACTOR_WEIGHT * _dot(actors[i], actors[j]) + (1 - ACTOR_WEIGHT) * _dot(words[i], words[j])
                row[i] = s * _date_factor(days[i], days[j])
        rows.append(row)
    return rows


def _date_factor(a: int | None, b: int | None) -> float:
    if a is None or b is None:
        return 1.0
    gap = abs(a - b) - DATE_GRACE_DAYS
    return 1.0 if gap <= 0 else 0.5 ** (gap / HALF_LIFE_DAYS)


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def _tfidf(bags: list[Counter]) -> list[dict[str, float]]:
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    return [_unit(Counter({k: (1 + math.log(c)) * math.log(1 + n / df[k]) for k, c in bag.items()})) for bag in bags]


def _unit(bag: Counter) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in bag.values()))
    return {k: v / norm for k, v in bag.items()} if norm else {}


def _shares(bag: Mapping[str, float], kind: str = SURFACE) -> Counter:
    """Each actor's share of the article's actor weight, over one kind of feature key."""
    keys = {k: v for k, v in bag.items() if k.startswith(kind)}
    total = sum(keys.values())
    return Counter({k: v / total for k, v in keys.items()}) if total else Counter()


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def story_id(first_article: str) -> str:
    """A story is named after the article that started it, so ids stay stable as it grows."""
    return "s-" + re.sub(r"[^a-z0-9]+", "-", first_article.lower()).strip("-")[:40]


def label_story(members: Sequence[StoryInput], entity_names: Mapping[str, str]) -> str:
    """A short readable label: the three actors most salient across the story's articles."""
    profile: Counter = Counter()
    for m in members:
        profile.update(_shares(m.actors, ENTITY))
    top = [entity_names.get(k[2:], k[2:]) for k, _ in profile.most_common(3)]
    return " · ".join(top) if top else (members[0].title[:80] if members else "")
