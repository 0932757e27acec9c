"""Types from the words in and around a mention, over the model's guess."""
from __future__ import annotations

import pytest


def _types(layers) -> dict[str, str]:
    return {e.name: e.type for e in layers.entities}


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("The Valdorian Border Forces said on Monday that the crossing would reopen.", "Valdorian Border Forces", "ORG"),
    ("Both sides signed the Estmark Water Agreement in March, officials said.", "Estmark Water Agreement", "LAW"),
    ("Patients were moved from the Korvel Maternity Hospital overnight, doctors said.", "Korvel Maternity Hospital",
     "FAC"),
    ("The news was first reported in the Brightwater newspaper on Tuesday.", "Brightwater", "ORG"),
    ("Fighting spread to Dravik Ossen, the capital of the northern province, on Sunday. Militias entered "
     "Dravik Ossen from the east.", "Dravik Ossen", "GPE"),
])
def test_context_cue_decides_the_type(annotate, text, name, etype):
    assert _types(annotate(text)[1]).get(name) == etype


def test_person_after_a_lower_case_role_noun(annotate):
    _, layers = annotate("The militia's spokesperson Tarek Ombasi said the group had taken the airport.")
    assert _types(layers).get("Tarek Ombasi") == "PERSON"


def test_name_taken_up_by_he_or_she_is_a_person(annotate):
    _, layers = annotate("Kestrel Varnholt has promised she will not sign the port deal with Estmark.")
    assert {e.name: e.type for e in layers.entities}.get("Kestrel Varnholt") == "PERSON"
