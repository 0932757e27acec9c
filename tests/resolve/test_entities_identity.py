"""One canonical entity, with a stable id, per referent across the collection."""
from __future__ import annotations

from storyline.models import LocalEntity, Span
from storyline.resolve.entities import resolve_entities


def _local(name: str, etype: str, *forms: str, key: str | None = None) -> LocalEntity:
    mentions = tuple(Span(0, len(f), f) for f in (forms or (name,)))
    return LocalEntity(key=key or name.lower(), name=name, type=etype, mentions=mentions)


def test_country_aliases_share_one_entity():
    links = resolve_entities([("a1", _local("US", "GPE")), ("a2", _local("U.S.", "GPE")),
                              ("a3", _local("United States", "GPE"))])
    assert {e.id for e in links.values()} == {"e-united-states"}
    assert {e.name for e in links.values()} == {"United States"}


def test_surname_joins_the_one_full_name_of_the_collection():
    links = resolve_entities([("a1", _local("Ilse Marrow", "PERSON")), ("a2", _local("Marrow", "PERSON"))])
    assert links[("a2", "marrow")].id == "e-ilse-marrow"


def test_acronym_defined_in_one_article_means_the_same_everywhere():
    links = resolve_entities([
        ("a1", _local("Valdorian Liberation Front", "ORG", "Valdorian Liberation Front", "VLF")),
        ("a2", _local("VLF", "ORG")),
    ])
    assert links[("a2", "vlf")] == links[("a1", "valdorian liberation front")]


def test_abbreviated_prefix_is_the_full_name():
    links = resolve_entities([("a1", _local("U.N. Basin Council", "ORG")),
                              ("a2", _local("United Nations Basin Council", "ORG"))])
    assert {e.id for e in links.values()} == {"e-united-nations-basin-council"}


def test_ids_are_stable_across_runs_and_order():
    items = [("a1", _local("Meridian Council", "ORG")), ("a2", _local("Hana Sorvik", "PERSON"))]
    assert resolve_entities(items) == resolve_entities(list(reversed(items)))


def test_entities_hyphenated_name_opening_with_an_alias_keeps_its_own_name() -> None:
    # "US-Mexico" matches the alias "us" only as part of a hyphenated word: no expansion, no crash
    from storyline.models import LocalEntity, Span
    from storyline.resolve.entities import resolve_entities
    local = LocalEntity(key="us-mexico border commission", name="US-Mexico Border Commission", type="ORG",
                        mentions=(Span(0, 27, "US-Mexico Border Commission"),))
    (entity,) = resolve_entities([("a1", local)]).values()
    assert entity.name == "US-Mexico Border Commission"


def test_lone_given_name_in_another_article_is_not_linked_to_a_full_name():
    links = resolve_entities([("a1", _local("Chelsea Varn", "PERSON")), ("a2", _local("Chelsea", "PERSON"))])
    assert links[("a2", "chelsea")].id != links[("a1", "chelsea varn")].id


def test_entities_word_never_called_a_person_is_no_family_name():
    """'the Moon' of a space report is not the poet Dara Lee Moon of another (fictional) report."""
    links = resolve_entities([("a1", _local("Dara Lee Moon", "PERSON")), ("a2", _local("Moon", "LOC"))])
    assert links[("a1", "dara lee moon")].id != links[("a2", "moon")].id


def test_entities_surname_mistyped_as_an_organisation_still_joins():
    links = resolve_entities([("a1", _local("Ilse Marrow", "PERSON")), ("a2", _local("Marrow", "ORG"))])
    assert links[("a1", "ilse marrow")].id == links[("a2", "marrow")].id
