"""Short forms, slips and capitals that are one referent within an article."""
from __future__ import annotations

import pytest

from storyline.extract.entities.group import Found, group_mentions


def _holders(layers, form: str) -> list[str]:
    return [e.name for e in layers.entities if any(m.text == form for m in e.mentions)]


@pytest.mark.parametrize(("text", "short", "full"), [
    ("Kenya accused the Kenyan Harbour Front of shelling the border. The Harbour Front denied it on Friday.",
     "Harbour Front", "Kenyan Harbour Front"),
])
def test_short_form_joins_its_fuller_name(annotate, text, short, full):
    _, layers = annotate(text)
    assert _holders(layers, short) == _holders(layers, full)


def test_one_letter_slip_in_a_long_name_is_the_same_referent(annotate):
    _, layers = annotate("The Council of Harbours met on Monday. The Council of Harboursh will meet again in May.")
    assert len({*_holders(layers, "Council of Harbours"), *_holders(layers, "Council of Harboursh")}) == 1


def test_lower_case_definition_of_an_acronym_names_it(annotate):
    _, layers = annotate("Estmark will join an international monitoring mission (IMM) next year. The IMM has 900 staff.")
    assert "International Monitoring Mission" in _holders(layers, "IMM")


def test_capital_acting_once_takes_its_place_mentions_too(annotate):
    _, layers = annotate("Berlin said on Monday it would send aid. Talks were held in Berlin later that week.")
    assert _holders(layers, "Berlin") == ["Germany"]


def test_entities_joins_newspaper_named_by_its_last_word(annotate):
    _, layers = annotate("Sue Lin Wee reported on it for the New York Times. "
                         "The censors were instructed, Wee of the Times reports.")
    names = {e.name: {m.text for m in e.mentions} for e in layers.entities}
    assert names["New York Times"] >= {"New York Times", "Times"}
    assert "Wee" in names["Sue Lin Wee"]


def test_entities_joins_short_form_of_a_building_typed_either_way(annotate):
    _, layers = annotate("Teachers rallied at the Indiana Statehouse on Tuesday. Indiana lawmakers met inside the Statehouse.")
    holders = [e for e in layers.entities if "Statehouse" in {m.text for m in e.mentions}]
    assert len(holders) == 1 and holders[0].name == "Indiana Statehouse"


def test_entities_joins_first_word_the_model_calls_a_place_but_no_table_knows():
    text = "Quorvex Orbital Systems won the contract. Quorvex will fly in 2031."
    found = [Found(0, 23, "Quorvex Orbital Systems", "ORG"), Found(42, 49, "Quorvex", "GPE")]
    assert len(group_mentions(text, found)) == 1


def test_entities_joins_first_word_that_is_a_known_place_stays_the_place():
    text = "Denver Aerospace Works won the contract. Denver will host the launch."
    found = [Found(0, 22, "Denver Aerospace Works", "ORG"), Found(41, 47, "Denver", "GPE")]
    assert len(group_mentions(text, found)) == 2
