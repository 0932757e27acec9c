"""Group articles into developing stories, incrementally.

A story is a plot, not a topic: "Indonesia prepares Gaza troops" and "Pakistan weighs Gaza
troops" share every topic word and still differ in who acts. Articles are compared by their
specific actors and their words (similarity.py), and grouped by average-link agglomerative
clustering over the new articles and the stories already stored: stored stories keep their
members and ids and never merge with each other here, so a new article either joins a story or
starts one, and nothing already decided is recomputed. A merge is refused when the two groups
have different protagonists (their most salient actor) and each protagonist is marginal in the
other group: topic-sharing stories stay apart.

A developing story drifts: its later reports resemble a few earlier ones, not its average. So an
article left alone by the average-link pass joins the story whose closest members it resembles
most, when those few similarities are high enough (`attach_singletons`).
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from storyline.resolve.stories.features import StoryInput, shares
from storyline.resolve.stories.similarity import Similarity

# Average similarity above which two groups merge. On dev, dev-wide and both together every
# value from 0.12 to 0.14 gives the same grouping once singletons attach; 0.14 keeps the
# higher end, where fewer topic-sharing stories merge.
JOIN_THRESHOLD = 0.14
# A protagonist blocks a merge when its share in the other group is below this fraction of its
# share in its own group; a third separates "named in passing" from "a main actor".
MARGINAL_SHARE = 0.33
# A stored story with this many articles has a settled protagonist, so a single new article
# with a different protagonist, marginal to the story, starts its own story; with fewer, one
# article's protagonist is too noisy to veto on (articles arriving one per ingest call showed it).
SETTLED_STORY_SIZE = 3


@dataclass
class _Group:
    members: list[int]
    story: str | None  # the stored story id, None for a group of new articles only
    profile: Counter = field(default_factory=Counter)  # summed per-article actor shares


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
    sim = Similarity(items)
    for g in groups:
        for i in g.members:
            g.profile.update(shares(items[i].actors))
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


def story_id(first_article: str) -> str:
    """A story is named after the article that started it, so ids stay stable as it grows."""
    return "s-" + re.sub(r"[^a-z0-9]+", "-", first_article.lower()).strip("-")[:40]
