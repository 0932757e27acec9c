"""Post-model entity rules that act only on evidence in the text: family names, given names,
role nouns, short forms of one organisation, compass words, roles without junk."""
from __future__ import annotations


def _by_name(layers):
    return {e.name: e for e in layers.entities}


def _holder(layers, form):
    return [e for e in layers.entities if form in {m.text for m in e.mentions}]


def test_entities_generational_suffix_keeps_the_family_name(annotate):
    _, layers = annotate("Patrick W. Tavelli Jr., 55, of Halvergate, pleaded guilty on Monday. "
                         "Tavelli faces up to ten years in prison.")
    holders = _holder(layers, "Tavelli")
    assert len(holders) == 1 and holders[0].type == "PERSON"
    assert "Patrick W. Tavelli Jr." in {m.text for m in holders[0].mentions}


def test_entities_name_variants_of_one_person_join(annotate):
    _, layers = annotate("Patrick W. Tavelli Jr. pleaded guilty on Monday. Pat Tavelli, as friends call him, "
                         "said nothing. Patrick Tavelli Jr. left the court.")
    holders = {e.key for form in ("Pat Tavelli", "Patrick W. Tavelli Jr.", "Patrick Tavelli Jr.")
               for e in _holder(layers, form)}
    assert len(holders) == 1


def test_entities_one_word_short_form_joins_its_organisation(annotate):
    _, layers = annotate("Engineers at the Corvath Space Flight Center studied the plume. "
                         "Scientists at Corvath said the data were clear.")
    holders = _holder(layers, "Corvath")
    assert len(holders) == 1 and holders[0].type != "PERSON"


def test_entities_place_is_not_the_body_named_after_it(annotate):
    _, layers = annotate("The Valdoria Public Utilities Commission met in Halvergate. "
                         "Valdoria has 40 million people, and Valdoria's winters are long.")
    commission = _holder(layers, "Valdoria Public Utilities Commission")
    assert commission and "Valdoria" not in {m.text for m in commission[0].mentions}


def test_entities_role_noun_before_a_name_makes_a_person(annotate):
    _, layers = annotate("The company's executive chair Marcelo Quintaro wrote to staff on Monday.")
    assert _holder(layers, "Marcelo Quintaro")[0].type == "PERSON"


def test_entities_compass_word_keeps_a_place(annotate):
    _, layers = annotate("Settlers moved into the West Bank south of Halvergate on Tuesday.")
    holders = _holder(layers, "West Bank")
    assert holders and holders[0].type in ("GPE", "LOC")


def test_roles_are_descriptions_not_clauses(annotate):
    _, layers = annotate("Questions remain about whether Kestrel's founder and former chief executive, "
                         "Adam Tovey, will keep his shares. Lina Parr, a teacher at Richmond High School, "
                         "joined the rally.")
    roles = [r for e in layers.entities for r in e.roles]
    assert not any(r.lower().startswith("whether") or r.lower() == "entity" for r in roles)
    parr = _holder(layers, "Lina Parr")[0]
    assert any("teacher" in r for r in parr.roles)


def test_entities_clause_word_is_cut_from_a_name(annotate):
    _, layers = annotate("Ilse Marrow said in an email to The Meridian Press that the plant would close.")
    assert "Meridian Press" in {e.name for e in layers.entities}


def test_roles_keep_their_lower_case_modifiers_and_stop_at_a_second_apposition(annotate):
    _, layers = annotate("NASA planetary scientist Lucas Pagano led the study. Jeff Sandborn, president of "
                         "Chapter & Verse, a Halvergate design agency, spoke on Monday.")
    assert "NASA planetary scientist" in _holder(layers, "Lucas Pagano")[0].roles
    assert "president of Chapter & Verse" in _holder(layers, "Jeff Sandborn")[0].roles


def test_entities_inverted_department_name_is_one_body(annotate):
    _, layers = annotate("The Department of Coastal Security declined. A Coastal Security Department spokesperson "
                         "said the policy stood. Coastal Security did not reply.")
    holders = {e.key for form in ("Department of Coastal Security", "Coastal Security Department", "Coastal Security")
               for e in _holder(layers, form)}
    assert len(holders) == 1


def test_entities_hospital_where_people_work_is_an_organisation(annotate):
    _, layers = annotate("Li Hanwei, a doctor at Chaoyang Hospital, wrote a post on Monday.")
    assert _holder(layers, "Chaoyang Hospital")[0].type == "ORG"
