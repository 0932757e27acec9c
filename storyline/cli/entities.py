"""entities and entity: who is in the collection, and everything known about one of them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, open_store, out_console, run_safely
from storyline.cli.output import (
    Dates,
    Format,
    FormatOption,
    LimitOption,
    OffsetOption,
    SinceOption,
    UntilOption,
    Window,
    to_plain,
    write_items,
    write_object,
)
from storyline.models import ENTITY_TYPES

if TYPE_CHECKING:
    from storyline.analyze import Appearance, EntityView


def entities(
    db: DbOption = DEFAULT_DB_PATH,
    etype: Annotated[str | None, typer.Option("--type", help=f"Only this type: {', '.join(ENTITY_TYPES)}.")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Only entities of this story id.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
) -> None:
    """List the collection's entities, most mentioned first."""
    def work() -> None:
        from storyline.analyze import Filter, list_entities

        window = Window.of(fmt, limit, offset)
        with open_store(db) as store:
            found = list_entities(store, Filter(type=etype.upper() if etype else None, story=story), window.paging)
        shown = found.items
        if fmt is not Format.table:
            # The API's entity summary (id, name, type, articles), with the mention count the CLI sorts by.
            write_items(fmt, [{"id": r.entity.id, "name": r.entity.name, "type": r.entity.type, "articles": r.articles,
                               "mentions": r.mentions} for r in shown])
            return
        from rich.table import Table
        from rich.text import Text

        from storyline.cli.render import caption_table

        table = Table("id", "name", "type", "articles", "mentions")
        for row in shown:
            table.add_row(row.entity.id, Text(row.entity.name), row.entity.type, str(row.articles), str(row.mentions))
        caption_table(table, len(shown), found.total, window.offset)
        out_console().print(table)
    run_safely(work)


def entity(
    name: Annotated[str, typer.Argument(help="An entity id, its name, or any way the texts write it.")],
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Most articles to list (tables: 50; json: all).")]
    = None,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Show one entity: its aliases with counts, its roles over time, its articles and stories."""
    def work() -> None:
        from storyline.analyze import Filter, view_entity

        dates, window = Dates.of(since, until), Window.of(fmt, limit, offset)
        with open_store(db) as store:
            view = view_entity(store, name, Filter(since=dates.since, until=dates.until))
        if fmt is not Format.table:
            from storyline.api import convert

            detail = convert.entity_detail(view.entity, window.cut(view.appearances))
            write_object({**to_plain(detail), "total_appearances": len(view.appearances),
                          "aliases": to_plain(view.aliases), "roles": to_plain(view.roles)})
            return
        _render(view, list(view.articles), window)
    run_safely(work)


def _render(view: EntityView, listed: list[Appearance], window: Window) -> None:
    from rich.table import Table
    from rich.text import Text

    from storyline.cli.render import caption_table

    console = out_console()
    found, government = view.entity, view.stands_for
    console.print(f"[bold]{Text(found.name).markup}[/] ({found.type}, {found.id})")
    if found.stands_for:
        country = f"{government.name} ({government.id})" if government else found.stands_for
        console.print(f"stands for: the government of {country}", markup=False)
    console.print("aliases: " + "; ".join(f"{a.text} ({a.count}{', its capital acting for it' if a.acting_capital else ''})"
                                          for a in view.aliases), markup=False)
    if view.roles:
        table = Table("role", "first", "last", "articles", title="roles")
        for r in view.roles:
            table.add_row(Text(r.role), r.first or "-", r.last or "-", str(r.articles))
        console.print(table)
    shown = window.cut(listed)
    table = Table("article", "published", "story", "mentions", "title", title="articles")
    for a in shown:
        table.add_row(Text(a.article_id), a.published or "-", a.story or "-", str(a.mentions), Text(a.title or ""))
    caption_table(table, len(shown), len(listed), window.offset)
    console.print(table)
