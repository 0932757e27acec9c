"""said: who said what in the collection, with the relaying outlets, the article and its date."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, run_safely
from storyline.errors import Code, StorylineError
from storyline.store import Store
from storyline.store.attributions import StoredClaim, list_claims


def said(
    db: DbOption = DEFAULT_DB_PATH,
    by: Annotated[str | None, typer.Option("--by", help="Only claims of this source: entity id or name.")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Only claims of this story id.")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only sources of this kind: person, organization, government, media, anonymous, "
                       "document or public.")] = None,
) -> None:
    """List the attributed claims: source, kind, relaying outlets, the claim, article and date."""
    def work() -> None:
        if not Path(db).is_file():
            raise StorylineError(Code.BAD_OPTION, detail=f"no database at {db}; run `storyline ingest` first")
        with Store(db) as store:
            found = list_claims(store, by=by, story=story, kind=kind)
        _render(Console(), found)
    run_safely(work)


def _render(console: Console, found: list[StoredClaim]) -> None:
    table = Table(title=f"Who said what ({len(found)})", title_justify="left")
    for col in ("source", "kind", "via", "claim", "article", "date"):
        table.add_column(col, overflow="fold")
    for c in found:
        claim = f"“{c.content}”" if c.direct else c.content
        table.add_row(escape(c.source), c.kind, escape(", ".join(c.via)), escape(claim),
                      escape(f"{c.article_id} {c.outlet or ''}".strip()),
                      (c.published or "")[:10])
    console.print(table)
