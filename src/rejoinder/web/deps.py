"""Request-scoped helpers shared by the routes."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from rejoinder.composition import Services
from rejoinder.services.votes import Reader
from rejoinder.web.client import client_prefix


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")


def voter(request: Request, services: Services) -> tuple[str, str | None]:
    """The reader's voter key, and a new token to hand back when they had none."""
    key = services.voter_tokens.key_of(request.headers.get("x-voter-token"))
    if key is not None:
        return key, None
    token, key = services.voter_tokens.issue()
    return key, token


def reader(request: Request, services: Services, key: str | None) -> Reader:
    prefix = client_prefix(request, services.settings)
    return Reader(key=key or f"ip:{prefix}", ip_prefix=prefix)
