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
