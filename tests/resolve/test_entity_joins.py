"""Joins across the collection: spelling slips and qualified organisation names."""
from __future__ import annotations

from storyline.models import LocalEntity, Span
from storyline.resolve.entities import resolve_entities


def _local(name: str, etype: str, count: int = 1) -> LocalEntity:
    return LocalEntity(key=name.lower(), name=name, type=etype, mentions=tuple(Span(0, len(name), name) for _ in range(count)))


def test_one_letter_slip_in_a_long_name_across_articles_is_one_person_named_as_most_write_it():
    links = resolve_entities([("a1", _local("Ilsbeth Marrowyn", "PERSON", 3)), ("a2", _local("Ilsbeth Marrowynn", "PERSON"))])
    assert {e.name for e in links.values()} == {"Ilsbeth Marrowyn"}


def test_slip_in_a_short_family_name_is_another_person():
    links = resolve_entities([("a1", _local("Annabeth Smith", "PERSON")), ("a2", _local("Annabeth Smyth", "PERSON"))])
    assert len({e.id for e in links.values()}) == 2


def test_slip_needs_the_same_first_word():
    links = resolve_entities([("a1", _local("Tomas Brandt", "PERSON")), ("a2", _local("Lomas Brandt", "PERSON"))])
    assert len({e.id for e in links.values()}) == 2


def test_organisation_name_with_a_place_before_it_is_that_organisation():
    links = resolve_entities([("a1", _local("Board of Trade", "ORG", 3)), ("a2", _local("Estmark", "GPE")),
                              ("a2", _local("Estmark Board of Trade", "ORG"))])
    assert links[("a2", "estmark board of trade")].id == "e-board-of-trade"


def test_short_name_ending_one_longer_organisation_name_of_another_article_stays_apart():
    links = resolve_entities([("a1", _local("Independent National Electoral Commission", "ORG", 4)),
                              ("a2", _local("Electoral Commission", "ORG"))])
    assert len({e.id for e in links.values()}) == 2


def test_short_name_that_ends_two_organisation_names_stays_apart():
    links = resolve_entities([("a1", _local("Valdorian Armed Forces", "ORG")), ("a2", _local("Estmark Armed Forces", "ORG")),
                              ("a3", _local("Armed Forces", "ORG"))])
    assert len({e.id for e in links.values()}) == 3


def test_country_before_a_generic_name_keeps_it_that_countrys():
    links = resolve_entities([("a1", _local("Supreme Court", "ORG", 3)), ("a2", _local("Norway", "GPE")),
                              ("a2", _local("Norway Supreme Court", "ORG"))])
    assert len({e.id for e in links.values()}) == 3


def test_entity_joins_slip_candidates_are_every_pair_one_edit_apart():
    """The deletion-variant blocking finds, in the same order, the pairs a pass over every pair finds."""
    from storyline.extract.entities.join import one_edit
    from storyline.resolve.entity_joins import _one_edit_candidates
    keys = ["ilse marrow", "ilse marow", "ilse morrow", "ilse marrows", "ilse harrow", "ilse marrow x", "ilse narrov"]
    every = [(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys)) if one_edit(keys[i], keys[j])]
    assert [p for p in _one_edit_candidates(keys) if one_edit(keys[p[0]], keys[p[1]])] == every
    assert (0, 1) in every and (0, 4) in every
