"""A cited briefing of one story, built only from stored spans and events.

Every sentence is a span some source printed (a lead, an event's evidence, a quotation), framed
by a few fixed words ("Earlier:", "said"), and carries the number of that source. Nothing is
generated: a sentence the sources do not support cannot appear.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from storyline.analyze.statements import Citation, Statement
from storyline.analyze.story import StoryView, build_story_view
from storyline.models import Attribution, Entity
from storyline.store import Store, StoredArticle

# Items per section: a briefing fits on a screen or two.
TIMELINE_ITEMS = 10
TIMELINE_PER_SOURCE = 2
ACTOR_ITEMS = 6
SECTION_ITEMS = 5
# The lead sentence of a report is its own summary; longer ones are cut at this many characters
# (rarely reached: news leads run 20 to 40 words).
LEAD_MAX = 320
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s")


@dataclass(frozen=True)
class SentenceCitation:
    n: int
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    citations: tuple[SentenceCitation, ...]


@dataclass(frozen=True)
class Section:
    title: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Briefing:
    story_id: str
    label: str
    sections: tuple[Section, ...]
    sources: tuple[Citation, ...]


def build_briefing(store: Store, story_id: str, view: StoryView | None = None) -> Briefing:
    """The cited briefing of one story; pass `view` when the caller has built it already."""
    view = view if view is not None and view.id == story_id else build_story_view(store, story_id)
    number = {c.article_id: c.n for c in view.sources}
    sections = (
        Section("Summary", _summary(view, number)),
        Section("Timeline", _timeline(view, number)),
        Section("Actors and positions", _positions(view, number, store.all_entity_links([s.article.id for s in view.articles]))),
        Section("What changed", tuple(
            Sentence(f"{c.topic}. Earlier: “{c.before.text}”; later: “{c.after.text}”.", (_cite(c.before), _cite(c.after)))
            for c in view.changes[:SECTION_ITEMS])),
        Section("Conflicts", tuple(
            Sentence(f"{c.topic}: " + " versus ".join(f"“{s.text}”" for s in c.statements[:4]) + ".",
                     tuple(_cite(s) for s in c.statements[:4]))
            for c in view.conflicts[:SECTION_ITEMS])),
    )
    return Briefing(view.id, view.label, sections, view.sources)


def _cite(s: Statement) -> SentenceCitation:
    return SentenceCitation(s.citation, s.article_id, s.start, s.end)


def _summary(view: StoryView, number: dict[str, int]) -> tuple[Sentence, ...]:
    """The lead sentences of the first and the latest independent reports."""
    independent = sorted((s for s in view.articles if s.duplicate_of is None), key=lambda s: number[s.article.id])
    picks = [independent[0], independent[-1]] if len(independent) > 1 else independent
    out = []
    for s in dict.fromkeys(picks):
        start, end = _lead(s)
        if end > start:
            out.append(Sentence(s.article.text[start:end], (SentenceCitation(number[s.article.id], s.article.id, start, end),)))
    return tuple(out)


def _lead(s: StoredArticle) -> tuple[int, int]:
    """The first sentence of the body after the headline, as offsets into the text."""
    text = s.article.text
    start = 0
    title = s.article.title or ""
    if title and text.startswith(title):
        start = len(title)
    while start < len(text) and text[start].isspace():
        start += 1
    match = _SENTENCE_END.search(text, start)
    end = match.start() + len(match.group(0).rstrip()) if match else len(text)
    return start, min(end, start + LEAD_MAX)


def _timeline(view: StoryView, number: dict[str, int]) -> tuple[Sentence, ...]:
    """Dated events of the story's main actors, in date order, one per piece of evidence."""
    main = {a.entity.name for a in view.actors[:ACTOR_ITEMS]}
    spans = {(s.article.id, ev.evidence.text): ev.evidence for s in view.articles for ev in s.layers.events}
    out, seen = [], set()
    per_article: dict[str, int] = {}
    for t in view.timeline:
        if t.date is None or not ({t.actor, t.target} & main) or t.evidence in seen:
            continue
        if per_article.get(t.article_id, 0) >= TIMELINE_PER_SOURCE:
            continue  # one talkative report must not fill the whole timeline
        per_article[t.article_id] = per_article.get(t.article_id, 0) + 1
        span = spans.get((t.article_id, t.evidence))
        if span is None:
            continue
        seen.add(t.evidence)
        out.append(Sentence(f"{t.date}: {t.evidence} ({t.modality}).",
                            (SentenceCitation(number[t.article_id], t.article_id, span.start, span.end),)))
    return tuple(out[:TIMELINE_ITEMS])


def _positions(view: StoryView, number: dict[str, int], links: dict[str, dict[str, Entity]]) -> tuple[Sentence, ...]:
    """For each main actor, the first thing it is reported to have said."""
    said: dict[str, tuple[StoredArticle, Attribution]] = {}
    for s in sorted(view.articles, key=lambda s: number[s.article.id]):
        if s.duplicate_of is not None:
            continue
        for at in s.layers.attributions:
            entity = links.get(s.article.id, {}).get(at.source.entity or "")
            if entity is not None:
                said.setdefault(entity.id, (s, at))
    out = []
    for actor in view.actors:
        if actor.entity.id not in said:
            continue
        s, at = said[actor.entity.id]
        roles = f" ({'; '.join(actor.roles[:2])})" if actor.roles else ""
        quote = f"“{at.content.text}”" if at.direct else at.content.text
        out.append(Sentence(f"{actor.entity.name}{roles} {at.cue.text}: {quote}",
                            (SentenceCitation(number[s.article.id], s.article.id, at.content.start, at.content.end),)))
        if len(out) == ACTOR_ITEMS:
            break
    return tuple(out)


def render_markdown(b: Briefing) -> str:
    lines = [f"# {b.label}", "", f"Story `{b.story_id}`", ""]
    for section in b.sections:
        lines += [f"## {section.title}", ""]
        if not section.sentences:
            lines.append("_Nothing found in the sources._")
        lines += [f"- {s.text} {_markers(s)}" for s in section.sentences]
        lines.append("")
    lines += ["## Sources", ""]
    lines += [f"{c.n}. {_source_line(c)}" for c in b.sources]
    return "\n".join(lines) + "\n"


def render_html(b: Briefing) -> str:
    e = html.escape
    parts = [f"<article class=\"briefing\"><h1>{e(b.label)}</h1>"]
    for section in b.sections:
        parts.append(f"<section><h2>{e(section.title)}</h2><ul>")
        parts += [f"<li>{e(s.text)} " + " ".join(f"<a href=\"#src-{c.n}\">[{c.n}]</a>" for c in s.citations) + "</li>"
                  for s in section.sentences]
        parts.append("</ul></section>")
    parts.append("<section><h2>Sources</h2><ol>")
    for c in b.sources:
        link = f" <a href=\"{e(c.url)}\">{e(c.url)}</a>" if c.url and c.url.startswith(("http://", "https://")) else ""
        parts.append(f"<li id=\"src-{c.n}\" value=\"{c.n}\">{e(_source_text(c))}{link}</li>")
    parts.append("</ol></section></article>")
    return "\n".join(parts) + "\n"


def _markers(s: Sentence) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(c.n for c in s.citations))


def _source_text(c: Citation) -> str:
    bits = [c.outlet or "unknown outlet", (c.published or "undated")[:10]]
    if c.title:
        bits.append(f"“{c.title}”")
    return ", ".join(bits)


def _source_line(c: Citation) -> str:
    return _source_text(c) + (f", {c.url}" if c.url else "")
