"""The read API: one Filter means the same on every list, and an entity is an id or any of its names."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline import analyze
from storyline.analyze import Filter, Paging
from storyline.errors import StorylineError
from storyline.store import Store
from tests.api.demo_store import demo_store_copy


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path: Path = demo_store_copy(tmp_path_factory.mktemp("reads"), "reads")
    with Store(path, read_only=True) as opened:
        yield opened


def test_reads_entity_by_id_name_or_alias_is_one_filter(store: Store) -> None:
    marrow = analyze.view_entity(store, "e-ilse-marrow").entity
    for name in (marrow.id, marrow.name, marrow.name.lower(), "Marrow"):
        assert analyze.list_events(store, Filter(actor=name)) == analyze.list_events(store, Filter(actor=marrow.id))
        assert analyze.list_claims(store, Filter(entity=name)) == analyze.list_claims(store, Filter(entity=marrow.id))


def test_reads_events_actor_is_within_entity(store: Store) -> None:
    entity = analyze.list_entities(store, Filter(name="Valdoria"), order="articles").items[0].entity
    as_actor = analyze.list_events(store, Filter(actor=entity.name)).items
    either = analyze.list_events(store, Filter(entity=entity.name)).items
    assert as_actor and all(r.actor_id == entity.id for r in as_actor)
    assert {(r.article.id, r.event) for r in as_actor} <= {(r.article.id, r.event) for r in either}


@pytest.mark.parametrize(("f", "code"), [(Filter(entity="Nobody Known"), "E103"), (Filter(story="s-none"), "E102"),
                                         (Filter(modality="rumoured"), "E105")])
def test_reads_unknown_filter_values_are_coded_errors(store: Store, f: Filter, code: str) -> None:
    with pytest.raises(StorylineError) as raised:
        analyze.list_events(store, f)
    assert str(raised.value).endswith(f"[{code}]")


def test_reads_pages_split_the_whole_list(store: Store) -> None:
    whole = analyze.list_claims(store).items
    pages = [analyze.list_claims(store, paging=Paging(n, 5)) for n in range(0, len(whole), 5)]
    assert [item for page in pages for item in page.items] == whole
    assert {page.total for page in pages} == {len(whole)}


def test_reads_entity_view_articles_add_up_its_appearances(store: Store) -> None:
    view = analyze.view_entity(store, "Valdoria")
    assert sum(a.mentions for a in view.articles) == sum(len(a.local.mentions) for a in view.appearances)
    assert [a.article_id for a in view.articles] == list(dict.fromkeys(a.article.id for a in view.appearances))
