"""Library dataclasses to the API's JSON shapes (storyline.api.schemas)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.analyze import ArticleRow, AttributionRow, EntityAppearance, EventRow, StoryView
from storyline.api import schemas as S


def article_summary(row: ArticleRow) -> S.ArticleSummary:
    return S.ArticleSummary.model_validate(row)


def statement(st: Any) -> S.Statement:
    cited = getattr(st, "citation", None)
    return S.Statement(text=st.text, article_id=st.article_id, outlet=st.outlet, published=st.published,
                       start=st.start, end=st.end, citation=getattr(cited, "n", cited))


def story_detail(view: StoryView) -> S.StoryDetail:
    return S.StoryDetail(
        id=view.id, label=view.label, independent=view.independent, notes=list(view.notes),
        articles=[S.ArticleSummary(id=s.article.id, title=s.article.title, outlet=s.article.outlet,
                                   published=s.article.published, url=s.article.url, story=s.story,
                                   duplicate_of=s.duplicate_of) for s in view.articles],
        timeline=[S.TimelineEntry.model_validate(t) for t in view.timeline],
        actors=[S.Actor(id=a.entity.id, name=a.entity.name, type=a.entity.type, articles=a.articles,
                        mentions=a.mentions, roles=list(a.roles)) for a in view.actors],
        claims=[S.Claim.model_validate(c) for c in view.claims],
        changes=[S.Change(topic=c.topic, before=statement(c.before), after=statement(c.after)) for c in view.changes],
        conflicts=[S.Conflict(topic=c.topic, statements=[statement(s) for s in c.statements])
                   for c in view.conflicts],
        sources=[S.Citation.model_validate(c) for c in view.sources],
    )


def briefing(b: Any) -> S.Briefing:
    return S.Briefing(story_id=b.story_id, label=b.label, sources=[S.Citation.model_validate(c) for c in b.sources],
                      sections=[S.Section(title=sec.title, sentences=[
                          S.Sentence(text=se.text, citations=[S.SentenceCitation.model_validate(c) for c in se.citations])
                          for se in sec.sentences]) for sec in b.sections])


def event(row: EventRow) -> S.EventOut:
    ev = row.event
    return S.EventOut(
        article=article_summary(row.article), action=ev.action, modality=ev.modality, date=ev.date,
        actor=S.RefOut(name=ev.actor.name, entity=row.actor_id) if ev.actor else None,
        target=S.RefOut(name=ev.target.name, entity=row.target_id) if ev.target else None,
        evidence=S.SpanOut.model_validate(ev.evidence))


def attribution(row: AttributionRow) -> S.AttributionOut:
    at = row.attribution
    return S.AttributionOut(
        article=article_summary(row.article), direct=at.direct, via=[v.name for v in at.via],
        source=S.SourceOut(name=at.source.name, kind=at.source.kind, entity=row.source_id),
        cue=S.SpanOut.model_validate(at.cue), content=S.SpanOut.model_validate(at.content))


def entity_detail(entity: Any, appearances: Sequence[EntityAppearance]) -> S.EntityDetail:
    roles = [S.RoleAt(date=(a.article.published or "")[:10] or None, role=r, article_id=a.article.id)
             for a in appearances for r in a.local.roles]
    return S.EntityDetail(
        id=entity.id, name=entity.name, type=entity.type, stands_for=entity.stands_for, roles_over_time=roles,
        appearances=[S.Appearance(article=article_summary(a.article), name=a.local.name, roles=list(a.local.roles),
                                  mentions=len(a.local.mentions)) for a in appearances])
