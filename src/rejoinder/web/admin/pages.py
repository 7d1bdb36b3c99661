"""The dashboard at /admin/: server-rendered pages, forms with CSRF tokens, no inline script."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as PathParam
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from rejoinder.domain.accounts import Principal
from rejoinder.domain.errors import DomainError, NotFound
from rejoinder.domain.model import CommentStatus
from rejoinder.domain.policy import CATEGORIES, policy_to_dict
from rejoinder.services.desk import Action, Item, Queue, QueueQuery
from rejoinder.web.admin.auth import (
    clear_session_cookie,
    require_csrf,
    session_principal,
    set_session_cookie,
)
from rejoinder.web.admin.views import highlight
from rejoinder.web.client import client_prefix
from rejoinder.web.deps import services_of
from rejoinder.web.schemas import MAX_ID, iso

T = TypeVar("T")
HERE = Path(__file__).parent
TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.filters["iso"] = iso
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
LOGIN_CSRF = "rejoinder_login_csrf"
FLASH_KEYS = {"error", "notice", "focus"}
DURATIONS = {"1d": 1.0, "7d": 7.0, "30d": 30.0, "permanent": None}
router = APIRouter(prefix="/admin", include_in_schema=False)
Text = Annotated[str, Form(max_length=20_000)]
RowId = Annotated[int, PathParam(ge=1, le=MAX_ID)]  # beyond this no row exists (nor fits SQLite)
Short = Annotated[str, Form(max_length=500)]


class LoginRequired(Exception):
    """Raised by pages when nobody is logged in; answered with a redirect to the login."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(name).render(queues=[q.value for q in Queue], **context)
    headers = {"Content-Security-Policy": CSP, "Cache-Control": "no-store"}
    return HTMLResponse(html, status, headers=headers)


async def _who(request: Request) -> Principal:
    principal = await session_principal(request)
    if principal is None:
        raise LoginRequired(
            str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
        )
    return principal


def _here(request: Request) -> str:
    """This page's URL to come back to after a form, without the last form's flash messages."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in FLASH_KEYS]
    return request.url.path + (f"?{urlencode(kept)}" if kept else "")


def _safe_next(next_url: str | None) -> str:
    # Only back into the dashboard: never an open redirect.
    if next_url and next_url.startswith("/admin/") and not next_url.startswith("//"):
        return next_url
    return "/admin/queue/pending"


def _back(next_url: str | None, **flash: str) -> RedirectResponse:
    target = _safe_next(next_url)
    if flash:
        target += ("&" if "?" in target else "?") + urlencode(flash)
    return RedirectResponse(target, status_code=303)


async def _done(
    next_url: str | None, work: Awaitable[T], notice: str | Callable[[T], str]
) -> RedirectResponse:
    """Run a form's action, then go back with its outcome (or the refusal) as the flash."""
    try:
        result = await work
    except DomainError as exc:
        return _back(next_url, error=exc.message)
    return _back(next_url, notice=notice(result) if callable(notice) else notice)


async def _posted(request: Request, csrf: str) -> Principal:
    who = await _who(request)
    require_csrf(who, csrf)
    return who


# ----- login -----


@router.get("/login")
async def login_form(request: Request, next: str = "", error: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = render("login.html", title="Log in", csrf=token, next=_safe_next(next), error=error)
    # Double-submit token: a foreign page cannot log a browser into someone else's account.
    response.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", path="/admin/")
    return response


@router.post("/login")
async def login(
    request: Request,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF, "")
    if not expected or not secrets.compare_digest(expected.encode(), csrf.encode()):
        return RedirectResponse("/admin/login?" + urlencode({"error": "Please try again."}), 303)
    services = services_of(request)
    try:
        logged_in = await services.accounts.login(
            email,
            password,
            client_prefix(request, services.settings),
            replacing=request.cookies.get("rejoinder_session"),
        )
    except DomainError as exc:
        status = 429 if exc.kind == "rate_limited" else 401
        token = secrets.token_urlsafe(24)
        page = render(
            "login.html",
            status,
            title="Log in",
            csrf=token,
            next=_safe_next(next),
            error=exc.message,
        )
        page.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", path="/admin/")
        return page
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(request, response, logged_in.token)
    response.delete_cookie(LOGIN_CSRF, path="/admin/")
    return response


@router.post("/logout")
async def logout(request: Request, csrf: Annotated[str, Form(max_length=100)] = "") -> Response:
    await _posted(request, csrf)
    await services_of(request).accounts.logout(request.cookies.get("rejoinder_session", ""))
    response = RedirectResponse("/admin/login", status_code=303)
    clear_session_cookie(response)
    return response


# ----- queues and comments -----


@router.get("/")
async def home() -> Response:
    return RedirectResponse("/admin/queue/pending", status_code=303)


def _item_view(item: Item) -> dict[str, Any]:
    latest = item.decisions[-1] if item.decisions else None
    spans = [span for d in item.decisions for span in d.spans]
    return {
        "item": item,
        "comment": item.row.comment,
        "pieces": highlight(item.row.comment.text, spans),
        "reasons": list(latest.reasons) if latest else [],
        "scores": dict(latest.scores) if latest else {},
        "verdict": latest.verdict.value if latest else "",
    }


@router.get("/queue/{queue}")
async def queue_page(
    request: Request,
    queue: Queue,
    site: Annotated[str | None, Query(max_length=64)] = None,
    thread: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    author: Annotated[str | None, Query(max_length=300)] = None,
    reason: Annotated[str | None, Query(max_length=100)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    error: str = "",
    notice: str = "",
) -> Response:
    who = await _who(request)
    desk = services_of(request).desk
    query = QueueQuery(
        queue, site or None, thread, author or None, reason or None, q or None, offset
    )
    explained = await desk.items(who, query)
    items = [_item_view(item) for item in explained]
    return render(
        "queue.html",
        title=f"{queue.value.title()} comments",
        who=who,
        current=queue.value,
        items=items,
        sites=await desk.sites_of(who),
        filters={"site": site or "", "author": author or "", "reason": reason or "", "q": q or ""},
        more=len(explained) == query.limit,
        offset=offset,
        page_url=_here(request),
        error=error,
        notice=notice,
    )


@router.get("/comments/{comment_id}")
async def comment_page(
    request: Request, comment_id: RowId, error: str = "", notice: str = ""
) -> Response:
    who = await _who(request)
    desk = services_of(request).desk
    item = await desk.item(who, comment_id)
    return render(
        "comment.html",
        title=f"Comment {comment_id}",
        who=who,
        thread_closed=item.thread_closed,
        statuses=CommentStatus,
        page_url=f"/admin/comments/{comment_id}",
        error=error,
        notice=notice,
        **_item_view(item),
    )


@router.post("/comments/{comment_id}/action")
async def comment_action(
    request: Request,
    comment_id: RowId,
    action: Annotated[Action, Form()],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=1000)] = "",
    reason: Short = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.act(who, [comment_id], action, reason)
    return await _done(next, work, f"Comment {comment_id}: {action.value} done.")


@router.post("/bulk")
async def bulk_action(
    request: Request,
    action: Annotated[Action, Form()],
    csrf: Annotated[str, Form(max_length=100)] = "",
    ids: Annotated[list[int], Form()] = [],  # noqa: B006 (FastAPI reads the default, never mutates it)
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.act(who, ids, action)
    return await _done(next, work, lambda done: f"{action.value}: {len(done)} comments.")


@router.post("/comments/{comment_id}/edit")
async def comment_edit(
    request: Request,
    comment_id: RowId,
    text: Text,
    csrf: Annotated[str, Form(max_length=100)] = "",
    reason: Short = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.edit(who, comment_id, text, reason)
    return await _done(f"/admin/comments/{comment_id}", work, "Saved.")


@router.post("/threads/{thread_id}/state")
async def thread_state(
    request: Request,
    thread_id: RowId,
    closed: Annotated[bool, Form()],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.close_thread(who, thread_id, closed)
    return await _done(
        next, work, "Comments closed on this page." if closed else "Comments reopened."
    )


# ----- authors -----


@router.post("/authors/ban")
async def author_ban(
    request: Request,
    site: Annotated[str, Form(max_length=64)],
    target: Annotated[str, Form(max_length=300)],
    duration: Annotated[str, Form(max_length=16)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    days: Annotated[float | None, Form(gt=0, le=36_500)] = None,
    shadow: Annotated[bool, Form()] = False,
    reason: Short = "",
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    """Ban by email or network: a day, a week, a month, custom days or for good."""
    who = await _posted(request, csrf)
    kind, _, value = target.partition(":")
    length = days if duration == "custom" else DURATIONS.get(duration)
    if duration not in DURATIONS and duration != "custom":
        return _back(next, error="Choose how long the ban lasts.")
    work = services_of(request).desk.ban(
        who,
        site,
        email=value if kind == "email" else None,
        ip=value.split("/")[0] if kind == "network" else None,
        days=length,
        shadow=shadow,
        reason=reason,
    )
    return await _done(next, work, f"Banned {value}.")


@router.post("/authors/trust")
async def author_trust(
    request: Request,
    site: Annotated[str, Form(max_length=64)],
    author: Annotated[str, Form(max_length=300)],
    trusted: Annotated[bool, Form()],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.trust(who, site, author, trusted)
    return await _done(
        next, work, "Trusted: skips premoderation." if trusted else "No longer trusted."
    )


@router.post("/authors/note")
async def author_note(
    request: Request,
    site: Annotated[str, Form(max_length=64)],
    author: Annotated[str, Form(max_length=300)],
    note: Annotated[str, Form(max_length=2000)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    who = await _posted(request, csrf)
    return await _done(next, services_of(request).desk.note(who, site, author, note), "Note added.")


@router.get("/bans")
async def bans_page(
    request: Request, site: str = "", error: str = "", notice: str = ""
) -> Response:
    who = await _who(request)
    desk = services_of(request).desk
    sites = await desk.sites_of(who)
    chosen = site or (sites[0].slug if sites else "")
    found = await desk.bans(who, chosen) if chosen else []
    return render(
        "bans.html",
        title="Bans",
        who=who,
        current="bans",
        sites=sites,
        site=chosen,
        bans=found,
        page_url=f"/admin/bans?site={quote(chosen)}",
        error=error,
        notice=notice,
    )


@router.post("/bans/{ban_id}/lift")
async def lift_ban(
    request: Request,
    ban_id: RowId,
    site: Annotated[str, Form(max_length=64)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    who = await _posted(request, csrf)
    work = services_of(request).desk.lift_ban(who, site, ban_id)
    return await _done(f"/admin/bans?site={quote(site)}", work, f"Lifted ban {ban_id}.")


# ----- sites (administrators) -----


@router.get("/sites")
async def sites_page(request: Request) -> Response:
    who = await _who(request)
    sites = await services_of(request).desk.sites_of(who)
    return render("sites.html", title="Sites", who=who, current="sites", sites=sites)


@router.get("/sites/{slug}")
async def site_page(request: Request, slug: str, error: str = "", notice: str = "") -> Response:
    who = await _who(request)
    who.check_admin()
    site = await services_of(request).sites.get(slug)
    return render(
        "site.html",
        title=f"Settings: {site.name}",
        who=who,
        current="sites",
        site=site,
        policy=policy_to_dict(site.policy),
        categories=CATEGORY_LABELS,
        error=error,
        notice=notice,
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


CATEGORY_LABELS = {
    "identity_attack": "Identity attack (slurs, hate against a protected group)",
    "insult": "Insult (aimed at another reader)",
    "threat": "Threat of violence, incitement",
    "sexual_harassment": "Sexual harassment",
    "profanity": "Profanity",
    "toxicity": "Overall abuse, learned model",
    "news_abuse": "Abuse as labelled news comments show it, learned model",
    "group_abuse": "The same, of a comment naming a protected group",
}


class FormError(Exception):
    """A settings form field that is not even a number: said back on the page."""


def _number(form: Any, name: str) -> int | None:
    """A whole number from the form, None when left blank (the service checks the range)."""
    raw = str(form.get(name, "")).strip()
    if not raw:
        return None
    if not raw.lstrip("-").isdigit():
        raise FormError(f"{name.replace('_', ' ')} must be a whole number.")
    return int(raw)


def _fraction(form: Any, name: str) -> float | None:
    """A threshold from 0 to 1, None when left blank (never); the service checks the range."""
    raw = str(form.get(name, "")).strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise FormError(f"{name.replace('_', ' ')} must be a number from 0 to 1.") from None


def _thresholds(form: Any, prefix: str) -> dict[str, float | None]:
    return {category: _fraction(form, f"{prefix}_{category}") for category in CATEGORIES}


def _number_or(form: Any, name: str, blank: int) -> int:
    found = _number(form, name)
    return blank if found is None else found


@router.post("/sites/{slug}")
async def site_save(request: Request, slug: str) -> Response:
    form = await request.form()
    who = await _posted(request, str(form.get("csrf", "")))
    next_url = f"/admin/sites/{quote(slug)}"
    try:
        changes = _site_changes(form)
    except FormError as exc:
        return _back(next_url, error=str(exc))
    work = services_of(request).desk.update_site(who, slug, changes)
    return await _done(next_url, work, "Settings saved.")


def _site_changes(form: Any) -> dict[str, Any]:
    window = _number_or(form, "edit_window_minutes", 0)
    return {
        "name": str(form.get("name", "")),
        "origins": _lines(str(form.get("origins", ""))),
        "premoderation": str(form.get("premoderation", "none")),
        "edit_window_seconds": window * 60,
        "max_depth": _number_or(form, "max_depth", 6),
        "require_name": form.get("require_name") == "on",
        "require_email": form.get("require_email") == "on",
        "flag_threshold": _number_or(form, "flag_threshold", 3),
        "auto_close_days": _number(form, "auto_close_days"),
        "policy": {
            "block_words": _lines(str(form.get("block_words", ""))),
            "suspect_words": _lines(str(form.get("suspect_words", ""))),
            "people": _lines(str(form.get("people", ""))),
            "links": {
                "hold_above": _number_or(form, "links_hold_above", 0),
                "blocked_domains": _lines(str(form.get("blocked_domains", ""))),
                "hold_first_comment_links": form.get("hold_first_comment_links") == "on",
            },
            "duplicate_limit": _number_or(form, "duplicate_limit", 2),
            "duplicate_window_seconds": _number_or(form, "duplicate_window_minutes", 60) * 60,
            "hold_at": _thresholds(form, "hold_at"),
            "reject_at": _thresholds(form, "reject_at"),
        },
    }


# ----- one's own account -----


@router.get("/account")
async def account_page(request: Request, error: str = "", notice: str = "") -> Response:
    who = await _who(request)
    return render("account.html", title="Your account", who=who, error=error, notice=notice)


@router.post("/account/password")
async def change_password(
    request: Request,
    current: Annotated[str, Form(max_length=1024)],
    new: Annotated[str, Form(max_length=1024)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """A new password ends every session of the account, this one included: log in again."""
    who = await _posted(request, csrf)
    accounts = services_of(request).accounts
    try:
        await accounts.change_own_password(
            who, current, new, client_prefix(request, services_of(request).settings)
        )
    except DomainError as exc:
        return _back("/admin/account", error=exc.message)
    response = RedirectResponse(
        "/admin/login?" + urlencode({"error": "Password changed: log in with the new one."}), 303
    )
    clear_session_cookie(response)
    return response


# ----- audit -----


@router.get("/audit")
async def audit_page(
    request: Request,
    site: Annotated[str, Query(max_length=64)] = "",
    actor: Annotated[str, Query(max_length=254)] = "",
    action: Annotated[str, Query(max_length=64)] = "",
    target: Annotated[str, Query(max_length=300)] = "",
) -> Response:
    who = await _who(request)
    desk = services_of(request).desk
    entries = await desk.audit(who, site or None, actor or None, action or None, target or None)
    query = urlencode(
        {"site": site, "actor": actor, "action": action, "target": target, "format": "csv"}
    )
    return render(
        "audit.html",
        title="Audit log",
        who=who,
        current="audit",
        entries=entries,
        sites=await desk.sites_of(who),
        filters={"site": site, "actor": actor, "action": action, "target": target},
        csv_url=f"/api/v1/admin/audit?{query}",
    )


@router.get("/static/{name}")
async def static(name: str) -> Response:
    types = {"admin.js": "text/javascript", "admin.css": "text/css"}
    if name not in types:
        raise NotFound("route.not_found", "No such file.")
    return FileResponse(HERE / "static" / name, media_type=types[name])
