"""A briefing as text: Markdown for the terminal and files, an HTML fragment for the web page.

Both print each sentence with its source numbers and end with the numbered sources, so a reader
can check every line against the report it came from.
"""
from __future__ import annotations

import html

from storyline.analyze.briefing import Briefing, Sentence
from storyline.analyze.statements import Citation


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
