"""Plain text that was already scraped: drop page leftovers line by line, keep every sentence.

A line is dropped only when it matches a leftover pattern (share prompts, timestamps, bylines,
related-link teasers, disclaimers, image markup). Stated dates and bylines are kept as metadata.
"""
from __future__ import annotations

import re

from storyline.clean.dates import parse_stated_date
from storyline.clean.metadata import WIRE_NAMES
from storyline.clean.page import CleanPage

# Whole lines that are page furniture on news sites.
_FURNITURE = re.compile(
    r"^(comment list|comments?|read more|short url|follow|share|share this( article)?|print|"
    r"more shorts|impact shorts|advertisement|subscribe|sign up|newsletter|related( articles| stories)?|"
    r"view all search results.*|can'?t find what you'?re looking for\??.*|"
    r"\d+\s+min(ute)?s?\s+read|\d+\s+(second|minute|hour|day|week|month)s?\s+ago|just now|"
    r"(image|photo|file photo|video)( credit)?:?.*)$",
    re.IGNORECASE,
)
# Lines that state a date of the page itself, with the label telling which date it is.
_STATED_DATE = re.compile(
    r"^\s*(?P<label>last updated|updated(?: on)?|first published|published(?: on)?|posted(?: on)?|date)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(?:by|written by|reported by)\s+(?P<names>[A-Z][^.!?]{1,80})$")
_TEASER = re.compile(r"^\s*(read more|also read|read also|see also|related|watch|for more stories)\b.*$", re.IGNORECASE)
_INLINE_TEASER = re.compile(r"\s*\b(?:Read more|ALSO READ|Also read):\s[^.!?\n]*$")
_DISCLAIMER = re.compile(r"^\s*disclaimer\s*:", re.IGNORECASE)
_IMAGE = re.compile(r"^\s*!\[.*\]\(.*\)\s*$")
_TWEET_LINK = re.compile(r"\s*pic\.twitter\.com/\w+")
_LEADING_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
# A headline: short, no sentence-final full stop.
_MAX_TITLE_WORDS = 30


def clean_plain_text(raw: str) -> CleanPage:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    published: str | None = None
    updated: str | None = None
    m = _LEADING_DATE.match(text)
    if m:
        published = m.group(1)
        text = text[m.end():]
    lines = text.split("\n")
    kept: list[str] = []
    authors: list[str] = []
    skip_next_date = False
    for i, line in enumerate(lines):
        stripped = _TWEET_LINK.sub("", line).strip()
        if not stripped:
            kept.append("")
            continue
        label = _STATED_DATE.match(stripped)
        if label and _is_short(stripped):
            value = parse_stated_date(label.group("rest"))
            if value is None and not label.group("rest").strip():
                skip_next_date = True  # "First Published:" with the date on the next line
            elif value is not None:
                if label.group("label").lower().startswith(("last updated", "updated")):
                    updated = updated or value
                else:
                    published = published or value
            if value is not None or skip_next_date:
                continue
        date_only = parse_stated_date(stripped) if _is_short(stripped, 8) else None
        if date_only is not None:
            if not skip_next_date:
                published = published or date_only
            skip_next_date = False
            continue
        byline = _BYLINE.match(stripped)
        if byline and _is_short(stripped, 12):
            authors.extend(_names(byline.group("names")))
            continue
        if _FURNITURE.match(stripped) or _TEASER.match(stripped) or _DISCLAIMER.match(stripped) or _IMAGE.match(stripped):
            if re.match(r"^\d+\s+min", stripped, re.IGNORECASE) and kept and _looks_like_name(kept[-1]):
                authors.append(kept.pop().strip())
            continue
        kept.append(_INLINE_TEASER.sub("", _TWEET_LINK.sub("", line)).rstrip())
    title = _headline(kept)
    body = _drop_repeats(kept, title)
    return CleanPage(
        text=re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip(),
        title=title,
        published=published,
        updated=updated,
        authors=tuple(a for a in authors if a.lower() not in WIRE_NAMES),
    )


def _is_short(line: str, words: int = 12) -> bool:
    return len(line.split()) <= words


def _names(raw: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s*(?:,|&|\band\b)\s*", raw) if p.strip()]


def _looks_like_name(line: str) -> bool:
    words = line.strip().split()
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _headline(lines: list[str]) -> str | None:
    for line in lines:
        s = line.strip()
        if not s:
            continue
        words = s.split()
        if len(words) <= _MAX_TITLE_WORDS and not s.endswith((".", "”", '"')) or (len(words) <= 20 and s.endswith("?")):
            return s
        return None
    return None


def _drop_repeats(lines: list[str], title: str | None) -> list[str]:
    """Drop a headline repeated further down, and any long line pasted twice in a row."""
    out: list[str] = []
    seen_title = False
    for line in lines:
        s = line.strip()
        if title and (s == title or (s.endswith(title) and len(s) - len(title) < 40 and s != title)):
            if seen_title:
                continue
            seen_title = True
            if s != title:
                continue
        if s and out and s == out[-1].strip():
            continue
        out.append(line)
    return out
