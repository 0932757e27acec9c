"""Date expressions are found with the guide's span conventions and resolved against publication."""
from __future__ import annotations

import pytest

# Published on Wednesday 2031-03-19 unless a case says otherwise.
PUBLISHED = "2031-03-19"


@pytest.mark.parametrize(("sentence", "expression", "value"), [
    ("General Ilse Marrow met the Estmark envoy on Monday.", "on Monday", "2031-03-17"),
    ("General Ilse Marrow will meet the Estmark envoy on Friday.", "on Friday", "2031-03-21"),
    ("Valdoria is scheduled to sign the accord on Friday.", "on Friday", "2031-03-21"),
    ("The minister said on Wednesday that talks had stalled.", "on Wednesday", "2031-03-19"),
    ("Estmark withdrew its ambassador last week.", "last week", "2031-03"),
    ("Valdoria closed the border last month.", "last month", "2031-02"),
    ("The council met in June to discuss the dam.", "in June", "2030-06"),
    ("The accord was signed on January 22, 2031 in Porta.", "January 22, 2031", "2031-01-22"),
    ("The envoy arrived on Nov 18 for talks.", "Nov 18", "2030-11-18"),
    ("Talks resume later this month in Porta.", "later this month", "2031-03"),
    ("Fighting eased in mid-February, officials said.", "mid-February", "2031-02"),
    ("Valdoria expects a decision by mid-April.", "mid-April", "2031-04"),
    ("The war began 18 months ago.", "18 months ago", "2029-09"),
    ("Fighting broke out in October 2029 along the river.", "October 2029", "2029-10"),
    ("The ceasefire has held since late 2030.", "late 2030", "2030"),
    ("Meridian 24 reported the raid yesterday.", "yesterday", "2031-03-18"),
    ("Valdoria will host the summit next year.", "next year", "2032"),
    # "the next", "the following", "the previous": counted from the time the text last gave
    ("The dam was finished in August 2016. The next year, the river flooded the valley.", "The next year", "2017"),
    ("Exports fell in 2027, a sharp drop from the previous year.", "the previous year", "2026"),
    ("The envoy landed on January 9, 2031 and met the council the following day.", "the following day",
     "2031-01-10"),
    ("Talks stalled this week. The day before, Estmark had recalled its envoy.", "The day before", "2031-03-18"),
    # spans of history no value can hold: found, with no value
    ("The bridge at Porta was first built in the 14th century.", "in the 14th century", None),
    ("Valdoria's grain trade grew in the 1990s.", "in the 1990s", None),
    ("The probe should reach Estmark's moon in the mid-2040s.", "in the mid-2040s", None),
    ("The dam was planned more than two decades ago.", "two decades ago", None),
])
def test_times_resolution_values(annotate, sentence: str, expression: str, value: str | None) -> None:
    _, layers = annotate(sentence, published=PUBLISHED)
    found = {t.span.text: t.value for t in layers.times}
    assert expression in found and found[expression] == value, found


def test_times_resolution_in_june_of_a_december_report_is_last_june(annotate) -> None:
    _, layers = annotate("The council met in June to discuss the dam.", published="2030-12-04")
    assert [(t.span.text, t.value) for t in layers.times] == [("in June", "2030-06")]


@pytest.mark.parametrize("sentence", [
    "The siege of Porta has lasted two years.",
    "Valdoria has trained troops for six months.",
    "Estmark sent 2000 troops to the border.",
    "Ministers may meet again soon.",
])
def test_times_resolution_skips_durations_and_non_dates(annotate, sentence: str) -> None:
    _, layers = annotate(sentence, published=PUBLISHED)
    assert [t for t in layers.times if not t.duration] == []


@pytest.mark.parametrize(("sentence", "expression", "value"), [
    ("General Ilse Marrow met the Estmark envoy on Monday.", "on Monday", None),
    ("Estmark withdrew its ambassador last week.", "last week", None),
    ("Fighting broke out in October 2029 along the river.", "October 2029", "2029-10"),
    ("The dam opened in 2004.", "in 2004", "2004"),
])
def test_times_resolution_without_publication_date(annotate, sentence: str, expression: str, value: str | None) -> None:
    _, layers = annotate(sentence, published=None)
    assert [(t.span.text, t.value) for t in layers.times] == [(expression, value)]


def test_times_resolution_spans_slice_back(annotate) -> None:
    article, layers = annotate("On Sunday, and again two days later, Valdoria shelled Porta.", published=PUBLISHED)
    assert [(t.span.text, t.value) for t in layers.times] == [("On Sunday", "2031-03-16"), ("two days later", "2031-03-18")]
    assert all(article.text[t.span.start:t.span.end] == t.span.text for t in layers.times)
