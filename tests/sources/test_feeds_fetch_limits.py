"""Fetching has limits a server cannot stretch: a deadline for the whole body and a size cap."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyline.errors import StorylineError
from storyline.settings import Options
from storyline.sources.fetch import Fetcher


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        if self.path == "/drip":
            for _ in range(40):  # a byte every 0.1 s: each read is quick, the whole never ends
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        else:
            self.wfile.write(b"y" * 3 * 1024 * 1024)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_feeds_fetch_slow_body_hits_the_deadline(base: str) -> None:
    start = time.monotonic()
    with pytest.raises(StorylineError, match="too slowly"):
        Fetcher(Options(fetch_timeout=0.5, fetch_delay=0)).get(f"{base}/drip")
    assert time.monotonic() - start < 3


def test_feeds_fetch_large_body_hits_the_cap(base: str) -> None:
    with pytest.raises(StorylineError, match="larger than"):
        Fetcher(Options(max_document_mb=1, fetch_delay=0)).get(f"{base}/big")
