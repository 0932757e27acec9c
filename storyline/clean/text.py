"""Plain text that was already scraped: drop page leftovers line by line, keep every sentence.

A line is dropped only when a rule of `storyline.clean.leftovers` names it, or when it is a
stated date or a byline, which are kept as metadata instead. Glued widgets (a search box before
the first sentence, a "Read more:" link after the last) are cut off and the sentence is kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.bylines import READING_TIME, byline_names, looks_like_name_line
from storyline.clean.dates import parse_dateline, parse_stated_date
from storyline.clean.leftovers import breadcrumb_title, leftover_kind, strip_inline_teaser, strip_search_box
from storyline.clean.page import CleanPage

# Lines that state a date of the page itself, with the label telling which date it is.
_STATED_DATE = re.compile(
    r"^(?P<label>last updated|updated(?: on| at)?|first published|published(?: on| at)?|posted(?: on| at)?|"
    r"date)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_UPDATED_LABELS = ("last updated", "updated")
# Spaces before the link are taken only from where their run starts, not again from each space
# of it (that was quadratic on a long run); inside a run only an empty \s* is tried.
_TWEET_LINK = re.compile(r"(?:(?<!\s)\s*|(?<=\s))pic\.twitter\.com/\w+")
# Some archives put "date YYYY-MM-DD" before the text.
_LEADING_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MAX_DATE_LINE_WORDS = 8  # "Monday, November 04, 2031, 10:27 IST" and the like
_MAX_LABEL_LINE_WORDS = 12
# A paragraph this long starts the body; dates and bylines above it belong to the page header.
_BODY_WORDS = 25
# A headline: short, no sentence-final full stop.
_MAX_TITLE_WORDS = 30


@dataclass
class _Found:
    """What the line scan collects besides the kept lines."""

    kept: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    breadcrumb: str | None = None
    in_header: bool = True
    date_follows: str | None = None  # the label of a "First Published:" line whose date is on the next line


def clean_plain_text(raw: str) -> CleanPage:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    found = _Found()
    m = _LEADING_DATE.match(text)
    if m:
        found.published = m.group(1)
        text = text[m.end():]
    for line in text.split("\n"):
        _scan_line(line, found)
    title = _headline(found.kept) or found.breadcrumb
    body = _drop_repeats(found.kept, title)
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    published = found.published or _dateline_date(body_text, found)
    return CleanPage(text=body_text, title=title, published=published, updated=found.updated,
                     authors=tuple(dict.fromkeys(found.authors)))


def _scan_line(line: str, found: _Found) -> None:
    stripped = strip_search_box(_TWEET_LINK.sub("", line).strip()).strip()
    if not stripped:
        found.kept.append("")
        return
    label = found.date_follows
    found.date_follows = None
    if _take_stated_date(stripped, found, label):
        return
    names = byline_names(stripped)
    if names is not None:
        found.authors.extend(names)
        return
    kind = leftover_kind(stripped)
    if kind is not None:
        if READING_TIME.match(stripped) and found.kept and looks_like_name_line(found.kept[-1].strip()):
            found.authors.append(found.kept.pop().strip())
        if kind == "breadcrumb":
            found.breadcrumb = found.breadcrumb or breadcrumb_title(stripped)
        return
    if found.in_header and len(stripped.split()) >= _BODY_WORDS:
        found.in_header = False
    found.kept.append(strip_inline_teaser(stripped))


def _take_stated_date(line: str, found: _Found, label: str | None) -> bool:
    """Record a stated date line ("Updated 22 January 2031", or a date alone) and say whether it was one."""
    m = _STATED_DATE.match(line)
    if m and len(line.split()) <= _MAX_LABEL_LINE_WORDS:
        rest = m.group("rest").strip()
        if not rest:
            found.date_follows = m.group("label").lower()
            return True
        value = parse_stated_date(rest)
        if value is not None:
            _record(found, m.group("label").lower(), value)
            return True
    if len(line.split()) > _MAX_DATE_LINE_WORDS:
        return False
    value = parse_stated_date(line)
    if value is None:
        return False
    # A bare date counts only under a label or in the header: further down it may date a comment.
    if label is not None:
        _record(found, label, value)
    elif found.in_header:
        found.published = found.published or value
    return True


def _record(found: _Found, label: str, value: str) -> None:
    if label.startswith(_UPDATED_LABELS):
        found.updated = found.updated or value
    else:
        found.published = found.published or value


def _dateline_date(body: str, found: _Found) -> str | None:
    """The date of a wire dateline opening one of the first paragraphs, "ISLAMABAD, Nov 18 (APP): ..."."""
    stated = found.updated or ""
    years = {int(y) for y in _YEAR.findall(stated)} or {int(y) for y in _YEAR.findall(body)}
    # A dateline without its year takes the only year the page states; with several, it is unknown.
    hint = next(iter(years)) if len(years) == 1 else None
    for paragraph in [p for p in body.split("\n") if p.strip()][:4]:
        value = parse_dateline(paragraph, hint)
        if value:
            return value
    return None


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
    """Drop a headline repeated further down, and any line pasted twice in a row."""
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
        previous = next((p.strip() for p in reversed(out) if p.strip()), None)
        if s and s == previous:
            continue
        out.append(line)
    return out
