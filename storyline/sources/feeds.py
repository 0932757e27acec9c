"""RSS and Atom feeds: each entry with content or a summary becomes one document."""
from __future__ import annotations

from collections.abc import Iterator

import feedparser

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection


def read_feed(text: str, origin: str) -> Iterator[RawDocument | Rejection]:
    feed = feedparser.parse(text)
    if not feed.entries:
        yield Rejection(origin, "read", StorylineError(Code.NO_BODY).message)
        return
    for number, entry in enumerate(feed.entries, start=1):
        contents = [c.get("value", "") for c in entry.get("content", [])]
        body = max(contents, key=len) if contents else entry.get("summary", "")
        where = f"{origin}#{number}"
        if not body.strip():
            yield Rejection(where, "read", StorylineError(Code.EMPTY).message)
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawDocument(
            source=where,
            content=f"<html><body><article>{body}</article></body></html>",
            kind="html",
            id=entry.get("id") or None,
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            published=f"{published[0]:04d}-{published[1]:02d}-{published[2]:02d}" if published else None,
        )
