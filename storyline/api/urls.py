"""URL ingestion through the API: only public http(s) addresses, so the server is no door inward."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from storyline.errors import Code, StorylineError


def check_public_url(url: str) -> None:
    """Raise unless `url` is http(s) and every address its host resolves to is public.

    A name that resolves to a loopback, private, link-local or reserved address is refused, as is
    an address literal in those ranges. (The fetch resolves the name again; a resolver that
    answers differently the second time is outside what this check can stop.)
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StorylineError(Code.URL_REFUSED, url=url, reason="only http and https URLs with a host are fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise StorylineError(Code.URL_REFUSED, url=url, reason=f"the host does not resolve ({err})") from err
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise StorylineError(Code.URL_REFUSED, url=url,
                                 reason=f"{parts.hostname} is a loopback, private or reserved address ({address})")
