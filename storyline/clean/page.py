"""What a cleaner finds in one page, before it becomes an Article."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanPage:
    text: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
