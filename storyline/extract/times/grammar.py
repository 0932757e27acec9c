"""Find date expressions in text with a small grammar, keeping the parts needed to resolve them.

The grammar is written out rather than taken from the parser's DATE entities because those mix
dates with durations ("two years", "recent days", "annual") and cut spans inconsistently. Span
conventions follow the annotation guide: a preposition is kept with weekdays and bare months
("on Tuesday", "in June"), and dropped before dates that carry a day or a year ("on Feb. 10, 2026"
-> "Feb. 10, 2026"); the scorer matches by containment, so either choice is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.lexicon.en.times import MONTHS, NUMBER_WORDS

_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviations only with their period or before a day number, so that names like "Jan" stay names.
_ABBR_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d)))"
_MONTH = rf"(?P<month>{_FULL_MONTH}|{_ABBR_MONTH})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PART = r"(?P<part>(?i:early|mid|late|the (?:end|beginning|start|middle) of))[\s-]+"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen))"
_UNIT = r"(?P<unit>(?i:day|week|month|year))s?"
_WEEKDAY_PREFIX = r"(?:(?P<prep>(?i:on|from))\s+|(?P<rel>(?i:last|next|this|late|early|earlier on|later on|earlier|later))\s+)"
_APOS = r"(?:['’]s)?"
_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first")

# Ordered longest first: the scanner takes the first alternative that matches at a position.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("date", rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("date", rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    ("weekday", rf"{_WEEKDAY_PREFIX}?{_WEEKDAY}(?:\s+(?i:morning|afternoon|evening|night))?"
                rf"(?:,?\s+\(?{_MONTH}\s+{_DAY}\)?|,?\s+\(?{_DAY}\s+{_MONTH}\)?)?(?![\w-])"),
    ("monthday", rf"{_MONTH}\s+{_DAY}(?![\d,]*\d)\b"),
    ("monthday", rf"{_DAY}\s+{_MONTH}\b"),
    ("monthyear", rf"(?:{_PART})?{_MONTH},?\s+{_YEAR}\b"),
    ("monthrel", rf"(?:(?P<prep>(?i:in))\s+)?{_MONTH}\s+(?P<rel>(?i:this|last|next))\s+year\b"),
    ("year", rf"{_PART}{_YEAR}\b"),
    ("month", rf"(?:(?P<prep>(?i:in|since))\s+|(?P<rel>(?i:this past|last|next|this|early|late|mid))[\s-]+|{_PART})?"
              rf"{_MONTH}{_APOS}(?![\w-]|\.?,?\s+\d)"),
    ("ago", rf"{_NUM}\s+{_UNIT}\s+(?i:ago)\b"),
    ("shift", rf"{_NUM}\s+{_UNIT}\s+(?P<dir>(?i:later|earlier))\b"),
    ("period", r"(?P<at>(?i:at)\s+)?(?i:the)\s+(?P<part2>end|beginning|start|middle)\s+of\s+"
               r"(?P<rel>the|this|next|last)\s+(?P<unit>week|month|year)\b"),
    ("period", r"(?:(?P<edge>(?i:earlier|later))\s+)?(?P<rel>(?i:this|last|next|the next|the following|"
               r"the previous|the coming))\s+(?P<unit>(?i:week|weekend|month|year))" + _APOS + r"(?![\w-])"),
    ("season", r"(?P<rel>(?i:last|this|next|this past|the past))\s+(?P<season>(?i:spring|summer|fall|autumn|winter))\b"),
    ("day", r"(?P<word>(?i:today|tonight|last night|yesterday|tomorrow|the day before yesterday|the day after tomorrow|"
            r"the day before|the day after|the next day|the following day|the previous day))\b"),
    ("holiday", r"(?P<holiday>Thanksgiving|Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve))"),
    # Spans of history that no value of the record's format (a year, month or day) can hold: "the
    # 14th century", "the mid-2020s", "two decades ago". Found, not resolved. ("in recent years" is
    # left out: one gold set marks it and the other does not.)
    ("era", r"(?:(?P<prep>(?i:in))\s+)?(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?"
            r"(?:\d{1,2}(?:st|nd|rd|th)|(?i:" + _ORDINALS + r"))[\s-]+(?i:century)\b"),
    ("era", r"(?:(?P<prep>(?i:in))\s+)?(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:1\d|20)?\d0s\b"),
    ("era", rf"{_NUM}\s+(?i:decades?|centuries|century)\s+(?i:ago)\b"),
    ("year", rf"(?P<prep>(?i:in))\s+{_YEAR}(?![\d%,.]\d|-\w)"),
    ("year", rf"(?<![\d$€£.,/-]){_YEAR}(?![\d%]|-\w|,\d|\.\d)"),
)


def _compile_scanner() -> re.Pattern[str]:
    """One alternation of all patterns; group names get a serial suffix since Python forbids repeats."""
    serial = iter(range(10_000))
    parts = [re.sub(r"\(\?P<(\w+)>", lambda g: f"(?P<{g.group(1)}__{next(serial)}>", p) for _, p in PATTERNS]
    # Only where a word starts (every pattern begins a word): rejecting a position inside a word
    # with one look-behind, instead of trying every pattern there, makes the scan about four
    # times faster. It also keeps product codes ("AC1900") from being read as years.
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<k__{i}>{p})" for i, p in enumerate(parts)) + ")")


SCANNER = _compile_scanner()
_MAY = re.compile(r"May\b")


@dataclass(frozen=True)
class TimeMention:
    """A date expression found in text, with the fields of the grammar that matched it."""

    start: int
    end: int
    kind: str  # iso date monthday weekday monthyear monthrel month year ago shift period season day holiday era
    fields: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.fields if k == name), None)


def find_time_mentions(text: str) -> list[TimeMention]:
    """Every date expression in `text`, left to right, without overlaps."""
    found = []
    for match in SCANNER.finditer(text):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        index = next(int(k[3:]) for k in groups if k.startswith("k__"))
        kind = PATTERNS[index][0]
        fields = tuple((k.split("__")[0], v) for k, v in groups.items() if not k.startswith("k__"))
        mention = TimeMention(match.start(), match.end(), kind, _dedupe(fields))
        if _is_plausible(text, mention):
            found.append(_trim(text, mention))
    return found


def _dedupe(fields: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    seen: dict[str, str] = {}
    for k, v in fields:
        seen.setdefault(k, v)
    return tuple(seen.items())


def _is_plausible(text: str, m: TimeMention) -> bool:
    """Reject grammar matches that are not dates in context."""
    month = m.get("month")
    if m.kind == "month" and month is not None and not (m.get("prep") or m.get("rel") or m.get("part")):
        # A bare month name: "May" is mostly the modal, and "March", "June", "August" also
        # name things; keep bare months only when nothing suggests another reading.
        if month in ("May", "March", "June", "August") or _MAY.match(month):
            return False
        before = text[max(0, m.start - 2):m.start]
        if not before.strip() and m.start > 1 and text[m.start - 2] in ".!?\n":
            return False
    if m.kind in ("monthday", "date") and m.get("day") and not 1 <= int(m.get("day") or 0) <= 31:
        return False
    if m.kind == "year" and not m.get("part") and not m.get("prep"):
        # A bare four-digit number is a year unless it counts something ("2000 troops").
        after = text[m.end:m.end + 12].lstrip()
        if re.match(r"(?:troops|soldiers|people|men|women|children|personnel|members|km|kilometres|"
                    r"kilometers|miles|tons|tonnes|dollars|units|points)\b", after, re.IGNORECASE):
            return False
    return True


def _trim(text: str, m: TimeMention) -> TimeMention:
    """Drop a trailing possessive and space, which the grammar may swallow."""
    end = m.end
    while end > m.start and text[end - 1].isspace():
        end -= 1
    return TimeMention(m.start, end, m.kind, m.fields)


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i + 1 for i, full in enumerate(MONTHS) if full.startswith(key))


def count_of(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
