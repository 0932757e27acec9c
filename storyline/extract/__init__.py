"""Per-article stages: pure functions of one Article and its spaCy parse.

They run in any worker process; nothing here reads or writes the store. The two entry points
load spaCy, so they are imported on first use: the query commands read small tables of this
package (the gazetteer) without paying for the model.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.extract.annotate import annotate_article, load_nlp

__all__ = ["annotate_article", "load_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("storyline.extract.annotate"), name)
    raise AttributeError(f"module 'storyline.extract' has no attribute {name!r}")
