"""One name the small model cut in two: "Lockheed Martin" tagged as the organisation "Lockheed"
followed by the person "Martin", "GateHouse Media" as two organisations.

Two spans that touch (one space between them) are joined into one organisation when the first is
an organisation and the second a single word tagged person or organisation. Wider joins would be
wrong: "House Democrats" (a nationality-like group after a body), "Britain Liu Xiaming" (a country
before its ambassador) and "Kentucky GOP" (a place before a party) are two names each, and an
owner's possessive ("Alibaba’s New York") always ends a name.
"""
from __future__ import annotations

from spacy.tokens import Doc

_SECOND_LABELS = frozenset({"PERSON", "ORG"})


def join_adjacent_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The token spans (start, end, label), with each organisation cut from its last word joined."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if out and _continues(doc, out[-1], (start, end, label)):
            out[-1] = (out[-1][0], end, "ORG")
        else:
            out.append((start, end, label))
    return out


def _continues(doc: Doc, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    (_, a_end, a_label), (b_start, b_end, b_label) = first, second
    last, word = doc[a_end - 1], doc[b_start]
    return (a_label == "ORG" and b_label in _SECOND_LABELS and a_end == b_start and b_end - b_start == 1
            and last.whitespace_ == " " and last.tag_ != "POS" and not last.text.endswith(("'s", "’s"))
            and last.text[:1].isupper() and word.text[:1].isupper())  # "The Associated Press that | Carlineo"
