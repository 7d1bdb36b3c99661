"""The ASGI application: create_app(settings, services=None)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import ORJSONResponse
from starlette.responses import RedirectResponse, Response

from rejoinder import __version__
from rejoinder.composition import Services, build_services
from rejoinder.settings import Settings
from rejoinder.web import api, assets, events, pages
from rejoinder.web.admin import api as admin_api
from rejoinder.web.admin import pages as admin_pages
from rejoinder.web.cache import PageCache
from rejoinder.web.errors import install_error_handlers
from rejoinder.web.middleware import (
    BodyLimitMiddleware,
    SecurityHeadersMiddleware,
    SiteCorsMiddleware,
)


async def _to_login(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, admin_pages.LoginRequired)
    return RedirectResponse("/admin/login?" + urlencode({"next": exc.next_url}), status_code=303)


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    """Build the app; services are built from settings unless a test hands its own."""
    owned = services is None
    wired = services or build_services(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if owned:
                await wired.close()

    app = FastAPI(
        title="Rejoinder",
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
        default_response_class=ORJSONResponse,
    )
    app.state.services = wired
    app.state.page_cache = PageCache(settings.page_cache_entries)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(events.router)
    app.include_router(pages.router)
    app.include_router(assets.router)
    app.include_router(admin_api.router)
    app.include_router(admin_pages.router)
    app.add_exception_handler(admin_pages.LoginRequired, _to_login)
    if settings.demo:
        app.include_router(pages.demo_router)
    # Outermost first: size caps run before CORS lookups, which run before any route.
    app.add_middleware(SiteCorsMiddleware, sites=wired.sites)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
