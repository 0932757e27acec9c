"""The read API's rows to the shapes of storyline.api.shapes, where a row is not already one.

Each function here does work a pass-through would not: it resolves an annotation's local entity
keys to the collection's ids, flattens an entity next to its counts, or cuts a stored article
to its summary. Routes return every other library dataclass as it is.
"""
from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze import AttributionRow, EntityAppearance, EntityRow, EventRow, StoryView
from storyline.api.shapes import (
    ActorSummary,
    ArticleAppearance,
    ArticleAttribution,
    ArticleEvent,
    EntityDetail,
    EntitySummary,
    RoleAt,
    StoryDetail,
)
from storyline.models import Entity, Ref, Span
from storyline.queries import ArticleRow, StoredArticle
from storyline.record import RefRecord, SourceRecord, SpanRecord


def _article_row(s: StoredArticle) -> ArticleRow:
    a = s.article
    return ArticleRow(id=a.id, title=a.title, outlet=a.outlet, published=a.published, url=a.url, story=s.story,
                      duplicate_of=s.duplicate_of)


def entity_summary(row: EntityRow) -> EntitySummary:
    return EntitySummary(id=row.entity.id, name=row.entity.name, type=row.entity.type, articles=row.articles)


def story_detail(view: StoryView) -> StoryDetail:
    return StoryDetail(
        id=view.id, label=view.label, independent=view.independent, notes=view.notes,
        articles=tuple(_article_row(s) for s in view.articles), timeline=view.timeline,
        actors=tuple(ActorSummary(id=a.entity.id, name=a.entity.name, type=a.entity.type, articles=a.articles,
                                  mentions=a.mentions, roles=a.roles) for a in view.actors),
        claims=view.claims, changes=view.changes, conflicts=view.conflicts, sources=view.sources)


def event(row: EventRow) -> ArticleEvent:
    ev = row.event
    return ArticleEvent(article=row.article, action=ev.action, modality=ev.modality, date=ev.date,
                        actor=_ref(ev.actor, row.actor_id), target=_ref(ev.target, row.target_id),
                        evidence=_span(ev.evidence))


def attribution(row: AttributionRow) -> ArticleAttribution:
    at = row.attribution
    return ArticleAttribution(
        article=row.article, direct=at.direct, via=tuple(v.name for v in at.via),
        source=SourceRecord(name=at.source.name, entity=row.source_id, kind=at.source.kind),
        cue=_span(at.cue), content=_span(at.content))


def entity_detail(entity: Entity, appearances: Sequence[EntityAppearance]) -> EntityDetail:
    roles = tuple(RoleAt(date=(a.article.published or "")[:10] or None, role=r, article_id=a.article.id)
                  for a in appearances for r in a.local.roles)
    return EntityDetail(
        id=entity.id, name=entity.name, type=entity.type, stands_for=entity.stands_for, roles_over_time=roles,
        appearances=tuple(ArticleAppearance(article=a.article, name=a.local.name, roles=a.local.roles,
                                            mentions=len(a.local.mentions)) for a in appearances))


def _span(s: Span) -> SpanRecord:
    return SpanRecord(text=s.text, start=s.start, end=s.end)


def _ref(r: Ref | None, entity: str | None) -> RefRecord | None:
    # the name as the article writes it, with the collection-wide id the row resolved
    return None if r is None else RefRecord(name=r.name, entity=entity)
