"""WARC files and RSS/Atom feeds go through the same pipeline as pages."""
from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.cli.helpers import run_storyline
from tests.cli.test_collect_end_to_end import PAGE

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Meridian 24</title><link>https://meridian24.example/</link>
<item><title>Valdoria weighs basin troops</title><link>https://meridian24.example/2026/03/03/valdoria</link>
<guid>m24-1</guid><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>General Ilse Marrow said on Tuesday that Valdoria would decide within weeks whether to send
troops to the Corran Basin Monitoring Mission, after talks with the Federation of Estmark.</p>]]></description></item>
</channel></rss>"""


def test_collect_reads_html_responses_from_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://courier.example/2026/03/05/talks", "response",
                                           payload=io.BytesIO(PAGE.encode("utf-8")), http_headers=headers)
        writer.write_record(record)
    result = run_storyline("extract", str(path))
    assert result.returncode == 0, result.stderr
    (rec,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert rec["url"] == "https://courier.example/2026/03/05/talks" and rec["outlet"] == "courier.example"
    assert "Oren Tavish" in rec["text"]


def test_collect_reads_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(FEED, encoding="utf-8")
    result = run_storyline("extract", str(path))
    assert result.returncode == 0, result.stderr
    (rec,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert rec["id"] == "m24-1" and rec["title"] == "Valdoria weighs basin troops"
    assert rec["published"] == "2026-03-03" and "Ilse Marrow" in rec["text"]
