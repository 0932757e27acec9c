"""Stored stories that new articles show to be one: the explicit merges an ingest proposes.

Stored stories never merge inside the agglomeration (grouping.py): what was decided stays put.
But a new report can bridge two stored stories, as it would have bridged them had all the
articles arrived together: a story it joined may now resemble another stored story as much as
any two groups the agglomeration merges (average similarity at least JOIN_THRESHOLD, and the
protagonist test passed). Such a pair is returned as a StoryMerge, which the caller records in
the store's story log before moving any article: assignments change only through logged merges.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from storyline.resolve.stories.groups import Group, share_protagonist


@dataclass(frozen=True)
class StoryMerge:
    """Story `absorbed` joins story `into`; `articles` are the ones that move."""

    into: str
    absorbed: str
    articles: tuple[str, ...]
    score: float  # average similarity of the two stories' articles
    reason: str


def merge_grown_stories(groups: list[Group], sim: Callable[[int, int], float], ids: Sequence[str],
                        threshold: float, first_new: int, apart: Collection[frozenset[str]] = (),
                        keys: Sequence[frozenset[str]] | None = None) -> list[StoryMerge]:
    """Merge, best pair first, stored stories that a story grown in this pass now joins; each merge
    is applied to `groups` (the absorbed group is emptied) and returned. Items from `first_new` on
    are this pass's new articles. Pairs in `apart` (an analyst split them) are never merged back.

    The bridge is the new reports: a pair is scored in full only when the new articles of one
    story resemble the other story as much as a join needs, so the cost stays that of comparing
    the new articles with the collection, not two stored stories' members with each other. With
    `keys` (each item's actor keys, grouping.actor_keys), a story is tested as a bridge only
    against stories sharing an actor key with its new articles, as grouping blocks its pairs."""
    merges: list[StoryMerge] = []

    def average(xs: Sequence[int], ys: Sequence[int]) -> float:
        return sum(sim(i, j) for i in xs for j in ys) / (len(xs) * len(ys)) if xs and ys else 0.0

    def blocked(xs: Sequence[int], y: Group) -> bool:
        if keys is None or y.wild or any(not keys[i] for i in xs):
            return False
        return not any(keys[i] & y.keys for i in xs)

    def bridged(a: Group, b: Group) -> bool:
        for x, y in ((a, b), (b, a)):
            fresh = [i for i in x.members if i >= first_new]
            if fresh and not blocked(fresh, y) and average(fresh, y.members) >= threshold:
                return True
        return False

    stored = [g for g in groups if g.story is not None and g.members]
    order = {id(g): k for k, g in enumerate(stored)}
    # (position, position) of the pairs new reports bridge with an average at the threshold or
    # above -> that average; a merge changes only the pairs of the stories it joins
    live: dict[tuple[int, int], float] = {}

    def consider(a: Group, b: Group) -> None:
        if b is a or not b.members or frozenset((str(a.story), str(b.story))) in apart:
            return  # the same story, one absorbed, or a pair split by hand
        first, second = sorted((a, b), key=lambda g: order[id(g)])
        if bridged(first, second):
            score = average(first.members, second.members)
            if score >= threshold:
                live[(order[id(first)], order[id(second)])] = score

    for a in (g for g in stored if g.grown):
        for b in stored:
            if not (b.grown and order[id(b)] < order[id(a)]):  # a pair of grown stories once
                consider(a, b)
    while True:
        best: tuple[float, int, int] | None = None
        for (i, j), score in live.items():
            if (best is None or (score, -i, -j) > (best[0], -best[1], -best[2])) \
                    and share_protagonist(stored[i], stored[j]):
                best = (score, i, j)
        if best is None:
            return merges
        score, a, b = best[0], stored[best[1]], stored[best[2]]
        # the larger story keeps its id (fewer articles move); on a tie, the one started first
        into, absorbed = sorted((a, b), key=lambda g: (-len(g.members), min(g.members)))
        merges.append(StoryMerge(
            into=str(into.story), absorbed=str(absorbed.story), articles=tuple(ids[i] for i in sorted(absorbed.members)),
            score=round(score, 3),
            reason=f"new reports bring the stories' average likeness to {score:.2f} (threshold {threshold})"))
        into.members += absorbed.members
        into.profile.update(absorbed.profile)
        into.keys |= absorbed.keys
        into.wild = into.wild or absorbed.wild
        into.grown = True
        absorbed.members = []
        gone = {order[id(into)], order[id(absorbed)]}
        live = {pair: v for pair, v in live.items() if not gone & set(pair)}
        for other in stored:
            consider(into, other)
