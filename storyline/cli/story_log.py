"""story-log and story-split: the explicit merges and splits that moved stored articles.

Grouping never moves a stored article silently (see the Store's story log): an ingest whose
new reports show two stored stories to be one logs the merge, and an analyst who finds a story
holding two plots splits it here, logged the same way.
"""
from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, open_store, out_console, run_safely
from storyline.cli.output import Format, FormatOption, write_items


def story_log(
    story: Annotated[str | None, typer.Argument(help="Only the entries naming this story id.")] = None,
    db: DbOption = DEFAULT_DB_PATH,
    fmt: FormatOption = Format.table,
) -> None:
    """List the story merges and splits in the order they were made, with their reasons."""
    def work() -> None:
        with open_store(db) as store:
            entries = store.story_log(story)
        if fmt is not Format.table:
            write_items(fmt, entries)
            return
        from rich.table import Table
        from rich.text import Text

        table = Table("#", "when", "action", "story", "other", "articles", "reason", title="story log",
                      title_justify="left")
        for e in entries:
            table.add_row(str(e.seq), e.logged_at[:19], e.action, Text(e.story), Text(e.other),
                          Text(", ".join(e.articles)), Text(e.reason))
        if not entries:
            table.caption = "no merge or split yet"
        out_console().print(table)
    run_safely(work)


def story_split(
    story: Annotated[str, typer.Argument(help="The story id to split, as `storyline stories` lists it.")],
    articles: Annotated[list[str], typer.Argument(help="Ids of the articles that leave it for a new story.")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are another story; kept in the log.")]
    = "split by hand",
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Move some articles of a story into a new story, and log the split."""
    def work() -> None:
        from storyline.resolve.stories import relabel_stories

        with open_store(db, write=True) as store:
            new = store.split_story(story, articles, label="", reason=reason)
            relabel_stories(store, [story, new])
        typer.echo(f"{len(articles)} article(s) of {story} now form {new}")
    run_safely(work)
