"""The `storyline` command: a thin layer that parses arguments, calls the library, formats output.

Commands live in their own modules and are registered here, in one visible list. Those modules
import only typer and small helpers at the top; each command loads what it needs when it runs,
so `storyline --help` and the read commands start without DuckDB's peers, the pipeline or spaCy.
"""
from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli import collect, common, demo, entities, events, said, serve, stories, story_log, watch


def _show_version(value: bool) -> None:
    if value:
        from storyline import __version__

        typer.echo(f"storyline {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="storyline",
    help="Turn a stream of news reports into a source-attributed, time-aware record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn a stream of news reports into a source-attributed, time-aware record."""


app.command("extract")(collect.extract)
app.command("ingest")(collect.ingest)
app.command("export")(collect.export)
app.command("repair")(collect.repair)
app.command("demo")(demo.demo)
app.command("said")(said.said)
app.command("serve")(serve.serve)
app.command("events")(events.events)
app.command("timeline")(events.timeline)
app.command("entities")(entities.entities)
app.command("entity")(entities.entity)
app.command("stories")(stories.stories)
app.command("story")(stories.story)
app.command("brief")(stories.brief)
app.command("search")(stories.search)
app.command("story-log")(story_log.story_log)
app.command("story-split")(story_log.story_split)
app.command("watch")(watch.watch)


def main() -> None:
    common.skip_pandas()
    app()
