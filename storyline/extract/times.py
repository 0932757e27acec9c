"""Time expressions, resolved against the publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from storyline.extract.spans import span_of
from storyline.models import Article, TimeExpression

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_DURATION = re.compile(r"^(?:for\s+)?(?:the\s+)?(?:past|last|next|first|coming)?\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:day|week|month|year|decade|hour|minute)s?\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$")


def extract_times(article: Article, doc: Doc) -> tuple[TimeExpression, ...]:
    text = article.text
    anchor = _anchor(article.published)
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        span = span_of(text, ent.start_char, ent.end_char)
        if not span.text or _DURATION.match(span.text):
            continue
        future = _is_future(ent)
        out.append(TimeExpression(span=span, value=resolve_time(span.text, anchor, future)))
    return tuple(out)


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _is_future(ent) -> bool:
    head = ent.root.head
    for tok in [head, *head.children]:
        if tok.lower_ in ("will", "shall", "'ll") or tok.lemma_ in ("schedule", "plan", "expect"):
            return True
    return False


def resolve_time(expr: str, anchor: date | None, future: bool) -> str | None:
    """Resolve one expression to YYYY, YYYY-MM or YYYY-MM-DD against the publication date."""
    s = expr.lower().strip().removeprefix("on ").removeprefix("in ").strip()
    s = re.sub(r"[,.]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    m = _YEAR.match(s)
    if m:
        return m.group(1)
    absolute = _absolute(s)
    if absolute is not None:
        return absolute
    if anchor is None:
        return None
    if s in ("today", "tonight", "this morning", "this evening", "this afternoon"):
        return anchor.isoformat()
    if s == "yesterday":
        return (anchor - timedelta(days=1)).isoformat()
    if s == "tomorrow":
        return (anchor + timedelta(days=1)).isoformat()
    if s in _WEEKDAYS:
        delta = (_WEEKDAYS.index(s) - anchor.weekday()) % 7
        if future:
            return (anchor + timedelta(days=delta)).isoformat()
        return (anchor - timedelta(days=(7 - delta) % 7)).isoformat()
    month = _month_index(s)
    if month is not None and len(s.split()) == 1:
        year = anchor.year
        if future and month < anchor.month:
            year += 1
        elif not future and month > anchor.month:
            year -= 1
        return f"{year}-{month:02d}"
    for word, months in (("last month", -1), ("next month", 1), ("this month", 0)):
        if s == word:
            y, mth = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
            return f"{y}-{mth + 1:02d}"
    for word, years in (("last year", -1), ("next year", 1), ("this year", 0)):
        if s == word:
            return str(anchor.year + years)
    return None


def _month_index(word: str) -> int | None:
    word = word.strip(".")
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    return _MONTH_ABBR.get(word[:4]) or _MONTH_ABBR.get(word[:3]) if len(word) in (3, 4) else None


def _absolute(s: str) -> str | None:
    """Dates that carry their own year: "January 22 2026", "22 January 2026", "2026-01-22"."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", s)
    if m:
        return s
    parts = s.split()
    if len(parts) == 3:
        a, b, c = parts
        if a.isdigit() and _month_index(b) and c.isdigit() and len(c) == 4:
            return f"{c}-{_month_index(b):02d}-{int(a):02d}"
        if _month_index(a) and b.isdigit() and c.isdigit() and len(c) == 4:
            return f"{c}-{_month_index(a):02d}-{int(b):02d}"
    if len(parts) == 2 and _month_index(parts[0]) and parts[1].isdigit() and len(parts[1]) == 4:
        return f"{parts[1]}-{_month_index(parts[0]):02d}"
    return None
