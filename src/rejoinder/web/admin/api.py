"""The JSON admin API under /api/v1/admin/: the dashboard's actions, for scripts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from rejoinder.domain.accounts import Principal
from rejoinder.domain.errors import NotFound
from rejoinder.services.desk import Action, Item, Queue, QueueQuery
from rejoinder.storage.base import AuditEntry, QueueRow
from rejoinder.web.admin.auth import api_principal
from rejoinder.web.admin.views import ban_json, comment_admin_json, site_json
from rejoinder.web.deps import json_response, services_of
from rejoinder.web.schemas import MAX_ID, iso

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])
Who = Annotated[Principal, Depends(api_principal)]
CommentId = Annotated[int, Path(ge=1, le=MAX_ID)]
Slug = Annotated[str, Path(max_length=64)]


class ActionIn(BaseModel):
    reason: str = Field("", max_length=500)


class BulkIn(BaseModel):
    ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(min_length=1, max_length=200)
    action: Action
    reason: str = Field("", max_length=500)


class EditIn(BaseModel):
    text: str = Field(max_length=20_000)
    reason: str = Field("", max_length=500)


class BanIn(BaseModel):
    email: str | None = Field(None, max_length=254)
    ip: str | None = Field(None, max_length=64)
    days: float | None = Field(None, gt=0, le=36_500)
    shadow: bool = False
    reason: str = Field("", max_length=500)


class TrustIn(BaseModel):
    author: str = Field(max_length=300, description="email:<address> or network:<prefix>")
    trusted: bool = True


class NoteIn(BaseModel):
    author: str = Field(max_length=300)
    note: str = Field(max_length=2000)


def _row_json(row: QueueRow) -> dict[str, Any]:
    return {
        **comment_admin_json(row.comment),
        "site_id": row.site_id,
        "thread": {"id": row.comment.thread_id, "uri": row.thread_uri, "title": row.thread_title},
        "reports": row.flag_count,
    }


def _item_json(item: Item) -> dict[str, Any]:
    author = item.author
    return {
        **_row_json(item.row),
        "site": item.site.slug,
        "decisions": [
            {
                "verdict": d.verdict.value,
                "reasons": list(d.reasons),
                "scores": d.scores,
                "spans": [list(s) for s in d.spans],
            }
            for d in item.decisions
        ],
        "report_reasons": [{"reason": r, "detail": d, "at": iso(t)} for r, d, t in item.reports],
        "parent": comment_admin_json(item.parent) if item.parent else None,
        "author_profile": author
        and {
            "key": author.key,
            "trusted": author.trusted,
            "notes": [{"note": n, "by": a, "at": iso(t)} for n, a, t in author.notes],
            "bans": [ban_json(b) for b in author.bans],
            "history": [
                {"id": c.id, "status": c.status.value, "created_at": iso(c.created_at)}
                for c in author.history
            ],
        },
    }


def audit_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": iso(entry.created_at),
        "site_id": entry.site_id,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "reason": entry.reason,
        "before": entry.before,
        "after": entry.after,
    }


@router.get("/me")
async def me(who: Who) -> Response:
    return json_response({"email": who.email, "role": who.role.value})


@router.get("/queue")
async def queue(
    request: Request,
    who: Who,
    queue: Queue = Queue.PENDING,
    site: Annotated[str | None, Query(max_length=64)] = None,
    thread: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    author: Annotated[str | None, Query(max_length=300)] = None,
    reason: Annotated[str | None, Query(max_length=100)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    """A queue: pending, reported, spam, approved or rejected, with filters and search."""
    query = QueueQuery(queue, site, thread, author, reason, q, offset, limit)
    rows = await services_of(request).desk.queue(who, query)
    return json_response({"items": [_row_json(r) for r in rows]})


@router.get("/comments/{comment_id}")
async def comment(request: Request, who: Who, comment_id: CommentId) -> Response:
    """One comment with its decisions, reports, parent, author profile and history."""
    return json_response(_item_json(await services_of(request).desk.item(who, comment_id)))


@router.post("/comments/bulk")
async def bulk(request: Request, who: Who, body: BulkIn) -> Response:
    done = await services_of(request).desk.act(who, body.ids, body.action, body.reason)
    return json_response({"done": [c.id for c in done]})


@router.post("/comments/{comment_id}/{action}")
async def act(
    request: Request, who: Who, comment_id: CommentId, action: Action, body: ActionIn
) -> Response:
    """approve, reject, spam or delete."""
    await services_of(request).desk.act(who, [comment_id], action, body.reason)
    return json_response(_item_json(await services_of(request).desk.item(who, comment_id)))


@router.patch("/comments/{comment_id}")
async def edit(request: Request, who: Who, comment_id: CommentId, body: EditIn) -> Response:
    updated = await services_of(request).desk.edit(who, comment_id, body.text, body.reason)
    return json_response(comment_admin_json(updated))


@router.get("/sites")
async def sites(request: Request, who: Who) -> Response:
    found = await services_of(request).desk.sites_of(who)
    return json_response({"sites": [site_json(s) for s in found]})


@router.get("/sites/{slug}")
async def site(request: Request, who: Who, slug: Slug) -> Response:
    found = [s for s in await services_of(request).desk.sites_of(who) if s.slug == slug]
    if not found:
        raise NotFound("site.not_found", f"There is no site {slug!r}.")
    return json_response(site_json(found[0]))


@router.patch("/sites/{slug}")
async def update_site(request: Request, who: Who, slug: Slug, body: dict[str, Any]) -> Response:
    """Administrators: change a site's settings (see docs/dashboard.md for the names)."""
    updated = await services_of(request).desk.update_site(who, slug, body)
    return json_response(site_json(updated))


@router.get("/sites/{slug}/bans")
async def bans(request: Request, who: Who, slug: Slug) -> Response:
    found = await services_of(request).desk.bans(who, slug)
    return json_response({"bans": [ban_json(b) for b in found]})


@router.post("/sites/{slug}/bans", status_code=201)
async def ban(request: Request, who: Who, slug: Slug, body: BanIn) -> Response:
    added = await services_of(request).desk.ban(
        who,
        slug,
        email=body.email,
        ip=body.ip,
        days=body.days,
        shadow=body.shadow,
        reason=body.reason,
    )
    return json_response(ban_json(added), 201)


@router.delete("/sites/{slug}/bans/{ban_id}")
async def lift(
    request: Request, who: Who, slug: Slug, ban_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> Response:
    await services_of(request).desk.lift_ban(who, slug, ban_id)
    return json_response({"lifted": ban_id})


@router.post("/sites/{slug}/trust")
async def trust(request: Request, who: Who, slug: Slug, body: TrustIn) -> Response:
    await services_of(request).desk.trust(who, slug, body.author, body.trusted)
    return json_response({"author": body.author, "trusted": body.trusted})


@router.post("/sites/{slug}/notes", status_code=201)
async def note(request: Request, who: Who, slug: Slug, body: NoteIn) -> Response:
    await services_of(request).desk.note(who, slug, body.author, body.note)
    return json_response({"author": body.author}, 201)


@router.post("/threads/{thread_id}/{state}")
async def close(
    request: Request,
    who: Who,
    thread_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    state: Annotated[str, Path(pattern="^(close|reopen)$")],
) -> Response:
    thread = await services_of(request).desk.close_thread(who, thread_id, state == "close")
    return json_response({"id": thread.id, "uri": thread.uri, "closed": thread.closed})


@router.get("/audit")
async def audit(
    request: Request,
    who: Who,
    site: Annotated[str | None, Query(max_length=64)] = None,
    actor: Annotated[str | None, Query(max_length=254)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    target: Annotated[str | None, Query(max_length=300)] = None,
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> Response:
    """Every moderator action and pipeline decision, newest first; `format=csv` to export."""
    desk = services_of(request).desk
    if format == "csv":
        body = await desk.audit_csv(who, site, actor, action, target)
        headers = {"Content-Disposition": 'attachment; filename="rejoinder-audit.csv"'}
        return Response(body, media_type="text/csv; charset=utf-8", headers=headers)
    entries = await desk.audit(who, site, actor, action, target, limit)
    return json_response({"entries": [audit_json(e) for e in entries]})
