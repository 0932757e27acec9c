"""The pages as HTML: what each shows, and that untrusted text arrives escaped."""
from __future__ import annotations

import re

import pytest

from storyline.models import MODALITIES
from storyline.web.render import safe_url
from storyline.web.story_page import MODALITY_HELP
from tests.api.demo_store import HOSTILE_DOCUMENT


def test_story_list_shows_counts_and_date_ranges(pages):
    html = pages.get("/").text
    for story in pages.get("/api/stories").json()["items"]:
        row = html[html.index(f'/stories/{story["id"]}'):]
        row = row[:row.index("</tr>")]
        assert f'>{story["articles"]}<' in row and story["first"][:10] in row and story["last"][:10] in row


def test_story_page_has_every_part(pages):
    story = pages.get("/api/stories").json()["items"][0]["id"]
    html = pages.get(f"/stories/{story}").text
    for part in ("timeline", "actors", "briefing", "who-said-what", "changes", "conflicts", "sources"):
        assert f'id="{part}"' in html, part
    assert re.search(r'<circle class="dot m-(asserted|expected|possible|negated|denied)"', html)
    assert 'class="badge warn"' in html  # the demo corpus quotes anonymous officials
    assert re.search(r'<a class="cite" href="/articles/[^"]+\?start=\d+&amp;end=\d+#passage"', html)


def test_modality_legend_covers_every_modality():
    assert set(MODALITY_HELP) == set(MODALITIES)


def test_article_page_marks_the_passage(pages):
    article = pages.get("/api/articles/demo-valdoria-01").json()
    html = pages.get("/articles/demo-valdoria-01", params={"start": 10, "end": 30}).text
    assert f'<mark id="passage">{article["text"][10:30]}</mark>' in html


def test_a_passage_outside_the_article_is_an_error(pages):
    assert pages.get("/articles/demo-valdoria-01", params={"start": 5, "end": 10 ** 7}).status_code == 400


def test_entity_page_shows_roles_over_time(pages):
    entity = pages.get("/api/entities").json()["items"][0]
    html = pages.get(f"/entities/{entity['id']}").text
    assert 'id="roles-over-time"' in html and '<svg class="chart"' in html


@pytest.mark.parametrize("url", ["/", "/search?q=harbour", "/entities?name=Estmark"])
def test_hostile_text_is_escaped(pages, url):
    html = pages.get(url).text
    assert "<script>window" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert 'href="javascript' not in html.lower()


def test_hostile_article_page_is_escaped(pages):
    from urllib.parse import quote
    html = pages.get("/articles/" + quote(HOSTILE_DOCUMENT["id"], safe="")).text
    assert "&lt;script&gt;window.__pwned" in html
    for raw in ("<script>window", "<img src=x", "<svg onload", "<iframe", "<body onload", "<b onmouseover"):
        assert raw not in html, raw
    assert 'href="javascript' not in html.lower()


@pytest.mark.parametrize(("url", "safe"), [
    ("https://meridian24.example/a", "https://meridian24.example/a"), ("http://x.example/", "http://x.example/"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,<b>x</b>", None),
    ("vbscript:x", None), ("//evil.example/", None), ("", None), (None, None),
])
def test_only_http_links_are_links(url, safe):
    assert safe_url(url) == safe
