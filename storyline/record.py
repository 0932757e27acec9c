"""The record of shared/eval/CONTRACT.md as typed, frozen dataclasses, built from a stored article.

One family serves export, the Python API, the REST API and the tests: `Record.to_dict()` is the
JSON object `export` writes. The field order of each class is the order of the JSON keys, so
a field added here changes the export in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from storyline.models import Entity, Ref, Span
from storyline.queries import StoredArticle


@dataclass(frozen=True)
class SpanRecord:
    """A stretch of the record's text: text == record.text[start:end]."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RefRecord:
    name: str
    entity: str | None  # an EntityRecord.id, or None when the name was not linked


@dataclass(frozen=True)
class SourceRecord:
    name: str
    entity: str | None
    kind: str  # one of models.SOURCE_KINDS


@dataclass(frozen=True)
class EntityRecord:
    id: str
    name: str
    type: str  # one of models.ENTITY_TYPES
    mentions: tuple[SpanRecord, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class AttributionRecord:
    source: SourceRecord
    via: tuple[RefRecord, ...]  # relaying outlets, innermost first
    cue: SpanRecord
    content: SpanRecord
    direct: bool


@dataclass(frozen=True)
class TimeRecord:
    text: str
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    background: bool  # a date far from the story's own period ("in 1967"): kept, left off timelines


@dataclass(frozen=True)
class EventRecord:
    actor: RefRecord | None
    action: str  # one of models.PLOVER_ACTIONS
    target: RefRecord | None
    modality: str  # one of models.MODALITIES
    date: str | None
    evidence: SpanRecord


@dataclass(frozen=True)
class Record:
    """One article as CONTRACT.md describes it."""

    id: str
    source: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    authors: tuple[str, ...]
    duplicate_of: str | None
    text: str
    language: str | None
    story: str | None
    entities: tuple[EntityRecord, ...]
    attributions: tuple[AttributionRecord, ...]
    times: tuple[TimeRecord, ...]
    events: tuple[EventRecord, ...]
    # Stretches of time ("for two years"): not dates, so not in `times` (the guide leaves them
    # out), but kept for a reader; an optional field beyond CONTRACT.md's.
    durations: tuple[SpanRecord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of CONTRACT.md: nested records as objects, tuples as lists."""
        return _plain(self)


def build_record(stored: StoredArticle, links: dict[str, Entity]) -> Record:
    """The record of one stored article; `links` maps its local entity keys to collection entities."""
    a, layers = stored.article, stored.layers
    order: list[str] = []
    canonical: dict[str, Entity] = {}
    mentions: dict[str, list[SpanRecord]] = {}
    roles: dict[str, list[str]] = {}
    for local in layers.entities:
        entity = links.get(local.key) or Entity(id="e-" + local.key, name=local.name, type=local.type)
        if entity.id not in canonical:
            order.append(entity.id)
            canonical[entity.id] = entity
            mentions[entity.id], roles[entity.id] = [], []
        mentions[entity.id].extend(_span(m) for m in local.mentions)
        roles[entity.id].extend(r for r in local.roles if r not in roles[entity.id])

    return Record(
        id=a.id, source=a.source, url=a.url, title=a.title, outlet=a.outlet, published=a.published,
        authors=tuple(a.authors), duplicate_of=stored.duplicate_of, text=a.text, language=a.language,
        story=stored.story,
        entities=tuple(
            EntityRecord(id=i, name=canonical[i].name, type=canonical[i].type,
                         mentions=tuple(sorted(mentions[i], key=lambda m: m.start)), roles=tuple(roles[i]))
            for i in order),
        attributions=tuple(
            AttributionRecord(
                source=SourceRecord(name=at.source.name, entity=_entity_id(links, at.source.entity), kind=at.source.kind),
                via=tuple(_ref(v, links) for v in at.via),
                cue=_span(at.cue), content=_span(at.content), direct=at.direct)
            for at in layers.attributions),
        times=tuple(TimeRecord(text=t.span.text, start=t.span.start, end=t.span.end, value=t.value, background=t.background)
                    for t in layers.times if not t.duration),
        events=tuple(
            EventRecord(actor=_optional_ref(e.actor, links), action=e.action, target=_optional_ref(e.target, links),
                        modality=e.modality, date=e.date, evidence=_span(e.evidence))
            for e in layers.events),
        durations=tuple(_span(t.span) for t in layers.times if t.duration),
    )


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _span(s: Span) -> SpanRecord:
    return SpanRecord(text=s.text, start=s.start, end=s.end)


def _ref(r: Ref, links: dict[str, Entity]) -> RefRecord:
    linked = links.get(r.entity) if r.entity else None
    return RefRecord(name=linked.name if linked else r.name, entity=linked.id if linked else None)


def _optional_ref(r: Ref | None, links: dict[str, Entity]) -> RefRecord | None:
    return None if r is None else _ref(r, links)


def _entity_id(links: dict[str, Entity], key: str | None) -> str | None:
    return links[key].id if key and key in links else None
