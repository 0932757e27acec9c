"""The REST API and the web page over the store, served by one FastAPI app (`storyline serve`).

`create_app` loads FastAPI and the pipeline, so it is imported on first use: the CLI reads this
package's shapes and converters for its JSON without paying for the server.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.api.settings import ServerSettings

if TYPE_CHECKING:
    from storyline.api.app import create_app

__all__ = ["ServerSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from storyline.api.app import create_app

        return create_app
    raise AttributeError(f"module 'storyline.api' has no attribute {name!r}")
