"""Assemble an Article from a RawDocument: body, title, date, outlet, authors, language."""
from __future__ import annotations

import hashlib

from storyline.clean.html import extract_from_html
from storyline.clean.language import detect_language
from storyline.clean.metadata import (
    outlet_from_text,
    outlet_from_url,
    published_from_lead_image,
    published_from_url,
)
from storyline.clean.text import clean_plain_text
from storyline.errors import Code, StorylineError
from storyline.models import Article, RawDocument

# Fewer words than this is a menu or a headline, not a report: the shortest news briefs in
# the extraction benchmark run to several dozen words.
MIN_BODY_WORDS = 8


def clean_document(raw: RawDocument) -> Article:
    """Clean one document; raises StorylineError when no article text remains."""
    page = extract_from_html(raw.content, raw.url) if raw.kind == "html" else clean_plain_text(raw.content, raw.url)
    text = page.text.strip()
    if len(text.split()) < MIN_BODY_WORDS:
        raise StorylineError(Code.NO_BODY)
    url = raw.url or page.url
    # A stated publication date beats the URL's; the last-updated date stands in only when the page
    # states no other, as it is then the one date a reader of the page is given.
    published = (raw.published or page.published or published_from_url(url)
                 or (published_from_lead_image(raw.content, url) if raw.kind == "text" else None) or page.updated)
    return Article(
        id=raw.id or content_id(text),
        source=raw.source,
        url=url,
        title=raw.title or page.title,
        outlet=outlet_from_url(url) or page.outlet or outlet_from_text(raw.content),
        published=published,
        authors=page.authors,
        text=text,
        language=detect_language(text),
        updated=page.updated,
    )


def content_id(text: str) -> str:
    """A stable id for a document that came without one: the hash of its cleaned text."""
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
