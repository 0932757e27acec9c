"""Dates on a horizontal axis in swimlanes: the story timeline and an entity's roles over time.

Laid out here, drawn by the template as SVG, so the page needs no charting library.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Drawing units of the SVG viewBox; the browser scales it to the page width.
WIDTH = 1000
LABEL_WIDTH = 190  # room for a lane's name, e.g. "Corran Basin Monitoring Mission" at 12 px, cut
LANE_HEIGHT = 30
AXIS_HEIGHT = 28
# Dots of one lane closer than this (in units) are nudged apart so each stays clickable.
MIN_GAP = 9
# Date labels on the axis: six ISO dates at 12 px fit the plot's ~780 units without touching.
TICKS = 6
RIGHT_PAD = 45  # half a date label, so the last one is not cut at the edge


@dataclass(frozen=True)
class Point:
    day: str  # YYYY, YYYY-MM or YYYY-MM-DD
    lane: str
    css: str
    label: str
    href: str


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    css: str
    label: str
    href: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    lanes: tuple[tuple[str, float], ...]
    dots: tuple[Dot, ...]
    ticks: tuple[tuple[float, str], ...]


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def lay_out(points: list[Point], lanes: list[str]) -> Chart | None:
    """Place dated points; undated ones are left to the table beside the chart."""
    dated = [(d, p) for p in points if (d := parse_day(p.day)) is not None and p.lane in lanes]
    if not dated:
        return None
    lanes = [name for name in lanes if any(p.lane == name for _, p in dated)]
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)
    plot = WIDTH - LABEL_WIDTH - RIGHT_PAD

    def x_of(d: date) -> float:
        return LABEL_WIDTH + 10 + plot * (d - first).days / span

    lane_y = {name: AXIS_HEIGHT + LANE_HEIGHT * (i + 0.5) for i, name in enumerate(lanes)}
    taken: dict[str, list[float]] = {}
    dots = []
    for d, p in sorted(dated, key=lambda item: item[0]):
        x = x_of(d)
        row = taken.setdefault(p.lane, [])
        while any(abs(x - other) < MIN_GAP for other in row):
            x += MIN_GAP
        row.append(x)
        dots.append(Dot(round(x, 1), lane_y[p.lane], p.css, p.label, p.href))
    ticks = tuple(dict.fromkeys((round(x_of(d), 1), d.isoformat()) for d in (
        first + timedelta(days=round(span * i / (TICKS - 1))) for i in range(TICKS)) if d <= last))
    return Chart(WIDTH, int(AXIS_HEIGHT + LANE_HEIGHT * len(lanes) + 6), LABEL_WIDTH,
                 tuple((name, y) for name, y in lane_y.items()), tuple(dots), ticks)
