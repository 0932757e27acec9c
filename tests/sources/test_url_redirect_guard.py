"""A URL guard vets every request of a fetch, so a redirect cannot lead it somewhere refused."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.url import fetch_url

PAGE = b"<html><body><article><p>General Ilse Marrow said the mission would wait.</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/start":
            self.send_response(302)
            self.send_header("Location", "/inner")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


def serve() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def refuse_inner(url: str) -> None:
    if url.endswith("/inner"):
        raise StorylineError(Code.URL_REFUSED, url=url, reason="a test refuses it")


def test_url_redirect_is_vetted_by_the_guard() -> None:
    server = serve()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        followed = fetch_url(f"{base}/start", Options())
        guarded = fetch_url(f"{base}/start", Options(), guard=refuse_inner)
    finally:
        server.shutdown()
    assert isinstance(followed, RawDocument) and "Ilse Marrow" in followed.content
    assert isinstance(guarded, Rejection) and "a test refuses it" in guarded.reason
