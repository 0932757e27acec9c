"""One entity as an analyst looks it up: its names, roles over time, and where it appears."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import Code, StorylineError
from storyline.models import Entity
from storyline.queries import Alias, DatedRole, EntityAppearance, Filter
from storyline.store import Store


@dataclass(frozen=True)
class Appearance:
    """One article naming the entity: what `storyline entity` lists."""

    article_id: str
    title: str | None
    published: str | None
    story: str | None
    mentions: int


@dataclass(frozen=True)
class EntityView:
    entity: Entity
    aliases: tuple[Alias, ...]  # every surface form with its count
    roles: tuple[DatedRole, ...]  # roles with the first and last article dates that gave them
    appearances: tuple[EntityAppearance, ...]  # each local entity that is it, by publication date
    stands_for: Entity | None  # the country a seat of government acts for

    @property
    def articles(self) -> tuple[Appearance, ...]:
        """The appearances by article, with the mentions of all its local entities that are this one."""
        out: dict[str, Appearance] = {}
        for a in self.appearances:
            seen = out.get(a.article.id)
            out[a.article.id] = Appearance(a.article.id, a.article.title, a.article.published, a.article.story,
                                           (seen.mentions if seen else 0) + len(a.local.mentions))
        return tuple(out.values())


def view_entity(store: Store, name: str, f: Filter = Filter()) -> EntityView:
    """The entity an id, a canonical name or any written alias points to (E103 when none does);
    f.since/f.until keep the appearances published in that range."""
    # Imported here: storyline.extract's package imports more than this lookup needs.
    from storyline.lexicon.gazetteer import capital_of

    found = store.find_entity(name)
    if found is None:
        raise StorylineError(Code.UNKNOWN_ENTITY, name=name)
    aliases = tuple(Alias(text=form, count=n, acting_capital=capital_of(form) == found.name)
                    for form, n in store.entity_forms(found.id))
    appearances = tuple(a for a in store.entity_appearances(found.id) if _holds(a.article.published, f))
    return EntityView(entity=found, aliases=aliases, roles=tuple(store.entity_roles(found.id)), appearances=appearances,
                      stands_for=store.find_entity(found.stands_for) if found.stands_for else None)


def _holds(date: str | None, f: Filter) -> bool:
    """True when `date` lies in f's range; an undated item only when no range is asked for."""
    if f.since is None and f.until is None:
        return True
    if not date:
        return False
    return (f.since is None or date >= f.since) and (f.until is None or date <= f.until)
