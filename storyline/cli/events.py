"""events and timeline: the coded events of the collection, filtered, or one story's in date order.

Both call storyline.analyze.list_events, as `/api/events` does, so filters, order and JSON are the same.
"""
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
    write_items,
)

if TYPE_CHECKING:
    from storyline.analyze import EventRow


def events(
    db: DbOption = DEFAULT_DB_PATH,
    story: Annotated[str | None, typer.Option("--story", help="Only events of this story id.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only events whose actor is this entity (id or name).")]
    = None,
    modality: Annotated[str | None, typer.Option(
        "--modality", help="Only events of this modality: asserted, expected, possible, negated or denied.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """List the coded events (PLOVER action, actor, target, modality, date) of the collection."""
    def work() -> None:
        _show("Events", fmt, Window.of(fmt, limit, offset), Dates.of(since, until), db,
              story=story, actor=actor, modality=modality)
    run_safely(work)


def timeline(
    story_id: Annotated[str, typer.Argument(help="The story id, as `storyline stories` lists it.")],
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Show one story's events in the order of their own dates, not of publication."""
    def work() -> None:
        _show(f"Timeline of {story_id}", fmt, Window.of(fmt, limit, offset), Dates.of(since, until), db,
              story=story_id)
    run_safely(work)


def _show(title: str, fmt: Format, window: Window, dates: Dates, db, story: str | None = None,
          actor: str | None = None, modality: str | None = None) -> None:
    from storyline.analyze import Filter, list_events

    with open_store(db) as store:
        page = list_events(store, Filter(story=story, actor=actor, modality=modality, since=dates.since,
                                         until=dates.until), window.paging)
    if fmt is not Format.table:
        from storyline.api import convert

        write_items(fmt, [convert.event(r) for r in page.items])
        return
    _render(title, page.items, page.total, window.offset)


def _render(title: str, rows: list[EventRow], total: int, offset: int) -> None:
    from rich.table import Table
    from rich.text import Text

    from storyline.cli.render import MODALITY_STYLE, caption_table, shorten

    table = Table(title=f"{title} ({total})", title_justify="left")
    for col in ("date", "actor", "action", "target", "modality", "evidence", "article"):
        table.add_column(col, overflow="fold")
    for row in rows:
        e = row.event
        # Text() keeps brackets in article words from being read as Rich markup.
        table.add_row(e.date or "", Text(e.actor.name if e.actor else ""), e.action,
                      Text(e.target.name if e.target else ""), Text(e.modality, style=MODALITY_STYLE.get(e.modality, "")),
                      Text(shorten(e.evidence.text)), Text(row.article.id))
    caption_table(table, len(rows), total, offset)
    out_console().print(table)
