"""Rich renderings of the analyses, shared by demo, stories and story."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from storyline.analyze import StoryView

# Characters of a claim or evidence shown in a table cell; the full text is in `storyline said`.
CELL_CHARS = 140
MODALITY_STYLE = {"asserted": "green", "expected": "cyan", "possible": "yellow", "negated": "red", "denied": "magenta"}


def render_stories(console: Console, stories: list[tuple]) -> None:
    table = Table(title="Stories", title_justify="left")
    for col in ("id", "label", "articles", "first", "last"):
        table.add_column(col)
    for sid, label, count, first, last in stories:
        table.add_row(sid, label, str(count), (first or "")[:10], (last or "")[:10])
    console.print(table)


def render_story(console: Console, view: StoryView, limit: int = 12) -> None:
    console.rule(f"[bold]{view.label}[/]  ({view.id})")
    console.print(f"{len(view.articles)} articles, {view.independent} independent reports\n")
    actors = Table(title="Main actors", title_justify="left")
    for col in ("actor", "type", "articles", "roles"):
        actors.add_column(col, overflow="fold")
    for a in view.actors[:limit]:
        actors.add_row(a.entity.name, a.entity.type, str(a.articles), "; ".join(a.roles))
    console.print(actors)
    claims = Table(title="Who said what", title_justify="left")
    for col in ("source", "kind", "via", "claim", "outlet", "date"):
        claims.add_column(col, overflow="fold")
    for c in view.claims[:limit]:
        text = shorten(f"“{c.content}”" if c.direct else c.content)
        claims.add_row(c.source, c.kind, ", ".join(c.via), text, c.outlet or "", (c.published or "")[:10])
    console.print(claims)
    timeline = Table(title="Timeline", title_justify="left")
    for col in ("date", "actor", "action", "target", "modality", "evidence"):
        timeline.add_column(col, overflow="fold")
    for t in view.timeline[:limit]:
        style = MODALITY_STYLE.get(t.modality, "")
        timeline.add_row(t.date or "?", t.actor or "", t.action, t.target or "", f"[{style}]{t.modality}[/]",
                         shorten(t.evidence))
    console.print(timeline)


def shorten(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
