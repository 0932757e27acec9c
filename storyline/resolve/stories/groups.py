"""A group of articles being grouped into a story, and the protagonist test two groups must pass.

A merge is refused when the two groups have different protagonists (their most salient actor)
and each protagonist is marginal in the other group: topic-sharing stories stay apart.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# A protagonist blocks a merge when its share in the other group is below this fraction of its
# share in its own group; a third separates "named in passing" from "a main actor".
MARGINAL_SHARE = 0.33
# A stored story with this many articles has a settled protagonist, so a single new article
# with a different protagonist, marginal to the story, starts its own story; with fewer, one
# article's protagonist is too noisy to veto on (articles arriving one per ingest call showed it).
SETTLED_STORY_SIZE = 3


@dataclass
class Group:
    members: list[int]
    story: str | None  # the stored story id, None for a group of new articles only
    profile: Counter = field(default_factory=Counter)  # summed per-article actor shares
    grown: bool = False  # a stored story that new articles joined in this pass
    keys: set[str] = field(default_factory=set)  # its members' actor keys: the blocking keys (grouping.py)
    wild: bool = False  # a member without actor keys, compared with every group (it has no block)


def share_protagonist(a: Group, b: Group) -> bool:
    """Whether two groups may be one story by their protagonists (see the module's docstring)."""
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
