"""http(s) URLs: fetched once, with a time-out and a size cap; a feed URL is read as a feed."""
from __future__ import annotations

from collections.abc import Iterator

from storyline.errors import StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes, looks_like_html
from storyline.sources.feeds import looks_like_feed, read_feed
from storyline.sources.fetch import Fetched, Fetcher
from storyline.sources.guard import UrlGuard, url_guard


def fetch_url(url: str, options: Options, guard: UrlGuard | None = None) -> RawDocument | Rejection:
    """Fetch one page. `guard`, when given, vets every URL requested, redirects included, and
    refuses one by raising StorylineError (the API uses it to keep fetches off private addresses)."""
    try:
        return page_document(Fetcher(options, guard).get(url))
    except StorylineError as err:
        return Rejection.from_error(url, "read", err)


def read_url(url: str, options: Options) -> Iterator[RawDocument | Rejection]:
    """A URL given by the user: a page becomes one document; a feed (by content type or content)
    becomes its entries, whose pages are fetched through the guard of `options`.

    The URL itself is fetched as asked, like any URL named on a command line; the URLs found in a
    feed are content, so they must pass the guard (public addresses only unless allowed).
    """
    fetcher = Fetcher(options, url_guard(options.allow_private_urls))
    try:
        fetched = fetcher.get(url, trusted=True)
    except StorylineError as err:
        yield Rejection.from_error(url, "read", err)
        return
    if looks_like_feed(fetched.data, fetched.content_type):
        yield from read_feed(fetched.data, url, options, fetcher)
        return
    try:
        yield page_document(fetched)
    except StorylineError as err:
        yield Rejection.from_error(url, "read", err)


def page_document(fetched: Fetched) -> RawDocument:
    text = decode_bytes(fetched.data)
    kind = "html" if "html" in fetched.content_type or looks_like_html(text) else "text"
    return RawDocument(source=fetched.url, content=text, kind=kind, url=fetched.url)  # type: ignore[arg-type]
