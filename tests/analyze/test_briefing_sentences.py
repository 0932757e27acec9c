"""Briefing lines read as sentences: facts with an actor for subject, never a question, a caption,
a byline or a fragment. A fictional story goes through the real pipeline (spaCy, DuckDB)."""
from __future__ import annotations

import json
import re

import pytest

from storyline.analyze import build_story_view
from storyline.analyze.briefing import build_briefing
from storyline.analyze.sentences import is_statement, readable_title, sentence_bounds
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store

STRIKE = [
    ("strike-1", "2031-05-02", "Ferry crews strike in Brennvik",
     "By Jon Arvesen\n"
     "Crews walk off the ferry at Brennvik quay. — File Photo\n"
     "Fjordlink ferry crews walked out in Brennvik on Monday, cancelling every sailing on the busiest fjord crossing. "
     "Union leader Kari Holmsen said the crews want a new rota and a pay rise of four percent. "
     "Will the ferries sail again before summer? "
     "Fjordlink said it regretted the strike and would meet the union on Wednesday."),
    ("strike-2", "2031-05-04", "Fjordlink and union meet as Brennvik strike goes on",
     "Fjordlink managers met union leader Kari Holmsen in Brennvik on Wednesday as the ferry strike entered its "
     "third day. Holmsen said the talks were “a first step, but only a step.” "
     "The Brennvik council said buses would carry travellers until the ferries sail again."),
    ("strike-3", "2031-05-06", "Brennvik ferry strike ends with pay deal",
     "Fjordlink agreed on Friday to raise crew pay by three percent, ending the ferry strike in Brennvik. "
     "Kari Holmsen said the crews accepted the deal after a vote on Thursday night. "
     "Fjordlink said the first ferry would leave Brennvik on Saturday morning."),
]
_ENDS_WHOLE = re.compile(r"[.!][\"”’')\]]*$")


@pytest.fixture(scope="module")
def briefed(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("brief")
    source = tmp / "strike.jsonl"
    with source.open("w", encoding="utf-8") as out:
        # arrival order is not date order: the page's dates must not follow it
        for ident, published, title, body in reversed(STRIKE):
            out.write(json.dumps({"id": ident, "url": f"https://harbourgazette.example/{ident}", "title": title,
                                  "published": published, "text": f"{title}\n\n{body}"}) + "\n")
    with Store(tmp / "c.duckdb") as store:
        ingest([str(source)], store, Options(workers=1))
        sid = next(s.story for s in store.articles())
        view = build_story_view(store, sid)
        return build_briefing(store, sid, view), view


def _subject_is_actor(nlp, sentence: str, actor_words: set[str]) -> bool:
    doc = nlp(sentence)
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            words = {t.text.lower() for t in tok.subtree}
            if words & actor_words:
                return True
    return False


def test_briefing_summary_sentences_have_an_actor_subject_a_verb_and_a_citation(briefed, nlp):
    b, view = briefed
    summary = next(s for s in b.sections if s.title == "Summary")
    assert 2 <= len(summary.sentences) <= 5
    actor_words = {w.lower() for a in view.actors for w in a.entity.name.split()}
    for s in summary.sentences:
        assert s.citations
        assert any(t.pos_ in ("VERB", "AUX") for t in nlp(s.text))
        assert _subject_is_actor(nlp, s.text, actor_words), s.text


def test_briefing_lines_are_whole_sentences(briefed):
    b, _ = briefed
    for section in b.sections:
        for s in section.sentences:
            assert len(s.text.split()) >= 6, s.text
            assert _ENDS_WHOLE.search(s.text), s.text
            assert "?" not in s.text and "File Photo" not in s.text and not s.text.startswith("By ")


def test_briefing_story_dates_are_first_and_last_days(briefed):
    _, view = briefed
    assert (view.first, view.last) == ("2031-05-02", "2031-05-06")


@pytest.mark.parametrize("line", [
    "Will the ferries sail again before summer?",
    "Crews walk off the ferry at Brennvik quay. — File Photo",
    "South Dakota says, 'Meth.",
    "Ferry Crews Strike In Brennvik As Talks Fail Again",
    "the talks were “a first step, but only",
])
def test_sentences_reject_what_is_not_a_statement(line):
    assert not is_statement(line)


def test_sentences_do_not_end_at_an_abbreviated_title():
    text = "Talks failed. Gov. Anna Velk said on Monday the ferries would sail. Crews agreed."
    start = text.index("Anna")
    a, b = sentence_bounds(text, start, start + 4)
    assert text[a:b] == "Gov. Anna Velk said on Monday the ferries would sail."


def test_sentences_give_a_source_a_readable_title():
    assert readable_title("×", "Menu\nFjordlink ferry crews walked out in Brennvik on Monday.") == \
        "Fjordlink ferry crews walked out in Brennvik on Monday."
    assert readable_title("Ferry strike ends", "…") == "Ferry strike ends"
