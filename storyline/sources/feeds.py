"""RSS and Atom feeds, parsed as data: an entry with its full text becomes one document, an entry
that only links to its article has that page fetched (as `trafilatura --feed` does).

The parser is handed the feed's bytes as a stream, never a string: feedparser treats a string that
looks like a URL or an existing path as a location and opens it, so a feed whose content is
"http://127.0.0.1/..." or "/etc/passwd" would make it fetch or read that. Fetching an entry's page
is a separate, explicit step through `Fetcher`, whose guard refuses private addresses by default.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import feedparser

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes, looks_like_html
from storyline.sources.fetch import Fetcher
from storyline.sources.guard import url_guard

# Characters of text (markup removed) from which an entry's own content counts as the article
# rather than a teaser: feed summaries are one to three sentences (under about 300 characters in
# the feeds we looked at), while a news article is rarely shorter than 500.
FULL_TEXT_CHARS = 500
_TAG = re.compile(r"<[^<>]*>")
_FEED_TYPES = ("rss", "atom", "rdf", "/xml", "+xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")


@dataclass(frozen=True)
class FeedEntry:
    number: int  # 1-based position in the feed
    key: str  # what identifies the entry across polls: its id, else its link, else a hash of it
    id: str | None
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    body: str  # the longest content or the summary, HTML


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """A feed by its declared type (not HTML) or by its root element near the start."""
    kind = content_type.split(";")[0].strip().lower()
    if kind and "html" not in kind and any(t in kind for t in _FEED_TYPES):
        return True
    return bool(_FEED_ROOT.search(data[:4096]))


def parse_feed(data: bytes) -> tuple[FeedEntry, ...]:
    """The entries of a feed given as bytes; nothing is opened or fetched."""
    feed = feedparser.parse(io.BytesIO(data))
    return tuple(_entry(number, e) for number, e in enumerate(feed.entries, start=1))


def read_feed(data: bytes, origin: str, options: Options, fetcher: Fetcher | None = None) -> Iterator[RawDocument | Rejection]:
    """Every entry of a feed as a document; entries without their full text have their page fetched."""
    entries = parse_feed(data)
    if not entries:
        yield Rejection.from_error(origin, "read", StorylineError(Code.NO_BODY))
        return
    yield from entry_documents(entries, origin, fetcher or Fetcher(options, url_guard(options.allow_private_urls)))


def entry_documents(entries: Iterable[FeedEntry], origin: str, fetcher: Fetcher) -> Iterator[RawDocument | Rejection]:
    for entry in entries:
        yield _entry_document(entry, origin, fetcher)


def _entry_document(entry: FeedEntry, origin: str, fetcher: Fetcher) -> RawDocument | Rejection:
    where = f"{origin}#{entry.number}"
    if len(_TAG.sub(" ", entry.body).strip()) < FULL_TEXT_CHARS and entry.link:
        try:
            page = fetcher.get(entry.link)
            text = decode_bytes(page.data)
        except StorylineError as err:
            if not entry.body.strip():
                return Rejection.from_error(entry.link, "read", err)
            # The page cannot be had (refused, offline, gone): the feed's own text is still what
            # the publisher wrote about the entry, so it stands in rather than losing the entry.
        else:
            kind = "html" if "html" in page.content_type or looks_like_html(text) else "text"
            return RawDocument(source=entry.link, content=text, kind=kind, id=entry.id, url=entry.link,  # type: ignore[arg-type]
                               title=entry.title, published=entry.published)
    if not entry.body.strip():
        return Rejection.from_error(where, "read", StorylineError(Code.EMPTY))
    return RawDocument(source=where, content=f"<html><body><article>{entry.body}</article></body></html>",
                       kind="html", id=entry.id, url=entry.link, title=entry.title, published=entry.published)


def _entry(number: int, entry: dict) -> FeedEntry:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = max(contents, key=len) if contents else entry.get("summary", "")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    ident, link = entry.get("id") or None, entry.get("link") or None
    key = ident or link or hashlib.sha1(f"{entry.get('title', '')}\n{body}".encode()).hexdigest()
    return FeedEntry(number=number, key=key, id=ident, link=link, title=entry.get("title") or None,
                     published=f"{published[0]:04d}-{published[1]:02d}-{published[2]:02d}" if published else None,
                     body=body)
