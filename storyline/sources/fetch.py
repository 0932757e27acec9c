"""Polite HTTP fetching: one request at a time per host, a time-out, a size cap, conditional GET.

Every fetch is explicit: nothing here is reached from inside a parser. A guard, when given, vets
every URL requested (redirects included) before the request goes out.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from storyline.errors import Code, StorylineError
from storyline.settings import Options
from storyline.sources.guard import UrlGuard

# The whole body may take this many times the per-read time-out: a 2 MB page at a slow 100 kB/s
# arrives in 20 s, well inside 2 x 15 s.
_BODY_DEADLINE_FACTOR = 2
HEADERS = {"User-Agent": "storyline/0.1 (news analysis; +https://example.invalid/storyline)"}


@dataclass(frozen=True)
class Fetched:
    url: str  # the URL asked for
    data: bytes  # empty when not_modified
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # the server answered 304 to a conditional GET


class Fetcher:
    """One HTTP client for a run; waits `options.fetch_delay` seconds between two requests to a host."""

    def __init__(self, options: Options, guard: UrlGuard | None = None) -> None:
        self.options = options
        self.guard = guard
        self._last: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._table_lock = threading.Lock()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None, *,
            trusted: bool = False) -> Fetched:
        """Fetch `url`; raise StorylineError when it is refused, unreachable, an HTTP error or too large.

        `trusted` skips the guard: for a URL the user named, not one found in content.
        """
        guard = None if trusted else self.guard
        if guard is not None:
            guard(url)
        headers = dict(HEADERS)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with self._turn(urlsplit(url).hostname or ""):
            return self._download(url, headers, guard)

    @contextmanager
    def _turn(self, host: str) -> Iterator[None]:
        with self._table_lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, 0.0) + self.options.fetch_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = time.monotonic()

    def _download(self, url: str, headers: dict[str, str], guard: UrlGuard | None) -> Fetched:
        limit, opts = self.options.max_document_bytes, self.options
        hooks = {"request": [lambda request: guard(str(request.url))]} if guard else {}
        try:
            with httpx.Client(timeout=opts.fetch_timeout, follow_redirects=True, headers=headers,
                              event_hooks=hooks) as client, client.stream("GET", url) as resp:
                meta = {"etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified")}
                if resp.status_code == 304:
                    return Fetched(url, b"", resp.headers.get("content-type", ""), not_modified=True, **meta)
                if resp.status_code >= 400:
                    raise StorylineError(Code.UNREACHABLE, detail=f"HTTP {resp.status_code}")
                chunks, size = [], 0
                # httpx's time-out bounds each read, not the whole body: a server dripping a byte at
                # a time would hold the fetch for hours, so the body as a whole gets a deadline too.
                deadline = time.monotonic() + _BODY_DEADLINE_FACTOR * opts.fetch_timeout
                for chunk in resp.iter_bytes():
                    if time.monotonic() > deadline:
                        raise StorylineError(Code.UNREACHABLE, detail="the page arrived too slowly")
                    size += len(chunk)
                    if size > limit:
                        raise StorylineError(Code.TOO_LARGE, limit=round(opts.max_document_mb))
                    chunks.append(chunk)
                return Fetched(url, b"".join(chunks), resp.headers.get("content-type", ""), **meta)
        except httpx.TimeoutException as err:
            raise StorylineError(Code.UNREACHABLE, detail=f"no answer within {opts.fetch_timeout:g} s") from err
        except httpx.HTTPError as err:
            raise StorylineError(Code.UNREACHABLE, detail=str(err) or type(err).__name__) from err
