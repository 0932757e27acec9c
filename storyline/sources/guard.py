"""Which URLs storyline may fetch: only public http(s) addresses unless private ones are allowed.

Lives in sources/ so the readers (feeds, URLs, watch) and the REST API share one check without
sources importing api.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from storyline.errors import Code, StorylineError

UrlGuard = Callable[[str], None]


def check_public_url(url: str) -> None:
    """Raise unless `url` is http(s) and every address its host resolves to is public.

    A name that resolves to a loopback, private, link-local or reserved address is refused, as is
    an address literal in those ranges. (The fetch resolves the name again; a resolver that
    answers differently the second time is outside what this check can stop.)
    """
    parts = check_http_url(url)
    try:
        infos = socket.getaddrinfo(parts, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise StorylineError(Code.URL_REFUSED, url=url, reason=f"the host does not resolve ({err})") from err
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise StorylineError(Code.URL_REFUSED, url=url,
                                 reason=f"{parts} is a loopback, private or reserved address ({address})")


def check_http_url(url: str) -> str:
    """Raise unless `url` is http(s) with a host; return the host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StorylineError(Code.URL_REFUSED, url=url, reason="only http and https URLs with a host are fetched")
    return parts.hostname


def url_guard(allow_private: bool) -> UrlGuard:
    """The check for URLs found in content: public only, or any http(s) URL when private ones are allowed."""
    return _check_scheme_only if allow_private else check_public_url


def _check_scheme_only(url: str) -> None:
    check_http_url(url)
