"""What every query command shares: --format, --limit/--offset, --since/--until, and writing items.

JSON items are the REST API's shapes (storyline.api.shapes) wherever the API answers the same
question, so a script can move between `storyline said --format json` and `/api/attributions`.
Nothing heavy is imported here: `storyline --help` loads this module.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, is_dataclass
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from storyline.errors import Code, StorylineError

if TYPE_CHECKING:
    from storyline.analyze import Paging

T = TypeVar("T")
# Rows a table shows when no --limit is given: a screenful or two. JSON shows everything unless
# told otherwise, since a script reading it wants the whole answer.
TABLE_ROWS = 50
# Any character sorting after every character of an ISO timestamp ("0-9-T:+Z."), appended to
# --until so that "--until 2031-03-10" keeps articles published at any time that day.
_END_OF_DAY = "~"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json (one array) or jsonl (one item a line).")]
LimitOption = Annotated[int | None, typer.Option(
    "--limit", min=1, help=f"Most items to show (tables: {TABLE_ROWS} unless given; json, jsonl: all).")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Items to skip before the first shown.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Only from this date on: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only up to this date, inclusive: YYYY[-MM[-DD]].")]


@dataclass(frozen=True)
class Window:
    """Which items of a list to show: --offset, --limit and the format's default size."""

    offset: int
    limit: int | None

    @staticmethod
    def of(fmt: Format, limit: int | None, offset: int, table_rows: int = TABLE_ROWS) -> Window:
        return Window(offset, limit if limit is not None else (table_rows if fmt is Format.table else None))

    def cut(self, items: Sequence[T]) -> list[T]:
        end = None if self.limit is None else self.offset + self.limit
        return list(items[self.offset:end])

    @property
    def paging(self) -> Paging:
        """The read API's paging for this window."""
        from storyline.analyze import Paging

        return Paging(self.offset, self.limit)


@dataclass(frozen=True)
class Dates:
    """--since/--until, checked, as bounds to compare ISO date strings against."""

    since: str | None
    until: str | None

    @staticmethod
    def of(since: str | None, until: str | None) -> Dates:
        for name, value in (("--since", since), ("--until", until)):
            if value is not None and not _ISO_DATE.match(value):
                raise StorylineError(Code.BAD_OPTION, detail=f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
        return Dates(since, until + _END_OF_DAY if until else None)

    def holds(self, date: str | None) -> bool:
        """True when `date` lies in the range; an undated item only when no range is asked for."""
        if self.since is None and self.until is None:
            return True
        if not date:
            return False
        return (self.since is None or date >= self.since) and (self.until is None or date <= self.until)


def to_plain(item: Any) -> Any:
    """A pydantic model, dataclass, tuple or value as plain JSON data."""
    if hasattr(item, "model_dump"):
        return item.model_dump(mode="json")
    if is_dataclass(item) and not isinstance(item, type):
        return asdict(item)
    if isinstance(item, (list, tuple)):
        return [to_plain(x) for x in item]
    return item


def write_items(fmt: Format, items: Sequence[Any]) -> None:
    """Write items as one JSON array or as JSON Lines (tables are drawn by each command)."""
    plain = [to_plain(x) for x in items]
    if fmt is Format.jsonl:
        sys.stdout.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in plain))
    else:
        sys.stdout.write(json.dumps(plain, ensure_ascii=False, indent=2) + "\n")


def write_object(item: Any) -> None:
    """Write one object as JSON (json and jsonl alike: a single line would help no one)."""
    sys.stdout.write(json.dumps(to_plain(item), ensure_ascii=False, indent=2) + "\n")


def shown_of(shown: int, total: int, offset: int = 0) -> str | None:
    """The caption of a table that shows part of a list, or None when it shows all of it."""
    if shown >= total and offset == 0:
        return None
    if not shown:
        return f"none of {total} after --offset {offset}"
    return f"{offset + 1}-{offset + shown} of {total}; use --limit and --offset to see more"
