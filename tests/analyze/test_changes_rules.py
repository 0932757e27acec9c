"""What changed and what conflicts, found by general rules over stored events and claims."""
from __future__ import annotations

import pytest

from storyline.analyze import build_story_view
from tests.analyze.handmade import make, store_articles

T1 = "Valdoria is expected to send troops to Brask. Ilse Marrow is expected to meet Tomas Reyk in Lindholm."
T2 = "Valdoria has sent troops to Brask. Ilse Marrow will meet Tomas Reyk in Port Sarel, Valdoria said."
T3 = "Valdoria will not send troops to Brask, Estmark said, calling reports of Valdoria troops in Brask false."
T4 = "Estmark asked Valdoria to send troops to Brask, Meridian 24 reported about Valdoria."
T5 = "Valdoria agreed to send troops to Brask after weeks of talks."


@pytest.fixture()
def view(tmp_path):
    items = [
        make("v1", "2031-03-02", T1, events=[
            ("Valdoria", "MOBILIZE", "Brask", "expected", "Valdoria is expected to send troops to Brask"),
            ("Ilse Marrow", "CONSULT", "Tomas Reyk", "expected", "Ilse Marrow is expected to meet Tomas Reyk in Lindholm")]),
        make("v2", "2031-03-20", T2, events=[
            ("Valdoria", "MOBILIZE", "Brask", "asserted", "Valdoria has sent troops to Brask"),
            ("Ilse Marrow", "CONSULT", "Tomas Reyk", "expected", "Ilse Marrow will meet Tomas Reyk in Port Sarel")]),
        make("v3", "2031-03-21", T3, events=[
            ("Valdoria", "MOBILIZE", "Brask", "negated", "Valdoria will not send troops to Brask")],
            said=[("Estmark", "calling", "reports of Valdoria troops in Brask false")]),
    ]
    with store_articles(tmp_path / "c.duckdb", items) as store:
        sid = next(s.story for s in store.articles())
        yield build_story_view(store, sid)


def test_changes_pending_becomes_settled(view):
    found = [(c.before.article_id, c.after.article_id) for c in view.changes if "became" in c.topic]
    assert ("v1", "v2") in found


def test_changes_place_moves(view):
    moved = [c for c in view.changes if "moved" in c.topic]
    assert moved and "Lindholm" in moved[0].topic and "Port Sarel" in moved[0].topic
    assert (moved[0].before.article_id, moved[0].after.article_id) == ("v1", "v2")


def test_conflicts_opposite_reports_at_the_same_time(view):
    cited = [{s.article_id for s in c.statements} for c in view.conflicts]
    assert any({"v2", "v3"} <= ids for ids in cited)


def test_changes_and_conflicts_cite_their_spans(view):
    texts = {s.article.id: s.article.text for s in view.articles}
    numbers = {c.article_id: c.n for c in view.sources}
    statements = [s for c in view.changes for s in (c.before, c.after)] + [s for c in view.conflicts for s in c.statements]
    assert statements
    for s in statements:
        assert texts[s.article_id][s.start:s.end] == s.text
        assert numbers[s.article_id] == s.citation


def test_changes_request_answered(tmp_path):
    items = [make("r1", "2031-04-01", T4, events=[("Estmark", "REQUEST", "Valdoria", "asserted", "Estmark asked Valdoria")]),
             make("r2", "2031-04-09", T5, events=[("Valdoria", "AGREE", "Brask", "asserted", "Valdoria agreed to send troops")])]
    with store_articles(tmp_path / "c.duckdb", items) as store:
        view = build_story_view(store, next(s.story for s in store.articles()))
    assert [(c.before.article_id, c.after.article_id) for c in view.changes] == [("r1", "r2")]


def test_conflicts_need_the_same_time(tmp_path):
    """A contrary report months later is an update, not a conflict."""
    items = [make("a1", "2031-01-01", T2, events=[
            ("Valdoria", "MOBILIZE", "Brask", "asserted", "Valdoria has sent troops to Brask")]),
             make("a2", "2031-06-01", T3, events=[
            ("Valdoria", "MOBILIZE", "Brask", "negated", "Valdoria will not send troops to Brask")])]
    with store_articles(tmp_path / "c.duckdb", items) as store:
        view = build_story_view(store, next(s.story for s in store.articles()))
    assert not view.conflicts
    assert [(c.before.article_id, c.after.article_id) for c in view.changes] == [("a1", "a2")]
