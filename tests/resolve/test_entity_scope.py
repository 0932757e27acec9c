"""One ingest call re-resolves only the keys it can change, and gets what a resolution of every
stored local entity gets (real DuckDB store, fictional names).

Each call brings a case that reaches keys the call itself does not write: a short name, a
short name made ambiguous, a slip of one letter, a qualifier, an acronym changing its majority,
and a display name that another key's entity already has.
"""
from __future__ import annotations

import duckdb

from storyline.models import AnnotatedArticle, Article, Layers, LocalEntity, Span
from storyline.pipeline import store_results
from storyline.resolve.entities import resolve_entities
from storyline.resolve.entity_scope import key_probes, resolution_scope
from storyline.settings import Options
from storyline.store import Store

# (article id, [(name, type, mention forms)]) per call
CALLS = [
    [("c1-a", [("Ilse Marrow", "PERSON", ()), ("Corvan", "ORG", ()), ("Tomas Vendrell", "PERSON", ())]),
     ("c1-b", [("Northgate Port Authority", "ORG", ("Northgate Port Authority", "NPA")),
               ("Harbour Board", "ORG", ()), ("Lindholm", "GPE", ())])],
    [("c2-a", [("Marrow", "PERSON", ()), ("Tomas Vendrel", "PERSON", ())]),
     ("c2-b", [("NPA", "ORG", ()), ("Lindholm Harbour Board", "ORG", ())])],
    [("c3-a", [("Pel Marrow", "PERSON", ()), ("Corvan", "NORP", ())]),
     ("c3-b", [("National Pilots Association", "ORG", ("National Pilots Association", "NPA", "NPA"))])],
    [("c4-a", [("Marrow", "PERSON", ()), ("Vendrell", "PERSON", ()), ("Ostwick Harbour Board", "ORG", ())])],
]


def _article(ident: str, entities: list[tuple[str, str, tuple[str, ...]]], day: int) -> AnnotatedArticle:
    text = ". ".join(f for name, _, forms in entities for f in (forms or (name,))) + "."
    locals_, at = [], 0
    for name, etype, forms in entities:
        spans = []
        for form in forms or (name,):
            at = text.index(form, at)
            spans.append(Span(at, at + len(form), form))
            at += len(form)
        locals_.append(LocalEntity(key=name.lower(), name=name, type=etype, mentions=tuple(spans)))
    article = Article(id=ident, source=f"test:{ident}", url=None, title=None, outlet=None,
                      published=f"2031-03-{day:02d}", authors=(), text=text, language="en")
    return AnnotatedArticle(article=article, layers=Layers(entities=tuple(locals_)))


def _links(store: Store) -> dict[tuple[str, str], tuple[str, str, str]]:
    return {(aid, key): (e.id, e.name, e.type) for aid, by_key in store.all_entity_links().items()
            for key, e in by_key.items()}


def test_entity_scope_each_call_equals_a_resolution_of_every_local_entity(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for day, call in enumerate(CALLS, start=1):
            store_results([_article(ident, ents, day) for ident, ents in call], store, Options(workers=1))
            scratch = resolve_entities(store.local_entities())
            assert _links(store) == {ref: (e.id, e.name, e.type) for ref, e in scratch.items()}, f"call {day}"
        links = _links(store)
    assert links[("c2-a", "tomas vendrel")][0] == links[("c1-a", "tomas vendrell")][0]  # the slip joined
    assert links[("c2-b", "npa")][1] == "National Pilots Association"  # the majority moved
    assert links[("c4-a", "marrow")][1] == "Marrow"  # two Marrows: the bare name joins neither
    assert links[("c3-a", "corvan")][0] == links[("c1-a", "corvan")][0]  # one display name, one entity


def test_entity_scope_reaches_the_keys_a_new_name_can_change(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for day, call in enumerate(CALLS[:2], start=1):
            store_results([_article(ident, ents, day) for ident, ents in call], store, Options(workers=1))
        scope = resolution_scope(store, {"pel marrow", "npa"})
    # a name ending so and the short name with its group, the acronym and the name it was written
    # for; not the rest
    assert {"marrow", "ilse marrow", "npa", "northgate port authority"} <= scope
    assert not scope & {"corvan", "harbour board", "tomas vendrell"}


def test_entity_scope_probes_of_a_key():
    probes = key_probes("lindholm harbour board")
    assert ("s", "harbour board") in probes and ("s", "board") in probes
    assert ("p", "lindholm") in probes and ("p", "lindholm harbour") in probes
    assert ("v", "lindholm harbor board".replace("harbor", "harbur")) in probes  # one letter dropped


def test_entity_scope_probes_filled_for_a_store_made_before_them(tmp_path):
    """A store whose keys were never probed (made before migration 9) is probed on its next call,
    which then resolves as a pass over every local entity does."""
    with Store(tmp_path / "s.duckdb") as store:
        for day, call in enumerate(CALLS[:2], start=1):
            store_results([_article(ident, ents, day) for ident, ents in call], store, Options(workers=1))
    with duckdb.connect(str(tmp_path / "s.duckdb")) as con:  # what migration 9 leaves in such a store
        con.execute("DELETE FROM entity_key_probes")
        con.execute("UPDATE collection_index_state SET filled = false WHERE name = 'entity_probes'")
    with Store(tmp_path / "s.duckdb") as store:
        store_results([_article(ident, ents, 3) for ident, ents in CALLS[2]], store, Options(workers=1))
        assert store.index_filled("entity_probes") and not store.unprobed_keys()
        scratch = resolve_entities(store.local_entities())
        assert _links(store) == {ref: (e.id, e.name, e.type) for ref, e in scratch.items()}


def test_entity_scope_nationalities_as_the_ordered_pass_finds_them(tmp_path):
    """stored_nationalities orders only the places a nationality could match, and finds what
    nationality_countries finds over every place in order of first link."""
    from storyline.resolve.stories.collect import stored_nationalities
    from storyline.resolve.stories.features import nationality_countries
    calls = [[("n1", [("Valdor", "GPE", ()), ("Estmark", "GPE", ())])],
             [("n2", [("Valdoria", "GPE", ()), ("Valdorian", "NORP", ()), ("Estmarker", "NORP", ())])]]
    with Store(tmp_path / "s.duckdb") as store:
        for day, call in enumerate(calls, start=1):
            store_results([_article(ident, ents, day) for ident, ents in call], store, Options(workers=1))
        found = stored_nationalities(store)
        assert found == nationality_countries(store.linked_entities(("GPE", "NORP")))
    assert found["e-valdorian"].name == "Valdor"  # both places open the name: the first linked wins
    assert found["e-estmarker"].name == "Estmark"
