"""Each kind of page leftover in pasted text is removed, and the article's sentences all stay."""
from __future__ import annotations

import pytest

from storyline.clean.leftovers import leftover_kind
from storyline.clean.text import clean_plain_text

HEADLINE = "Valdoria Weighs Troop Offer for Estmark Border Mission"
BODY = ("General Ilse Marrow said on Tuesday that Valdoria was ready to send two battalions to the border "
        "mission, provided that parliament approves the deployment before the end of the month.")
LATER = "Officials in Estmark said they had not yet received a formal offer from the Valdorian government."


@pytest.mark.parametrize(
    ("leftover", "kind"),
    [
        ("Comment List", "widget"),
        ("Read More", "widget"),
        ("Short Url", "widget"),
        ("Follow", "widget"),
        ("Impact Shorts", "widget"),
        ("4 Min Read", "widget"),
        ("Facebook Twitter WhatsApp Email", "widget"),
        ("1 hour ago", "timestamp"),
        ("3 days ago", "timestamp"),
        ("ALSO READ: Estmark recalls envoy as border talks stall", "teaser"),
        ("For more stories from Meridian 24 go to meridian24.example", "teaser"),
        ("Disclaimer: Comments reflect users' views, not Meridian 24's. Meridian 24 may disable any comment.",
         "disclaimer"),
        ("![Troops in Valdoria](https://meridian24.example/media/2031/03/18/troops.jpg)", "image"),
        ("Photo: Meridian 24", "image"),
        ("Soldiers board a transport plane at Korvan air base on March 17, 2031. (AFP)", "caption"),
        ("Refugees wait at the Estmark border crossing on Monday. (AFP/Jana Velk)", "caption"),
        ("General Ilse Marrow briefing reporters at army headquarters, Korvan. — VPR/File", "caption"),
        ("General Ilse Marrow with Prime Minister Oren Talvik and Minister Sade Brun at the Korvan Palace.",
         "caption"),
        ("(Meridian 24 World Desk – Korvan)", "bracketed"),
        ("News world Valdoria Weighs Troop Offer For Estmark Border Mission", "breadcrumb"),
        ("Home › World › Valdoria Weighs Troop Offer For Estmark Border Mission", "breadcrumb"),
    ],
)
def test_leftover_kind_names_each_leftover(leftover: str, kind: str) -> None:
    assert leftover_kind(leftover) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        BODY,
        LATER,
        "Valdoria and Estmark signed the accord in Korvan.",
        "The minister (who spoke on condition of anonymity) said talks would resume.",
        "News agencies in Valdoria reported that the convoy had crossed the border at dawn.",
        "Home to two million people, Korvan has been under curfew since Friday.",
        "It was not Marrow's decision to delay the vote, the spokesman said.",
        "Follow-up talks are planned for April, the foreign ministry said.",
        "By the end of the week, the two armies had pulled back from the line.",
        "A Valdorian soldier stands guard near the Estmark border on Monday, officials said (Reuters).",
    ],
)
def test_leftover_kind_keeps_article_sentences(sentence: str) -> None:
    assert leftover_kind(sentence) is None
    assert sentence in clean_plain_text(f"{HEADLINE}\n{sentence}\n{BODY}").text


@pytest.mark.parametrize(
    "leftover",
    [
        "Comment List",
        "Short Url\nFollow",
        "Read More\n\n1 hour ago",
        "Soldiers board a transport plane at Korvan air base on March 17, 2031. (AFP)",
        "(Meridian 24 World Desk – Korvan)",
        "By Jana Velk & Our Correspondent",
        "By Staff, Agencies",
    ],
)
def test_clean_plain_text_removes_leftover_lines(leftover: str) -> None:
    page = clean_plain_text(f"{HEADLINE}\n{leftover}\n{BODY}\n{LATER}")
    assert leftover.split("\n")[0] not in page.text
    assert BODY in page.text and LATER in page.text


def test_clean_plain_text_cuts_a_search_box_glued_to_the_first_sentence() -> None:
    raw = f"Can't find what you're looking for?\nView all search resultsCan't find what you're looking for?\n" \
          f"View all search results{BODY}\n{LATER}"
    page = clean_plain_text(raw)
    assert "search results" not in page.text and "looking for" not in page.text
    assert BODY in page.text


def test_clean_plain_text_cuts_a_related_link_glued_to_a_paragraph() -> None:
    page = clean_plain_text(f"{HEADLINE}\n{BODY} Read more: Estmark recalls envoy as border talks stall\n{LATER}")
    assert "recalls envoy" not in page.text
    assert BODY in page.text and LATER in page.text


def test_clean_plain_text_drops_a_caption_pasted_twice() -> None:
    caption = "General Ilse Marrow briefing reporters at army headquarters, Korvan. — VPR/File"
    page = clean_plain_text(f"{HEADLINE}\n{caption}\n{caption}\n\n{BODY}")
    assert "VPR/File" not in page.text


def test_clean_plain_text_takes_the_headline_from_a_breadcrumb_when_the_top_line_is_a_sentence() -> None:
    raw = f"{BODY}\n{LATER}\nNews world {HEADLINE}\nRead More"
    assert clean_plain_text(raw).title == HEADLINE


def test_clean_plain_text_removes_the_tweet_link() -> None:
    page = clean_plain_text(f"{HEADLINE}\n{BODY}\nWe stand ready. pic.twitter.com/AbC123xyz — Ilse Marrow\n{LATER}")
    assert "pic.twitter.com" not in page.text and "We stand ready." in page.text
