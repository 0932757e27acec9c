"""The times layer: the dates and durations an article writes, resolved against its publication date.

`extract_times` is imported on first use, as in the other layers' packages.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.extract.times.layer import extract_times

__all__ = ["extract_times"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("storyline.extract.times.layer"), name)
    raise AttributeError(f"module 'storyline.extract.times' has no attribute {name!r}")
