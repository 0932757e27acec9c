"""Quotations: split, multi-sentence, speaker in the previous sentence, unbalanced marks."""
from __future__ import annotations

import pytest

from storyline.extract.attributions.quotes import find_quotes


def test_split_quote_gives_both_parts_to_the_speaker(annotate):
    _, layers = annotate("“We are ready,” General Ilse Marrow said, “but the convoy needs two more weeks to arrive.”")
    contents = {a.content.text: a for a in layers.attributions}
    assert "We are ready" in contents
    assert any("convoy needs two more weeks" in c for c in contents)
    assert all("Ilse Marrow" in a.source.name and a.direct for a in layers.attributions)


def test_quote_paragraph_belongs_to_previous_speaker(annotate):
    text = ("Chancellor Oren Tavish said the talks in Halvergate had gone well.\n"
            "“We have agreed on the main points. The details will follow in a few weeks.”")
    _, layers = annotate(text)
    quoted = [a for a in layers.attributions if a.direct]
    # one quotation, one claim (annotation guide v1.1), however many sentences it holds
    assert [a.content.text for a in quoted] == ["We have agreed on the main points. The details will follow in a few weeks."]
    assert all("Oren Tavish" in a.source.name for a in quoted)


def test_pronoun_takes_its_antecedent(annotate):
    text = "General Ilse Marrow visited the border on Monday. She said the troops would stay until spring."
    _, layers = annotate(text)
    found = [a for a in layers.attributions if "troops would stay" in a.content.text]
    assert found and "Ilse Marrow" in found[0].source.name and found[0].source.kind == "person"


def test_definite_title_refers_to_named_person(annotate):
    text = ("Defence Minister Ilse Marrow said Valdoria was ready. "
            "The minister said the first soldiers would leave in March.")
    _, layers = annotate(text)
    found = [a for a in layers.attributions if "first soldiers" in a.content.text]
    assert found and "Ilse Marrow" in found[0].source.name


def test_relay_applies_to_every_claim_of_the_source(annotate):
    text = ("Speaking in an interview with Meridian News, General Ilse Marrow said the border would reopen soon. "
            "She said the army would not retreat from the valley.")
    _, layers = annotate(text)
    assert len(layers.attributions) == 2
    assert all([v.name for v in a.via] == ["Meridian News"] for a in layers.attributions)


@pytest.mark.parametrize("text", [
    "He said: “The talks have failed",
    "“Unclosed and “nested quotes” everywhere",
    "Stray closing mark” here and a straight \" one",
    "“”",
])
def test_unbalanced_marks_do_not_fail(annotate, text):
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text
    annotate(text)


@pytest.mark.parametrize(("headline", "source", "content"), [
    ("Marrow: Valdoria will not send troops this year\n\nThe general spoke in Halvergate.", "Marrow",
     "Valdoria will not send troops this year"),
    ("Border talks have failed, says Oren Tavish\n\nThe chancellor spoke in Halvergate.", "Oren Tavish",
     "Border talks have failed"),
])
def test_headline_attributions(annotate, headline, source, content):
    _, layers = annotate(headline)
    found = [a for a in layers.attributions if a.content.text == content]
    assert found and source in found[0].source.name


def test_quotation_over_several_sentences_is_one_claim(annotate):
    text = ('"We are ready to rebuild the bridge. The money is there. Work starts in May," '
            "Mayor Ilse Marrow said on Tuesday.")
    _, layers = annotate(text)
    assert len(layers.attributions) == 1
    claim = layers.attributions[0]
    assert claim.content.text == "We are ready to rebuild the bridge. The money is there. Work starts in May"
    assert claim.source.name == "Ilse Marrow" and claim.direct



def test_pronoun_speaker_is_the_nearest_person_of_that_pronoun(annotate):
    text = ("Mayor Ilse Marrow said her office would reopen the bridge. Chancellor Oren Tavish said he was "
            "pleased with the plan. She said the work would start in May.")
    _, layers = annotate(text)
    claim = next(a for a in layers.attributions if "start in May" in a.content.text)
    assert claim.source.name == "Ilse Marrow"


def test_attributions_quotes_paragraph_left_open_continues_the_same_speaker(annotate):
    text = ('Halver Rovers named Oren Tavish manager on Tuesday.\n\n'
            'The 56-year-old said after his appointment: "I am excited to be joining a club with such a heritage.\n\n'
            '"The quality in both the squad and the academy excites me. Working with these players attracted me."\n\n'
            'Halver Rovers said in a statement: "Oren is one of the most accomplished managers in the league."')
    _, layers = annotate(text)
    by_start = {a.content.text.split()[0] + " " + a.content.text.split()[1]: a.source.name for a in layers.attributions}
    assert by_start["The quality"] == "Oren Tavish"
    assert by_start["Oren is"] == "Halver Rovers"
