"""What the story page shows, gathered from the story's analyses in one pass."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from storyline.analyze import Claim, StoryView, TimelineEntry
from storyline.models import SOURCE_KINDS
from storyline.web.chart import Chart, Point, lay_out
from storyline.web.passage import find_passage

# Lanes of the timeline: the most active actors each get one; the rest share "others".
# Seven keeps the chart within one screen at 30 units a lane.
TIMELINE_LANES = 7
OTHERS = "others"


@dataclass(frozen=True)
class Link:
    """Where a citation leads: the article page with the passage marked, and the fragment the panel loads."""

    page: str
    fragment: str


@dataclass(frozen=True)
class ClaimItem:
    claim: Claim
    anonymous: bool
    relayed: tuple[str, ...]
    link: Link | None


@dataclass(frozen=True)
class TimelineItem:
    entry: TimelineEntry
    anchor: str
    link: Link | None


@dataclass(frozen=True)
class StoryPage:
    view: StoryView
    chart: Chart | None
    timeline: tuple[TimelineItem, ...]
    claim_groups: tuple[tuple[str, tuple[ClaimItem, ...]], ...]
    changes: tuple[Any, ...]
    conflicts: tuple[Any, ...]
    briefing: Any
    sources: tuple[Any, ...]


def passage_link(article_id: str, start: int | None, end: int | None) -> Link:
    base = f"/articles/{quote(article_id, safe='')}"
    if start is None or end is None:
        return Link(base, f"{base}/passage")
    query = f"start={start}&end={end}"
    return Link(f"{base}?{query}#passage", f"{base}/passage?{query}")


def build_story_page(view: StoryView, briefing: Any) -> StoryPage:
    texts = {s.article.id: s.article.text for s in view.articles}

    def link_to(article_id: str, quote_text: str) -> Link | None:
        found = find_passage(texts.get(article_id, ""), quote_text)
        return passage_link(article_id, *found) if found else passage_link(article_id, None, None)

    timeline = tuple(TimelineItem(t, f"ev-{i}", link_to(t.article_id, t.evidence)) for i, t in enumerate(view.timeline))
    busiest = Counter(t.actor for t in view.timeline if t.actor)
    lanes = [name for name, _ in busiest.most_common(TIMELINE_LANES)]
    points = [Point(t.entry.date or "", t.entry.actor if t.entry.actor in lanes else OTHERS, f"m-{t.entry.modality}",
                    f"{t.entry.date} {t.entry.actor or '?'} {t.entry.action} {t.entry.target or ''} "
                    f"({t.entry.modality})", "#" + t.anchor) for t in timeline]
    if any(p.lane == OTHERS for p in points):
        lanes.append(OTHERS)
    groups: dict[str, list[ClaimItem]] = {}
    for c in view.claims:
        groups.setdefault(c.kind, []).append(ClaimItem(c, c.kind == "anonymous", c.via, link_to(c.article_id, c.content)))
    order = {k: i for i, k in enumerate(SOURCE_KINDS)}
    claim_groups = tuple((k, tuple(v)) for k, v in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99)))
    return StoryPage(view, lay_out(points, lanes), timeline, claim_groups, view.changes, view.conflicts, briefing,
                     view.sources)


MODALITY_HELP = {
    "asserted": "reported as having happened", "expected": "planned or scheduled", "possible": "may happen",
    "negated": "reported as not happening", "denied": "someone denies it",
}
