"""Queries over the stored events: filtered lists and a story's timeline by the events' own dates."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import Code, StorylineError
from storyline.models import Entity, Event, Ref
from storyline.store.codec import load_layers
from storyline.store.db import Store


@dataclass(frozen=True)
class StoredEvent:
    """One event as stored, with its article's context and its actor and target resolved to entities."""

    event: Event
    article_id: str
    story: str | None
    outlet: str | None
    published: str | None
    actor: Entity | None  # the collection entity of event.actor, when linked
    target: Entity | None

    @property
    def actor_name(self) -> str | None:
        return self.actor.name if self.actor else (self.event.actor.name if self.event.actor else None)

    @property
    def target_name(self) -> str | None:
        return self.target.name if self.target else (self.event.target.name if self.event.target else None)


def list_events(store: Store, story: str | None = None, actor: str | None = None,
                modality: str | None = None) -> list[StoredEvent]:
    """Events in order of arrival, optionally of one story, one actor (name or id, any case) and one modality."""
    sql = "SELECT id, story, outlet, published, layers FROM articles"
    params: list[object] = []
    if story is not None:
        sql += " WHERE story = ?"
        params.append(story)
    rows = store.con.execute(sql + " ORDER BY seq", params).fetchall()
    links = _entity_links(store)
    out = []
    for article_id, story_id, outlet, published, raw in rows:
        local = links.get(article_id, {})
        for event in load_layers(raw).events:
            item = StoredEvent(event=event, article_id=article_id, story=story_id, outlet=outlet, published=published,
                               actor=_linked(event.actor, local), target=_linked(event.target, local))
            if modality is not None and event.modality != modality:
                continue
            if actor is not None and not _names(item, actor):
                continue
            out.append(item)
    return out


def story_timeline(store: Store, story: str) -> list[StoredEvent]:
    """A story's events ordered by their resolved dates; undated events follow, in order of arrival.

    Dates of coarser granularity sort before the days they contain ("2025-11" before "2025-11-03").
    """
    known = store.con.execute("SELECT count(*) FROM articles WHERE story = ?", [story]).fetchone()
    if not known or not known[0]:
        raise StorylineError(Code.UNKNOWN_STORY, id=story)
    events = list_events(store, story=story)
    dated = sorted((e for e in events if e.event.date), key=lambda e: e.event.date or "")
    return dated + [e for e in events if not e.event.date]


def _entity_links(store: Store) -> dict[str, dict[str, Entity]]:
    rows = store.con.execute(
        "SELECT l.article_id, l.local_key, e.id, e.name, e.type FROM entity_links l "
        "JOIN entities e ON e.id = l.entity_id").fetchall()
    out: dict[str, dict[str, Entity]] = {}
    for article_id, key, eid, name, etype in rows:
        out.setdefault(article_id, {})[key] = Entity(id=eid, name=name, type=etype)
    return out


def _linked(ref: Ref | None, local: dict[str, Entity]) -> Entity | None:
    return local.get(ref.entity) if ref is not None and ref.entity is not None else None


def _names(item: StoredEvent, wanted: str) -> bool:
    """True when the actor's entity id or name, or its name in the text, is `wanted` (any case)."""
    wanted = wanted.casefold()
    candidates = [item.actor.id, item.actor.name] if item.actor else []
    if item.event.actor is not None:
        candidates.append(item.event.actor.name)
    return any(c.casefold() == wanted for c in candidates)
