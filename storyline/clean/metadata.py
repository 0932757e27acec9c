"""Metadata rules shared by HTML and plain text: outlets, dates in URLs, bylines."""
from __future__ import annotations

import re
from urllib.parse import urlparse

from storyline.clean.bylines import WIRE_NAMES, split_authors

__all__ = ["WIRE_NAMES", "outlet_from_text", "outlet_from_url", "published_from_url", "split_authors",
           "published_from_lead_image"]

_URL_DATE = [
    re.compile(r"/(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|_|\b)"),
    re.compile(r"/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),
]
_URL_DATE_DMY = re.compile(r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-(20\d\d)/")
# How a page names itself: "comments reflect users' views, not News18's", "Meridian 24 may disable
# any comment", "© 2031 Meridian 24", "Copyright 2031 Meridian 24. All rights reserved".
_OUTLET_IN_TEXT = [
    re.compile(r"\bviews?\b[^.]{0,40}\bnot (?:necessarily )?(?:those of )?(?P<name>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,3}?)"
               r"(?:[’']s?\b|[.,])"),
    re.compile(r"\b(?P<name>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,3}) (?:may|reserves the right to) "
               r"(?:disable|remove|delete|moderate) (?:any |all |the )?(?:comments?|posts?)\b"),
    re.compile(r"(?:©|\bCopyright\s*©?\s*(?=\d{4}))\s*(?:\d{4}(?:-\d{4})?\s*)?"
               r"(?P<name>[A-Z][\w-]*(?:\.[a-z]{2,6}\b)?(?: [A-Z0-9][\w-]*){0,3})"),
]
# The alt text may hold bracketed words ("[VIDEO]") but no nested "![": with `.*?` each "![" of
# a line scanned to its end, quadratic on a line of repeated "![" (and in C, where no time limit
# can stop it). The loop is unrolled so that no two ways of matching exist (linear).
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\((?P<url>https?://[^)\s\[\]]+)\)")
# The lead image sits under the headline; later images may come from related stories.
_LEAD_LINES = 5


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


def published_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = urlparse(url).path
    for pattern in _URL_DATE:
        m = pattern.search(path)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _URL_DATE_DMY.search(path)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return None


def published_from_lead_image(text: str, page_url: str | None) -> str | None:
    """The upload date in the URL of the page's own lead image (a CMS files it under /YYYY/MM/DD/).

    Only an image on the page's own site, in the first lines, counts: an image from elsewhere or
    further down may belong to another story.
    """
    site = outlet_from_url(page_url)
    if not site:
        return None
    for line in text.lstrip().split("\n")[:_LEAD_LINES]:
        for m in _MARKDOWN_IMAGE.finditer(line):
            host = outlet_from_url(m.group("url"))
            if host and (host == site or host.endswith("." + site)):
                return published_from_url(m.group("url"))
    return None


def outlet_from_text(text: str) -> str | None:
    """The outlet a page names of itself, as in "comments reflect users' views, not News18's"."""
    for pattern in _OUTLET_IN_TEXT:
        m = pattern.search(text)
        if m:
            name = m.group("name").strip(".")
            if name.lower() not in ("the", "all", "any", "this", "our"):
                return name
    return None
