"""Which pronoun the text uses for each person it names."""
from __future__ import annotations

from storyline.extract.attributions.gender import genders
from storyline.models import LocalEntity, Span


def _person(text: str, key: str, name: str) -> LocalEntity:
    at = text.index(name)
    return LocalEntity(key=key, name=name, type="PERSON", mentions=(Span(at, at + len(name), name),))


def test_gender_pronoun_after_an_owner_is_not_the_owners():
    text = "Greta Holm, Peter Lind’s lawyer, said her client had not meant harm. Lind said he was sorry."
    found = genders(text, (_person(text, "holm", "Greta Holm"), _person(text, "lind", "Peter Lind")))
    assert found.get("lind") != "f"


def test_gender_pronoun_after_a_subject_is_the_subject():
    text = "Greta Holm said she would appeal."
    assert genders(text, (_person(text, "holm", "Greta Holm"),)) == {"holm": "f"}
