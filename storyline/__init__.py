"""storyline: a source-attributed, time-aware record of developing news stories.

    import storyline
    record = storyline.annotate("pasted article text", published="2031-03-18")
    with storyline.open_store("news.duckdb") as store:
        report = storyline.ingest(["reports/"], store)
        for summary in storyline.stories(store):
            view = storyline.story(store, summary.id)

Names load on first use, so `import storyline` (and the CLI's start-up) stays cheap.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "open_store": "storyline.library",
    "ingest": "storyline.library",
    "annotate": "storyline.library",
    "records": "storyline.library",
    "stories": "storyline.library",
    "story": "storyline.library",
    "entity": "storyline.library",
    "Store": "storyline.store",
    "Options": "storyline.settings",
    "Record": "storyline.record",
    "StoryView": "storyline.analyze.story",
    "EntityView": "storyline.analyze.entity",
    "IngestReport": "storyline.pipeline",
    "Rejection": "storyline.models",
    "StorylineError": "storyline.errors",
}

__all__ = [
    "__version__", "open_store", "ingest", "annotate", "records", "stories", "story", "entity",
    "Store", "Options", "Record", "StoryView", "EntityView", "IngestReport", "Rejection", "StorylineError",
]

if TYPE_CHECKING:
    from storyline.analyze.entity import EntityView
    from storyline.analyze.story import StoryView
    from storyline.errors import StorylineError
    from storyline.library import annotate, entity, ingest, open_store, records, stories, story
    from storyline.models import Rejection
    from storyline.pipeline import IngestReport
    from storyline.record import Record
    from storyline.settings import Options
    from storyline.store import Store


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
