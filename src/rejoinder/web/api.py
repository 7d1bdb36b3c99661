"""The public HTTP API v1 (see docs/api.md)."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request
from starlette.responses import Response

from rejoinder.domain.markup import render_markdown
from rejoinder.domain.model import SortOrder
from rejoinder.domain.rules import MAX_TEXT_CHARS
from rejoinder.services.comments import Draft, Poster
from rejoinder.services.threads import MAX_PAGE, PageRequest
from rejoinder.web import schemas
from rejoinder.web.client import client_prefix
from rejoinder.web.deps import json_response, reader, services_of, voter
from rejoinder.web.errors import error_response

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": schemas.ErrorOut} for status in (400, 403, 404, 409, 413, 429)
}
router = APIRouter(prefix="/api/v1", responses=ERRORS)

SiteParam = Annotated[str, Query(max_length=64, description="site slug")]
UriParam = Annotated[str, Query(max_length=1000, description="page path or URL")]
CommentId = Annotated[int, Path(ge=1, le=schemas.MAX_ID)]
EditToken = Annotated[str | None, Header(alias="X-Edit-Token", max_length=200)]


def _etag(thread_id: int, revision: int, request: PageRequest) -> str:
    params = f"{request.sort}|{request.limit}|{request.cursor}|{request.replies}|{request.inline}"
    digest = hashlib.blake2s(params.encode(), digest_size=6).hexdigest()
    return f'W/"{thread_id}.{revision}.{digest}"'


@router.get("/comments", responses={200: {"model": schemas.ThreadPageOut}})
async def thread_page(
    request: Request,
    site: SiteParam,
    uri: UriParam,
    sort: SortOrder = SortOrder.NEWEST,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    replies: Annotated[int, Query(ge=0, le=MAX_PAGE, description="replies per comment")] = 50,
    inline: Annotated[bool, Query(description="only comments on a passage")] = False,
) -> Response:
    """One page of a thread: top-level comments with their replies nested."""
    services = services_of(request)
    page_request = PageRequest(
        sort=sort, limit=limit, cursor=cursor, replies=replies, inline=inline
    )
    found = await services.threads.revision(site, uri)
    if found is not None:
        etag = _etag(*found, page_request)
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        cached = request.app.state.page_cache.get((*found, page_request))
        if cached is not None:
            return Response(cached, headers=headers, media_type="application/json")
    page = await services.threads.page(site, uri, page_request)
    body = json_response(
        {
            "thread": schemas.thread_json(page.uri, page.thread, page.closed),
            "comments": [schemas.node_json(node) for node in page.comments],
            "next_cursor": page.next_cursor,
        }
    )
    if page.thread is not None:
        key = (page.thread.id, page.thread.revision)
        request.app.state.page_cache.put((*key, page_request), body.body)
        body.headers["ETag"] = _etag(*key, page_request)
        body.headers["Cache-Control"] = "no-cache"
    return body


@router.post("/comments", status_code=201, responses={201: {"model": schemas.CreatedOut}})
async def create_comment(
    request: Request, site: SiteParam, uri: UriParam, body: schemas.CommentIn
) -> Response:
    """Post a comment: 201 when published, 202 when held for moderation."""
    services = services_of(request)
    owner_key, new_voter_token = voter(request, services)
    anchor = body.anchor
    draft = Draft(
        text=body.text,
        author_name=body.author_name,
        author_email=body.author_email,
        author_url=body.author_url,
        parent_id=body.parent_id,
        notify=body.notify,
        anchor_exact=anchor.exact if anchor else None,
        anchor_prefix=anchor.prefix if anchor else None,
        anchor_suffix=anchor.suffix if anchor else None,
        title=body.title,
        honeypot=body.homepage,
    )
    poster = Poster(
        ip_prefix=client_prefix(request, services.settings),
        owner_key=owner_key,
        origin=request.headers.get("origin") or None,
    )
    posted = await services.comments.submit(site, uri, draft, poster)
    created = schemas.comment_json(posted.comment)
    created["edit_token"] = posted.edit_token
    created["voter_token"] = new_voter_token
    status = 201 if posted.comment.status.value == "published" else 202
    return json_response(created, status)


@router.get("/comments/{comment_id}", responses={200: {"model": schemas.CommentOut}})
async def get_comment(
    request: Request, comment_id: CommentId, edit_token: EditToken = None
) -> Response:
    """One comment; a held one only for its author (with the edit token)."""
    comment = await services_of(request).comments.get(comment_id, edit_token)
    return json_response(schemas.comment_json(comment))


@router.patch("/comments/{comment_id}", responses={200: {"model": schemas.CommentOut}})
async def edit_comment(
    request: Request, comment_id: CommentId, body: schemas.CommentEdit, edit_token: EditToken = None
) -> Response:
    """Edit your comment inside the site's edit window."""
    comment = await services_of(request).comments.edit(comment_id, edit_token, body.text)
    return json_response(schemas.comment_json(comment))


@router.delete("/comments/{comment_id}", responses={200: {"model": schemas.CommentOut}})
async def delete_comment(
    request: Request, comment_id: CommentId, edit_token: EditToken = None
) -> Response:
    """Delete your comment; one with replies stays as a placeholder."""
    comment = await services_of(request).comments.delete(comment_id, edit_token)
    return json_response(schemas.comment_json(comment))


@router.get("/comments/{comment_id}/replies", responses={200: {"model": schemas.ReplyPageOut}})
async def more_replies(
    request: Request,
    comment_id: CommentId,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
) -> Response:
    """Further replies under a top-level comment, oldest first, flat with `parent_id`."""
    page = await services_of(request).threads.replies(comment_id, cursor, limit)
    replies = [schemas.comment_json(c) for c in page.replies]
    return json_response({"replies": replies, "next_cursor": page.next_cursor})


@router.post("/comments/{comment_id}/vote")
async def vote(request: Request, comment_id: CommentId, body: schemas.VoteIn) -> Response:
    """Vote 1 or -1, or 0 to take your vote back; one vote per reader."""
    services = services_of(request)
    key, new_token = voter(request, services)
    totals = await services.votes.vote(comment_id, reader(request, services, key), body.value)
    return json_response({"votes": schemas.votes_json(totals), "voter_token": new_token})


@router.post("/comments/{comment_id}/flag", status_code=201)
async def flag(request: Request, comment_id: CommentId, body: schemas.FlagIn) -> Response:
    """Report a comment to the moderators; one report per reader and comment."""
    services = services_of(request)
    key = services.voter_tokens.key_of(request.headers.get("x-voter-token"))
    added = await services.flags.flag(
        comment_id, reader(request, services, key), body.reason, body.detail
    )
    if not added:
        return error_response(409, "flag.duplicate", "You already reported this comment.")
    return json_response({"flagged": True}, 201)


@router.post("/counts", responses={200: {"model": schemas.CountsOut}})
async def counts(request: Request, site: SiteParam, body: schemas.CountsIn) -> Response:
    """Published comment counts for many pages at once (listing pages)."""
    found = await services_of(request).threads.counts(site, body.uris)
    return json_response({"counts": found})


@router.get("/config")
async def config(request: Request, site: SiteParam) -> Response:
    """What the widget needs to know about a site."""
    found = await services_of(request).sites.get(site)
    return json_response(
        {
            "site": found.slug,
            "name": found.name,
            "require_name": found.require_name,
            "require_email": found.require_email,
            "edit_window_seconds": found.edit_window_seconds,
            "max_depth": found.max_depth,
            "premoderation": found.premoderation.value,
            "max_text_length": MAX_TEXT_CHARS,
            "sorts": [s.value for s in SortOrder],
            "notify": ["none", "replies", "thread"],
            "auth": {"guest": True, "sso": False},
        }
    )


@router.post("/preview", responses={200: {"model": schemas.PreviewOut}})
async def preview(body: schemas.PreviewIn) -> Response:
    """Render markdown exactly as a posted comment would be."""
    return json_response({"html": render_markdown(body.text)})


@router.get("/health")
async def health() -> Response:
    return json_response({"status": "ok"})
