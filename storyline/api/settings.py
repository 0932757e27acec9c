"""Every setting of the HTTP server, with its default and why."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import Code, StorylineError
from storyline.settings import DEFAULT_DB

TOKEN_ENV = "STORYLINE_TOKEN"


@dataclass(frozen=True)
class ServerSettings:
    db: Path = DEFAULT_DB
    host: str = "127.0.0.1"
    port: int = 8000
    # Required whenever the server listens on anything but loopback; then every request carries it.
    token: str | None = None
    # Request bodies above this are refused (413): a POST of a few hundred news articles of typical
    # length (5-50 KB of HTML each) fits; a runaway upload does not reach the pipeline.
    max_body_bytes: int = 8 * 1024 * 1024
    # Fetching URLs on behalf of a client makes the server a proxy; off unless asked for.
    allow_url_ingest: bool = False
    # Page size of list endpoints when the client names none, and the most it may ask for.
    default_limit: int = 50
    max_limit: int = 500


def token_from_env() -> str | None:
    return os.environ.get(TOKEN_ENV) or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_settings(settings: ServerSettings) -> None:
    """Refuse to serve beyond loopback without a token."""
    if not is_loopback(settings.host) and not settings.token:
        raise StorylineError(Code.NEEDS_TOKEN, host=settings.host)
