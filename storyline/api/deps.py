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
# Seconds without a request after which the server lets go of the file, so that another
# process may write it: longer than the gaps between the requests of one page load (its
# fragments and citations), far shorter than anyone waits for an ingest to start.
IDLE_SECONDS = 0.5
# Seconds a request waits for a file another process is writing before answering 503 (E104).
LOCK_WAIT_SECONDS = 20.0


class StoreAccess:
    """The server's way to the store: read-only, held while requests come, let go when idle.

    DuckDB lets either one process write a file or several read it. The server reads through a
    read-only connection, so `storyline stories` and other queries run beside it; it closes that
    connection after IDLE_SECONDS without requests, so `storyline ingest` can take the write lock
    (it waits for it), and reopens on the next request, seeing what was added. Writes of its own
    (POST /api/ingest, the search index) open the file read-write for that request only.

    A DuckDB connection is not safe to use from two threads at once, and FastAPI runs sync routes
    in a thread pool, so requests take turns on the one connection; reads take milliseconds.
    Cached analyses are keyed to the file's size and modification time, so a change made by any
    process, this one included, drops them.
    """

    def __init__(self, path: Path | str, idle: float = IDLE_SECONDS, wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.idle, self.wait = idle, wait
        if str(path) != ":memory:" and not self.path.is_file():
            Store(self.path).close()  # a new collection: create (and migrate) it once, then only read
        self._store: Store | None = None
        self._lock = threading.Lock()
        self._views: OrderedDict[Hashable, object] = OrderedDict()
        self._stamp: tuple[int, ...] | None = None
        self._timer: threading.Timer | None = None
        self._uses = 0

    def remember(self, key: Hashable, build: Callable[[], T]) -> T:
        """A read-only analysis, built once until the store changes (call with the store in use)."""
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
    def use(self, write: bool = False) -> Iterator[Store]:
        """The store for one request: the shared read-only connection, or with `write` a
        read-write one that is closed again when the request is done."""
        with self._lock:
            self._uses += 1
            if self._timer is not None:
                self._timer.cancel()
            if write:
                self._close_reader()
                with Store(self.path, wait=self.wait) as store:
                    yield store
                self._check_stamp()
                return
            if self._store is None:
                self._store = Store(self.path, read_only=True, wait=self.wait)
            self._check_stamp()
            try:
                yield self._store
            finally:
                self._timer = threading.Timer(self.idle, self._close_if_idle, args=(self._uses,))
                self._timer.daemon = True
                self._timer.start()

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._close_reader()

    def _check_stamp(self) -> None:
        stamp = _file_stamp(self.path)
        if stamp != self._stamp:
            self._views.clear()
            self._stamp = stamp

    def _close_if_idle(self, uses: int) -> None:
        with self._lock:
            if uses == self._uses:
                self._close_reader()

    def _close_reader(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _file_stamp(path: Path) -> tuple[int, ...]:
    """Size and modification time of the database file and its write-ahead log."""
    out: list[int] = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return tuple(out)


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
