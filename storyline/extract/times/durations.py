"""Durations: stretches of time ("two years", "for six months", "the past five days").

The annotation guide does not count durations as times, and a timeline has no point to put
them on, but an analyst reading "held for three years" wants them: they are kept as time
expressions marked `duration`, with no value, and left out of the record's dates.
"""
from __future__ import annotations

import re

_COUNT = (r"(?:(?<![\d,.])\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?|a|an|one|two|three|four|five|six|seven|eight|"
          r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a few|few|several|"
          r"a couple of|a dozen|dozens of|hundreds of|many|some)")
_UNIT = r"(?:minute|hour|day|night|week|month|year|decade|century|centuries)s?"
_LEAD = r"(?:(?:for|over|during|within|in|after|about|nearly|almost|more than|less than|up to) {1,2})?"
_SPAN = r"(?:the {1,2}(?:past|last|next|previous|coming|following|first|final) {1,2})?"
# Runs of spaces are bounded ({1,2}, {1,3}) so that no pattern is super-linear on a long run of
# spaces or digits (tests/fuzz/test_regex_worst_cases.py).
# A count and a unit ("two years", "the past 18 months"), a counted hyphen form ("a 10-year
# sentence"), or an uncounted stretch ("for years", "in recent weeks").
DURATION = re.compile(
    rf"\b(?:{_LEAD}{_SPAN}{_COUNT}(?: {{1,2}}more)?[ -]{{1,2}}{_UNIT}"
    rf"|(?:for|in recent|over recent|in the coming|over the coming) {{1,2}}(?:hours|days|weeks|months|years|decades))\b",
    re.IGNORECASE)
# What turns a count and a unit into something else: an age ("a 55-year-old"), a point in time
# ("two years ago", "six months later"), a rate ("five days a week").
_NOT_AFTER = re.compile(r"(?:[\s-]{1,3}old\b|\s{1,3}(?:ago|later|earlier|before|after|of age)\b|\s{1,3}(?:a|an|per)\s{1,3}"
                        r"(?:day|week|month|year)\b)", re.IGNORECASE)

_RATE_BEFORE = re.compile(r"(?:hour|day|night|week|month|year)s?\s{1,3}$", re.IGNORECASE)


def find_durations(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the durations in `text` that overlap no span in `taken` (the dates)."""
    out = []
    for match in DURATION.finditer(text):
        start, end = match.span()
        if _NOT_AFTER.match(text, end) or any(s < end and start < e for s, e in taken):
            continue
        if re.search(r"-[A-Z]", match.group()):
            continue  # "the Six-Day War": part of a name
        if _RATE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "five days a week": the rate's second half
        out.append((start, end))
    return out
