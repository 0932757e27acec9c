"""events and timeline: the coded events of the collection, filtered, or one story's in date order."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, run_safely
from storyline.errors import Code, StorylineError
from storyline.models import MODALITIES
from storyline.store import Store
from storyline.store.events import StoredEvent, list_events, story_timeline

MODALITY_STYLE = {"asserted": "green", "expected": "cyan", "possible": "yellow", "negated": "red", "denied": "magenta"}


def events(
    db: DbOption = DEFAULT_DB_PATH,
    story: Annotated[str | None, typer.Option("--story", help="Only events of this story id.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only events whose actor has this name or entity id.")] = None,
    modality: Annotated[str | None, typer.Option(
        "--modality", help="Only events of this modality: asserted, expected, possible, negated or denied.")] = None,
) -> None:
    """List the coded events (PLOVER action, actor, target, modality, date) of the collection."""
    def work() -> None:
        if modality is not None and modality not in MODALITIES:
            raise StorylineError(Code.BAD_OPTION, detail=f"--modality must be one of {', '.join(MODALITIES)}")
        with Store(_existing(db)) as store:
            found = list_events(store, story=story, actor=actor, modality=modality)
        _render(Console(), "Events", found)
    run_safely(work)


def timeline(
    story_id: Annotated[str, typer.Argument(help="The story id, as `storyline demo` or `export` shows it.")],
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Show one story's events in the order of their own dates, not of publication."""
    def work() -> None:
        with Store(_existing(db)) as store:
            found = story_timeline(store, story_id)
        _render(Console(), f"Timeline of {story_id}", found)
    run_safely(work)


def _existing(db: Path) -> Path:
    if not Path(db).is_file():
        raise StorylineError(Code.BAD_OPTION, detail=f"no database at {db}; run `storyline ingest` first")
    return db


def _render(console: Console, title: str, found: list[StoredEvent]) -> None:
    table = Table(title=f"{title} ({len(found)})", title_justify="left")
    for col in ("date", "actor", "action", "target", "modality", "evidence", "article"):
        table.add_column(col, overflow="fold")
    for item in found:
        e = item.event
        style = MODALITY_STYLE.get(e.modality, "")
        # Text() keeps brackets in article words from being read as Rich markup.
        table.add_row(e.date or "", Text(item.actor_name or ""), e.action, Text(item.target_name or ""),
                      Text(e.modality, style=style), Text(e.evidence.text), Text(item.article_id))
    console.print(table)
