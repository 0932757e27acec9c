"""The headline of a pasted page: the line above the article that reads as a headline.

Above an article a page shows menus, breadcrumbs, section labels ("WAR ON GAZA"), share icons,
the byline and the date; the headline is the line among them that has several words, is not a
sentence of the body, is not shouted in capitals like a label and is not a link or an icon. When
the page's URL is known, its slug usually repeats the headline's words, which settles ties.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from storyline.clean.dates import find_dates

_DATE_LABEL = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified)\b", re.IGNORECASE)
_MAX_DATE_LINE_WORDS = 20
_WORD = re.compile(r"\w+", re.UNICODE)
_LINK_LIKE = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|^@\w|\w/\w", re.IGNORECASE)
# A headline runs from a few words to about thirty; "Valdoria Votes" is the shortest plausible.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
# Lines above the article start that are looked at: headline, standfirst, byline, date, share bar
# and a caption fit in this many on the pages of the pasted-pages set.
_LOOK_BACK = 12
# Share of the slug's words a line must contain to count as the headline the URL names.
_SLUG_MATCH = 0.5
# "Headline | Site", "Headline - Site", "Headline – Site": a site name is at most this many words.
# (?<!\s): a separator is tried once per run of spaces, not from each of its spaces (quadratic)
_SITE_SEPARATOR = re.compile(r"(?<!\s)\s+[|–—-]\s+|(?<!\s)\s*\|\s*")
_MAX_SITE_NAME_WORDS = 5
# A heading names the same story as the meta title when it shares this share of the shorter's words.
_SAME_STORY = 0.5
_SLUG_NOISE = {"html", "htm", "php", "aspx", "amp", "www", "com", "news", "article", "story", "index"}


def is_headline_like(line: str) -> bool:
    """Could this line be a headline: a few words, no closing full stop, not a label, link or icon."""
    words = line.split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS and not _is_unspaced_title(line):
        return False
    unquoted = line.rstrip("\"”’'")
    if unquoted.endswith((".", ",", ";", ":")) and not unquoted.endswith("...") or _LINK_LIKE.search(line):
        return False
    if _DATE_LABEL.match(line) or find_dates(line) and len(words) <= _MAX_DATE_LINE_WORDS:
        return False  # "Updated on: November 19, 2031 / 10:07 AM / Meridian 24"
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 0.5 * len(line.replace(" ", "")):
        return False  # mostly digits and symbols: a date, a score, an icon row
    return not (line.isupper() and len(words) <= 6)  # a section label in capitals


def pick_headline(candidates: list[str], url: str | None) -> str | None:
    """The headline among the lines above the article start (nearest last)."""
    near = [c for c in candidates[-_LOOK_BACK:] if is_headline_like(c)]
    if not near:
        return None
    slug = slug_words(url)
    if slug:
        scored = [(len(slug & {w.lower() for w in _WORD.findall(c)}) / len(slug), c) for c in near]
        best = max(scored, key=lambda pair: pair[0])
        if best[0] >= _SLUG_MATCH:
            return best[1]
    # Without a URL: the headline is the longest headline-like line near the article's top; a
    # shorter one above it is a section name or a teaser, one below it a byline or a caption.
    return max(near, key=lambda c: (min(len(c.split()), 12), -near[::-1].index(c)))


def strip_site_name(title: str) -> str:
    """A page title without the site name pages append: "Headline | Al Bawaba", "Headline - SpaceNews.com"."""
    parts = _SITE_SEPARATOR.split(title.strip())
    if len(parts) > 1 and len(parts[-1].split()) <= _MAX_SITE_NAME_WORDS and len(parts[0].split()) >= MIN_TITLE_WORDS:
        return " ".join(" - ".join(parts[:-1]).split()) if len(parts) > 2 else " ".join(parts[0].split())
    return " ".join(title.split())


def choose_page_title(meta_title: str | None, headings: list[str]) -> str | None:
    """The headline a page shows (its first-level heading) when it is the story the page's meta
    title names; else the meta title without the site name. Meta titles are often shortened or
    rewritten for search and social cards, while the heading is what the outlet printed."""
    meta = strip_site_name(meta_title) if meta_title else None
    meta_words = {w.lower() for w in _WORD.findall(meta or "")}
    for heading in headings:
        heading = " ".join(heading.split())
        if not is_headline_like(heading):
            continue
        words = {w.lower() for w in _WORD.findall(heading)}
        if not meta_words or len(words & meta_words) >= _SAME_STORY * min(len(words), len(meta_words)):
            return heading
    return meta or None


def slug_words(url: str | None) -> set[str]:
    if not url:
        return set()
    path = unquote(urlparse(url).path)
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", path) if len(w) > 2}
    return words - _SLUG_NOISE if len(words - _SLUG_NOISE) >= 3 else set()


def _is_unspaced_title(line: str) -> bool:
    """A headline in a script written without spaces (Chinese, Japanese)."""
    return not line.isascii() and 8 <= len(line) <= 80 and len(line.split()) < MIN_TITLE_WORDS
