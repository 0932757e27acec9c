"""Rich renderings of the analyses, shared by demo, stories and story."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from storyline.analyze import StoryView
from storyline.extract.languages import collection_notes
from storyline.store.search import SearchHit
from storyline.store.stories import StorySummary

# Characters of a claim or evidence shown in a table cell; the full text is in `storyline said`.
CELL_CHARS = 140
MODALITY_STYLE = {"asserted": "green", "expected": "cyan", "possible": "yellow", "negated": "red", "denied": "magenta"}


def render_story(console: Console, view: StoryView, limit: int = 12) -> None:
    console.rule(f"[bold]{view.label}[/]  ({view.id})")
    span = f", {view.first} to {view.last}" if view.first else ""
    console.print(f"{len(view.articles)} articles, {view.independent} independent reports{span}\n")
    for note in collection_notes(s.article.language for s in view.articles):  # why some tables may be thin
        console.print(note + "\n", markup=False)
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


def render_story_list(console: Console, stories: list[StorySummary]) -> None:
    table = Table(title="Stories", title_justify="left")
    for col in ("id", "label", "articles", "first", "last", "top actors"):
        table.add_column(col, overflow="fold")
    for s in stories:
        table.add_row(s.id, s.label, str(s.articles), (s.first or "")[:10], (s.last or "")[:10], ", ".join(s.top_actors))
    console.print(table)


def render_story_changes(console: Console, view: StoryView) -> None:
    sources = Table(title="Sources", title_justify="left")
    for col in ("n", "outlet", "date", "copy of", "url"):
        sources.add_column(col, overflow="fold")
    copies = {s.article.id: s.duplicate_of for s in view.articles}
    for c in view.sources:
        sources.add_row(str(c.n), c.outlet or "", (c.published or "")[:10], copies.get(c.article_id) or "", c.url or "")
    console.print(sources)
    changes = Table(title="What changed", title_justify="left")
    for col in ("topic", "before", "after"):
        changes.add_column(col, overflow="fold")
    for ch in view.changes:
        changes.add_row(ch.topic, f"{ch.before.text} [{ch.before.citation}]", f"{ch.after.text} [{ch.after.citation}]")
    console.print(changes)
    conflicts = Table(title="Conflicts", title_justify="left")
    for col in ("topic", "statements"):
        conflicts.add_column(col, overflow="fold")
    for cf in view.conflicts:
        conflicts.add_row(cf.topic, "\n".join(f"{s.text} [{s.citation}]" for s in cf.statements))
    console.print(conflicts)


def render_search(console: Console, hits: list[SearchHit]) -> None:
    table = Table(title="Search", title_justify="left")
    for col in ("kind", "article", "story", "snippet", "score"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(h.kind, h.article_id, h.story_id or "", h.snippet, f"{h.score:.2f}")
    console.print(table)
