"""Titles before a name belong to the surface form and the roles, not to the name."""
from __future__ import annotations

import pytest


def _person(annotate, text: str, name: str):
    _, layers = annotate(text)
    matches = [e for e in layers.entities if e.name == name]
    assert matches, [(e.name, e.type) for e in layers.entities]
    return matches[0]


@pytest.mark.parametrize(("text", "name", "mention", "roles"), [
    ("Valdoria Army chief Field Marshal Ilse Marrow met Estmark officials on Monday.",
     "Ilse Marrow", "Field Marshal Ilse Marrow", {"Valdoria Army chief", "Field Marshal"}),
    ("Estmark's Defence Minister Tomas Brandt said the border would stay open.",
     "Tomas Brandt", "Defence Minister Tomas Brandt", {"Estmark's Defence Minister"}),
    ("President Hana Sorvik will travel to Estmark next week, the Meridian Council said.",
     "Hana Sorvik", "President Hana Sorvik", {"President"}),
])
def test_title_is_split_from_the_name(annotate, text, name, mention, roles):
    person = _person(annotate, text, name)
    assert person.type == "PERSON"
    assert mention in {m.text for m in person.mentions}
    assert roles <= set(person.roles)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Oskar Lindqvist, Senior Fellow for Northern Studies at the Meridian Council, said the plan would fail.",
     "Oskar Lindqvist", "Senior Fellow for Northern Studies at the Meridian Council"),
    # a hyphenated role word is one word, though the tokenizer splits it
    ("Harlan Brisk, the co-founder of Kestrel Works, said profits rose.", "Harlan Brisk", "co-founder of Kestrel Works"),
    ("Meridian Bank co-founder Oskar Lindqvist said profits rose.", "Oskar Lindqvist", "Meridian Bank co-founder"),
    ("Valdorian vice-premier Ilse Marrow said the talks would resume.", "Ilse Marrow", "Valdorian vice-premier"),
    # a relative clause tells a deed, not the post
    ("Oskar Lindqvist, a Meridian Council economist who has studied the grain trade, said prices would rise.",
     "Oskar Lindqvist", "Meridian Council economist"),
    # predicates give roles: a copula, a relative copula, an appointment
    ("Oskar Lindqvist is the chief executive of Meridian Bank.", "Oskar Lindqvist", "chief executive of Meridian Bank"),
    ("The letter went to Oskar Lindqvist, who was the acting director of the Valdorian Port Authority, on Monday.",
     "Oskar Lindqvist", "acting director of the Valdorian Port Authority"),
    ("Brandt resigned and Oskar Lindqvist has been named acting secretary.", "Oskar Lindqvist", "acting secretary"),
])
def test_apposition_gives_a_role(annotate, text, name, role):
    person = _person(annotate, text, name)
    assert role in person.roles and not any(r in role and r != role for r in person.roles), person.roles


def test_every_mention_slices_back_to_its_text(annotate):
    article, layers = annotate("Estmark's Defence Minister Tomas Brandt said on Monday that Brandt's office agreed.")
    for entity in layers.entities:
        for m in entity.mentions:
            assert article.text[m.start:m.end] == m.text


def test_title_word_opening_an_organisation_name_is_no_title(annotate):
    _, layers = annotate("He won the Premier League title twice with Brandhaven.")
    assert {e.name: e.type for e in layers.entities}.get("Premier League") == "ORG"
    assert not [e for e in layers.entities if e.type == "PERSON"]


def test_entities_titles_family_name_that_is_a_title_word_is_the_person(annotate):
    _, layers = annotate("The rebels freed two hostages, American Kevin King and a local driver. "
                         "King was abducted by gunmen in 2016. The King of Valdoria praised the release.")
    king = next(e for e in layers.entities if e.name == "Kevin King")
    starts = {m.start for m in king.mentions if m.text == "King"}
    assert len(starts) == 1
