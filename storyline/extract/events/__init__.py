"""The events layer: who did what to whom, coded as PLOVER actions with modality and date.

`extract_events` is imported on first use, as in the other layers' packages, so that reading the
trigger table (table.TABLE) does not load spaCy.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.extract.events.layer import extract_events

__all__ = ["extract_events"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("storyline.extract.events.layer"), name)
    raise AttributeError(f"module 'storyline.extract.events' has no attribute {name!r}")
