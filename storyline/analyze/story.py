"""A story's record: its articles, actors with roles, who said what, and a timeline of events."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from storyline.analyze.changes import Change, Conflict, find_changes, find_conflicts
from storyline.analyze.statements import Citation, Statement, collect_assertions, number_sources
from storyline.errors import Code, StorylineError
from storyline.extract.languages import collection_notes
from storyline.extract.times.layer import anchor_date, is_background
from storyline.models import Entity
from storyline.queries import Filter, StoredArticle
from storyline.store import Store


@dataclass(frozen=True)
class Actor:
    entity: Entity
    articles: int
    mentions: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    source: str
    kind: str
    via: tuple[str, ...]
    content: str
    direct: bool
    article_id: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None  # the event's own resolved date, else the article's publication date
    actor: str | None
    action: str
    target: str | None
    modality: str
    evidence: str
    article_id: str
    outlet: str | None


@dataclass(frozen=True)
class StoryView:
    id: str
    label: str
    articles: tuple[StoredArticle, ...]
    independent: int  # articles that are not copies of another
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    timeline: tuple[TimelineEntry, ...]
    changes: tuple[Change, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    sources: tuple[Citation, ...] = ()  # the story's articles, numbered for citation
    first: str | None = None  # the earliest and latest publication day of its articles
    last: str | None = None
    # why some of its articles carry no entities, claims or events ("2 of 5 articles not analysed: ...")
    notes: tuple[str, ...] = ()


__all__ = ["Actor", "Change", "Citation", "Claim", "Conflict", "Statement", "StoryView", "TimelineEntry",
           "build_story_view", "view_story"]


def view_story(store: Store, story_id: str, f: Filter = Filter()) -> StoryView:
    """A story's record (E102 for an unknown id); f.since/f.until keep the claims and timeline
    entries dated in that range (an undated one only when no range is asked for)."""
    view = build_story_view(store, story_id)
    if f.since is None and f.until is None:
        return view
    return replace(view, claims=tuple(c for c in view.claims if _holds(c.published, f)),
                   timeline=tuple(t for t in view.timeline if _holds(t.date, f)))


def _holds(date: str | None, f: Filter) -> bool:
    return bool(date) and (f.since is None or date >= f.since) and (f.until is None or date <= f.until)  # type: ignore[operator]


def build_story_view(store: Store, story_id: str) -> StoryView:
    labels = {sid: label for sid, label, *_ in store.stories()}
    if story_id not in labels:
        raise StorylineError(Code.UNKNOWN_STORY, id=story_id)
    articles = tuple(store.articles(story=story_id))
    links = store.all_entity_links([s.article.id for s in articles])
    actor_articles: Counter = Counter()
    actor_mentions: Counter = Counter()
    roles: dict[str, dict[str, None]] = defaultdict(dict)
    entities: dict[str, Entity] = {}
    claims, timeline = [], []
    for s in articles:
        a, by_key = s.article, links.get(s.article.id, {})
        seen = set()
        for local in s.layers.entities:
            e = by_key.get(local.key)
            if e is None:
                continue
            entities[e.id] = e
            actor_mentions[e.id] += len(local.mentions)
            if e.id not in seen:
                actor_articles[e.id] += 1
                seen.add(e.id)
            for r in local.roles:
                roles[e.id][r] = None
        for at in s.layers.attributions:
            linked = by_key.get(at.source.entity) if at.source.entity else None
            claims.append(Claim(source=linked.name if linked else at.source.name, kind=at.source.kind,
                                via=tuple(v.name for v in at.via), content=at.content.text, direct=at.direct,
                                article_id=a.id, outlet=a.outlet, published=a.published))
        for ev in s.layers.events:
            if is_background(ev.date, anchor_date(a.published)):
                continue  # history the report recalls, not an event of this story's period
            def name(ref, by_key=by_key):
                if ref is None:
                    return None
                linked = by_key.get(ref.entity) if ref.entity else None
                return linked.name if linked else ref.name
            timeline.append(TimelineEntry(date=ev.date or (a.published or "")[:10] or None, actor=name(ev.actor),
                                          action=ev.action, target=name(ev.target), modality=ev.modality,
                                          evidence=ev.evidence.text, article_id=a.id, outlet=a.outlet))
    actors = tuple(Actor(entity=entities[i], articles=actor_articles[i], mentions=actor_mentions[i],
                         roles=tuple(roles[i])) for i, _ in actor_articles.most_common())
    timeline.sort(key=lambda t: (t.date or "9999", t.article_id))
    sources = number_sources(list(articles))
    assertions = collect_assertions(list(articles), links, sources)
    names = {e.id: e.name for by_key in links.values() for e in by_key.values()}
    days = sorted(s.article.published[:10] for s in articles if s.article.published)
    return StoryView(id=story_id, label=labels[story_id], articles=articles,
                     independent=sum(1 for s in articles if s.duplicate_of is None),
                     actors=actors, claims=tuple(claims), timeline=tuple(timeline),
                     changes=find_changes(assertions, names), conflicts=find_conflicts(assertions, names),
                     sources=sources, first=days[0] if days else None, last=days[-1] if days else None,
                     notes=tuple(collection_notes(s.article.language for s in articles)))
