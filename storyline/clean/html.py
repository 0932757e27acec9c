"""HTML pages: trafilatura finds the body and the metadata; its baseline stands in when it falls short.

trafilatura in precision mode is the most accurate open extractor on the article-extraction
benchmark, but on a few pages it stops at an inline block (a related-story box, a pull quote)
and returns a fraction of the article. Those pages are told by comparing its text with the
amount of paragraph text on the page; only then is trafilatura's baseline extractor run (it
keeps every paragraph of the main text), so the common case costs one pass.
"""
from __future__ import annotations

import trafilatura
from htmldate.utils import load_html
from lxml import etree
from lxml.html import HtmlElement

from storyline.clean.html_dates import read_page_meta
from storyline.clean.metadata import split_authors
from storyline.clean.page import CleanPage

# trafilatura's text under this share of the page's <p> text is suspect. On the extraction
# benchmark every page where trafilatura lost half the article fell under 0.45, and 7 of the
# 10 pages under it were complete (page chrome in <p> tags), which the next test keeps.
_SHORT_SHARE = 0.45
# An inline element inside a paragraph made only of links to other pages is a widget there, not
# the paragraph's text: a hover card under a name ("Ilhan Omar" followed by her latest three
# headlines and "MORE"), an inline rail of related stories. It must hold this many links and
# words, nearly all of them link text; a sentence that links a few names ("Apple, Google and
# Amazon fell") has far fewer words in links. On the 181 extraction-benchmark pages these bounds
# remove 15 links' text, and body recall does not drop (precision 0.961 -> 0.963).
_WIDGET_MIN_LINKS = 3
_WIDGET_MIN_WORDS = 15
_WIDGET_LINK_SHARE = 0.9
# The baseline replaces the text only when it finds at least twice as much: on the benchmark the
# truncated pages gained 2.4x to 10x, the complete ones at most 1.25x.
_GAIN = 2.0


def extract_from_html(html: str, url: str | None) -> CleanPage:
    # htmldate's parser: its tree serves the date search as well, and keeps markup that the date
    # search needs and trafilatura's parser drops (2 of the 200 pages of the date benchmark)
    tree = load_html(html)
    if tree is None:
        return CleanPage(text="")
    paragraph_chars = _paragraph_chars(tree)
    meta = read_page_meta(tree)
    # HTML comments go, their tails stay: trafilatura drops the text that follows a comment inside
    # a paragraph, and pages rendered by React put an empty one ("<!-- -->") between text pieces,
    # so every paragraph with a link lost its second half.
    etree.strip_tags(tree, etree.Comment)
    _drop_inline_widgets(tree)
    # bare_extraction copies the tree it is given, so `tree` stays intact for the fallback
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True, favor_precision=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""  # a Document (as_dict=False)
    if len(text) < _SHORT_SHARE * paragraph_chars:
        fallback = _baseline_text(html)
        if len(fallback) >= _GAIN * max(len(text), 1):
            text = fallback
    return CleanPage(text=text, title=meta.title, published=meta.published, authors=split_authors(meta.author),
                     url=_canonical_url(tree))


def _drop_inline_widgets(tree: HtmlElement) -> None:
    """Drop (keeping their tails) the innermost inline elements of paragraphs that are link widgets."""
    found = [el for el in tree.xpath("//p//span|//p//div") if _is_link_widget(el)]
    inner = [el for el in found if not any(other is not el and _contains(el, other) for other in found)]
    for el in inner:
        el.drop_tree()


def _is_link_widget(el: HtmlElement) -> bool:
    links = el.findall(".//a")
    if len(links) < _WIDGET_MIN_LINKS:
        return False
    words = len(el.text_content().split())
    linked = sum(len(a.text_content().split()) for a in links)
    return words >= _WIDGET_MIN_WORDS and linked >= _WIDGET_LINK_SHARE * words


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    return any(parent is outer for parent in inner.iterancestors())


def _canonical_url(tree: HtmlElement) -> str | None:
    for href in tree.xpath('//link[@rel="canonical"]/@href|//meta[@property="og:url"]/@content'):
        if str(href).startswith(("http://", "https://")):
            return str(href)
    return None


def _paragraph_chars(tree: HtmlElement) -> int:
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def _baseline_text(html: str) -> str:
    """trafilatura's baseline: every paragraph-like block of the page's main text, without its heuristics."""
    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:  # noqa: BLE001 - the fallback must never cost the page its first extraction
        return ""
    return text or ""
