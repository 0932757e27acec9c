"""Acronyms and the names they spell within one article, over fictional sentences."""
from __future__ import annotations

from storyline.extract.entities.join import initials_of


def _entity_with(layers, form):
    return [e for e in layers.entities if form in {m.text for m in e.mentions}]


def test_entities_acronyms_initials_skip_legal_forms_and_ampersands():
    assert initials_of("Kestrel Gas & Electric Co.") == "KGE"
    assert initials_of("Doctors for Camp Closure") == "DCC"


def test_entities_acronyms_unbracketed_acronym_joins_its_name(annotate):
    _, layers = annotate("Kestrel Gas & Electric Co. began shutting off power on Monday. "
                         "KG&E officials said the winds would stay strong.")
    holders = _entity_with(layers, "KG&E")
    assert len(holders) == 1 and "Kestrel Gas & Electric Co." in {m.text for m in holders[0].mentions}


def test_entities_acronyms_untagged_acronym_is_found(annotate):
    _, layers = annotate("The Wide Health Organization tracks the cases. Untreated, the fever is always fatal, says WHO.")
    holders = _entity_with(layers, "WHO")
    assert len(holders) == 1 and holders[0].name == "Wide Health Organization"


def test_entities_acronyms_cut_name_is_recovered_whole(annotate):
    _, layers = annotate("The doctors offered a clinic at the Halver, Valdoria, Customs and Border Protection "
                         "processing facility. Three children died in CBP custody.")
    holders = _entity_with(layers, "CBP")
    assert len(holders) == 1 and holders[0].name == "Customs and Border Protection"
    assert not _entity_with(layers, "Customs")


def test_entities_acronyms_nationality_plural_does_not_compete_for_initials(annotate):
    _, layers = annotate("Many South Dakotans saw the campaign. The ads ran across South Dakota, "
                         "and officials in Pierre, S.D., defended them.")
    holders = _entity_with(layers, "S.D.")
    assert len(holders) == 1 and holders[0].name == "South Dakota"


def test_entities_acronyms_bracketed_definition_names_an_untagged_body(annotate):
    _, layers = annotate("The Valdoria State Attorney General (VAG) is investigating the firm, according to two people "
                         "familiar with the matter. The firm confirmed it had been contacted by the office of the VAG.")
    holders = _entity_with(layers, "VAG")
    assert len(holders) == 1 and holders[0].name == "Valdoria State Attorney General"


def test_entities_acronyms_legal_form_belongs_to_the_name(annotate):
    _, layers = annotate("NASA picked Kestrel Nano-Satellite Systems, Inc. and Halver Robotics. "
                         "Kestrel Nano-Satellite Systems Inc. builds landers.")
    holders = _entity_with(layers, "Kestrel Nano-Satellite Systems, Inc.")
    assert len(holders) == 1 and "Kestrel Nano-Satellite Systems Inc." in {m.text for m in holders[0].mentions}


def test_entities_acronyms_role_of_is_cut_from_the_organisation(annotate):
    _, layers = annotate("The lander was built by Halver Robotics. It will fly soon, said the CEO and Founder of "
                         "Halver Robotics Inc.")
    assert not any(e.name.startswith("Founder") for e in layers.entities)
