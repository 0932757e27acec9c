"""demo: the whole pipeline on the built-in fictional corpus, shown as an analyst sees it."""
from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.common import LOCK_WAIT_SECONDS, out_console, run_safely

DEMO_DB = Path("demo.duckdb")


def demo(
    db: Annotated[Path, typer.Option("--db", help="Where to keep the demo collection.")] = DEMO_DB,
) -> None:
    """Run storyline on its built-in demo corpus (fiction), show the result and keep it in demo.duckdb."""
    def work() -> None:

        from storyline.analyze import list_stories, view_story
        from storyline.cli.collect import _ingest_with_feedback
        from storyline.cli.output import Window
        from storyline.cli.render import render_story, render_story_changes, render_story_list
        from storyline.demo import demo_corpus_path
        from storyline.settings import Options
        from storyline.store import Store

        console = out_console()
        corpus = demo_corpus_path()
        console.print(f"[bold]storyline demo[/] - reading {corpus.name}: fictional reports, invented people and places\n")
        with Store(db, wait=LOCK_WAIT_SECONDS) as store:
            _ingest_with_feedback([str(corpus)], store, Options())
            stories = list_stories(store).items
            render_story_list(stories, len(stories), console=console)
            for summary in stories:
                view = view_story(store, summary.id)
                if len(view.articles) > 1:
                    render_story(view, Window(0, 12), console=console)
                    render_story_changes(view, console=console)
        if stories:
            _suggest(console, db, stories[0].id, stories[0].top_actors[0] if stories[0].top_actors else None)
    run_safely(work)


def _suggest(console, db: Path, story_id: str, actor: str | None) -> None:
    where = f" --db {shlex.quote(str(db))}"
    lines = [f"storyline story {story_id}{where}"]
    if actor:
        lines.append(f"storyline entity {shlex.quote(actor)}{where}")
    lines.append(f"storyline serve{where}      # then open http://127.0.0.1:8000/")
    console.print(f"\nThe demo collection is kept in {db}. Try next:", markup=False)
    for line in lines:
        console.print(f"  {line}", markup=False, highlight=False)
