"""Story grouping on fictional reports, through the real pipeline and a real DuckDB file."""
from __future__ import annotations

import pytest

from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.corpus import ESTMARK, STRIKE, VALDORIA, write_jsonl


def _stories(store: Store) -> dict[str, str]:
    return {s.article.id: s.story for s in store.articles()}


@pytest.fixture(scope="module")
def grouped(tmp_path_factory, nlp) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("group")
    with Store(tmp / "c.duckdb") as store:
        ingest([str(write_jsonl(tmp / "all.jsonl", VALDORIA + ESTMARK + STRIKE))], store, Options(workers=1))
        return _stories(store)


@pytest.mark.parametrize("group", [VALDORIA, ESTMARK, STRIKE], ids=["valdoria", "estmark", "strike"])
def test_stories_grouping_keeps_each_story_together(grouped, group):
    assert len({grouped[ident] for ident, *_ in group}) == 1


@pytest.mark.parametrize("a, b", [(VALDORIA, ESTMARK), (VALDORIA, STRIKE), (ESTMARK, STRIKE)])
def test_stories_grouping_keeps_stories_apart(grouped, a, b):
    assert grouped[a[0][0]] != grouped[b[0][0]]


def test_stories_grouping_is_incremental(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        ingest([str(write_jsonl(tmp_path / "one.jsonl", VALDORIA[:2] + STRIKE[:1]))], store, Options(workers=1))
        before = _stories(store)
        ingest([str(write_jsonl(tmp_path / "two.jsonl", VALDORIA[2:] + STRIKE[1:]))], store, Options(workers=1))
        after = _stories(store)
        labels = {sid: label for sid, label, *_ in store.stories()}
    assert all(after[i] == s for i, s in before.items())  # nothing already grouped moves
    assert after["val-3"] == before["val-1"]
    assert after["dock-2"] == before["dock-1"]
    assert all(0 < len(labels[s]) <= 120 for s in set(after.values()))


# A lone report of a same-topic plot with another protagonist, naming the settled story's
# protagonist in passing: close enough in words to have joined the story before the veto.
ESTMARK_LONE = [
    ("est-lone", "2031-03-23", "Estmark readies Brask mission troops",
     "Estmark is preparing troops for the Brask stabilisation mission, President Anna Velk of Estmark said on "
     "Sunday. Estmark expects to send soldiers next week, Estmark's defence ministry said, and Estmark's "
     "parliament will vote on the plan. Valdoria has also weighed sending troops."),
]


def test_stories_one_article_per_call_keeps_same_topic_stories_apart(tmp_path, nlp):
    """Articles arriving one ingest call at a time: a lone report with another protagonist does not
    join a settled story that shares its topic."""
    with Store(tmp_path / "c.duckdb") as store:
        for n, doc in enumerate(VALDORIA + ESTMARK_LONE):
            ingest([str(write_jsonl(tmp_path / f"{n}.jsonl", [doc]))], store, Options(workers=1))
        stories = _stories(store)
    assert len({stories[i] for i, *_ in VALDORIA}) == 1
    assert stories["est-lone"] != stories["val-1"]
