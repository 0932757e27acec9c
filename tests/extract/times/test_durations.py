"""Durations are kept beside the dates, marked and without a value, and stay out of the record's times."""
from __future__ import annotations

import pytest

from storyline.record import build_record
from storyline.store import StoredArticle

PUBLISHED = "2031-03-19"


@pytest.mark.parametrize(("sentence", "duration"), [
    ("The siege of Porta has lasted two years.", "two years"),
    ("Valdoria has trained troops for six months.", "for six months"),
    ("Protesters have blocked the Porta depot over the last five days.", "over the last five days"),
    ("General Ilse Marrow faces up to 10 years in prison.", "up to 10 years"),
    ("Estmark has courted Valdoria for years.", "for years"),
    ("Following a two-day trial, the jury convicted the driver.", "two-day"),
])
def test_times_durations_are_kept_and_marked(annotate, sentence: str, duration: str) -> None:
    _, layers = annotate(sentence, published=PUBLISHED)
    marked = [(t.span.text, t.value) for t in layers.times if t.duration]
    assert marked == [(duration, None)], layers.times


@pytest.mark.parametrize("sentence", [
    "A 55-year-old farmer from Porta fell ill.",        # an age
    "The war began 18 months ago.",                      # a date counted back
    "On Sunday, and again two days later, Valdoria shelled Porta.",  # a date counted on
    "Nurses in Porta work five days a week.",            # a rate
    "Valdoria fought Estmark in the Six-Day War.",       # a name
])
def test_times_durations_not_ages_dates_or_names(annotate, sentence: str) -> None:
    _, layers = annotate(sentence, published=PUBLISHED)
    assert [t.span.text for t in layers.times if t.duration] == []


def test_times_durations_in_the_record_beside_the_dates(annotate) -> None:
    article, layers = annotate("Valdoria held the border for three years until Estmark withdrew in 2030.",
                               published=PUBLISHED)
    record = build_record(StoredArticle(article, layers, None, "s-1"), {}).to_dict()
    assert [t["text"] for t in record["times"]] == ["in 2030"]
    assert [(d["text"], record["text"][d["start"]:d["end"]]) for d in record["durations"]] == [
        ("for three years", "for three years")]
