"""What the services need from storage, as Protocols. One transaction per use case."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from rejoinder.domain.accounts import Role, User
from rejoinder.domain.model import (
    Anchor,
    Author,
    Ban,
    BanKind,
    Comment,
    CommentStatus,
    Decision,
    NotifyMode,
    Premoderation,
    Site,
    SortOrder,
    Thread,
    Votes,
)

SortKey = tuple[float, int]


@dataclass(frozen=True, slots=True)
class NewSite:
    slug: str
    name: str
    origins: tuple[str, ...]
    premoderation: Premoderation = Premoderation.NONE


@dataclass(frozen=True, slots=True)
class NewComment:
    thread_id: int
    parent_id: int | None
    root_id: int | None
    reply_to_id: int | None
    depth: int
    status: CommentStatus
    text: str
    html: str
    author: Author
    ip_prefix: str
    owner_key: str | None
    edit_token_hash: str
    anchor: Anchor | None
    created_at: float
    text_hash: str = ""

    def stored_as(self, comment_id: int) -> Comment:
        """The comment as the store now holds it, without reading it back."""
        return Comment(
            id=comment_id,
            thread_id=self.thread_id,
            parent_id=self.parent_id,
            root_id=self.root_id,
            depth=self.depth,
            status=self.status,
            text=self.text,
            html=self.html,
            author=self.author,
            created_at=self.created_at,
            edited_at=None,
            votes=Votes(),
            anchor=self.anchor,
            ip_prefix=self.ip_prefix,
            reply_to_id=self.reply_to_id,
            owner_key=self.owner_key,
            edit_token_hash=self.edit_token_hash,
        )


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    thread_id: int
    comment_id: int | None
    email: str
    mode: NotifyMode
    active: bool


class SiteQueries(Protocol):
    async def add_site(self, site: NewSite, now: float) -> Site: ...
    async def site_by_slug(self, slug: str) -> Site | None: ...
    async def site_by_id(self, site_id: int) -> Site | None: ...
    async def list_sites(self) -> list[Site]: ...


class ThreadQueries(Protocol):
    async def thread_by_uri(self, site_id: int, uri: str) -> Thread | None: ...
    async def thread_revision(self, site_slug: str, uri: str) -> tuple[int, int] | None: ...
    async def thread_by_id(self, thread_id: int) -> Thread | None: ...
    async def create_thread(self, site_id: int, uri: str, title: str, now: float) -> Thread: ...
    async def touch_thread(self, thread_id: int) -> None:
        """Recount visible comments and bump the revision that ETags and caches key on."""
        ...

    async def bump_thread(self, thread_id: int, added: int) -> None:
        """Add `added` visible comments and bump the revision: O(1), for known changes."""
        ...

    async def counts(self, site_id: int, uris: Sequence[str]) -> dict[str, int]: ...
    async def site_threads_after(self, site_id: int, after_id: int, limit: int) -> list[Thread]:
        """The site's threads by id, after `after_id` (a page of an export)."""
        ...


class CommentQueries(Protocol):
    async def insert_comment(self, comment: NewComment) -> int: ...
    async def comment_by_id(self, comment_id: int) -> Comment | None: ...
    async def update_text(self, comment_id: int, text: str, html: str, now: float) -> None: ...
    async def set_status(self, comment_id: int, status: CommentStatus) -> None: ...
    async def wipe(self, comment_id: int) -> None:
        """Forget a deleted comment's text and author, keeping its place in the tree."""
        ...

    async def top_level(
        self,
        thread_id: int,
        sort: SortOrder,
        after: SortKey | None,
        limit: int,
        statuses: Sequence[CommentStatus],
        anchored_only: bool = False,
    ) -> list[Comment]: ...

    async def first_descendants(
        self, root_ids: Sequence[int], per_root: int, statuses: Sequence[CommentStatus]
    ) -> list[Comment]:
        """The first `per_root` replies under each root, oldest first."""
        ...

    async def descendants_after(
        self, root_id: int, after: SortKey | None, limit: int, statuses: Sequence[CommentStatus]
    ) -> list[Comment]: ...
    async def reply_totals(
        self, root_ids: Sequence[int], statuses: Sequence[CommentStatus]
    ) -> dict[int, int]: ...
    async def has_published_history(
        self, site_id: int, email: str | None, name: str, ip_prefix: str
    ) -> bool: ...
    async def count_same_text(self, site_id: int, text_hash: str, since: float) -> int:
        """Comments on the site with this text hash created since `since` (any status)."""
        ...

    async def site_comments_after(self, site_id: int, after_id: int, limit: int) -> list[Comment]:
        """The site's comments of every status by id, after `after_id` (a page of an
        export: a parent's id is below its replies')."""
        ...


class VoteQueries(Protocol):
    async def vote_of(self, comment_id: int, voter_key: str) -> int | None: ...
    async def voters_from_prefix(self, comment_id: int, ip_prefix: str) -> int: ...
    async def put_vote(
        self, comment_id: int, voter_key: str, value: int, ip_prefix: str, now: float
    ) -> None: ...
    async def remove_vote(self, comment_id: int, voter_key: str) -> None: ...
    async def recount_votes(self, comment_id: int) -> Votes: ...


class FlagQueries(Protocol):
    async def add_flag(
        self, comment_id: int, reporter_key: str, reason: str, detail: str, now: float
    ) -> bool:
        """Record a report; False when this reader already reported this comment."""
        ...

    async def flag_count(self, comment_id: int) -> int: ...


class LogQueries(Protocol):
    async def log_decision(
        self, comment_id: int, decision: Decision, actor: str, now: float
    ) -> None: ...
    async def decisions_for(self, comment_id: int) -> list[Decision]: ...
    async def enqueue(self, topic: str, payload: Mapping[str, Any], now: float) -> None: ...
    async def outbox_topics(self) -> list[str]: ...
    async def subscribe(
        self, thread_id: int, comment_id: int | None, email: str, mode: NotifyMode, now: float
    ) -> int: ...
    async def subscription(self, subscription_id: int) -> Subscription | None: ...
    async def unsubscribe(self, subscription_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class NewBan:
    site_id: int
    kind: BanKind
    value: str
    until: float | None
    shadow: bool
    reason: str


class BanQueries(Protocol):
    async def add_ban(self, ban: NewBan, now: float) -> Ban: ...
    async def bans_for(self, site_id: int, email: str | None, ip_prefix: str) -> list[Ban]:
        """Bans on this site matching the email or the prefix, lifted or not."""
        ...

    async def list_bans(self, site_id: int) -> list[Ban]: ...
    async def lift_ban(self, ban_id: int) -> bool: ...


class AccountQueries(Protocol):
    async def add_user(
        self, email: str, password_hash: str, role: Role, site_ids: Sequence[int], now: float
    ) -> int: ...
    async def user_by_email(self, email: str) -> tuple[User, str] | None:
        """The user and their password hash."""

    async def list_users(self) -> list[User]: ...
    async def update_user(self, user_id: int, **values: object) -> None: ...
    async def add_session(
        self,
        token_hash: str,
        user_id: int,
        csrf_token: str,
        kind: str,
        now: float,
        expires_at: float | None,
    ) -> None: ...
    async def session_user(self, token_hash: str, kind: str, now: float) -> tuple[User, str] | None:
        """The live session's user and its CSRF token."""

    async def delete_session(self, token_hash: str) -> None: ...
    async def delete_sessions_of(self, user_id: int, kinds: Sequence[str]) -> None: ...
    async def add_login_failure(self, key: str, now: float) -> None: ...
    async def login_failures_since(self, key: str, since: float) -> int: ...
    async def clear_login_failures(self, key: str) -> None: ...


@dataclass(frozen=True, slots=True)
class QueueFilter:
    site_ids: Sequence[int] | None  # None: every site (administrators)
    statuses: Sequence[CommentStatus] = ()
    reported: bool = False
    thread_id: int | None = None
    author: str | None = None  # "email:<address>" or "network:<prefix>"
    reason: str | None = None
    search: str | None = None
    newest_first: bool = False
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QueueRow:
    comment: Comment
    site_id: int
    thread_uri: str
    thread_title: str
    flag_count: int


@dataclass(frozen=True, slots=True)
class AuditEntry:
    site_id: int | None
    actor: str
    action: str
    target: str  # "comment:12", "thread:3", "author:email:a@b", "site:news", "ban:4"
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]
    created_at: float


@dataclass(frozen=True, slots=True)
class JudgedComment:
    """A comment whose fate says whether it should have been held: a moderator rejected it
    (label 1) or approved it, or it stayed published and nobody reported it (label 0)."""

    comment_id: int
    text: str
    parent_text: str  # the comment replied to ("" for a top-level comment)
    label: int
    source: str  # "rejected", "approved" or "published"
    reason: str  # the moderator's note on the action ("" for "published")


class DeskQueries(Protocol):
    async def queue(self, f: QueueFilter) -> list[QueueRow]: ...
    async def flags_of(self, comment_id: int) -> list[tuple[str, str, float]]: ...
    async def clear_flags(self, comment_id: int) -> None: ...
    async def author_history(
        self, site_id: int, email: str | None, ip_prefix: str | None, exclude: int, limit: int
    ) -> list[Comment]: ...
    async def add_audit(self, entry: AuditEntry) -> None: ...
    async def judged_comments(
        self, site_id: int, after_id: int, limit: int, published_before: float | None
    ) -> list[JudgedComment]:
        """The site's comments after `after_id` (by id, at most `limit`) that a moderator
        last approved or rejected and that still stand so, and, with `published_before`,
        those published before it that no moderator acted on and nobody reported."""
        ...

    async def audit_entries(
        self,
        site_ids: Sequence[int] | None,
        actor: str | None,
        action: str | None,
        target: str | None,
        limit: int,
    ) -> list[AuditEntry]: ...
    async def add_mark(
        self, site_id: int, author: str, kind: str, note: str, actor: str, now: float
    ) -> None: ...
    async def remove_marks(self, site_id: int, author: str, kind: str) -> None: ...
    async def marks_of(self, site_id: int, author: str) -> list[tuple[str, str, str, float]]:
        """(kind, note, actor, time) of each mark."""

    async def is_trusted(self, site_id: int, email: str | None, ip_prefix: str) -> bool: ...
    async def set_thread_closed(self, thread_id: int, closed: bool) -> None: ...
    async def update_site(self, site_id: int, values: Mapping[str, Any]) -> None: ...


class Transaction(
    SiteQueries,
    ThreadQueries,
    CommentQueries,
    VoteQueries,
    FlagQueries,
    LogQueries,
    BanQueries,
    AccountQueries,
    DeskQueries,
    Protocol,
):
    """Everything one use case may read or write, inside one database transaction."""


class Store(Protocol):
    def read(self) -> AbstractAsyncContextManager[Transaction]: ...
    def write(self) -> AbstractAsyncContextManager[Transaction]:
        """A write transaction: committed on success, rolled back on any exception."""
        ...

    async def close(self) -> None: ...


def visible_statuses() -> tuple[CommentStatus, ...]:
    """What a thread page shows: published comments, and placeholders of deleted ones."""
    return (CommentStatus.PUBLISHED, CommentStatus.DELETED)
