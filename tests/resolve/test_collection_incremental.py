"""The collection stages over one ingest call at a time give what a pass over the whole store gives.

Fictional reports (tests/analyze/corpus.py) arrive in three calls; the later calls bring a wire
copy, a copy published before its original but ingested after it, and a second "Marrow" that
makes the family name ambiguous for entities already linked.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.collection import mark_duplicates
from storyline.pipeline import ingest
from storyline.resolve.duplicates import OriginalIndex
from storyline.resolve.entities import resolve_entities
from storyline.resolve.stories import group_articles
from storyline.resolve.stories.collect import _reader
from storyline.resolve.stories.features import nationality_countries
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.corpus import ESTMARK, STRIKE, VALDORIA, write_jsonl

COPY = ("dock-1-wire", "2031-03-05", STRIKE[0][2], STRIKE[0][3])
EARLY_COPY = ("val-2-early", "2031-03-19", VALDORIA[1][2], VALDORIA[1][3])
OTHER_MARROW = [("mar-1", "2031-03-24", "Harbour chief Pel Marrow resigns",
                 "Pel Marrow, the chief of the Lindholm harbour board, resigned on Monday, the board said. "
                 "Marrow had run the harbour for nine years.")]
CALLS = [[VALDORIA[0], STRIKE[0], ESTMARK[0]], [VALDORIA[1], ESTMARK[1], COPY],
         [VALDORIA[2], STRIKE[1], EARLY_COPY, *OTHER_MARROW]]


@pytest.fixture(scope="module")
def collected(tmp_path_factory, nlp) -> tuple[Path, dict[str, str]]:
    """The store after the three calls, and the stories the last call's articles were given."""
    tmp = tmp_path_factory.mktemp("incremental")
    path = tmp / "c.duckdb"
    with Store(path) as store:
        for k, call in enumerate(CALLS):
            ingest([str(write_jsonl(tmp / f"call-{k}.jsonl", call))], store, Options(workers=1))
        last = {s.article.id: s.story for s in store.articles() if s.article.id in {c[0] for c in CALLS[-1]}}
    return path, last


def test_collection_incremental_entities_equal_a_resolution_of_every_local_entity(collected):
    path, _ = collected
    with Store(path) as store:
        scratch = resolve_entities(store.local_entities())
        stored = store.all_entity_links()
    assert {ref: (e.id, e.name, e.type) for ref, e in scratch.items()} == \
        {(aid, key): (e.id, e.name, e.type) for aid, by_key in stored.items() for key, e in by_key.items()}


def test_collection_incremental_entities_relink_a_family_name_made_ambiguous(collected):
    path, _ = collected
    with Store(path) as store:
        names = {e.name for by_key in store.all_entity_links().values() for e in by_key.values()}
    assert {"Ilse Marrow", "Pel Marrow"} <= names


def test_collection_incremental_duplicates_equal_a_pass_over_every_article(collected):
    path, _ = collected
    with Store(path) as store:
        rows = store.fingerprints()
        marked = {ident: duplicate_of for ident, _, _, duplicate_of in rows if duplicate_of}
    originals, scratch = OriginalIndex(Options().duplicate_threshold), {}
    for ident, _, sig, _ in rows:
        found = originals.find(sig)
        if found is None:
            originals.add(ident, sig)
        else:
            scratch[ident] = found
    assert marked == scratch
    assert marked["dock-1-wire"] == "dock-1"
    assert marked["val-2"] == "val-2-early"  # the copy published first is the original


def test_collection_incremental_stories_equal_grouping_against_every_stored_story(collected):
    """The last call's assignments, regrouped against every stored story (no window, no blocking
    by entity), are the ones the call made against its candidate stories."""
    path, last = collected
    with Store(path) as store:
        store.con.execute("UPDATE articles SET story = NULL WHERE list_contains(?, id)", [list(last)])
        new_ids = store.unassigned_ids()
        stories = sorted({s.story for s in store.articles() if s.story})
        stored = store.story_member_ids(stories)
        countries = nationality_countries(store.linked_entities(("GPE", "NORP")))
        read = _reader(store, [i for ids in stored.values() for i in ids] + new_ids, countries)
        grouping = group_articles({sid: [read(i) for i in ids] for sid, ids in stored.items()},
                                  [read(i) for i in new_ids])
    assert not grouping.merges
    assert grouping.assigned == last


def test_collection_incremental_rerun_of_duplicates_changes_nothing(collected, tmp_path):
    path, _ = collected
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(path.read_bytes())
    with Store(copy) as store:
        before = {i: d for i, _, _, d in store.fingerprints()}
        mark_duplicates(store, Options())
        assert {i: d for i, _, _, d in store.fingerprints()} == before
