"""Title, author and publication date of an HTML page, without the parts of trafilatura's
metadata pass that storyline does not use (site name, categories, tags, licence).

The date is htmldate's in extensive mode, looking for the original publication date; the URL is
not given to it, since a date in the URL is storyline's own later fallback (`article.py`) and
htmldate would let it override a date the page states.
"""
from __future__ import annotations

from dataclasses import dataclass

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

# Where pages mark the byline when their meta tags do not name the author. trafilatura's own
# author search tries some hundred XPaths and took a third of the time of a whole page on the
# extraction benchmark, so only the common markup is looked at.
_BYLINE_XPATH = ('(//*[@rel="author"]|//*[@itemprop="author"]|//*[contains(@class,"byline")]'
                 '|//*[contains(@class,"author-name")]|//*[contains(@class,"author")]//a)[1]')
_MAX_BYLINE_CHARS = 80  # longer blocks are author biographies, not bylines


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
    title = meta.title or extract_title(tree)
    author = meta.author if meta.author and " " in meta.author else None  # one word is a handle or a site
    author = author or _marked_byline(tree)
    # htmldate prunes a copy of the tree, so the tree stays intact for the body extraction
    published = find_date(tree, extensive_search=True, original_date=True)
    return PageMeta(title=title or None, author=author or None, published=published or None)


def _marked_byline(tree: HtmlElement) -> str | None:
    for element in tree.xpath(_BYLINE_XPATH):
        text = " ".join(element.text_content().split())
        if text.lower().startswith("by "):
            text = text[3:]
        if 0 < len(text) <= _MAX_BYLINE_CHARS:
            return text
    return None
