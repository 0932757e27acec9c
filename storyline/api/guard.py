"""ASGI middleware in front of every route: the access token, the body size limit, safe headers.

Written as plain ASGI (not BaseHTTPMiddleware) so an oversized body is refused while it streams
in, before any route reads it.
"""
from __future__ import annotations

import hmac
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

from storyline.api.errors import error_response
from storyline.errors import Code, StorylineError

COOKIE = "storyline_token"
# Article text is untrusted: even if escaping failed somewhere, no inline script, inline handler,
# javascript: URL, plugin or foreign resource may run. Scripts and styles come only from /static.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


class GuardMiddleware:
    def __init__(self, app, token: str | None, max_body_bytes: int) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        from_query = None
        if self.token:
            given, from_query = _presented_token(headers, scope.get("query_string", b"").decode("latin-1"))
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                await error_response(StorylineError(Code.UNAUTHORIZED))(scope, receive, send)
                return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(scope, receive, send)
            return
        body = await self._read_body(receive) if scope["method"] in ("POST", "PUT", "PATCH") else None
        if body is False:
            await self._too_large(scope, receive, send)
            return
        replay = _replay(body) if isinstance(body, bytes) else receive
        set_cookie = from_query is not None

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                extra = list(_HEADERS)
                if set_cookie:
                    extra.append((b"set-cookie", f"{COOKIE}={from_query}; HttpOnly; SameSite=Strict; Path=/".encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, replay, send_with_headers)

    async def _read_body(self, receive) -> bytes | bool:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks)
            size += len(message.get("body", b""))
            if size > self.max_body:
                return False
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _too_large(self, scope, receive, send) -> None:
        await error_response(StorylineError(Code.REQUEST_TOO_LARGE, limit=self.max_body))(scope, receive, send)


def _presented_token(headers: dict[str, str], query: str) -> tuple[str | None, str | None]:
    """(token presented, token given in the query string so a browser can be handed a link)."""
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), None
    cookie = SimpleCookie(headers.get("cookie", ""))
    if COOKIE in cookie:
        return cookie[COOKIE].value, None
    in_query = parse_qs(query).get("token")
    if in_query:
        return in_query[0], in_query[0]
    return None, None


def _replay(body: bytes):
    sent = False

    async def receive():
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive
