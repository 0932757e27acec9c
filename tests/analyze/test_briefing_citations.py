"""Briefings: every sentence cites a numbered source whose text holds the cited span."""
from __future__ import annotations

import re

import pytest

from storyline.analyze.briefing import build_briefing
from storyline.analyze.briefing_text import render_html, render_markdown
from tests.analyze.handmade import make, store_articles

T1 = "Valdoria is expected to send troops to Brask. Tomas Reyk said the <b>mission</b> would start soon."
T2 = "Valdoria has sent troops to Brask. Ilse Marrow will meet Tomas Reyk in Port Sarel, Valdoria said."
T3 = "Valdoria will not send troops to Brask, Estmark said, calling reports of Valdoria troops in Brask false."
SECTIONS = ["Summary", "Timeline", "Actors and positions", "What changed", "Conflicts"]


@pytest.fixture()
def briefing(tmp_path):
    items = [
        make("b1", "2031-03-02", T1, events=[("Valdoria", "MOBILIZE", "Brask", "expected",
                                              "Valdoria is expected to send troops to Brask")],
             said=[("Tomas Reyk", "said", "the <b>mission</b> would start soon")]),
        make("b2", "2031-03-20", T2, events=[
            ("Valdoria", "MOBILIZE", "Brask", "asserted", "Valdoria has sent troops to Brask")]),
        make("b3", "2031-03-21", T3, events=[
            ("Valdoria", "MOBILIZE", "Brask", "negated", "Valdoria will not send troops to Brask")]),
    ]
    with store_articles(tmp_path / "c.duckdb", items) as store:
        sid = next(s.story for s in store.articles())
        texts = {s.article.id: s.article.text for s in store.articles()}
        yield build_briefing(store, sid), texts


def test_briefing_has_the_sections(briefing):
    b, _ = briefing
    assert [s.title for s in b.sections] == SECTIONS
    assert all(s.sentences for s in b.sections if s.title != "Actors and positions")


def test_briefing_every_sentence_cites_a_span(briefing):
    b, texts = briefing
    numbers = {c.n: c.article_id for c in b.sources}
    assert sorted(numbers) == list(range(1, len(b.sources) + 1))
    for section in b.sections:
        for sentence in section.sentences:
            assert sentence.citations
            for c in sentence.citations:
                assert numbers[c.n] == c.article_id
                assert texts[c.article_id][c.start:c.end] in sentence.text


def test_briefing_markdown_marks_citations_and_lists_sources(briefing):
    b, _ = briefing
    md = render_markdown(b)
    bullets = [line for line in md.splitlines() if line.startswith("- ")]
    assert bullets and all(re.search(r"\[\d+\]$", line) for line in bullets)
    assert "## Sources" in md and "https://meridian24.example/b1" in md


def test_briefing_html_escapes_article_text(briefing):
    b, _ = briefing
    page = render_html(b)
    assert "<b>mission</b>" not in page and "&lt;b&gt;mission&lt;/b&gt;" in page
