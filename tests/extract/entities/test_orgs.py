"""Organisations the model misses or runs into a personal name."""
from __future__ import annotations


def _by_name(layers):
    return {e.name: e for e in layers.entities}


def test_organisation_run_into_a_name_is_split_and_the_role_kept(annotate):
    _, layers = annotate("He discussed the plan with the Secretary of the Meridian Security Council Ilse Marrow in Brandhaven.")
    names = _by_name(layers)
    assert names["Meridian Security Council"].type == "ORG"
    assert names["Ilse Marrow"].type == "PERSON"
    assert "Secretary of the Meridian Security Council" in names["Ilse Marrow"].roles


def test_untagged_organisation_after_a_possessive_is_found(annotate):
    _, layers = annotate("The Chairman of Norway's Sovereignty Council, Tomas Brandt, spoke on Monday.")  # the model: Norway only
    assert _by_name(layers)["Sovereignty Council"].type == "ORG"


def test_title_before_an_organisation_is_the_persons_role_not_the_organisations(annotate):
    _, layers = annotate("The Chairman of Estmark's Sovereignty Council, Tomas Brandt, spoke on Monday.")
    council = next(e for e in layers.entities if e.type == "ORG")
    assert council.roles == () and not council.mentions[0].text.startswith("Chairman")
    assert _by_name(layers)["Tomas Brandt"].roles == ("Chairman of Estmark's Sovereignty Council",)


def test_title_after_an_organisation_is_no_person(annotate):
    _, layers = annotate("The Valdorian Trade Department Inspector General opened an inquiry on Monday.")
    assert not [e for e in layers.entities if e.type == "PERSON"]
