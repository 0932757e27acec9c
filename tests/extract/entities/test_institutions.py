"""National institutions named with a common noun become one named body of one country."""
from __future__ import annotations

import pytest

from storyline.extract.entities.institutions import institution_name
from storyline.lexicon import table_rows
from storyline.lexicon.gazetteer import country_named


def _forms(layers) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in layers.entities}


def test_bare_army_after_a_qualified_one_is_that_army(annotate):
    _, layers = annotate("The Norwegian army held a winter drill near the border. The army said the drill was routine.")
    assert _forms(layers)["Norwegian Army"] == {"Norwegian army", "army"}


def test_curated_name_wins_over_the_pattern_and_joins_the_military(annotate):
    _, layers = annotate("The Sudanese military moved north. Later the army said it had regrouped.")
    assert _forms(layers)["Sudanese Armed Forces"] == {"Sudanese military", "army"}


def test_bare_parliament_is_the_home_countrys(annotate):
    _, layers = annotate("OSLO: Norway will decide after a debate. Norway's ministers said parliament must vote first.")
    assert _forms(layers)["Parliament of Norway"] == {"parliament"}


def test_government_of_a_country_and_its_bare_repeat(annotate):
    _, layers = annotate("The federal government of Norway has said the decision rests with the federal government alone.")
    assert _forms(layers)["Government of Norway"] == {"federal government of Norway", "federal government"}


@pytest.mark.parametrize("text", [
    "Officials said the military leadership met on Monday.",  # a modifier, not the body
    "The army said the drill was routine.",  # no country anywhere: nothing to name it after
    "The Norwegian government said the drill was routine.",  # the country acting, through its nationality word
])
def test_no_body_without_a_country_or_as_a_modifier(annotate, text):
    _, layers = annotate(text)
    assert not [e for e in layers.entities if e.type == "ORG"]


def test_ministry_is_named_after_its_country(annotate):
    _, layers = annotate("The Norwegian Defence Ministry said on Monday that the drill was routine.")
    assert "Norwegian Ministry of Defence" in _forms(layers)


def test_institution_names_follow_the_pattern_unless_curated():
    assert institution_name("Norway", "army") == "Norwegian Army"
    assert institution_name("Norway", "military") == "Norwegian Armed Forces"
    assert institution_name("Norway", "parliament") == "Parliament of Norway"
    assert institution_name("Pakistan", "army") == "Pakistan Army"


def test_curated_table_names_only_known_countries_and_kinds():
    for country, kind, _ in table_rows("en", "institutions.tsv"):
        assert country_named(country) == country
        assert kind in {"army", "military", "parliament", "government"}


def test_tagged_bare_body_without_a_country_stays_as_tagged(annotate):
    _, layers = annotate("The plan now goes to Parliament, where the opposition holds a majority.")  # model: ORG
    assert [e.type for e in layers.entities if e.name == "Parliament"] == ["ORG"]
