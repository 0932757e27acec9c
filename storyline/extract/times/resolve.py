"""Anchor a found date expression to the calendar: YYYY, YYYY-MM or YYYY-MM-DD, or None.

Relative expressions resolve against the publication date and the direction of their clause;
without a publication date they stay None rather than guessed. Granularity follows the text and
the annotation guide: a week ("this week", "last week's") is reported as its month, since no
finer unit of the value format fits it.
"""
from __future__ import annotations

from datetime import date, timedelta

from storyline.extract.times.grammar import TimeMention, count_of, month_number
from storyline.extract.times.tense import Direction
from storyline.lexicon.en.times import WEEKDAYS

_WEEK = timedelta(days=7)


# Relative words that count from a time the text has just named, not from the day of writing:
# "in August 2016 ... The next year" is 2017, while "next year" (no article) is the year after
# publication. The same holds for "the following day", "the previous week".
_ANAPHORIC = frozenset({"the next", "the following", "the previous"})
_ANAPHORIC_DAYS = frozenset({"the day before", "the day after", "the next day", "the following day",
                             "the previous day"})


def resolve_mention(m: TimeMention, anchor: date | None, direction: Direction,
                    previous_day: date | None = None, reference: str | None = None) -> str | None:
    """The value of one mention; `previous_day` is the last day-precise date before it in the text,
    `reference` the last value of any precision (see _ANAPHORIC)."""
    year = m.get("year")
    if _anaphoric(m):
        # a day counts from a day the text gave, a week or month from a month or day, a year from any
        day_unit = m.kind == "day"
        precise = reference is not None and (len(reference) == 10 or (len(reference) == 7 and not day_unit)
                                             or (m.get("unit") or "").lower() == "year")
        anchor = _reference_day(reference) if precise and reference is not None else anchor
    if m.kind == "iso":
        return _iso_day(int(year or 0), int(m.get("mnum") or 0), int(m.get("day") or 0))
    if m.kind == "date":
        return _iso_day(int(year or 0), month_number(m.get("month") or ""), int(m.get("day") or 0))
    if m.kind == "monthyear":
        return f"{year}-{month_number(m.get('month') or ''):02d}"
    if m.kind == "year":
        return year
    if m.kind == "shift":
        return _shift(m, previous_day)
    if anchor is None:
        return None
    if m.kind == "weekday":
        return _weekday(m, anchor, direction)
    if m.kind == "monthday":
        return _nearest_day(anchor, month_number(m.get("month") or ""), int(m.get("day") or 0), direction)
    if m.kind == "month":
        return _month(m, anchor, direction)
    if m.kind == "ago":
        return _ago(m, anchor)
    if m.kind == "period":
        return _period(m, anchor)
    if m.kind == "monthrel":
        step = {"last": -1, "next": 1}.get((m.get("rel") or "").lower(), 0)
        return f"{anchor.year + step}-{month_number(m.get('month') or ''):02d}"
    if m.kind == "season":
        return _season(m, anchor)
    if m.kind == "day":
        return _day_word((m.get("word") or "").lower(), anchor).isoformat()
    if m.kind == "holiday":
        return _holiday(m.get("holiday") or "", anchor, direction)
    return None


def _anaphoric(m: TimeMention) -> bool:
    if m.kind == "period":
        return (m.get("rel") or "").lower() in _ANAPHORIC
    return m.kind == "day" and (m.get("word") or "").lower() in _ANAPHORIC_DAYS


def _reference_day(value: str) -> date:
    """A day standing for a value of any precision: the middle of a month or year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 7, 1)
    return date(parts[0], parts[1], parts[2] if len(parts) == 3 else 15)


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(m: TimeMention, anchor: date, direction: Direction) -> str | None:
    month, day = m.get("month"), m.get("day")
    if month and day:  # "Tuesday (October 28)": the explicit date wins
        return _nearest_day(anchor, month_number(month), int(day), direction)
    target = WEEKDAYS.index((m.get("weekday") or "").lower())
    rel = (m.get("rel") or "").lower()
    ahead = (target - anchor.weekday()) % 7
    behind = (anchor.weekday() - target) % 7
    if rel == "next":
        return (anchor + timedelta(days=ahead or 7)).isoformat()
    if rel == "last":
        return (anchor - timedelta(days=behind or 7)).isoformat()
    if direction == "future":
        return (anchor + timedelta(days=ahead)).isoformat()
    return (anchor - timedelta(days=behind)).isoformat()


def _nearest_day(anchor: date, month: int, day: int, direction: Direction) -> str | None:
    """The year of a month-day: the last one for past clauses, the next for future, else the closest."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        options = [d for d in options if d <= anchor] or options
    elif direction == "future":
        options = [d for d in options if d >= anchor] or options
    if not options:
        return None
    # Ties go to the past: news reports more often look back than ahead.
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)).isoformat()


def _month(m: TimeMention, anchor: date, direction: Direction) -> str:
    month = month_number(m.get("month") or "")
    rel = (m.get("rel") or "").lower()
    if rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "this past" or (m.get("prep") or "").lower() == "since":
        year = anchor.year if month <= anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    elif direction == "past":
        year = anchor.year if month <= anchor.month else anchor.year - 1
    elif direction == "future":
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = _closest_month_year(anchor, month)
    return f"{year}-{month:02d}"


def _closest_month_year(anchor: date, month: int) -> int:
    """Without a tense cue, the occurrence of the month closest to the anchor; ties to the past."""
    back = (anchor.month - month) % 12
    ahead = (month - anchor.month) % 12
    if back <= ahead:
        return anchor.year if month <= anchor.month else anchor.year - 1
    return anchor.year if month >= anchor.month else anchor.year + 1


def _ago(m: TimeMention, anchor: date) -> str | None:
    n = count_of(m.get("num") or "")
    unit = (m.get("unit") or "").lower()
    if n is None:
        return None
    if unit == "day":
        return (anchor - timedelta(days=n)).isoformat()
    if unit == "week":
        return _month_of(anchor - n * _WEEK)
    if unit == "month":
        return _add_months(anchor, -n)
    # "A year ago" names the month a year back, as the guide's annotators read it.
    return _add_months(anchor, -12 * n)


def _season(m: TimeMention, anchor: date) -> str:
    """A season is reported as its year: the last one that has begun, the next, or this year's."""
    rel = (m.get("rel") or "").lower()
    season = (m.get("season") or "").lower()
    start = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season]
    if rel == "next":
        return str(anchor.year + 1 if start <= anchor.month else anchor.year)
    if rel in ("last", "the past", "this past"):
        return str(anchor.year if start < anchor.month else anchor.year - 1)
    return str(anchor.year)


def _shift(m: TimeMention, previous_day: date | None) -> str | None:
    """"Two days later": counted from the last day-precise date the text gave, if any."""
    n = count_of(m.get("num") or "")
    if previous_day is None or n is None or (m.get("unit") or "").lower() != "day":
        return None
    sign = 1 if (m.get("dir") or "").lower() in ("later", "after") else -1
    return (previous_day + timedelta(days=sign * n)).isoformat()


def _period(m: TimeMention, anchor: date) -> str:
    rel = (m.get("rel") or "").lower()
    unit = (m.get("unit") or "").lower()
    step = 1 if rel in ("next", "the next", "the following", "the coming") else -1 if rel in ("last", "the previous") else 0
    if unit in ("week", "weekend"):
        return _month_of(anchor + step * _WEEK)
    if unit == "month":
        return _add_months(anchor, step)
    return str(anchor.year + step)


def _day_word(word: str, anchor: date) -> date:
    offsets = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
               "the day before": -1, "the previous day": -1, "the day after": 1, "the next day": 1,
               "the following day": 1}
    return anchor + timedelta(days=offsets.get(word, 0))


def _holiday(name: str, anchor: date, direction: Direction) -> str | None:
    lowered = name.lower().replace("’", "'")
    if lowered.startswith("thanksgiving"):
        days = [_thanksgiving(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    elif lowered.startswith("christmas"):
        day = 24 if lowered.endswith("eve") else 25
        days = [date(y, 12, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    elif lowered.endswith("eve"):
        days = [date(y, 12, 31) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    else:
        days = [date(y, 1, 1) for y in (anchor.year, anchor.year + 1)]
    if direction == "past":
        days = [d for d in days if d <= anchor] or days
    elif direction == "future":
        days = [d for d in days if d >= anchor] or days
    return min(days, key=lambda d: abs((d - anchor).days)).isoformat()


def _thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def _add_months(day: date, n: int) -> str:
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return f"{y}-{m + 1:02d}"
