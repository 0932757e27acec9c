"""Group articles into developing stories, incrementally.

A story is a plot, not a topic: "Indonesia prepares Gaza troops" and "Pakistan weighs Gaza
troops" share every topic word and still differ in who acts. Articles are compared by their
specific actors and their words (similarity.py), and grouped by average-link agglomerative
clustering over the new articles and the stories already stored: stored stories keep their
members and ids and never merge with each other here, so a new article either joins a story or
starts one, and nothing already decided is recomputed. A merge is refused when the two groups
have different protagonists (their most salient actor) and each protagonist is marginal in the
other group: topic-sharing stories stay apart (groups.py).

When new reports bridge two stored stories, the pass proposes an explicit merge (merging.py),
which the caller logs in the store before moving any stored article.
"""
from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from storyline.resolve.stories.features import COUNTRY, ENTITY, StoryInput, shares
from storyline.resolve.stories.groups import Group, share_protagonist
from storyline.resolve.stories.merging import StoryMerge, merge_grown_stories
from storyline.resolve.stories.similarity import Similarity

# Average similarity above which two groups merge. On dev, dev-wide and both together 0.14 to
# 0.16 give the same grouping; 0.13 and below let topic-sharing stories of dev-wide merge (the
# Afghan helicopter crash and the Taliban hostage swap), so 0.14 is the low end of the plateau,
# where a drifting story's later reports still join it.
JOIN_THRESHOLD = 0.14


@dataclass(frozen=True)
class Grouping:
    """Where a pass put the new articles, and the stored stories it found to be one."""

    assigned: dict[str, str]  # new article id -> story id
    merges: tuple[StoryMerge, ...] = ()


def assign_stories(stored: Mapping[str, Sequence[StoryInput]], new: Sequence[StoryInput]) -> dict[str, str]:
    """Story id of each new article: a stored story's id, or a new one named after its first article."""
    return group_articles(stored, new).assigned


def group_articles(stored: Mapping[str, Sequence[StoryInput]], new: Sequence[StoryInput],
                   apart: Collection[frozenset[str]] = ()) -> Grouping:
    """Assign the new articles (see assign_stories), then merge stored stories they bridge
    (merging.py), except pairs in `apart`; a merged story's new articles go to the story that
    absorbed it."""
    if not new:
        return Grouping({})
    items: list[StoryInput] = []
    groups: list[Group] = []
    for sid, members in stored.items():
        groups.append(Group(members=list(range(len(items), len(items) + len(members))), story=sid))
        items += members
    first_new = len(items)
    groups += [Group(members=[len(items) + k], story=None) for k in range(len(new))]
    items += new
    sim = Similarity(items)
    keys = [actor_keys(i) for i in items]
    for g in groups:
        for i in g.members:
            g.profile.update(shares(items[i].actors))
            g.keys |= keys[i]
            g.wild = g.wild or not keys[i]
    _merge_groups(groups, sim)
    merges = merge_grown_stories(groups, sim, [i.id for i in items], JOIN_THRESHOLD, first_new, apart, keys)
    assigned: dict[str, str] = {}
    for g in (g for g in groups if g.members):
        sid = g.story or story_id(items[min(g.members)].id)
        for i in g.members:
            if i >= first_new:
                assigned[items[i].id] = sid
    return Grouping(assigned, tuple(merges))


def actor_keys(item: StoryInput) -> frozenset[str]:
    """The blocking keys of an article: its specific actors and countries. Two groups that share
    none have an actor likeness of zero (similarity.py), so only their words could join them."""
    return frozenset(k for k in item.actors if k.startswith((ENTITY, COUNTRY)))


def _merge_groups(groups: list[Group], sim: Callable[[int, int], float]) -> None:
    """Average-link merging, best pair first, until no allowed pair passes the threshold.

    Only pairs with a group of new articles can merge (stored stories are settled), so only their
    summed similarities are kept (Lance-Williams: the sum for a merged group is the sum of its
    parts), and candidates wait in a heap: the cost grows with new articles times groups, not with
    the square of the collection.

    Blocking: a pair's sum is computed only for groups sharing an actor key (or with a member
    that has none); a pair sharing none stays out of `sums` and counts as apart. When a merge
    meets a pair of which one part was computed and the other not, the missing part is computed
    then, so every sum kept is exact: the blocking only leaves out groups joined by words alone,
    which at ACTOR_WEIGHT 0.7 needs an average word likeness near a copy's (duplicates.py)."""
    sums: dict[tuple[int, int], float] = {}
    heap: list[tuple[float, int, int, int, int]] = []
    version = [0] * len(groups)
    alive = set(range(len(groups)))
    index: dict[str, set[int]] = defaultdict(set)
    wild = {g for g in alive if groups[g].wild}
    for g in alive:
        for k in groups[g].keys:
            index[k].add(g)

    def partners(b: int) -> set[int]:
        if groups[b].wild:
            return alive - {b}
        found = set(wild)
        for k in groups[b].keys:
            found |= index[k]
        return (found & alive) - {b}

    def exact(a: int, b: int) -> float:
        return sum(sim(i, j) for i in groups[a].members for j in groups[b].members)

    # the groups each group has a kept sum with: a merge visits those, not every group alive
    nbrs: dict[int, set[int]] = defaultdict(set)

    def put(a: int, b: int, value: float) -> None:
        sums[(min(a, b), max(a, b))] = value
        nbrs[a].add(b)
        nbrs[b].add(a)

    def drop(a: int, b: int) -> float | None:
        nbrs[a].discard(b)
        nbrs[b].discard(a)
        return sums.pop((min(a, b), max(a, b)), None)

    def pairable(a: int, b: int) -> bool:
        return groups[a].story is None or groups[b].story is None

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        if (a, b) not in sums:
            return
        avg = sums[(a, b)] / (len(groups[a].members) * len(groups[b].members))
        if avg >= JOIN_THRESHOLD:  # an average below it never rises by merging (it is a weighted mean)
            heapq.heappush(heap, (-avg, -a, -b, version[a], version[b]))

    for b in (b for b in range(len(groups)) if groups[b].story is None):
        for a in sorted(partners(b)):
            if (min(a, b), max(a, b)) not in sums:
                put(a, b, exact(a, b))
                push(a, b)
    while heap:
        _, na, nb, va, vb = heapq.heappop(heap)
        a, b = -na, -nb
        if a not in alive or b not in alive or (version[a], version[b]) != (va, vb) or not _may_merge(groups[a], groups[b]):
            continue
        if groups[a].story is None and groups[b].story is not None:
            a, b = b, a
        drop(a, b)
        for c in sorted((nbrs[a] | nbrs[b]) - {a, b}):
            bc = (min(b, c), max(b, c))
            if pairable(a, c):
                part_a = sums[(min(a, c), max(a, c))] if c in nbrs[a] else exact(a, c)
                part_b = drop(b, c) if bc in sums else exact(b, c)
                put(a, c, part_a + (part_b or 0.0))
            else:
                drop(b, c)
        groups[a].members += groups[b].members
        groups[a].profile.update(groups[b].profile)
        groups[a].grown = groups[a].story is not None
        groups[a].keys |= groups[b].keys
        groups[a].wild = groups[a].wild or groups[b].wild
        for k in groups[b].keys:
            index[k].add(a)
        if groups[a].wild:
            wild.add(a)
        groups[b].members = []
        alive.discard(b)
        version[a] += 1
        for c in nbrs[a]:
            if pairable(a, c):
                push(a, c)


def _may_merge(a: Group, b: Group) -> bool:
    if a.story is not None and b.story is not None:
        return False  # stored stories are settled here; merging.py proposes their logged merges
    return share_protagonist(a, b)


def story_id(first_article: str) -> str:
    """A story is named after the article that started it, so ids stay stable as it grows."""
    return "s-" + re.sub(r"[^a-z0-9]+", "-", first_article.lower()).strip("-")[:40]
