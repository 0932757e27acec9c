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
