"""The `storyline` command: a thin layer that parses arguments, calls the library, formats output.

Commands live in their own modules and are registered here, in one visible list.
"""
from __future__ import annotations

import typer

from storyline.cli import collect, demo, entities, events, said, serve, stories, watch

app = typer.Typer(
    name="storyline",
    help="Turn a stream of news reports into a source-attributed, time-aware record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
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
app.command("watch")(watch.watch)


def main() -> None:
    app()
