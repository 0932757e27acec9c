"""entities and entity: who is in the collection, and everything known about one of them."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, run_safely
from storyline.errors import Code, StorylineError
from storyline.models import ENTITY_TYPES
from storyline.store import Store
from storyline.store.entities import (
    entity_aliases,
    entity_appearances,
    entity_roles,
    find_entity,
    list_entities,
)


def entities(
    db: DbOption = DEFAULT_DB_PATH,
    etype: Annotated[str | None, typer.Option("--type", help=f"Only this type: {', '.join(ENTITY_TYPES)}.")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Only entities of this story id.")] = None,
) -> None:
    """List the collection's entities, most mentioned first."""
    def work() -> None:
        if etype is not None and etype.upper() not in ENTITY_TYPES:
            raise StorylineError(Code.BAD_OPTION, detail=f"--type must be one of {', '.join(ENTITY_TYPES)}")
        with Store(db) as store:
            rows = list_entities(store, etype.upper() if etype else None, story)
        table = Table("id", "name", "type", "articles", "mentions")
        for row in rows:
            table.add_row(row.entity.id, row.entity.name, row.entity.type, str(row.articles), str(row.mentions))
        Console().print(table)
    run_safely(work)


def entity(
    name: Annotated[str, typer.Argument(help="An entity id, its name, or any way the texts write it.")],
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Show one entity: its aliases with counts, its roles over time, its articles and stories."""
    def work() -> None:
        with Store(db) as store:
            found = find_entity(store, name)
            if found is None:
                raise StorylineError(Code.UNKNOWN_ENTITY, name=name)
            aliases, roles = entity_aliases(store, found.id), entity_roles(store, found.id)
            appearances = entity_appearances(store, found.id)
            government = find_entity(store, found.stands_for) if found.stands_for else None
        console = Console()
        console.print(f"[bold]{found.name}[/] ({found.type}, {found.id})")
        if found.stands_for:
            country = f"{government.name} ({government.id})" if government else found.stands_for
            console.print(f"stands for: the government of {country}", markup=False)
        console.print("aliases: " + "; ".join(f"{a.text} ({a.count}{', its capital acting for it' if a.acting_capital else ''})"
                                              for a in aliases), markup=False)
        if roles:
            table = Table("role", "first", "last", "articles", title="roles")
            for r in roles:
                table.add_row(r.role, r.first or "-", r.last or "-", str(r.articles))
            console.print(table)
        table = Table("article", "published", "story", "mentions", "title", title="articles")
        for a in appearances:
            table.add_row(a.article_id, a.published or "-", a.story or "-", str(a.mentions), a.title or "")
        console.print(table)
    run_safely(work)
