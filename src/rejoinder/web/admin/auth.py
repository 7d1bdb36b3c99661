"""Who is calling the dashboard or the admin API, and whether a write carries its CSRF token."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import Response

from rejoinder.domain.accounts import Principal
from rejoinder.domain.errors import Forbidden, Unauthorized
from rejoinder.services.accounts import SESSION_SECONDS
from rejoinder.web.client import client_scheme
from rejoinder.web.deps import services_of

COOKIE = "rejoinder_session"
CSRF_HEADER = "x-csrf-token"


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def session_principal(request: Request) -> Principal | None:
    return await services_of(request).accounts.session(request.cookies.get(COOKIE))


async def api_principal(request: Request) -> Principal:
    """A Bearer API token, or the dashboard's session cookie (then writes need X-CSRF-Token)."""
    token = _bearer(request)
    if token is not None:
        found = await services_of(request).accounts.api_principal(token)
        if found is None:
            raise Unauthorized("auth.token_invalid", "The API token is not valid.")
        return found
    principal = await session_principal(request)
    if principal is None:
        raise Unauthorized("auth.required", "Log in or send an API token.")
    if request.method not in {"GET", "HEAD"}:
        require_csrf(principal, request.headers.get(CSRF_HEADER))
    return principal


def require_csrf(principal: Principal, sent: str | None) -> None:
    if not sent or not hmac.compare_digest(sent.encode(), principal.csrf_token.encode()):
        raise Forbidden("auth.csrf_invalid", "The form is stale or was sent from elsewhere.")


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=SESSION_SECONDS,
        path="/",
        httponly=True,
        secure=client_scheme(request, services_of(request).settings) == "https",
        samesite="lax",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")
