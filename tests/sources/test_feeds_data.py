"""A feed is parsed as data: a URL or a path written in a feed file is never fetched or read."""
from __future__ import annotations

from pathlib import Path

from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources import read_inputs
from storyline.sources.feeds import parse_feed
from tests.sources.feed_server import Site, serve


def test_feeds_url_as_content_is_not_fetched(tmp_path: Path) -> None:
    with serve(Site(entries=["/2026/valdoria.html"])) as site:
        feed = tmp_path / "evil.rss"
        feed.write_text(f"{site.base}/feed.xml", encoding="utf-8")
        items = list(read_inputs([str(feed)], Options(allow_private_urls=True, fetch_delay=0)))
    assert site.requests == []
    assert [type(i) for i in items] == [Rejection]


def test_feeds_path_as_content_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<rss version="2.0"><channel><item><title>Secret</title><description>'
                      + "private words " * 60 + "</description></item></channel></rss>", encoding="utf-8")
    feed = tmp_path / "evil.atom"
    feed.write_text(str(secret), encoding="utf-8")
    items = list(read_inputs([str(feed)], Options()))
    assert all(isinstance(i, Rejection) for i in items)
    assert parse_feed(str(secret).encode()) == ()


def test_feeds_full_text_entry_is_taken_from_the_feed(tmp_path: Path) -> None:
    body = "Mayor Oren Tavish said the bridge over the Lume would reopen in May. " * 10
    feed = tmp_path / "full.rss"
    feed.write_text('<rss version="2.0"><channel><item><title>Bridge</title><link>http://127.0.0.1:9/x</link>'
                    f"<guid>b-1</guid><description>{body}</description></item></channel></rss>", encoding="utf-8")
    (doc,) = list(read_inputs([str(feed)], Options()))
    assert isinstance(doc, RawDocument) and doc.id == "b-1" and "Oren Tavish" in doc.content
