"""Rich renderings of the analyses, shared by demo, stories and story."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.common import out_console
from storyline.cli.output import Window, shown_of

if TYPE_CHECKING:
    from storyline.analyze import SearchHit, StorySummary, StoryView

# Characters of a claim or evidence shown in a table cell; the full text is in `storyline said`.
CELL_CHARS = 140
MODALITY_STYLE = {"asserted": "green", "expected": "cyan", "possible": "yellow", "negated": "red", "denied": "magenta"}


def render_story(view: StoryView, window: Window, console: Console | None = None) -> None:
    console = console or out_console()
    console.rule(f"[bold]{view.label}[/]  ({view.id})")
    span = f", {view.first} to {view.last}" if view.first else ""
    console.print(f"{len(view.articles)} articles, {view.independent} independent reports{span}\n")
    for note in view.notes:  # why some tables may be thin
        console.print(note + "\n", markup=False)
    actors = _table("Main actors", "actor", "type", "articles", "roles")
    for a in window.cut(view.actors):
        actors.add_row(Text(a.entity.name), a.entity.type, str(a.articles), Text("; ".join(a.roles)))
    _print(console, actors, window, len(view.actors))
    claims = _table("Who said what", "source", "kind", "via", "claim", "outlet", "date")
    for c in window.cut(view.claims):
        text = shorten(f"“{c.content}”" if c.direct else c.content)
        claims.add_row(Text(c.source), c.kind, Text(", ".join(c.via)), Text(text), Text(c.outlet or ""),
                       (c.published or "")[:10])
    _print(console, claims, window, len(view.claims))
    timeline = _table("Timeline", "date", "actor", "action", "target", "modality", "evidence")
    for t in window.cut(view.timeline):
        timeline.add_row(t.date or "?", Text(t.actor or ""), t.action, Text(t.target or ""),
                         Text(t.modality, style=MODALITY_STYLE.get(t.modality, "")), Text(shorten(t.evidence)))
    _print(console, timeline, window, len(view.timeline))


def shorten(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_story_list(stories: list[StorySummary], total: int, offset: int = 0, console: Console | None = None) -> None:
    table = _table("Stories", "id", "label", "articles", "first", "last", "top actors")
    for s in stories:
        table.add_row(s.id, Text(s.label), str(s.articles), (s.first or "")[:10], (s.last or "")[:10],
                      Text(", ".join(s.top_actors)))
    caption_table(table, len(stories), total, offset)
    (console or out_console()).print(table)


def render_story_changes(view: StoryView, console: Console | None = None) -> None:
    console = console or out_console()
    sources = _table("Sources", "n", "outlet", "date", "copy of", "url")
    copies = {s.article.id: s.duplicate_of for s in view.articles}
    for c in view.sources:
        sources.add_row(str(c.n), Text(c.outlet or ""), (c.published or "")[:10], copies.get(c.article_id) or "",
                        Text(c.url or ""))
    console.print(sources)
    changes = _table("What changed", "topic", "before", "after")
    for ch in view.changes:
        changes.add_row(Text(ch.topic), Text(f"{ch.before.text} [{ch.before.citation}]"),
                        Text(f"{ch.after.text} [{ch.after.citation}]"))
    console.print(changes)
    conflicts = _table("Conflicts", "topic", "statements")
    for cf in view.conflicts:
        conflicts.add_row(Text(cf.topic), Text("\n".join(f"{s.text} [{s.citation}]" for s in cf.statements)))
    console.print(conflicts)


def render_search(hits: list[SearchHit], offset: int = 0, console: Console | None = None) -> None:
    table = _table("Search", "kind", "article", "story", "snippet", "score")
    for h in hits:
        table.add_row(h.kind, Text(h.article_id), h.story_id or "", Text(h.snippet), f"{h.score:.2f}")
    (console or out_console()).print(table)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def caption_table(table: Table, shown: int, total: int, offset: int) -> None:
    caption = shown_of(shown, total, offset)
    if caption:
        table.caption, table.caption_justify = caption, "left"


def _print(console: Console, table: Table, window: Window, total: int) -> None:
    caption_table(table, len(window.cut(range(total))), total, window.offset)
    console.print(table)
