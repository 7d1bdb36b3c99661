"""Request and response shapes at the HTTP edge, and the explicit domain -> JSON mapping."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from rejoinder.domain import rules
from rejoinder.domain.model import Anchor, Comment, CommentStatus, NotifyMode, Thread, Votes
from rejoinder.domain.tree import Node

# Edge caps are looser than the domain rules on purpose: the domain gives the precise error.
EDGE_TEXT_CAP = 20_000
EDGE_FIELD_CAP = 2_000
MAX_ID = rules.MAX_ID


def _no_surrogates(value: str) -> str:
    # JSON can smuggle lone UTF-16 surrogates ("\\ud800") that no database or encoder accepts.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from exc
    return value


Str = Annotated[str, AfterValidator(_no_surrogates)]


class AnchorIn(BaseModel):
    exact: Str = Field(max_length=EDGE_FIELD_CAP)
    prefix: Str = Field("", max_length=EDGE_FIELD_CAP)
    suffix: Str = Field("", max_length=EDGE_FIELD_CAP)


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: Str = Field(max_length=EDGE_TEXT_CAP, description="markdown")
    parent_id: int | None = Field(None, ge=1, le=MAX_ID)
    author_name: Str | None = Field(None, max_length=EDGE_FIELD_CAP)
    author_email: Str | None = Field(None, max_length=EDGE_FIELD_CAP)
    author_url: Str | None = Field(None, max_length=EDGE_FIELD_CAP)
    notify: NotifyMode = NotifyMode.NONE
    anchor: AnchorIn | None = None
    title: Str | None = Field(None, max_length=EDGE_FIELD_CAP, description="page title")
    homepage: Str | None = Field(
        None, max_length=EDGE_FIELD_CAP, description="spam trap: hidden from people, leave empty"
    )


class CommentEdit(BaseModel):
    text: Str = Field(max_length=EDGE_TEXT_CAP)


class VoteIn(BaseModel):
    value: int = Field(description="1 up, -1 down, 0 to take a vote back")


class FlagIn(BaseModel):
    reason: Str = Field(max_length=32, description="spam, abuse, harassment, hate or other")
    detail: Str = Field("", max_length=EDGE_FIELD_CAP)


class CountsIn(BaseModel):
    uris: list[Str] = Field(max_length=200)


class PreviewIn(BaseModel):
    text: Str = Field(max_length=EDGE_TEXT_CAP)


class AuthorOut(BaseModel):
    name: str
    url: str | None
    avatar: str | None


class VotesOut(BaseModel):
    up: int
    down: int
    score: int


class AnchorOut(BaseModel):
    exact: str
    prefix: str
    suffix: str


class CommentOut(BaseModel):
    id: int
    parent_id: int | None
    reply_to_id: int | None
    author: AuthorOut | None
    html: str
    created_at: str
    edited_at: str | None
    status: str
    votes: VotesOut
    reply_count: int
    replies: list[CommentOut]
    replies_cursor: str | None
    anchor: AnchorOut | None


class CreatedOut(CommentOut):
    edit_token: str
    voter_token: str | None


class ThreadOut(BaseModel):
    uri: str
    title: str
    count: int
    closed: bool


class ThreadPageOut(BaseModel):
    thread: ThreadOut
    comments: list[CommentOut]
    next_cursor: str | None


class ReplyPageOut(BaseModel):
    replies: list[CommentOut]
    next_cursor: str | None


class CountsOut(BaseModel):
    counts: dict[str, int]


class PreviewOut(BaseModel):
    html: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


def iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def votes_json(votes: Votes) -> dict[str, int]:
    return {"up": votes.up, "down": votes.down, "score": votes.score}


def _anchor_json(anchor: Anchor | None) -> dict[str, str] | None:
    if anchor is None:
        return None
    return {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}


def _reader_status(status: CommentStatus) -> str:
    # Spam looks merely held to its sender: telling a spammer what tripped would teach them.
    return CommentStatus.PENDING.value if status is CommentStatus.SPAM else status.value


def comment_json(comment: Comment, replies: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A comment as readers see it: never the email, the IP prefix or ownership secrets."""
    deleted = comment.status is CommentStatus.DELETED
    author = (
        None
        if deleted
        else {"name": comment.author.name, "url": comment.author.url, "avatar": None}
    )
    return {
        "id": comment.id,
        "parent_id": comment.parent_id,
        "reply_to_id": comment.reply_to_id,
        "author": author,
        "html": "" if deleted else comment.html,
        "created_at": iso(comment.created_at),
        "edited_at": iso(comment.edited_at),
        "status": _reader_status(comment.status),
        "votes": votes_json(comment.votes),
        "reply_count": len(replies or ()),
        "replies": replies or [],
        "replies_cursor": None,
        "anchor": None if deleted else _anchor_json(comment.anchor),
    }


def node_json(node: Node) -> dict[str, Any]:
    body = comment_json(node.comment, [node_json(child) for child in node.replies])
    body["replies_cursor"] = node.replies_cursor
    return body


def thread_json(uri: str, thread: Thread | None, closed: bool = False) -> dict[str, Any]:
    if thread is None:
        return {"uri": uri, "title": "", "count": 0, "closed": False}
    return {
        "uri": thread.uri,
        "title": thread.title,
        "count": thread.count,
        "closed": closed,
    }
