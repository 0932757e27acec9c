"""Source resolution: entities that share a span do not break the resolver."""
from __future__ import annotations

from storyline.extract.attributions import extract_attributions
from storyline.extract.attributions.sources import SourceResolver
from storyline.models import LocalEntity, Span

TEXT = "Marrow Holdings said the plant in Halvergate would close."


def _two_on_one_span() -> tuple[LocalEntity, ...]:
    span = Span(0, 15, "Marrow Holdings")
    return (LocalEntity(key="a", name="Marrow Holdings", type="ORG", mentions=(span,)),
            LocalEntity(key="b", name="Marrow Holdings", type="PERSON", mentions=(span,)))


def test_attributions_sources_equal_spans_do_not_crash():
    resolver = SourceResolver(TEXT, _two_on_one_span())
    assert resolver.entity_at(0, 6) is not None


def test_attributions_sources_equal_spans_still_give_claims(nlp, annotate):
    article, _ = annotate(TEXT)
    claims = extract_attributions(article, nlp(TEXT), _two_on_one_span())
    assert any("the plant in Halvergate would close" in c.content.text for c in claims)


def test_attributions_sources_definite_description_is_the_named_body(annotate):
    _, layers = annotate("Kestrel Power shut off the lines on Monday, said Ilse Marrow. "
                         "The state’s largest utility said it will closely monitor the weather.")
    claim = next(a for a in layers.attributions if "monitor the weather" in a.content.text)
    assert claim.source.name == "Kestrel Power"


def test_attributions_sources_age_description_is_the_person_named(annotate):
    _, layers = annotate("Halver Rovers named Oren Tavish manager on Tuesday. "
                         "The 56-year-old said after his appointment: “I am excited to be joining a club with such a heritage.”")
    claim = next(a for a in layers.attributions if "excited" in a.content.text)
    assert claim.source.name == "Oren Tavish"


def test_attributions_sources_a_person_and_her_team_speak_as_written(annotate):
    _, layers = annotate("Ilse Marrow led the survey of the lake. Marrow and her team wrote that the water had warmed "
                         "by two degrees since 2020.")
    source = next(c.source for c in layers.attributions if "water had warmed" in c.content.text)
    assert source.name == "Marrow and her team"


def test_attributions_sources_pronoun_takes_the_subject_of_its_opening_clause(annotate):
    _, layers = annotate("Oren Tavish, the harbour master, said the ship had been searched. "
                         "When Peter Holm was stopped at the gate, he told guards that he carried no cargo.")
    claim = next(a for a in layers.attributions if "carried no cargo" in a.content.text)
    assert claim.source.name == "Peter Holm"


def test_attributions_sources_pronoun_after_a_reported_clause_is_the_speaker(annotate):
    _, layers = annotate("“We are ready,” said Oren Tavish, the harbour master. "
                         "Harlan Brisk and Ilse Marrow would inspect the new quay on Friday, he added.")
    claim = next(a for a in layers.attributions if "inspect the new quay" in a.content.text)
    assert claim.source.name == "Oren Tavish"
