"""stories, story, brief, search: the developing stories of a collection, as an analyst reads them."""
from __future__ import annotations

import json
from dataclasses import asdict
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown

from storyline.analyze import build_story_view
from storyline.analyze.briefing import build_briefing, render_html, render_markdown
from storyline.cli.common import DEFAULT_DB_PATH, DbOption, run_safely
from storyline.cli.render import render_search, render_story, render_story_changes, render_story_list
from storyline.store import Store
from storyline.store.search import search as run_search
from storyline.store.stories import list_stories


class ListFormat(str, Enum):
    table = "table"
    json = "json"


class BriefFormat(str, Enum):
    md = "md"
    html = "html"


def stories(
    db: DbOption = DEFAULT_DB_PATH,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
) -> None:
    """List the stories: id, label, article count, first and last date, top actors."""
    def work() -> None:
        with Store(db) as store:
            found = list_stories(store)
        if fmt is ListFormat.json:
            typer.echo(json.dumps([asdict(s) for s in found], ensure_ascii=False, indent=2))
        else:
            render_story_list(Console(), found)
    run_safely(work)


def story(
    story_id: Annotated[str, typer.Argument(help="Story id, as `storyline stories` lists it.")],
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Show a story's record: actors, who said what, timeline, what changed and conflicts."""
    def work() -> None:
        with Store(db) as store:
            view = build_story_view(store, story_id)
        console = Console()
        render_story(console, view)
        render_story_changes(console, view)
    run_safely(work)


def brief(
    story_id: Annotated[str, typer.Argument(help="Story id, as `storyline stories` lists it.")],
    db: DbOption = DEFAULT_DB_PATH,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="Markdown or HTML.")] = BriefFormat.md,
) -> None:
    """Write a cited briefing of a story: every sentence points to its numbered source."""
    def work() -> None:
        with Store(db) as store:
            briefing = build_briefing(store, story_id)
        text = render_markdown(briefing) if fmt is BriefFormat.md else render_html(briefing)
        console = Console()
        if fmt is BriefFormat.md and console.is_terminal:
            console.print(Markdown(text))
        else:
            typer.echo(text, nl=False)
    run_safely(work)


def search(
    text: Annotated[str, typer.Argument(help="Words to look for in articles and claims.")],
    db: DbOption = DEFAULT_DB_PATH,
    limit: Annotated[int, typer.Option("--limit", help="Most hits to show.")] = 20,
) -> None:
    """Full-text search over articles and the claims their sources made."""
    def work() -> None:
        with Store(db) as store:
            hits = run_search(store, text, limit)
        render_search(Console(), hits)
    run_safely(work)
