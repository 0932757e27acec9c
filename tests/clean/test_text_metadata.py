"""Title, dates and authors from the lines of pasted text, and outlets named in the text."""
from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.bylines import split_authors
from storyline.clean.metadata import outlet_from_text, published_from_lead_image
from storyline.clean.text import clean_plain_text
from storyline.models import RawDocument

HEADLINE = "Valdoria Weighs Troop Offer for Estmark Border Mission"
BODY = ("General Ilse Marrow said on Tuesday that Valdoria was ready to send two battalions to the border "
        "mission, provided that parliament approves the deployment before the end of the month.")


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        ("Last Updated:March 18, 2024, 10:27 IST", None, "2024-03-18T10:27+05:30"),
        ("Updated 18 March 2024", None, "2024-03-18"),
        ("First Published:\nMarch 17, 2024, 09:05 IST", "2024-03-17T09:05+05:30", None),
        ("Published on March 17, 2024", "2024-03-17", None),
        ("March 17, 2024", "2024-03-17", None),
        ("Last Updated: March 18, 2024\nFirst Published: March 17, 2024", "2024-03-17", "2024-03-18"),
    ],
)
def test_clean_plain_text_reads_stated_dates(header: str, published: str | None, updated: str | None) -> None:
    page = clean_plain_text(f"{HEADLINE}\n{header}\n{BODY}")
    assert (page.published, page.updated) == (published, updated)
    assert "2024" not in page.text.replace(BODY, "")


def test_clean_plain_text_takes_no_date_from_a_comment_below_the_article() -> None:
    page = clean_plain_text(f"{HEADLINE}\n{BODY}\n{BODY.replace('Tuesday', 'Monday')}\nComments\nMarch 30, 2024\nGreat.")
    assert page.published is None


def test_clean_document_falls_back_to_the_updated_date_when_no_other_is_stated() -> None:
    raw = RawDocument(source="t", content=f"{HEADLINE}\nUpdated 18 March 2024\n{BODY}", kind="text")
    assert clean_document(raw).published == "2024-03-18"


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("KORVAN, Mar 18 (VNA): The army said on Tuesday it was ready.", "2024-03-18"),
        ("KORVAN, March 18, 2023 (Reuters) - The army said on Tuesday it was ready.", "2023-03-18"),
    ],
)
def test_clean_plain_text_reads_a_wire_dateline(opening: str, published: str) -> None:
    page = clean_plain_text(f"{HEADLINE}\nUpdated 19 March 2024\n{opening} {BODY}")
    assert page.published == published


def test_published_from_lead_image_takes_only_the_page_own_image() -> None:
    text = f"{HEADLINE}\n![Troops](https://www.meridian24.example/media/2024/03/16/troops.jpg)\n{BODY}"
    assert published_from_lead_image(text, "https://meridian24.example/world/4411.html") == "2024-03-16"
    assert published_from_lead_image(text, "https://other.example/world/4411.html") is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jana Velk", ("Jana Velk",)),
        ("By Jana Velk & Our Correspondent", ("Jana Velk",)),
        ("By Staff, Agencies", ()),
        ("By Jana Velk and Oren Talvik, Reuters", ("Jana Velk", "Oren Talvik")),
        ("By AP", ()),
    ],
)
def test_clean_plain_text_takes_authors_from_the_byline(byline: str, authors: tuple[str, ...]) -> None:
    page = clean_plain_text(f"{HEADLINE}\n{byline}\n{BODY}")
    assert page.authors == authors
    assert byline not in page.text


def test_clean_plain_text_takes_the_author_above_the_reading_time() -> None:
    assert clean_plain_text(f"{HEADLINE}\nJana Velk\n4 Min Read\n{BODY}").authors == ("Jana Velk",)


@pytest.mark.parametrize("field", ["Reuters", "AFP; Staff Reporter", "APP", "Web Desk"])
def test_split_authors_drops_wire_feeds_and_desks(field: str) -> None:
    assert split_authors(field) == ()


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Disclaimer: Comments reflect users' views, not Meridian24's. Please be kind.", "Meridian24"),
        ("Abusive comments will be removed. Meridian24 may disable any comment at its discretion.", "Meridian24"),
        ("© 2024 Korvan Herald. All rights reserved.", "Korvan Herald"),
        ("It was not Marrow's decision to delay the vote. Valdoria may remove its troops.", None),
    ],
)
def test_outlet_from_text_finds_the_outlet_naming_itself(text: str, outlet: str | None) -> None:
    assert outlet_from_text(text) == outlet


def test_clean_plain_text_takes_the_first_short_line_as_headline() -> None:
    assert clean_plain_text(f"{HEADLINE}\n\n{BODY}").title == HEADLINE
    assert clean_plain_text(f"{BODY}\n{BODY}").title is None
