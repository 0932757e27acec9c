"""The briefing checks (briefing_checks.py) on fictional collections laid with the traps real pages
hold: a question for a lead, a byline, a caption, a menu line, a quotation cut at its first word,
a title that is a lone symbol, a one-report story. Everything is invented."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.analyze import build_story_view
from storyline.analyze.briefing import build_briefing
from storyline.analyze.briefing_text import render_markdown
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.briefing_checks import briefing_faults
from tests.analyze.test_briefing_sentences import STRIKE

SLOGAN = [
    ("slogan-1", "2031-09-09", "Norland governor defends ‘Dust, we’re on it’ campaign",
     "Home | News | Politics | Opinion\n"
     "By Mara Quist\n"
     "Remember Norland’s long quest to find a state slogan?\n"
     "A billboard of the campaign in Halden. (Photo by Tove Ek)\n"
     "Governor Lina Brekke defended the state’s new anti-dust campaign on Tuesday, saying it had people talking. "
     "The ad says, ‘Dust.\n"
     "Brekke said the Halden agency Northlight was paid 449,000 crowns for the campaign.\n"
     "Share this story"),
    ("slogan-2", "2031-09-10", "×",
     "Northlight said on Wednesday that the campaign had reached every household in Norland. "
     "Governor Lina Brekke said the state would keep the slogan for at least a year. "
     "What does the slogan mean? "
     "Lawmaker Per Haugen called the campaign a waste of money and asked Brekke to drop it."),
    ("slogan-3", "2031-09-12", "Norland lawmakers question dust campaign",
     "Lawmaker Per Haugen said on Friday that the Norland assembly would hold a hearing on the campaign. "
     "Brekke’s office said the governor would not attend the hearing. "
     "Northlight said it stood by its work."),
]
ONE_REPORT = [
    ("bridge-1", "2031-10-01", "Osvik bridge opens after six years",
     "In addition to the delays at the Marholm yard last winter, the Osvik bridge cost twice its budget. "
     "Council leader Pavel Drenn said the bridge would carry 9,000 cars a day. "
     "Residents lined the road to watch the first cars cross."),
]


def _brief(tmp: Path, docs, url) -> tuple[list[str], str]:
    source = tmp / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for ident, published, title, body in docs:
            out.write(json.dumps({"id": ident, "url": url(ident), "title": title, "published": published,
                                  "text": (f"{title}\n\n" if len(title) > 2 else "") + body}) + "\n")
    with Store(tmp / "c.duckdb") as store:
        ingest([str(source)], store, Options(workers=1))
        sid = next(s.story for s in store.articles())
        view = build_story_view(store, sid)
        briefing = build_briefing(store, sid, view)
        from storyline.extract import load_nlp
        faults = briefing_faults(briefing, view, store, load_nlp(Options().spacy_model))
        return faults, render_markdown(briefing)


@pytest.mark.parametrize("docs, url", [
    (STRIKE, lambda i: f"https://harbourgazette.example/{i}"),
    (SLOGAN, lambda i: f"https://www.facebook.com/sharer/{i}" if i == "slogan-2" else f"https://norlandpost.example/{i}"),
    (ONE_REPORT, lambda i: f"https://marholm.example/{i}"),
], ids=["strike", "slogan", "one-report"])
def test_briefing_checks_pass_on_fictional_stories(tmp_path, nlp, docs, url):
    faults, text = _brief(tmp_path, docs, url)
    assert not faults, "\n".join(faults) + "\n\n" + text


def test_briefing_checks_sources_carry_readable_titles(tmp_path, nlp):
    _, text = _brief(tmp_path, SLOGAN, lambda i: f"https://www.facebook.com/sharer/{i}")
    sources = text.split("## Sources", 1)[1]
    assert "“×”" not in sources and "“Northlight said on Wednesday" in sources
