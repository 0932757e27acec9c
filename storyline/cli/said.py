"""said: who said what in the collection, with the relaying outlets, the article and its date.

It calls storyline.analyze.list_claims, as `/api/attributions` does, so filters, order and JSON agree.
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
    from storyline.analyze import AttributionRow


def said(
    db: DbOption = DEFAULT_DB_PATH,
    by: Annotated[str | None, typer.Option("--by", help="Only claims of this source: entity id or name.")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Only claims of this story id.")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only sources of this kind: person, organization, government, media, anonymous, "
                       "document or public.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """List the attributed claims, by publication date: source, kind, relaying outlets, claim, article."""
    def work() -> None:
        from storyline.analyze import Filter, list_claims

        dates, window = Dates.of(since, until), Window.of(fmt, limit, offset)
        with open_store(db) as store:
            page = list_claims(store, Filter(story=story, entity=by, kind=kind, since=dates.since, until=dates.until),
                               window.paging)
        if fmt is not Format.table:
            from storyline.api import convert

            write_items(fmt, [convert.attribution(r) for r in page.items])
            return
        _render(page.items, page.total, window.offset)
    run_safely(work)


def _render(rows: list[AttributionRow], total: int, offset: int) -> None:
    from rich.table import Table
    from rich.text import Text

    from storyline.cli.render import caption_table

    table = Table(title=f"Who said what ({total})", title_justify="left")
    for col in ("source", "kind", "via", "claim", "article", "date"):
        table.add_column(col, overflow="fold")
    for row in rows:
        at = row.attribution
        claim = f"“{at.content.text}”" if at.direct else at.content.text
        table.add_row(Text(at.source.name), at.source.kind, Text(", ".join(v.name for v in at.via)), Text(claim),
                      Text(f"{row.article.id} {row.article.outlet or ''}".strip()), (row.article.published or "")[:10])
    caption_table(table, len(rows), total, offset)
    out_console().print(table)
