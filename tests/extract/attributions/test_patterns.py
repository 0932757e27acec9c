"""Who said what, pattern by pattern, over sentences about fictional Valdoria and Estmark."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.extract import annotate_article
from tests.conftest import make_article

# (text, source name part, kind, via names, content part, direct)
CASES = [
    # reported speech with many reporting verbs
    ("General Ilse Marrow said on Tuesday that Valdoria will send 2,000 troops to the basin.",
     "Ilse Marrow", "person", [], "Valdoria will send 2,000 troops to the basin", False),
    ("Chancellor Oren Tavish warned that the talks could collapse within days.",
     "Oren Tavish", "person", [], "the talks could collapse within days", False),
    ("Chancellor Oren Tavish denied that Estmark had moved troops to the border.",
     "Oren Tavish", "person", [], "Estmark had moved troops to the border", False),
    ("Chancellor Oren Tavish believes the mission will need more helicopters.",
     "Oren Tavish", "person", [], "the mission will need more helicopters", False),
    # participle sharing the subject
    ("General Ilse Marrow said the convoy had arrived, adding that the border would reopen on Friday.",
     "Ilse Marrow", "person", [], "the border would reopen on Friday", False),
    # according to, before and after the claim
    ("According to Chancellor Oren Tavish, the summit will take place in Halvergate.",
     "Oren Tavish", "person", [], "the summit will take place in Halvergate", False),
    ("The summit will take place in Halvergate, according to three government sources.",
     "three government sources", "anonymous", [], "The summit will take place in Halvergate", False),
    # a study finds, an agency recommends
    ("A study of 400 Valdorian farmers found that yields fell by a third after the drought.",
     "A study of 400 Valdorian farmers", "document", [], "yields fell by a third after the drought", False),
    ("The Valdorian Health Agency recommends that all adults get a flu shot by October.",
     "Valdorian Health Agency", "", [], "all adults get a flu shot by October", False),
    # a participle the writer adds after the sources is not their claim
    ("The Halvergate regulator is investigating Kestrel Works, according to two people familiar with the matter, "
     "adding to a long series of troubles that have turned the firm from a favourite into a warning.",
     "two people familiar with the matter", "anonymous", [], "The Halvergate regulator is investigating Kestrel Works",
     False),
    # anonymous sources keep their own phrase; the part after the comma is not the name
    ("One official, requesting anonymity, said the deal was close to being signed.",
     "One official", "anonymous", [], "the deal was close to being signed", False),
    ("Security sources told Meridian News that the army had begun moving north.",
     "Security sources", "anonymous", ["Meridian News"], "the army had begun moving north", False),
    # relays inside the source phrase
    ("Sources cited by Meridian News said the ministers would meet in Halvergate next week.",
     "Sources", "anonymous", ["Meridian News"], "the ministers would meet in Halvergate next week", False),
    # governments, documents, the public
    ("The Valdorian Defence Ministry said it was ready to deploy troops at any time.",
     "Ministry", "government", [], "it was ready to deploy troops at any time", False),
    ("A joint statement from Valdoria and Estmark said both sides would cut tariffs.",
     "statement", "document", [], "both sides would cut tariffs", False),
    ("A recent poll showed that most Valdorians oppose sending troops abroad.",
     "poll", "public", [], "most Valdorians oppose sending troops abroad", False),
    # passives and "reportedly"
    ("It was reported that the ceasefire had collapsed overnight.",
     "reports", "media", [], "the ceasefire had collapsed overnight", False),
    ("The Estmark navy has reportedly moved three frigates into the strait.",
     "reports", "media", [], "moved three frigates into the strait", False),
    # outlets as sources
    ("The ceasefire is holding in the north, according to a report by Meridian News.",
     "Meridian News", "media", [], "The ceasefire is holding in the north", False),
    # direct quotes, curly and straight, speaker after the quote
    ("“We are ready to send our soldiers,” General Ilse Marrow told reporters.",
     "Ilse Marrow", "person", [], "We are ready to send our soldiers", True),
    ('"The talks have failed completely," Chancellor Oren Tavish said.',
     "Oren Tavish", "person", [], "The talks have failed completely", True),
    # unnamed people of any kind of news; police and prosecutors speak for the state
    ("A doctor on the scene told Kestrel News that he tried to save one of the wounded runners.",
     "A doctor on the scene", "anonymous", ["Kestrel News"], "he tried to save one of the wounded runners", False),
    ("Police officers said the suspect had fled north along the canal.",
     "Police officers", "government", [], "the suspect had fled north along the canal", False),
    # relays: a reporter of an outlet, a statement emailed to one
    ("The patient had, according to Ilse Marrow of the Valdoria Times, eaten a wild rabbit before the fever.",
     "Ilse Marrow", "", ["Valdoria Times"], "eaten a wild rabbit before the fever", False),
    ("A spokesperson said in a statement emailed to Meridian News that the agency never ran a vaccine clinic.",
     "A spokesperson", "anonymous", ["Meridian News"], "the agency never ran a vaccine clinic", False),
    ("There is no evidence linking the third case to the first two, the Halvergate health commission said, "
     "according to Meridian News.", "health commission", "government", ["Meridian News"],
     "There is no evidence linking the third case to the first two", False),
    ("General Ilse Marrow told Valdorian media this month that the forces are likely to remain.",
     "Ilse Marrow", "person", ["Valdorian media"], "the forces are likely to remain", False),
    # whatever "according to" names is a source: bodies, records, the compilers of figures
    ("Nearly 300 school districts closed because of the rally, according to teachers unions.",
     "teachers unions", "organization", [], "Nearly 300 school districts closed because of the rally", False),
    ("More than 450,000 people were without power, according to a group representing rural counties.",
     "a group representing rural counties", "organization", [], "More than 450,000 people were without power", False),
    ("The Kestrel bond has weakened sharply in the past week, according to data from Halvex.",
     "Halvex", "", [], "The Kestrel bond has weakened sharply in the past week", False),
    ("There was about 2,300 tons of the stuff, according to the researchers' calculations.",
     "the researchers", "anonymous", [], "There was about 2,300 tons of the stuff", False),
    # whoever "says" is a source, whatever the noun; an instruction told to someone is a claim
    ("Health bosses said 28 people were quarantined after the outbreak.",
     "Health bosses", "public", [], "28 people were quarantined after the outbreak", False),
    ("The unions said more than 15,000 people registered for the rally.",
     "The unions", "organization", [], "more than 15,000 people registered for the rally", False),
    ("His doctor told him to remove the feather bedding from his home.",
     "His doctor", "anonymous", [], "to remove the feather bedding from his home", False),
    ("Officials warned residents to stay away from the flooded areas.",
     "Officials", "anonymous", [], "to stay away from the flooded areas", False),
    # verdicts: a judgement given as a complement
    ("Marshal Oren Tavish said the group had taken the airport, describing the offensive as a turning point.",
     "Oren Tavish", "person", [], "a turning point", False),
    ("The Valdorian Unity Party criticised the decision, calling its haste inappropriate and incomprehensible.",
     "Valdorian Unity Party", "organization", [], "inappropriate and incomprehensible", False),
    ("Kestrel Aerospace withdrew from the lunar contract, citing internal business issues.",
     "Kestrel Aerospace", "organization", [], "internal business issues", False),
]


@pytest.mark.parametrize(("text", "source", "kind", "via", "content", "direct"), CASES)
def test_attribution_found(annotate, text, source, kind, via, content, direct):
    article, layers = annotate(text)
    match = [a for a in layers.attributions if content in a.content.text]
    assert match, f"no attribution with {content!r} in {layers.attributions}"
    found = match[0]
    assert source.lower() in found.source.name.lower()
    assert not kind or found.source.kind == kind
    assert [v.name for v in found.via] == via
    assert found.direct is direct
    assert article.text[found.content.start:found.content.end] == found.content.text
    assert article.text[found.cue.start:found.cue.end] == found.cue.text


def test_named_source_links_entity(annotate):
    _, layers = annotate("General Ilse Marrow said on Tuesday that Valdoria will send troops to the basin.")
    keys = {e.key for e in layers.entities}
    assert layers.attributions[0].source.entity in keys


def test_narration_is_not_attributed(annotate):
    _, layers = annotate("The discussions indicate that the river valley is hard to patrol. Troops crossed the river.")
    assert layers.attributions == ()


def test_trailing_verdict_is_cut_from_the_clause_before_it(annotate):
    _, layers = annotate("Marshal Oren Tavish said the group had taken the airport, describing the offensive as a turning point.")
    said = next(a for a in layers.attributions if a.cue.text == "said")
    assert said.content.text == "the group had taken the airport"


def test_citing_a_source_is_no_claim(annotate):
    _, layers = annotate("Kestrel Aerospace withdrew from the contract, citing unnamed officials.")
    assert layers.attributions == ()


@pytest.mark.parametrize("text", [
    "Getty: Main image credit\n\nThe harbour reopened on Monday after the storm.",
    "Private Lunar Lander Plans: Moon Rush\n\nThe harbour reopened on Monday after the storm.",
])
def test_page_label_is_never_a_speaker(annotate, text):
    _, layers = annotate(text)
    assert layers.attributions == ()


def test_attributions_relays_reporter_relays_for_her_outlet(annotate):
    _, layers = annotate("As Emma Larsen reports for Radio Halver, the first cases came to light last week, when "
                         "authorities in Norden announced that two people sought treatment. But according to Radio "
                         "Halver’s Larsen, Oren Tavish, a doctor at the hospital, wrote in a blog post that the couple "
                         "had been moved on November 3. “Don't hide things like this,” one commenter said, per Larsen.")
    by_content = {a.content.text: a for a in layers.attributions}
    reported = next(a for c, a in by_content.items() if c.startswith("the first cases"))
    assert reported.source.name == "Emma Larsen" and [v.name for v in reported.via] == ["Radio Halver"]
    wrote = next(a for c, a in by_content.items() if "moved on November 3" in c)
    assert wrote.source.name == "Oren Tavish" and [v.name for v in wrote.via] == ["Radio Halver"]
    assert not any(a.source.name == "Emma Larsen" and "Tavish" in a.content.text for a in layers.attributions)
    quoted = next(a for c, a in by_content.items() if "hide things" in c)
    assert [v.name for v in quoted.via] == ["Radio Halver"]


def test_attributions_relays_reporter_of_an_outlet_relays_her_later_reports(annotate):
    _, layers = annotate("The clinic was disinfected, according to Anna Weller of the Norden Times. "
                         "All sites were also disinfected, reports Weller.")
    later = next(a for a in layers.attributions if a.content.text.startswith("All sites"))
    assert [v.name for v in later.via] == ["Norden Times"]


def test_attributions_relays_publishing_outlet_is_no_relay(nlp):
    text = "Oren Tavish told Kestrel News that his client never intended to harm anyone."
    for outlet, via in (("kestrelnews.com", []), ("halverpost.com", ["Kestrel News"])):
        article = replace(make_article(text), outlet=outlet)
        layers = annotate_article(article, nlp(text))
        assert [v.name for v in layers.attributions[0].via] == via


@pytest.mark.parametrize("text", [
    "Chancellor Oren Tavish agrees to the demands of the Estmark delegation.",
    "Halver Rovers expect the stadium to reopen in May.",
    "Kestrel Aerospace hopes the lander will fly next year.",
    # finding someone somewhere is no finding reported
    "Officer Oren Tavish found the girl hiding in a basket at the motel.",
    "Ilse Marrow found it hard to talk about the crash.",
])
def test_attributions_patterns_plans_and_commitments_are_no_claims(annotate, text):
    _, layers = annotate(text)
    assert layers.attributions == ()
