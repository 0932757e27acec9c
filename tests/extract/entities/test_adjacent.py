"""One organisation's name that the model cut in two is joined; two names that touch stay two."""
from __future__ import annotations

from storyline.extract.entities.adjacent import join_adjacent_names


def test_entities_adjacent_organisation_and_one_word_are_one_name(nlp):
    doc = nlp("Contracts went to Harlan Kestrel, Orbit Beyond and Deepwell Systems.")
    # "Harlan Kestrel" as the model sometimes cuts a company: "Harlan" ORG, "Kestrel" PERSON
    assert join_adjacent_names(doc, [(3, 4, "ORG"), (4, 5, "PERSON"), (6, 8, "ORG")]) == [(3, 5, "ORG"), (6, 8, "ORG")]


def test_entities_adjacent_owner_place_or_person_stays_apart(nlp):
    doc = nlp("Valdor’s Kestrel unit met Estmark Harlan Brisk in Sellin.")
    spans = [(0, 2, "ORG"), (2, 3, "ORG"), (5, 6, "GPE"), (6, 8, "PERSON")]
    assert join_adjacent_names(doc, spans) == spans


def test_entities_adjacent_clause_word_ends_no_name(nlp):
    doc = nlp("She wrote to The Meridian Post that Brisk had left.")
    # the model's span "The Meridian Post that" then the person "Brisk"
    spans = [(3, 7, "ORG"), (7, 8, "PERSON")]
    assert join_adjacent_names(doc, spans) == spans
