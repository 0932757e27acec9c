"""A real HTTP server on 127.0.0.1 serving a feed and its entries' pages, counting every request."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGES = {
    "/2026/valdoria.html": ("Valdoria weighs basin troops",
                            "General Ilse Marrow said on Tuesday that Valdoria would decide within weeks whether to "
                            "send troops to the Corran Basin Monitoring Mission. “We are ready,” she told reporters "
                            "in Port Ardent, adding that talks with the Federation of Estmark would resume."),
    "/2026/brisa.html": ("Dockworkers strike in Brisa Nova",
                         "About 2,800 dockworkers walked out on Monday in Brisa Nova, union leader Mira Castell said, "
                         "demanding higher pay. The port authority said ships would be diverted to Salt Harbour "
                         "until the strike ends."),
}


@dataclass
class Site:
    """What the server serves: the feed's entries (paths of PAGES), and what it saw."""

    entries: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    conditional: list[str] = field(default_factory=list)  # If-None-Match values received
    base: str = ""

    def feed(self) -> bytes:
        items = "".join(f"<item><title>{PAGES[p][0]}</title><link>{self.base}{p}</link><guid>{p}</guid>"
                        "<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><description>Read more.</description></item>"
                        for p in self.entries)
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Meridian 24</title>'
                f"<link>{self.base}/</link>{items}</channel></rss>").encode()

    def etag(self) -> str:
        return f'"feed-{len(self.entries)}"'


def page(path: str) -> bytes:
    title, text = PAGES[path]
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
            "</article></body></html>").encode()


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.requests.append(self.path)
            if self.path == "/feed.xml":
                if self.headers.get("If-None-Match"):
                    site.conditional.append(self.headers["If-None-Match"])
                if self.headers.get("If-None-Match") == site.etag():
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(site.feed(), "application/rss+xml", site.etag())
            elif self.path in PAGES:
                self._send(page(self.path), "text/html; charset=utf-8", None)
            else:
                self.send_error(404)

        def _send(self, body: bytes, content_type: str, etag: str | None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
