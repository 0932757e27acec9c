"""The entities layer: who and what an article names, grouped into local referents with roles.

`extract_entities` is imported on first use: resolve/ reads this package's name rules
(group.match_key, join.one_edit) without paying for spaCy.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.extract.entities.layer import extract_entities

__all__ = ["extract_entities"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("storyline.extract.entities.layer"), name)
    raise AttributeError(f"module 'storyline.extract.entities' has no attribute {name!r}")
