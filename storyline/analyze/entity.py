"""One entity as an analyst looks it up: its names, roles over time, and where it appears."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import Code, StorylineError
from storyline.models import Entity
from storyline.store import Store
from storyline.store.entities import Alias, Appearance, DatedRole, entity_aliases, entity_appearances, entity_roles, find_entity


@dataclass(frozen=True)
class EntityView:
    entity: Entity
    aliases: tuple[Alias, ...]  # every surface form with its count
    roles: tuple[DatedRole, ...]  # roles with the first and last article dates that gave them
    appearances: tuple[Appearance, ...]  # articles naming it, with their stories
    stands_for: Entity | None  # the country a seat of government acts for


def build_entity_view(store: Store, name: str) -> EntityView:
    """The entity an id, a canonical name or any written alias points to; E103 when none does."""
    found = find_entity(store, name)
    if found is None:
        raise StorylineError(Code.UNKNOWN_ENTITY, name=name)
    return EntityView(entity=found, aliases=tuple(entity_aliases(store, found.id)),
                      roles=tuple(entity_roles(store, found.id)), appearances=tuple(entity_appearances(store, found.id)),
                      stands_for=find_entity(store, found.stands_for) if found.stands_for else None)
