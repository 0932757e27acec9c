"""demo: the whole pipeline on the built-in fictional corpus, shown as an analyst sees it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline.analyze import build_story_view
from storyline.cli.collect import _ingest_with_feedback
from storyline.cli.common import run_safely
from storyline.cli.render import render_story, render_story_changes, render_story_list
from storyline.demo import demo_corpus_path
from storyline.settings import Options
from storyline.store import Store
from storyline.store.stories import list_stories


def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Keep the demo collection in this DuckDB file.")] = None,
) -> None:
    """Run storyline on its built-in demo corpus (fiction) and show the result."""
    def work() -> None:
        console = Console()
        corpus = demo_corpus_path()
        console.print(f"[bold]storyline demo[/] - reading {corpus.name}: fictional reports, invented people and places\n")
        with Store(db if db else ":memory:") as store:
            _ingest_with_feedback([str(corpus)], store, Options())
            stories = list_stories(store)
            render_story_list(console, stories)
            for summary in stories:
                view = build_story_view(store, summary.id)
                if len(view.articles) > 1:
                    render_story(console, view)
                    render_story_changes(console, view)
    run_safely(work)
