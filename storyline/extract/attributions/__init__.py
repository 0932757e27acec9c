"""The attributions layer: who said what in an article, the claim, its source and who relayed it.

`extract_attributions` is imported on first use: analyze/ and resolve/ read this package's
source kinds (sources.classify_org) without paying for spaCy.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.extract.attributions.layer import extract_attributions

__all__ = ["extract_attributions"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("storyline.extract.attributions.layer"), name)
    raise AttributeError(f"module 'storyline.extract.attributions' has no attribute {name!r}")
