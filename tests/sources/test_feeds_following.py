"""Entries that only link to their article have the page fetched, politely and through the guard."""
from __future__ import annotations

import time
from pathlib import Path

from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources import read_inputs
from storyline.sources.fetch import Fetcher
from tests.sources.feed_server import Site, serve

OPEN = Options(allow_private_urls=True, fetch_delay=0)


def test_feeds_link_only_entries_are_fetched(tmp_path: Path) -> None:
    with serve(Site(entries=["/2026/valdoria.html", "/2026/brisa.html"])) as site:
        feed = tmp_path / "links.rss"
        feed.write_bytes(site.feed())
        docs = list(read_inputs([str(feed)], OPEN))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [f"{site.base}/2026/valdoria.html",
                                                                    f"{site.base}/2026/brisa.html"]
    assert "Ilse Marrow" in docs[0].content and docs[0].title == "Valdoria weighs basin troops"


def test_feeds_loopback_entries_are_refused_by_default(tmp_path: Path) -> None:
    with serve(Site(entries=["/2026/valdoria.html"])) as site:
        feed = tmp_path / "links.rss"
        feed.write_bytes(site.feed())
        docs = list(read_inputs([str(feed)], Options(fetch_delay=0)))
    assert site.requests == []
    # the teaser stands in for the page that may not be fetched
    assert len(docs) == 1 and isinstance(docs[0], RawDocument) and "Read more" in docs[0].content


def test_feeds_url_is_read_as_a_feed() -> None:
    with serve(Site(entries=["/2026/valdoria.html", "/2026/brisa.html"])) as site:
        docs = list(read_inputs([f"{site.base}/feed.xml"], OPEN))
    assert [d.source for d in docs] == [f"{site.base}/2026/valdoria.html", f"{site.base}/2026/brisa.html"]
    assert not any(isinstance(d, Rejection) for d in docs)


def test_feeds_fetcher_sends_conditional_get() -> None:
    with serve(Site(entries=["/2026/valdoria.html"])) as site:
        fetcher = Fetcher(OPEN)
        first = fetcher.get(f"{site.base}/feed.xml")
        again = fetcher.get(f"{site.base}/feed.xml", etag=first.etag)
    assert first.etag == site.etag() and not first.not_modified
    assert again.not_modified and again.data == b"" and site.conditional == [site.etag()]


def test_feeds_fetcher_spaces_requests_to_one_host() -> None:
    with serve(Site(entries=[])) as site:
        fetcher = Fetcher(Options(fetch_delay=0.3))
        start = time.monotonic()
        for _ in range(3):
            fetcher.get(f"{site.base}/feed.xml")
        elapsed = time.monotonic() - start
    assert elapsed >= 0.6
