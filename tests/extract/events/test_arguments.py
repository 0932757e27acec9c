"""An event's actor and target are the referents the argument phrases' heads name."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, action, actor, target", [
    ("Valdoria's leadership is expected to hold a meeting with Estmark Chancellor Oren Tavish in Halvergate.",
     "CONSULT", "Valdoria", "Oren Tavish"),
    ("General Ilse Marrow will meet Estmark Chancellor Oren Tavish next week.", "CONSULT", "Ilse Marrow", "Oren Tavish"),
])
def test_events_argument_heads_name_the_referent(annotate, text: str, action: str, actor: str, target: str) -> None:
    _, layers = annotate(text)
    event = next(e for e in layers.events if e.action == action)
    assert event.actor is not None and actor in event.actor.name
    assert event.target is not None and target in event.target.name


def test_events_arguments_shared_passive_takes_the_first_verbs_agent(annotate) -> None:
    _, layers = annotate("Tomas Brandt was caught by Estmark police and deported from Valdoria.")
    event = next(e for e in layers.events if e.action == "COERCE")
    assert event.actor is not None and "police" in event.actor.name
    assert event.target is not None and event.target.name == "Tomas Brandt"
    assert event.evidence.text.startswith("Tomas Brandt was caught")


@pytest.mark.parametrize("text", [
    "Porta rebels ambush convoy\nBy Jane Kessler\n\nHe attacked the convoy near Porta on Monday.",
    "Police are searching Porta, according to Jane Kessler of the Porta Herald. He killed two guards in March.",
])
def test_events_arguments_reporter_is_never_the_actor(annotate, text: str) -> None:
    _, layers = annotate(text)
    assert all(e.actor is None or "Kessler" not in e.actor.name for e in layers.events), layers.events


def test_events_arguments_pronoun_takes_the_person_named_before(annotate) -> None:
    _, layers = annotate("Tomas Brandt has been charged, according to Jane Kessler of the Porta Herald. "
                         "He killed two guards in March.")
    event = next(e for e in layers.events if e.action == "ASSAULT")
    assert event.actor is not None and event.actor.name == "Tomas Brandt"


def test_events_arguments_pronoun_prefers_the_person_noun_of_its_own_sentence(annotate) -> None:
    _, layers = annotate("Clashes near Porta angered Tomas Brandt. A doctor on the scene told reporters that he "
                         "tried to save one of the wounded demonstrators.")
    event = next(e for e in layers.events if e.action == "AID")
    assert event.actor is not None and event.actor.name == "doctor"
