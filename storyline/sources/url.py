"""http(s) URLs: fetched once, with a time-out and a size cap."""
from __future__ import annotations

from collections.abc import Callable

import httpx

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes, looks_like_html

_HEADERS = {"User-Agent": "storyline/0.1 (news analysis; +https://example.invalid/storyline)"}


def fetch_url(url: str, options: Options, guard: Callable[[str], None] | None = None) -> RawDocument | Rejection:
    """Fetch one page. `guard`, when given, vets every URL requested, redirects included, and
    refuses one by raising StorylineError (the API uses it to keep fetches off private addresses)."""
    try:
        data, content_type = _download(url, options, guard)
        text = decode_bytes(data)
    except StorylineError as err:
        return Rejection(url, "read", err.message)
    kind = "html" if "html" in content_type or looks_like_html(text) else "text"
    return RawDocument(source=url, content=text, kind=kind, url=url)  # type: ignore[arg-type]


def _download(url: str, options: Options, guard: Callable[[str], None] | None) -> tuple[bytes, str]:
    limit = options.max_document_bytes
    hooks = {"request": [lambda request: guard(str(request.url))]} if guard else {}
    try:
        with httpx.Client(timeout=options.fetch_timeout, follow_redirects=True, headers=_HEADERS,
                          event_hooks=hooks) as client, client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise StorylineError(Code.UNREACHABLE, detail=f"HTTP {resp.status_code}")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type", "")
    except httpx.TimeoutException as err:
        raise StorylineError(Code.UNREACHABLE, detail=f"no answer within {options.fetch_timeout:g} s") from err
    except httpx.HTTPError as err:
        raise StorylineError(Code.UNREACHABLE, detail=str(err) or type(err).__name__) from err
