"""A bare word the model calls a person, with no given name, title or role anywhere, is no person."""
from __future__ import annotations

from storyline.models import LocalEntity, Span
from storyline.resolve.entities import resolve_entities


def _local(name: str, etype: str, *forms: str, roles: tuple[str, ...] = ()) -> LocalEntity:
    mentions = tuple(Span(0, len(f), f) for f in (forms or (name,)))
    return LocalEntity(key=name.lower(), name=name, type=etype, mentions=mentions, roles=roles)


def test_entities_lone_word_without_evidence_is_not_a_person():
    links = resolve_entities([("a1", _local("Zyntrex", "PERSON")), ("a2", _local("Zyntrex", "PERSON"))])
    assert {e.type for e in links.values()} == {"ORG"}


def test_entities_family_name_of_a_full_name_stays_a_person():
    links = resolve_entities([("a1", _local("Ilse Marrow", "PERSON")), ("a2", _local("Marrow", "PERSON"))])
    assert links[("a2", "marrow")].type == "PERSON"


def test_entities_titled_or_roled_word_stays_a_person():
    links = resolve_entities([("a1", _local("Marrow", "PERSON", "President Marrow")),
                              ("a2", _local("Tovey", "PERSON", roles=("coach",)))])
    assert {e.type for e in links.values()} == {"PERSON"}
