"""Metadata rules shared by HTML and plain text: outlets, URL dates, bylines."""
from __future__ import annotations

import re
from urllib.parse import urlparse

# Wire services name the feed, not a person, in the author slot.
WIRE_NAMES = {"reuters", "ap", "associated press", "afp", "agence france-presse", "app", "pti", "ani",
              "ians", "anadolu", "anadolu agency", "xinhua", "dpa", "bernama", "wam", "apa", "efe",
              "staff", "staff reporter", "news desk", "web desk", "desk"}

_URL_DATE = [
    re.compile(r"/(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|\b)"),
    re.compile(r"/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),
]
_URL_DATE_DMY = re.compile(r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-(20\d\d)/")
_OUTLET_IN_TEXT = re.compile(r"\bnot ([A-Z][\w.-]+?)[’']s\b|\b([A-Z][\w-]+) may disable\b")


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    host = host.lower()
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


def outlet_from_text(text: str) -> str | None:
    """The outlet a page names of itself, as in "comments reflect users' views, not News18's"."""
    m = _OUTLET_IN_TEXT.search(text)
    if not m:
        return None
    return (m.group(1) or m.group(2)).strip(".")


def split_authors(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    parts = re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", raw)
    return tuple(p.strip() for p in parts if p.strip() and p.strip().lower() not in WIRE_NAMES)
