"""Unnamed speakers for a named body: a company's spokesperson, a group named by its members."""
from __future__ import annotations


def _source_of(layers, words: str):
    return next(c.source for c in layers.attributions if words in c.content.text)


def test_attributions_owners_company_spokesperson_speaks_for_the_company(annotate):
    _, layers = annotate("Vantor Systems opened a plant in Marlow Springs on Monday.\n"
                         "“We are hiring 200 people this year,” said a Vantor Systems spokesperson.")
    source = _source_of(layers, "hiring 200 people")
    assert source.kind == "organization" and "spokesperson" in source.name


def test_attributions_owners_country_officials_stay_unnamed(annotate):
    _, layers = annotate("Estmark closed its border on Monday.\n"
                         "Estmark officials said the crossing would reopen within a week.")
    assert _source_of(layers, "crossing would reopen").kind != "organization"


def test_attributions_owners_the_members_are_the_group_their_name_describes(annotate):
    _, layers = annotate("The nurses, members of a new group Nurses for Clean Wards, wrote to the hospital board.\n"
                         "The nurses said the wards in Marlow Springs were overcrowded.")
    assert _source_of(layers, "wards in Marlow Springs were overcrowded").name == "Nurses for Clean Wards"


def test_attributions_owners_capitalised_role_word_closing_a_paper_name_is_the_paper(annotate):
    _, layers = annotate("Governor Daniel Harper launched the campaign on Monday. The campaign cost the state "
                         "400,000 dollars, according to the Sioux City Argus Leader.")
    source = _source_of(layers, "400,000 dollars")
    assert source.name != "Daniel Harper" and "Argus" in source.name
