"""Server-rendered pages: one-click unsubscribe (RFC 8058) and the demo article."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from rejoinder.domain.errors import NotFound
from rejoinder.web.deps import services_of

DEMO_FILES = Path(__file__).with_name("demo")
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
router = APIRouter(include_in_schema=False)
Token = Annotated[str, Query(max_length=300)]


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title></head><body><main><h1>{escape(title)}</h1>"
        f"{body}</main></body></html>"
    )
    return HTMLResponse(html, status, headers={"Content-Security-Policy": PAGE_CSP})


def _invalid_link() -> HTMLResponse:
    return _page("Link not valid", "<p>This unsubscribe link is not valid.</p>", 404)


@router.get("/unsubscribe")
async def unsubscribe_form(request: Request, token: Token = "") -> Response:
    try:
        await services_of(request).subscriptions.find(token)
    except NotFound:
        return _invalid_link()
    form = (
        f"<form method='post' action='/unsubscribe?token={escape(token, quote=True)}'>"
        "<p>Stop these comment notifications?</p>"
        "<button type='submit'>Unsubscribe</button></form>"
    )
    return _page("Unsubscribe", form)


@router.post("/unsubscribe")
async def unsubscribe(request: Request, token: Token = "") -> Response:
    """One click: mail clients POST here straight from the List-Unsubscribe header."""
    try:
        await services_of(request).subscriptions.unsubscribe(token)
    except NotFound:
        return _invalid_link()
    return _page("Unsubscribed", "<p>You will get no more of these notifications.</p>")


demo_router = APIRouter(include_in_schema=False)


@demo_router.get("/")
async def home() -> Response:
    return RedirectResponse("/demo/")


DEMO_PAGES = {"": "article.html", "budget/": "budget.html", "latest/": "latest.html"}


@demo_router.get("/demo/{page:path}")
async def demo_page(page: str) -> Response:
    if page == "demo.css":
        return FileResponse(DEMO_FILES / page, media_type="text/css")
    if page not in DEMO_PAGES:
        raise NotFound("route.not_found", "No such page.")
    return FileResponse(
        DEMO_FILES / DEMO_PAGES[page], headers={"Content-Security-Policy": PAGE_CSP}
    )
