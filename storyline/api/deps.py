"""Per-request access to the one open store, and the paging parameters every list shares."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, TypeVar

from fastapi import Depends, Query, Request

from storyline.store import Store

T = TypeVar("T")
# Story views kept in memory: each costs a pass over the store to build (seconds at 10,000
# articles) and a few hundred KB to keep; 64 covers the stories an analyst team has open.
CACHED_VIEWS = 64


class StoreAccess:
    """One DuckDB connection for the server; requests take turns on it.

    A DuckDB connection is not safe to use from two threads at once, and FastAPI runs sync routes
    in a thread pool. Reads on the demo-sized and 10,000-article stores take milliseconds, so
    taking turns costs less than a connection per request would.
    """

    def __init__(self, path: Path | str) -> None:
        self.store = Store(path)
        self._lock = threading.Lock()
        self._views: OrderedDict[Hashable, object] = OrderedDict()

    def remember(self, key: Hashable, build: Callable[[], T]) -> T:
        """A read-only analysis, built once until the store changes (call with the store in use).

        Only this server writes the store while it runs (DuckDB locks the file against other
        processes), so its own ingest is the one event that makes a cached view stale.
        """
        if key in self._views:
            self._views.move_to_end(key)
            return self._views[key]  # type: ignore[return-value]
        value = build()
        self._views[key] = value
        if len(self._views) > CACHED_VIEWS:
            self._views.popitem(last=False)
        return value

    def forget(self) -> None:
        """The store changed: drop every cached analysis (call with the store in use)."""
        self._views.clear()

    @contextmanager
    def use(self) -> Iterator[Store]:
        with self._lock:
            yield self.store

    def close(self) -> None:
        with self._lock:
            self.store.close()


@dataclass(frozen=True)
class Paging:
    offset: int
    limit: int


def store_access(request: Request) -> StoreAccess:
    return request.app.state.stores


def paging(request: Request, offset: Annotated[int, Query(ge=0, description="items to skip")] = 0,
           limit: Annotated[int | None, Query(ge=1, description="items per page (server default when omitted)")] = None
           ) -> Paging:
    settings = request.app.state.settings
    return Paging(offset, min(limit or settings.default_limit, settings.max_limit))


Stores = Annotated[StoreAccess, Depends(store_access)]
Paged = Annotated[Paging, Depends(paging)]
