"""Title, author and publication date of an HTML page, without the parts of trafilatura's
metadata pass that storyline does not use (site name, categories, tags, licence).

The date is htmldate's in extensive mode, looking for the original publication date; the URL is
not given to it, since a date in the URL is storyline's own later fallback (`article.py`) and
htmldate would let it override a date the page states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

from storyline.clean.dates import find_dates
from storyline.clean.headline import choose_page_title

# Where pages mark the byline when their meta tags do not name the author. trafilatura's own
# author search tries some hundred XPaths and took a third of the time of a whole page on the
# extraction benchmark, so only the common markup is looked at.
_BYLINE_XPATH = ('(//*[@rel="author"]|//*[@itemprop="author"]|//*[contains(@class,"byline")]'
                 '|//*[contains(@class,"author-name")]|//*[contains(@class,"author")]//a)[1]')
_MAX_HEADINGS = 3  # first-level headings looked at: the logo, the headline, a widget title
_MAX_BYLINE_CHARS = 80
# Text pieces after the headline searched for the date it shows: byline, date, share bar, caption.
_SHOWN_DATE_TEXTS = 15
_NOT_THE_PAGE_DATE = {"script", "style", "a", "figcaption", "blockquote"}
_BODY_STARTED_WORDS = 25
_LOOKS_DATED = re.compile(r"\b[0-3]?\d\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b[0-3]?\d\b")
_MAX_DATE_WORDS = 8  # a text piece this long is a paragraph of the article
# The shown day replaces htmldate's only this close to it: meta timestamps are often in UTC, a day off
# the outlet's own date, while a date further off is more likely a related story's.
_SHOWN_DATE_REACH_DAYS = 2  # longer blocks are author biographies, not bylines


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    author: str | None
    published: str | None


def read_page_meta(tree: HtmlElement) -> PageMeta:
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - malformed JSON-LD is common; the other sources still count
        pass
    headings = list(tree.iter("h1"))[:_MAX_HEADINGS]
    title = choose_page_title(meta.title or extract_title(tree), [h.text_content() for h in headings])
    author = meta.author if meta.author and " " in meta.author else None  # one word is a handle or a site
    author = author or _marked_byline(tree)
    # htmldate prunes a copy of the tree, so the tree stays intact for the body extraction
    published = find_date(tree, extensive_search=True, original_date=True)
    heading = next((h for h in headings if title and " ".join(h.text_content().split()) == title), None)
    shown = _date_under(heading) if heading is not None else None
    if shown and (not published or _days_apart(shown, published) <= _SHOWN_DATE_REACH_DAYS):
        published = shown
    return PageMeta(title=title or None, author=author or None, published=published or None)


def _date_under(heading: HtmlElement) -> str | None:
    """The first date the page shows under its headline, as a pasted copy of it would read it:
    a written date not labelled "Updated", or a <time> element's datetime when it shows none."""
    seen = 0
    for element in heading.xpath("following::*[position() <= 200]"):
        if element.tag in _NOT_THE_PAGE_DATE or "caption" in (element.get("class") or ""):
            continue  # a link's date is another story's, a caption's the photo's
        text = " ".join((element.text or "").split())
        if len(text.split()) >= _BODY_STARTED_WORDS:
            return None  # the article has begun: a date further down is one it mentions
        if element.tag == "time" and element.get("datetime") and not find_dates(text):
            # the written day is the outlet's; the machine-readable one is often in UTC
            text = element.get("datetime")
        if text:
            seen += 1
            lowered = text.lower()
            found = find_dates(text)
            if found and not lowered.startswith(("updated", "last updated", "modified")):
                return found[0][1]
            if not found and len(text.split()) <= _MAX_DATE_WORDS and _LOOKS_DATED.search(text):
                return None  # a date in words find_dates cannot read ("17 de Febrero 2031"): htmldate's stands
        if seen >= _SHOWN_DATE_TEXTS:
            return None
    return None


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 99


def _marked_byline(tree: HtmlElement) -> str | None:
    for element in tree.xpath(_BYLINE_XPATH):
        text = " ".join(element.text_content().split())
        if text.lower().startswith("by "):
            text = text[3:]
        if 0 < len(text) <= _MAX_BYLINE_CHARS:
            return text
    return None
