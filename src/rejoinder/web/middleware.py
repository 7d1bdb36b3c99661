"""ASGI middleware: request body caps, per-site CORS, and security headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

import orjson
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rejoinder.services.sites import SiteService

ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-Edit-Token, X-Voter-Token, If-None-Match"
EXPOSED_HEADERS = "ETag, Retry-After"
_WRITES = {"POST", "PATCH", "PUT", "DELETE"}


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = orjson.dumps({"error": {"code": code, "message": message}})
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuse oversized bodies before any parsing: by Content-Length, then by counting."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _send_error(send, 413, "request.too_large", "The request body is too large.")
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # An HTTPException passes through the framework's body parsing untouched
                    # and reaches the one error mapping as a 413.
                    raise HTTPException(413, "The request body is too large.")
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except HTTPException as exc:
            if exc.status_code != 413 or started:
                raise
            await _send_error(send, 413, "request.too_large", "The request body is too large.")


class SiteCorsMiddleware:
    """CORS per site: an origin is allowed only for the site (`?site=`) that lists it.

    Writes from a browser on a foreign origin are refused outright, not merely unreadable.
    """

    def __init__(self, app: ASGIApp, sites: SiteService) -> None:
        self.app = app
        self.sites = sites

    async def _allowed(self, scope: Scope, origin: str) -> bool:
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        slug = (query.get("site") or [""])[0]
        if slug:
            site = await self.sites.find(slug)
            return site is not None and site.allows_origin(origin)
        return origin.rstrip("/").lower() in await self.sites.all_origins()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin") or None
        if origin is None or _same_origin(scope, headers, origin):
            await self.app(scope, receive, send)
            return
        allowed = await self._allowed(scope, origin)
        method = scope["method"]
        if method == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(send, origin, allowed)
            return
        if not allowed and method in _WRITES:
            await _send_error(send, 403, "cors.origin_denied", "This origin may not post here.")
            return
        await self.app(scope, receive, _with_cors(send, origin) if allowed else send)

    @staticmethod
    async def _preflight(send: Send, origin: str, allowed: bool) -> None:
        if not allowed:
            await _send_error(send, 403, "cors.origin_denied", "This origin is not allowed.")
            return
        headers = [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-methods", ALLOWED_METHODS.encode()),
            (b"access-control-allow-headers", ALLOWED_HEADERS.encode()),
            (b"access-control-max-age", b"600"),
            (b"vary", b"Origin"),
            (b"content-length", b"0"),
        ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def _same_origin(scope: Scope, headers: Headers, origin: str) -> bool:
    scheme = scope.get("scheme", "http")
    return origin.lower() == f"{scheme}://{headers.get('host', '')}".lower()


def _with_cors(send: Send, origin: str) -> Callable[[Message], Awaitable[None]]:
    async def send_with_cors(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            headers["Access-Control-Allow-Origin"] = origin
            headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            headers.append("Vary", "Origin")
        await send(message)

    return send_with_cors


class SecurityHeadersMiddleware:
    """Headers every response carries; pages add their own Content-Security-Policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)
