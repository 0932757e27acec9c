"""Durations: stretches of time ("two years", "for six months", "the past five days").

The annotation guide does not count durations as times, and a timeline has no point to put
them on, but an analyst reading "held for three years" wants them: they are kept as time
expressions marked `duration`, with no value, and left out of the record's dates.
"""
from __future__ import annotations

import re

_COUNT = (r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|a few|few|several|a couple of|a dozen|dozens of|"
          r"hundreds of|many|some)")
_UNIT = r"(?:minute|hour|day|night|week|month|year|decade|century|centuries)s?"
_LEAD = r"(?:(?:for|over|during|within|in|after|about|nearly|almost|more than|less than|up to)\s+)?"
_SPAN = r"(?:the\s+(?:past|last|next|previous|coming|following|first|final)\s+)?"
# A count and a unit ("two years", "the past 18 months"), a counted hyphen form ("a 10-year
# sentence"), or an uncounted stretch ("for years", "in recent weeks").
DURATION = re.compile(
    rf"\b(?:{_LEAD}{_SPAN}{_COUNT}(?:\s+more)?[\s-]+{_UNIT}"
    rf"|(?:for|in recent|over recent|in the coming|over the coming)\s+(?:hours|days|weeks|months|years|decades))\b",
    re.IGNORECASE)
# What turns a count and a unit into something else: an age ("a 55-year-old"), a point in time
# ("two years ago", "six months later"), a rate ("five days a week").
_NOT_AFTER = re.compile(r"(?:[\s-]+old\b|\s+(?:ago|later|earlier|before|after|of age)\b|\s+(?:a|an|per)\s+"
                        r"(?:day|week|month|year)\b)", re.IGNORECASE)

_RATE_BEFORE = re.compile(r"(?:hour|day|night|week|month|year)s?\s+$", re.IGNORECASE)


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
