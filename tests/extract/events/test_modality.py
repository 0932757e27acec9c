"""Events are coded in PLOVER with the modality their clause gives them, actors linked to entities."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "action", "modality"), [
    ("Valdoria has agreed in principle to join the Estmark-led coalition.", "AGREE", "asserted"),
    ("Valdoria is expected to send troops to Estmark.", "MOBILIZE", "expected"),
    ("General Ilse Marrow is scheduled to meet President Tomas Brandt in Porta.", "CONSULT", "expected"),
    ("Valdoria may seek a leadership role in the coalition.", "REQUEST", "possible"),
    ("Valdoria is considering sending troops to Estmark.", "MOBILIZE", "possible"),
    ("Estmark does not intend to participate in the mission.", "COOPERATE", "negated"),
    ("Valdoria has denied that it will join the coalition.", "COOPERATE", "denied"),
    ("Estmark rejected the proposal on Tuesday.", "REJECT", "asserted"),
    ("The Valdorian army is withdrawing from Porta.", "RETREAT", "asserted"),
    ("General Ilse Marrow condemned the attack on the hospital.", "ACCUSE", "asserted"),
    ("Estmark launched a major assault on Porta.", "ASSAULT", "asserted"),
])
def test_events_modality_of_main_clause(annotate, sentence: str, action: str, modality: str) -> None:
    _, layers = annotate(sentence)
    assert (action, modality) in {(e.action, e.modality) for e in layers.events}, layers.events


def test_events_modality_reported_clause_is_an_event(annotate) -> None:
    _, layers = annotate("Meridian 24 reported that Estmark had rejected the ceasefire plan.")
    assert [(e.action, e.actor.name if e.actor else None) for e in layers.events] == [("REJECT", "Estmark")]


def test_events_modality_links_actor_and_target(annotate) -> None:
    article, layers = annotate("Valdoria met President Tomas Brandt in Porta on Monday.", published="2031-03-19")
    event = next(e for e in layers.events if e.action == "CONSULT")
    names = {e.key: e.name for e in layers.entities}
    assert event.actor is not None and names.get(event.actor.entity or "") == "Valdoria"
    assert event.target is not None and "Brandt" in names.get(event.target.entity or "", "")
    assert event.date == "2031-03-17"
    assert article.text[event.evidence.start:event.evidence.end] == event.evidence.text


@pytest.mark.parametrize("sentence", [
    "The weather was mild in Porta.",
    "The plan would see new roads built across the valley.",
])
def test_events_modality_skips_clauses_without_actor_or_trigger(annotate, sentence: str) -> None:
    _, layers = annotate(sentence)
    assert layers.events == ()
