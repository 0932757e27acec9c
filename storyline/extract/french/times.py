"""French time expressions, found by a small date grammar and resolved against the publication date.

Explicit dates ("le 12 mars 2026", "1er mars", "en mars 2025", "en 2024") are read as written, a
missing year taken from the publication date; days named relative to it ("hier", "mardi",
"mardi prochain", "le mois dernier") are counted from it. A bare weekday points back (news reports
what happened) unless its sentence is in the future tense.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from storyline.extract.spans import span_of
from storyline.extract.times.layer import anchor_date
from storyline.lexicon.fr.times import DAYS, MONTHS, WEEKDAYS
from storyline.models import Article, TimeExpression

_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_GRAMMAR = re.compile(
    rf"\b(?:(?:{_WEEKDAY})\s+)?(?P<day>1er|[12]\d|3[01]|0?[1-9])\s+(?P<month>{_MONTH})(?:\s+(?P<year>(?:19|20)\d\d))?\b"
    rf"|\b(?P<month_only>{_MONTH})\s+(?P<month_year>(?:19|20)\d\d)\b"
    rf"|\ben\s+(?P<year_only>(?:19|20)\d\d)\b"
    rf"|\b(?P<weekday>{_WEEKDAY})(?:\s+(?P<weekday_dir>dernier|prochain))?\b"
    rf"|(?<![\w-])(?P<relday>avant-hier|après-demain|hier|aujourd['’]hui|demain)(?![\w-])"
    rf"|\b(?P<unit>la\s+semaine|le\s+mois|l['’]année)\s+(?P<unit_dir>dernière|dernier|prochaine|prochain)\b",
    re.IGNORECASE)


def extract_french_times(article: Article, doc: Doc) -> tuple[TimeExpression, ...]:
    anchor = anchor_date(article.published)
    out = []
    for match in _GRAMMAR.finditer(article.text):
        span = span_of(article.text, match.start(), match.end())
        out.append(TimeExpression(span=span, value=_resolve(match, anchor, _future(doc, match.start()))))
    return tuple(out)


def _resolve(m: re.Match[str], anchor: date | None, future: bool) -> str | None:
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    if g["day"]:
        month = MONTHS.index(g["month"]) + 1
        day = 1 if g["day"] == "1er" else int(g["day"])
        year = int(g["year"]) if g["year"] else (anchor.year if anchor else None)
        if year is None:
            return None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if g["month_only"]:
        return f"{g['month_year']}-{MONTHS.index(g['month_only']) + 1:02d}"
    if g["year_only"]:
        return g["year_only"]
    if anchor is None:
        return None
    if g["relday"]:
        return (anchor + timedelta(days=DAYS[g["relday"].replace("’", "'")])).isoformat()
    if g["weekday"]:
        ahead = g["weekday_dir"] == "prochain" or (g["weekday_dir"] is None and future)
        return _weekday(anchor, WEEKDAYS.index(g["weekday"]), ahead).isoformat()
    return _unit(anchor, g["unit"].split()[-1].split("'")[-1].split("’")[-1], g["unit_dir"].startswith("prochain"))


def _weekday(anchor: date, weekday: int, ahead: bool) -> date:
    if ahead:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _unit(anchor: date, unit: str, ahead: bool) -> str | None:
    step = 1 if ahead else -1
    if unit == "mois":
        month = anchor.month - 1 + step
        return f"{anchor.year + month // 12}-{month % 12 + 1:02d}"
    if unit == "année":
        return str(anchor.year + step)
    return None  # a week is no calendar value of ours


def _future(doc: Doc, char: int) -> bool:
    """The sentence around `char` speaks of the future: a verb in the future tense or "aller" + infinitive."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return False
    sent = token[0].sent
    for t in sent:
        if "Fut" in t.morph.get("Tense", []):
            return True
        following = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lemma_ == "aller" and following is not None and "Inf" in following.morph.get("VerbForm", []):
            return True
    return False
