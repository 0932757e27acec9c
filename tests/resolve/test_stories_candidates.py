"""A call reads the stored stories sharing an entity that can give an actor key with its new
articles (a person, an organisation, a country), not those sharing only a place below a country
(real DuckDB store, fictional names)."""
from __future__ import annotations

from storyline.pipeline import store_results
from storyline.resolve.stories.collect import _candidates, stored_nationalities
from storyline.settings import Options
from storyline.store import Store
from tests.resolve.test_entity_scope import _article

STORED = [("harbour-1", [("Ilse Marrow", "PERSON", ()), ("Lindport", "GPE", ())]),
          ("fair-1", [("Oda Kellwick", "PERSON", ()), ("Lindport", "GPE", ())])]


def test_stories_candidates_a_shared_place_alone_does_not_select(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for item in STORED:  # one call each: two stories
            store_results([_article(*item, day=1)], store, Options(workers=1))
        store_results([_article("harbour-2", [("Ilse Marrow", "PERSON", ()), ("Lindport", "GPE", ())], day=2)],
                      store, Options(workers=1))
        stories = {s.article.id: s.story for s in store.articles()}
        assert stories["harbour-1"] != stories["fair-1"]
        read = _candidates(store, ["harbour-2"], stored_nationalities(store))
    assert read == [stories["harbour-1"]]  # the Lindport fair is not read: it shares only the town
