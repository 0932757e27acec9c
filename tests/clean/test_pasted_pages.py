"""Whole pasted pages: the article kept in order, the page around it dropped, its metadata read."""
from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.text import clean_plain_text
from storyline.models import RawDocument
from tests.clean.pasted_page import AFTER, HEADLINE, MENU, PARAGRAPHS, pasted_page

HEADER = ["World", HEADLINE, "By Jana Velk", "Publication time 3 December 2025 11:07"]


def test_clean_plain_text_keeps_the_article_of_a_pasted_page_in_order() -> None:
    page = clean_plain_text(pasted_page(HEADER))
    positions = [page.text.find(p) for p in PARAGRAPHS]
    assert -1 not in positions and positions == sorted(positions)


@pytest.mark.parametrize("leftover", [*MENU, *AFTER])
def test_clean_plain_text_drops_the_page_around_the_article(leftover: str) -> None:
    text = clean_plain_text(pasted_page(HEADER)).text
    assert leftover not in text.split("\n")


def test_clean_plain_text_drops_share_bars_captions_and_appeals() -> None:
    text = clean_plain_text(pasted_page(HEADER)).text
    for gone in ("Share this post on", "icon-facebook", "(Photo: Meridian 24)", "we can't do it alone", "Recent Stories"):
        assert gone not in text


def test_clean_plain_text_reads_title_byline_and_publication_time_of_a_pasted_page() -> None:
    page = clean_plain_text(pasted_page(HEADER))
    assert (page.title, page.authors, page.published) == (HEADLINE, ("Jana Velk",), "2025-12-03")


def test_clean_plain_text_takes_the_headline_not_a_breadcrumb_trail() -> None:
    header = ["HomeWorld newsValdoria And Estmark Agree To Reopen Crossing", HEADLINE, "Thu Feb 12 2026"]
    page = clean_plain_text(pasted_page(header))
    assert (page.title, page.published) == (HEADLINE, "2026-02-12")


@pytest.mark.parametrize("label", ["×", "BORDER WATCH", "https://social.example/@meridian24", "@meridian24"])
def test_clean_plain_text_takes_no_label_link_or_icon_as_the_title(label: str) -> None:
    page = clean_plain_text(pasted_page([HEADLINE, label]))
    assert page.title == HEADLINE


def test_clean_plain_text_takes_the_title_the_url_names() -> None:
    header = ["Estmark Opens New Rail Line to the Coast", "Meridian 24 Weekly Border Report", HEADLINE]
    raw = RawDocument(source="t", kind="text", content=pasted_page(header),
                      url="https://meridian24.example/world/valdoria-estmark-reopen-korvan-river-crossing")
    assert clean_document(raw).title == HEADLINE


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Published: 2025-12-02T23:30:00-05:00", "2025-12-02"),  # the outlet's day, not the UTC day
        ("PUBLISHED: 23:10, Tue, Dec 2, 2025 | UPDATED: 09:15, Wed, Dec 3, 2025", "2025-12-02"),
        ("By Jana Velk — December 2, 2025", "2025-12-02"),
    ],
)
def test_clean_plain_text_reads_the_date_line_under_the_headline(date_line: str, published: str) -> None:
    assert clean_plain_text(pasted_page([HEADLINE, date_line])).published == published


def test_clean_plain_text_takes_no_masthead_date_far_above_the_article() -> None:
    header = ["Wednesday, 10 December 2025", *[f"Region {i}" for i in range(40)], HEADLINE]
    assert clean_plain_text(pasted_page(header)).published is None


def test_clean_plain_text_reads_a_wire_dateline_with_a_spaced_place_name() -> None:
    body = ["KORVAN FALLS, Nov 18 (APP): " + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    page = clean_plain_text(pasted_page([HEADLINE, "Updated 19 November 2025"], body))
    assert page.published == "2025-11-18"


# Fiction: readers' comments under the article, written as prose like its paragraphs.
COMMENTS = [
    "14 Comments",
    "I drove that detour through the pass every week for two years, and the snow closed it more often "
    "than the officials admit. Reopening the bridge is long overdue, and the ferry should have come first.",
    "The joint customs post sounds sensible, but I will believe the spring deadline when I see trucks on the "
    "bridge again. The last repair was promised for the summer and nothing happened until the autumn rains.",
]


def test_clean_plain_text_drops_the_comments_under_the_article() -> None:
    page = pasted_page(HEADER, PARAGRAPHS + COMMENTS)
    text = clean_plain_text(page).text
    assert all(p in text for p in PARAGRAPHS)
    assert not any(c[:40] in text for c in COMMENTS)


def test_clean_plain_text_a_comment_count_by_the_byline_keeps_the_article() -> None:
    text = clean_plain_text(pasted_page([*HEADER, "3 Comments"])).text
    assert all(p in text for p in PARAGRAPHS)
