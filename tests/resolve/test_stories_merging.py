"""Stored stories that a later report shows to be one: merged through the story log, never silently.

Fictional: a crane collapse at a port and a hospital treating six workers, first reported apart;
a third report tells that the crane injured those workers.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.corpus import write_jsonl

CRANE = ("crane-1", "2031-08-04", "Crane collapses at Velmor container port",
         "A container crane collapsed at Velmor's Sundkaj terminal on Monday, harbour master Tove Lindqvist said. "
         "The crane's operator, Ostrand Logistics, halted work at the Sundkaj terminal. Lindqvist said inspectors "
         "from Ostrand Logistics would examine the crane's base.")
CLINIC = ("clinic-1", "2031-08-05", "Six workers treated at Velmor General Hospital",
          "Velmor General Hospital treated six injured workers on Tuesday, its chief surgeon Halla Brenner said. "
          "Brenner said two of the workers remained in intensive care at Velmor General Hospital, and that their "
          "families had been told.")
BRIDGE = ("crane-2", "2031-08-06", "Crane collapse at Sundkaj terminal injured six workers",
          "The crane that collapsed at the Sundkaj terminal injured six Ostrand Logistics workers, who were taken to "
          "Velmor General Hospital, harbour master Tove Lindqvist said on Wednesday. Chief surgeon Halla Brenner said "
          "two of the injured workers remained in intensive care, and Halla Brenner said their families had been told.")

LATER = ("crane-3", "2031-08-08", "Injured Sundkaj crane workers recovering",
         "Ostrand Logistics said on Friday that the six workers hurt when the Sundkaj crane collapsed are recovering "
         "at Velmor General Hospital. Chief surgeon Halla Brenner said the two workers in intensive care were "
         "improving, and harbour master Tove Lindqvist said the Sundkaj terminal would reopen.")


def _ingest_one_by_one(store: Store, tmp: Path, docs) -> list[dict[str, str]]:
    seen = []
    for n, doc in enumerate(docs):
        ingest([str(write_jsonl(tmp / f"{n}.jsonl", [doc]))], store, Options(workers=1))
        seen.append({s.article.id: s.story for s in store.articles()})
    return seen


@pytest.fixture(scope="module")
def merged(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("merge")
    with Store(tmp / "c.duckdb") as store:
        seen = _ingest_one_by_one(store, tmp, [CRANE, CLINIC, BRIDGE])
        return seen, store.story_log(), store.stories()


def test_stories_merging_keeps_unrelated_first_reports_apart(merged):
    seen, *_ = merged
    assert seen[1]["crane-1"] != seen[1]["clinic-1"]


def test_stories_merging_bridging_report_merges_the_stored_stories(merged):
    seen, _, stories = merged
    assert len({seen[2][a] for a in ("crane-1", "clinic-1", "crane-2")}) == 1
    assert len(stories) == 1 and stories[0][2] == 3  # the absorbed story's row is gone


def test_stories_merging_is_logged_with_its_reason(merged):
    seen, log, _ = merged
    (entry,) = log
    assert entry.action == "merge" and entry.articles == ("clinic-1",)
    assert entry.story == seen[2]["crane-1"] and entry.other == seen[1]["clinic-1"]
    assert entry.score is not None and entry.score >= 0.14 and "likeness" in entry.reason


def test_stories_merging_never_undoes_a_split_by_hand(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        seen = _ingest_one_by_one(store, tmp_path, [CRANE, CLINIC, BRIDGE])
        store.split_story(seen[-1]["clinic-1"], ["clinic-1"], label="", reason="the hospital is another story")
        ingest([str(write_jsonl(tmp_path / "later.jsonl", [LATER]))], store, Options(workers=1))
        after = {s.article.id: s.story for s in store.articles()}
        actions = [e.action for e in store.story_log()]
    assert after["clinic-1"] != after["crane-1"]
    assert actions == ["merge", "split"]
