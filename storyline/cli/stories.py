"""stories, story, brief, search: the developing stories of a collection, as an analyst reads them."""
from __future__ import annotations

from dataclasses import replace
from enum import Enum
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
    write_object,
)

if TYPE_CHECKING:
    from storyline.analyze import StoryView

# Rows of each section of `storyline story` when no --limit is given: the view fits a terminal.
STORY_ROWS = 12
StoryId = Annotated[str, typer.Argument(help="Story id, as `storyline stories` lists it.")]


class BriefFormat(str, Enum):
    md = "md"
    html = "html"
    json = "json"


def stories(
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """List the stories: id, label, article count, first and last date, top actors."""
    def work() -> None:
        from storyline.analyze import Filter, list_stories

        dates, window = Dates.of(since, until), Window.of(fmt, limit, offset)
        with open_store(db) as store:
            found = list_stories(store, Filter(since=dates.since, until=dates.until), window.paging)
        if fmt is not Format.table:
            write_items(fmt, found.items)
            return
        from storyline.cli.render import render_story_list

        render_story_list(found.items, found.total, window.offset)
    run_safely(work)


def story(
    story_id: StoryId,
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, help=f"Most rows of each list: actors, claims, timeline (tables: {STORY_ROWS}; json: all).")]
    = None,
    offset: OffsetOption = 0,
    since: Annotated[str | None, typer.Option("--since", help="Only claims and events from this date on.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only claims and events up to this date, inclusive.")]
    = None,
) -> None:
    """Show a story's record: actors, who said what, timeline, what changed and conflicts."""
    def work() -> None:
        from storyline.analyze import Filter, view_story

        dates = Dates.of(since, until)
        with open_store(db) as store:
            view = view_story(store, story_id, Filter(since=dates.since, until=dates.until))
        window = Window.of(fmt, limit, offset, table_rows=STORY_ROWS)
        if fmt is not Format.table:
            from storyline.api import convert

            write_object(convert.story_detail(_cut(view, window)))
            return
        from storyline.cli.render import render_story, render_story_changes

        render_story(view, window)
        render_story_changes(view)
    run_safely(work)


def brief(
    story_id: StoryId,
    db: DbOption = DEFAULT_DB_PATH,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="Markdown, HTML or JSON.")] = BriefFormat.md,
) -> None:
    """Write a cited briefing of a story: every sentence points to its numbered source."""
    def work() -> None:
        from storyline.analyze import build_briefing
        from storyline.analyze.briefing_text import render_html, render_markdown

        with open_store(db) as store:
            briefing = build_briefing(store, story_id)
        if fmt is BriefFormat.json:
            write_object(briefing)
            return
        text = render_markdown(briefing) if fmt is BriefFormat.md else render_html(briefing)

        console = out_console()
        if fmt is BriefFormat.md and console.is_terminal:
            from rich.markdown import Markdown

            console.print(Markdown(text))
        else:
            typer.echo(text, nl=False)
    run_safely(work)


def search(
    text: Annotated[str, typer.Argument(help="Words to look for in articles and claims.")],
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most hits to show.")] = 20,
    offset: OffsetOption = 0,
) -> None:
    """Full-text search over articles and the claims their sources made, best first."""
    def work() -> None:
        from storyline.analyze import Paging
        from storyline.analyze import search as search_collection

        # The search index is derived data that a search rebuilds when the collection has
        # changed, so this one query opens the store for writing (briefly, as ingest does).
        with open_store(db, write=True) as store:
            hits = search_collection(store, text, Paging(offset, limit)).items
        if fmt is not Format.table:
            write_items(fmt, hits)
            return
        from storyline.cli.render import render_search

        render_search(hits, offset)
    run_safely(work)


def _cut(view: StoryView, window: Window) -> StoryView:
    return replace(view, actors=tuple(window.cut(view.actors)), claims=tuple(window.cut(view.claims)),
                   timeline=tuple(window.cut(view.timeline)))
