"""Pasted or scraped text: keep the article's lines, drop the page around them, keep the order.

The line classifier (`line_model`) tells which lines are the article. Of those, a line is still
dropped when a rule of `storyline.clean.leftovers` names it, or when it is a stated date or a
byline, which are kept as metadata instead. Glued widgets (a search box before the first
sentence, a "Read more:" link after the last) are cut off and the sentence is kept. The lines
above the article are read for the headline, the date and the byline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.bylines import READING_TIME, byline_names, looks_like_name_line
from storyline.clean.dates import find_dates, parse_dateline, parse_stated_date
from storyline.clean.headline import is_headline_like, pick_headline
from storyline.clean.leftovers import breadcrumb_title, leftover_kind, strip_inline_teaser, strip_search_box
from storyline.clean.line_model import article_mask
from storyline.clean.page import CleanPage

# Lines that state a date of the page itself, with the label telling which date it is.
_STATED_DATE = re.compile(
    r"^(?P<label>last updated|updated(?: on| at)?|first published|published(?: on| at)?|posted(?: on| at)?|"
    r"publication(?: date| time)?|date)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_UPDATED_LABELS = ("last updated", "updated")
# Inside a header line, what follows these words is the date of a later edit, not of publication.
_UPDATE_WORD = re.compile(r"(?:last\s+)?(?:updated|modified|edited)", re.IGNORECASE)
_PUBLISH_WORD = re.compile(r"publish|publication|posted|released", re.IGNORECASE)
# A header line this long is a teaser or a sentence, whose dates are not the page's.
_MAX_HEADER_DATE_WORDS = 25
# A date this many lines or more above the article start is a masthead's "today", not the page's date.
_HEADER_DATE_REACH = 30
# The date line may follow the standfirst or the lead image, which the classifier counts in the article.
_DATE_LINES_INTO_ARTICLE = 8
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
# A text of fewer lines is an article already cut out of its page (menus, teaser lists and footers
# alone run to dozens of lines), so the leftover rules clean it and the classifier is not asked.
_MIN_PAGE_LINES = 20
# A headline: short, no sentence-final full stop.
_MAX_TITLE_WORDS = 30


@dataclass
class _Found:
    """What the line scan collects besides the kept lines."""

    kept: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)  # lines above the article that may be its headline
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    breadcrumb: str | None = None
    index: int = 0  # the line being scanned
    start: int | None = None  # the first line of the article, when the classifier found one
    dates_open: bool = False  # whether the line is near enough the article start to date the page
    header_dates: list[tuple[int, bool, str]] = field(default_factory=list)  # (line, labelled, day)
    header_updated: list[tuple[int, str]] = field(default_factory=list)
    in_header: bool = True
    date_follows: str | None = None  # the label of a "First Published:" line whose date is on the next line


def clean_plain_text(raw: str, url: str | None = None) -> CleanPage:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    found = _Found()
    m = _LEADING_DATE.match(text)
    if m:
        found.published = m.group(1)
        text = text[m.end():]
    lines = [_tidy(line) for line in text.split("\n")]
    article = _article_lines(lines)
    start = min(article) if article else None
    found.start = start
    for i, line in enumerate(lines):
        found.index = i
        if start is not None:
            found.in_header = i < start
            found.dates_open = i < start + _DATE_LINES_INTO_ARTICLE
        _scan_line(line, found, article is None or i in article)
    if start is not None:
        _choose_header_dates(found, start)
    if article is None:
        title = _headline(found.kept) or found.breadcrumb
    else:
        title = pick_headline(found.above, url) or found.breadcrumb
    body = _drop_repeats(found.kept, title)
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    published = found.published or _dateline_date(body_text, found)
    return CleanPage(text=body_text, title=title, published=published, updated=found.updated,
                     authors=tuple(dict.fromkeys(found.authors)))


def _tidy(line: str) -> str:
    return strip_search_box(_TWEET_LINK.sub("", line).strip()).strip()


def _article_lines(lines: list[str]) -> set[int] | None:
    """Indices of the lines the classifier takes for the article; None when it finds none, and the
    page is then cleaned by the leftover rules alone."""
    indices = [i for i, line in enumerate(lines) if line]
    if len(indices) < _MIN_PAGE_LINES:
        return None
    mask = article_mask([lines[i] for i in indices])
    kept = {i for i, keep in zip(indices, mask, strict=True) if keep}
    return kept or None


def _scan_line(stripped: str, found: _Found, in_article: bool = True) -> None:
    if not stripped:
        if in_article:
            found.kept.append("")
        return
    label = found.date_follows
    found.date_follows = None
    if _take_stated_date(stripped, found, label):
        return
    if found.dates_open and (not in_article or byline_names(stripped) is not None):
        _note_header_dates(stripped, found)
    elif found.dates_open and _is_date_label_line(stripped):
        _note_header_dates(stripped, found)
        return  # "PUBLISHED: 00:01, Tue, Nov 19, 2031 | UPDATED: ...": metadata, not text
    names = byline_names(stripped)
    if names is not None:
        found.authors.extend(names)
        return
    kind = leftover_kind(stripped)
    if not in_article:
        if kind == "breadcrumb":
            found.breadcrumb = found.breadcrumb or breadcrumb_title(stripped)
        elif kind is None and found.in_header:
            found.above.append(stripped)
        return
    if kind is not None:
        if READING_TIME.match(stripped) and found.kept and looks_like_name_line(found.kept[-1].strip()):
            found.authors.append(found.kept.pop().strip())
        if kind == "breadcrumb":
            found.breadcrumb = found.breadcrumb or breadcrumb_title(stripped)
        return
    if found.in_header and len(stripped.split()) >= _BODY_WORDS:
        found.in_header = False
    if not found.kept and is_headline_like(stripped):
        found.above.append(stripped)  # a headline the classifier kept opens the text
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
    elif found.in_header and found.start is not None:
        found.header_dates.append((found.index, False, value[:10]))  # weighed by its distance to the article
    elif found.in_header:
        found.published = found.published or value
    return True


def _note_header_dates(line: str, found: _Found) -> None:
    """Dates in a header line the classifier left out: "By Jana Velk | Nov 18, 2031 - Updated Nov 19"."""
    if len(line.split()) > _MAX_HEADER_DATE_WORDS or (line.startswith(("—", "–")) and "@" in line):
        return  # an embedded post's signature, "— Jana Velk (@jvelk) November 18, 2031"
    update = _UPDATE_WORD.search(line)
    for pos, day in find_dates(line):
        if update and pos > update.start():
            found.header_updated.append((found.index, day))
        else:
            found.header_dates.append((found.index, bool(_PUBLISH_WORD.search(line[:pos])), day))


def _is_date_label_line(line: str) -> bool:
    words = line.split()
    return (len(words) <= _MAX_HEADER_DATE_WORDS and not line.endswith(".")
            and bool(_PUBLISH_WORD.search(line) or _UPDATE_WORD.search(line)) and bool(find_dates(line)))


def _choose_header_dates(found: _Found, start: int) -> None:
    """A labelled publication date wins; else the date nearest the article start."""
    near = [d for d in found.header_dates if start - d[0] < _HEADER_DATE_REACH]
    labelled = [d for d in found.header_dates if d[1]]
    if found.published is None and (labelled or near):
        found.published = labelled[0][2] if labelled else min(near, key=lambda d: abs(d[0] - start))[2]
    if found.header_updated and found.updated is None:
        found.updated = found.header_updated[0][1]


def _record(found: _Found, label: str, value: str) -> None:
    if label.startswith(_UPDATED_LABELS):
        found.updated = found.updated or value
    else:
        found.published = found.published or value


def _dateline_date(body: str, found: _Found) -> str | None:
    """The date of a wire dateline opening one of the first paragraphs, "ISLAMABAD, Nov 18 (APP): ..."."""
    stated = " ".join([found.updated or ""] + [d[2] for d in found.header_dates])
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


def page_lines(text: str) -> list[str]:
    """The non-empty lines of a page, stripped: what the line classifier sees."""
    return [s for s in (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")) if s]
