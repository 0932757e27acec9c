"""Source resolution: entities that share a span do not break the resolver; who a description
or a pronoun names."""
from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, claim, source", [
    # a definite description is the body the text named
    ("Kestrel Power shut off the lines on Monday, said Ilse Marrow. "
     "The state’s largest utility said it will closely monitor the weather.", "monitor the weather", "Kestrel Power"),
    # an age description is the person named
    ("Halver Rovers named Oren Tavish manager on Tuesday. The 56-year-old said after his appointment: "
     "“I am excited to be joining a club with such a heritage.”", "excited", "Oren Tavish"),
    # a person and her team speak as written
    ("Ilse Marrow led the survey of the lake. Marrow and her team wrote that the water had warmed by two degrees "
     "since 2020.", "water had warmed", "Marrow and her team"),
    # a pronoun takes the subject of the adverbial clause opening its own clause
    ("Oren Tavish, the harbour master, said the ship had been searched. When Peter Holm was stopped at the gate, "
     "he told guards that he carried no cargo.", "carried no cargo", "Peter Holm"),
    # a pronoun after the clause it reports is the last speaker
    ("“We are ready,” said Oren Tavish, the harbour master. Harlan Brisk and Ilse Marrow would inspect the new quay "
     "on Friday, he added.", "inspect the new quay", "Oren Tavish"),
])
def test_attributions_sources_name_the_speaker(annotate, text, claim, source):
    _, layers = annotate(text)
    assert next(a for a in layers.attributions if claim in a.content.text).source.name == source
