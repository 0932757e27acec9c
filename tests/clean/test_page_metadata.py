"""Title and date rules that serve HTML pages and pasted text alike."""
from __future__ import annotations

import pytest

from storyline.clean.dates import find_dates
from storyline.clean.headline import choose_page_title, is_headline_like, strip_site_name
from storyline.clean.html import extract_from_html
from storyline.clean.line_model import article_mask, load_model
from tests.clean.pasted_page import HEADLINE, PARAGRAPHS, pasted_page

BODY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(meta: str, under_heading: str, heading: str = HEADLINE) -> str:
    return (f"<html><head>{meta}</head><body><header><h1>{heading}</h1>{under_heading}</header>"
            f"<article>{BODY_HTML}</article></body></html>")


def test_extract_from_html_takes_the_heading_over_a_meta_title_with_the_site_name() -> None:
    html = _page(f'<title>{HEADLINE} | Meridian 24</title>', "")
    assert extract_from_html(html, None).title == HEADLINE


def test_extract_from_html_keeps_the_text_after_an_html_comment() -> None:
    # a page rendered by React puts "<!-- -->" between the pieces of a paragraph's text
    split = PARAGRAPHS[2].replace(" said Ilse Marrow", "<!-- --> said <a href='/marrow'>Ilse Marrow</a><!-- -->")
    html = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><article>"
            + "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS[:2], split, *PARAGRAPHS[3:])) + "</article></body></html>")
    assert PARAGRAPHS[2] in extract_from_html(html, None).text


def _with_third_paragraph(paragraph: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS[:2], paragraph, *PARAGRAPHS[3:]))
    return f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><article>{body}</article></body></html>"


def test_extract_from_html_drops_a_hover_card_of_headlines_inside_a_paragraph() -> None:
    card = ("<span class='card'><a href='/p/marrow'>Ilse Marrow</a>"
            "<a href='/1'>Valdoria names a new envoy to the northern provinces after a long search</a> "
            "<a href='/2'>Estmark budget talks stall over the price of winter grain subsidies</a> "
            "<a href='/3'>Sellin festival draws record crowds despite the rain</a> <a href='/p/marrow'>MORE</a></span>")
    linked = PARAGRAPHS[2].replace("Ilse Marrow", f"<span><a href='/p/marrow'>Ilse Marrow</a>{card}</span>")
    text = extract_from_html(_with_third_paragraph(linked), None).text
    assert PARAGRAPHS[2] in text and "winter grain" not in text


def test_extract_from_html_keeps_a_sentence_that_links_several_names() -> None:
    linked = PARAGRAPHS[2]
    for name in ("Ilse Marrow", "Valdorian", "Sellin"):
        linked = linked.replace(name, f"<a href='/{name}'>{name}</a>", 1)
    assert PARAGRAPHS[2] in extract_from_html(_with_third_paragraph(f"<span>{linked}</span>"), None).text


def test_extract_from_html_takes_the_meta_title_when_the_heading_is_another_story() -> None:
    html = _page(f'<meta property="og:title" content="{HEADLINE} - Meridian 24">', "",
                 heading="Meridian 24 Weekly Border Report")
    assert extract_from_html(html, None).title == HEADLINE


def test_extract_from_html_takes_the_day_shown_under_the_headline_over_a_utc_timestamp() -> None:
    meta = '<meta property="article:published_time" content="2025-12-03T04:30:00+00:00">'
    html = _page(meta, '<p class="byline">By Jana Velk</p><time datetime="2025-12-03T04:30:00Z">December 2, 2025 '
                       "at 8:30 PM PST</time>")
    assert extract_from_html(html, None).published == "2025-12-02"


@pytest.mark.parametrize(
    ("title", "stripped"),
    [(f"{HEADLINE} | Meridian 24", HEADLINE), (f"{HEADLINE} - meridian24.example", HEADLINE), (HEADLINE, HEADLINE)],
)
def test_strip_site_name_drops_the_site_name_a_page_title_carries(title: str, stripped: str) -> None:
    assert strip_site_name(title) == stripped


def test_choose_page_title_skips_a_logo_heading() -> None:
    assert choose_page_title(f"{HEADLINE} | Meridian 24", ["Meridian 24", HEADLINE]) == HEADLINE


@pytest.mark.parametrize("line", ["WAR ON GAZA", "×", "https://social.example/@meridian24", "Updated on: November 19, 2025"])
def test_is_headline_like_rejects_labels_links_icons_and_date_lines(line: str) -> None:
    assert not is_headline_like(line)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Publication time 3 December 2025 11:07", ["2025-12-03"]),
        ("Thu Feb 12 2026", ["2026-02-12"]),
        ("2025-12-02T23:30:00-05:00", ["2025-12-02"]),
        ("By Jana Velk - 11/19/25 06:56 AM EST", ["2025-11-19"]),
        ("PUBLISHED: 23:10, Tue, Dec 2, 2025 | UPDATED: 09:15, Wed, Dec 3, 2025", ["2025-12-02", "2025-12-03"]),
        ("04/05/2025", []),  # month and day cannot be told apart
    ],
)
def test_find_dates_reads_the_written_day(text: str, days: list[str]) -> None:
    assert [day for _, day in find_dates(text)] == days


def test_article_mask_is_the_same_on_every_run_and_keeps_the_paragraphs() -> None:
    lines = [line.strip() for line in pasted_page([HEADLINE]).split("\n") if line.strip()]
    first = article_mask(lines, load_model())
    assert first == article_mask(lines, load_model())
    assert all(keep for line, keep in zip(lines, first, strict=True) if line in PARAGRAPHS)
