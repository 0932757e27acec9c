"""Dates a page states about itself ("Last Updated:January 22, 2026, 10:27 IST")."""
from __future__ import annotations

import re
from datetime import datetime

import dateparser

# Time-zone abbreviations seen on news pages and their UTC offsets.
_ZONES = {"IST": "+05:30", "PKT": "+05:00", "GMT": "+00:00", "UTC": "+00:00", "EST": "-05:00",
          "EDT": "-04:00", "CET": "+01:00", "CEST": "+02:00", "BST": "+01:00", "WIB": "+07:00"}
_HAS_YEAR = re.compile(r"\b(19|20)\d\d\b")
_TIME = re.compile(r"(\d{1,2}):(\d{2})\s*(am|pm)?\s*\(?([A-Z]{2,4})?\)?", re.IGNORECASE)
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}


def parse_stated_date(text: str) -> str | None:
    """An ISO date (with time and offset when a zone is given) from a short date line, else None."""
    s = text.strip().strip(",|-–").strip()
    if not s or len(s) > 60 or not _HAS_YEAR.search(s):
        return None
    zone = None
    m = _TIME.search(s)
    if m and m.group(4) and m.group(4).upper() in _ZONES:
        zone = _ZONES[m.group(4).upper()]
        s_parse = s[: m.start(4)] + s[m.end(4):]
    else:
        s_parse = s
    try:
        parsed = dateparser.parse(s_parse.replace("(", " ").replace(")", " "), languages=["en"], settings=_SETTINGS)
    except (ValueError, OverflowError):
        return None
    if parsed is None or not (1990 <= parsed.year <= datetime.now().year + 1):
        return None
    if zone and m:
        return parsed.strftime("%Y-%m-%dT%H:%M") + zone
    return parsed.strftime("%Y-%m-%d")


# A wire dateline opening the first paragraph: "ISLAMABAD, Nov 18 (APP):", "Nov. 18, 2031 (Reuters) -".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’ -]{1,40},\s*)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?P<year>\d{4}))?)"
    r"\s*\((?P<wire>[A-Za-z][\w .-]{0,30})\)\s*[:\-–—]"
)


def parse_dateline(line: str, year_hint: int | None) -> str | None:
    """The date of a wire dateline; a dateline without a year takes `year_hint`, and without one, None."""
    m = _DATELINE.match(line.strip())
    if not m:
        return None
    text = m.group("date")
    if not m.group("year"):
        if year_hint is None:
            return None
        text = f"{text} {year_hint}"
    return parse_stated_date(text.replace(".", " "))


_MONTHS = {m: i + 1 for i, names in enumerate(
    ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
     "september sep sept", "october oct", "november nov", "december dec"]) for m in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"
# Dates written inside a longer line: "PUBLISHED: 00:01, Tue, Nov 19, 2031 | UPDATED: ...",
# "By Jana Velk 2031-11-18T20:51:19Z", "Publication time 3 December 2031 11:07", "Thu Feb 12 2031".
_IN_LINE = [re.compile(p, re.IGNORECASE) for p in (
    r"(?<!\d)" + _YEAR4 + r"-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)",
    r"(?<![\w])" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR4 + r"(?!\d)",
    r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR4 + r"(?!\d)",
    r"(?<![\d/.])(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])",
)]


def find_dates(text: str) -> list[tuple[int, str]]:
    """Each calendar date written in a line, as (position, ISO day), in the order they appear.

    The day is the one written, which is the outlet's local day: a time and zone after it are
    not converted to UTC. Slashed dates are read month first (US style) only when the day is
    unambiguous or the month comes first by necessity; "04/05/31" is left unread.
    """
    found: list[tuple[int, str]] = []
    for pattern in _IN_LINE:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            month = _MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mnum"])
            day, year = int(parts["day"]), int(parts["year"])
            if year < 100:
                year += 2000
            if parts.get("mnum") and "/" in m.group(0) and day <= 12 and month != day:
                continue  # ambiguous between month/day and day/month
            if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= datetime.now().year + 1):
                continue
            if not any(abs(pos - m.start()) < 3 for pos, _ in found):
                found.append((m.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    return sorted(found)
