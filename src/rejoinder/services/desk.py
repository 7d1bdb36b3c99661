"""The moderators' desk: queues, one comment in context, actions, authors, threads, audit.

Every method takes the acting Principal and checks its site scope first, so a moderator of
one site can neither see nor change another's comments, whatever ids they send.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from rejoinder.domain.accounts import Principal, author_key
from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import InvalidInput, NotFound
from rejoinder.domain.markup import render_markdown
from rejoinder.domain.model import Ban, Comment, CommentStatus, Decision, Site, Thread
from rejoinder.domain.rules import MAX_ID, clean_text
from rejoinder.realtime.broker import Broker, thread_channel
from rejoinder.services.bans import BanService
from rejoinder.services.sites import SiteService, site_settings
from rejoinder.storage.base import AuditEntry, QueueFilter, QueueRow, Store, Transaction

HISTORY = 20
MAX_BULK = 200


class Queue(StrEnum):
    PENDING = "pending"
    REPORTED = "reported"
    SPAM = "spam"
    APPROVED = "approved"
    REJECTED = "rejected"


class Action(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    SPAM = "spam"
    DELETE = "delete"


_QUEUES: dict[Queue, dict[str, Any]] = {
    Queue.PENDING: {"statuses": (CommentStatus.PENDING,)},
    Queue.REPORTED: {"reported": True},
    Queue.SPAM: {"statuses": (CommentStatus.SPAM,)},
    Queue.APPROVED: {"statuses": (CommentStatus.PUBLISHED,), "newest_first": True},
    Queue.REJECTED: {"statuses": (CommentStatus.REJECTED,), "newest_first": True},
}
_RESULT = {
    Action.APPROVE: CommentStatus.PUBLISHED,
    Action.REJECT: CommentStatus.REJECTED,
    Action.SPAM: CommentStatus.SPAM,
    Action.DELETE: CommentStatus.DELETED,
}


@dataclass(frozen=True, slots=True)
class QueueQuery:
    queue: Queue = Queue.PENDING
    site: str | None = None
    thread_id: int | None = None
    author: str | None = None
    reason: str | None = None
    search: str | None = None
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class AuthorView:
    key: str  # "email:..." or "network:..."
    name: str
    email: str | None
    ip_prefix: str | None
    trusted: bool
    notes: list[tuple[str, str, float]]  # (note, actor, time)
    bans: list[Ban]
    history: list[Comment]


@dataclass(frozen=True, slots=True)
class Item:
    """One comment as a moderator sees it: everything that explains the decision."""

    row: QueueRow
    site: Site
    decisions: list[Decision] = field(default_factory=list)
    reports: list[tuple[str, str, float]] = field(default_factory=list)
    parent: Comment | None = None
    author: AuthorView | None = None
    actions: list[AuditEntry] = field(default_factory=list)
    thread_closed: bool = False


class ModerationDesk:
    def __init__(
        self, store: Store, sites: SiteService, bans: BanService, broker: Broker, clock: Clock
    ) -> None:
        self._store = store
        self._sites = sites
        self._bans = bans
        self._broker = broker
        self._clock = clock

    # ----- reading -----

    async def sites_of(self, who: Principal) -> list[Site]:
        return [site for site in await self._sites.list() if who.may_see(site.id)]

    async def _scope(self, who: Principal, site_slug: str | None) -> list[int] | None:
        if site_slug:
            site = await self._sites.get(site_slug)
            who.check_site(site.id)
            return [site.id]
        return None if who.is_admin else sorted(who.site_ids)

    async def queue(self, who: Principal, query: QueueQuery) -> list[QueueRow]:
        f = await self._filter(who, query)
        async with self._store.read() as tx:
            return await tx.queue(f)

    async def items(self, who: Principal, query: QueueQuery) -> list[Item]:
        """A queue page with each comment explained, in one read transaction."""
        f = await self._filter(who, query)
        async with self._store.read() as tx:
            return [await self._explain(tx, row) for row in await tx.queue(f)]

    async def _filter(self, who: Principal, query: QueueQuery) -> QueueFilter:
        if not 1 <= query.limit <= 200 or query.offset < 0:
            raise InvalidInput("queue.page_invalid", "limit is 1..200 and offset at least 0.")
        search = (query.search or "").strip()[:200] or None
        return QueueFilter(
            site_ids=await self._scope(who, query.site),
            thread_id=query.thread_id,
            author=query.author,
            reason=(query.reason or "").strip()[:100] or None,
            search=search,
            limit=query.limit,
            offset=query.offset,
            **_QUEUES[query.queue],
        )

    async def item(self, who: Principal, comment_id: int) -> Item:
        async with self._store.read() as tx:
            row, thread = await self._row(tx, who, comment_id)
            return await self._explain(tx, row, thread.closed)

    async def _explain(self, tx: Transaction, row: QueueRow, thread_closed: bool = False) -> Item:
        """Everything that explains one comment's decision, around its queue row."""
        site = await tx.site_by_id(row.site_id)
        assert site is not None
        comment = row.comment
        reports = await tx.flags_of(comment.id)
        return Item(
            row=replace(row, flag_count=len(reports)),
            site=site,
            decisions=await tx.decisions_for(comment.id),
            reports=reports,
            parent=await tx.comment_by_id(comment.parent_id) if comment.parent_id else None,
            author=await self._author(tx, site, comment),
            actions=await tx.audit_entries([site.id], None, None, f"comment:{comment.id}", 50),
            thread_closed=thread_closed,
        )

    async def _row(
        self, tx: Transaction, who: Principal, comment_id: int
    ) -> tuple[QueueRow, Thread]:
        comment = await tx.comment_by_id(comment_id)
        thread = await tx.thread_by_id(comment.thread_id) if comment else None
        if comment is None or thread is None or not who.may_see(thread.site_id):
            # The same answer for "no such comment" and "not yours": ids reveal nothing.
            raise NotFound("comment.not_found", "There is no such comment.")
        return QueueRow(comment, thread.site_id, thread.uri, thread.title, 0), thread

    async def _author(self, tx: Transaction, site: Site, comment: Comment) -> AuthorView:
        email, prefix = comment.author.email, comment.ip_prefix
        key = author_key(email, prefix)
        marks = await tx.marks_of(site.id, key)
        history = await tx.author_history(site.id, email, prefix, comment.id, HISTORY)
        return AuthorView(
            key=key,
            name=comment.author.name,
            email=email,
            ip_prefix=prefix,
            trusted=any(kind == "trust" for kind, *_ in marks),
            notes=[(note, actor, at) for kind, note, actor, at in marks if kind == "note"],
            bans=await tx.bans_for(site.id, email, prefix or ""),
            history=history,
        )

    # ----- acting on comments -----

    async def act(
        self, who: Principal, comment_ids: Sequence[int], action: Action, reason: str = ""
    ) -> list[Comment]:
        """Approve, reject, mark as spam or delete one comment or many (bulk)."""
        if not 1 <= len(comment_ids) <= MAX_BULK:
            raise InvalidInput("queue.bulk_invalid", f"Act on 1..{MAX_BULK} comments at a time.")
        if not all(1 <= i <= MAX_ID for i in comment_ids):
            raise NotFound("comment.not_found", "There is no such comment.")
        done: list[tuple[Comment, Site, Thread]] = []
        async with self._store.write() as tx:
            for comment_id in dict.fromkeys(comment_ids):
                row, _ = await self._row(tx, who, comment_id)
                done.append(await self._apply(tx, who, row, action, reason.strip()[:500]))
        for before, site, thread in done:
            await self._announce(before, site, thread, action)
        return [before for before, _, _ in done]

    async def _apply(
        self, tx: Transaction, who: Principal, row: QueueRow, action: Action, reason: str
    ) -> tuple[Comment, Site, Thread]:
        comment = row.comment
        status = _RESULT[action]
        if action is Action.DELETE:
            await tx.wipe(comment.id)
        await tx.set_status(comment.id, status)
        if action is Action.APPROVE:
            await tx.clear_flags(comment.id)  # approving a reported comment dismisses reports
        await tx.touch_thread(comment.thread_id)  # exact recount; also invalidates cached pages
        await tx.add_audit(
            AuditEntry(
                row.site_id,
                who.email,
                f"comment.{action.value}",
                f"comment:{comment.id}",
                reason,
                {"status": comment.status.value},
                {"status": status.value},
                self._clock.now(),
            )
        )
        site = await tx.site_by_id(row.site_id)
        thread = await tx.thread_by_id(comment.thread_id)
        assert site is not None and thread is not None
        return comment, site, thread

    async def _announce(self, before: Comment, site: Site, thread: Thread, action: Action) -> None:
        was_public = before.status is CommentStatus.PUBLISHED
        kind = None
        if action is Action.APPROVE and not was_public:
            kind = "comment.created"
        elif action is not Action.APPROVE and was_public:
            kind = "comment.deleted"
        if kind:
            event = {"type": kind, "id": before.id, "parent_id": before.parent_id}
            await self._broker.publish(thread_channel(site.slug, thread.uri), event)

    async def edit(self, who: Principal, comment_id: int, text: str, reason: str = "") -> Comment:
        text = clean_text(text)
        html = render_markdown(text)
        async with self._store.write() as tx:
            row, _ = await self._row(tx, who, comment_id)
            await tx.update_text(comment_id, text, html, self._clock.now())
            await tx.bump_thread(row.comment.thread_id, 0)
            await tx.add_audit(
                AuditEntry(
                    row.site_id,
                    who.email,
                    "comment.edit",
                    f"comment:{comment_id}",
                    reason.strip()[:500],
                    {"text": row.comment.text},
                    {"text": text},
                    self._clock.now(),
                )
            )
            updated = await tx.comment_by_id(comment_id)
            site = await tx.site_by_id(row.site_id)
            thread = await tx.thread_by_id(row.comment.thread_id)
        assert updated is not None and site is not None and thread is not None
        if updated.status is CommentStatus.PUBLISHED:
            event = {"type": "comment.edited", "id": comment_id, "parent_id": updated.parent_id}
            await self._broker.publish(thread_channel(site.slug, thread.uri), event)
        return updated

    # ----- authors -----

    async def ban(
        self,
        who: Principal,
        site_slug: str,
        *,
        email: str | None = None,
        ip: str | None = None,
        days: float | None = None,
        shadow: bool = False,
        reason: str = "",
    ) -> Ban:
        await self._scope(who, site_slug)
        ban = await self._bans.ban(
            site_slug, email=email, ip=ip, days=days, shadow=shadow, reason=reason
        )
        after = {"kind": ban.kind.value, "value": ban.value, "until": ban.until, "shadow": shadow}
        await self._audit(ban.site_id, who, "author.ban", f"ban:{ban.id}", reason, {}, after)
        return ban

    async def lift_ban(self, who: Principal, site_slug: str, ban_id: int) -> None:
        scope = await self._scope(who, site_slug)
        assert scope is not None
        if ban_id not in {ban.id for ban in await self._bans.list(site_slug)}:
            raise NotFound("ban.not_found", f"There is no ban {ban_id} on this site.")
        await self._bans.lift(ban_id)
        await self._audit(scope[0], who, "author.unban", f"ban:{ban_id}", "", {}, {})

    async def bans(self, who: Principal, site_slug: str) -> list[Ban]:
        await self._scope(who, site_slug)
        return await self._bans.list(site_slug)

    async def trust(self, who: Principal, site_slug: str, author: str, trusted: bool) -> None:
        """Trusted authors skip premoderation (never the abuse checks)."""
        site_id = await self._site_id(who, site_slug)
        _check_author(author)
        async with self._store.write() as tx:
            await tx.remove_marks(site_id, author, "trust")
            if trusted:
                await tx.add_mark(site_id, author, "trust", "", who.email, self._clock.now())
        action = "author.trust" if trusted else "author.untrust"
        await self._audit(site_id, who, action, f"author:{author}", "", {}, {"trusted": trusted})

    async def note(self, who: Principal, site_slug: str, author: str, note: str) -> None:
        site_id = await self._site_id(who, site_slug)
        _check_author(author)
        note = note.strip()[:2000]
        if not note:
            raise InvalidInput("note.empty", "Write a note first.")
        async with self._store.write() as tx:
            await tx.add_mark(site_id, author, "note", note, who.email, self._clock.now())
        await self._audit(site_id, who, "author.note", f"author:{author}", "", {}, {"note": note})

    async def _site_id(self, who: Principal, site_slug: str) -> int:
        scope = await self._scope(who, site_slug)
        assert scope is not None
        return scope[0]

    # ----- threads and sites -----

    async def close_thread(self, who: Principal, thread_id: int, closed: bool) -> Thread:
        async with self._store.write() as tx:
            thread = await tx.thread_by_id(thread_id)
            if thread is None or not who.may_see(thread.site_id):
                raise NotFound("thread.not_found", "There is no such thread.")
            await tx.set_thread_closed(thread_id, closed)
            await tx.add_audit(
                AuditEntry(
                    thread.site_id,
                    who.email,
                    "thread.close" if closed else "thread.reopen",
                    f"thread:{thread_id}",
                    "",
                    {"closed": thread.closed},
                    {"closed": closed},
                    self._clock.now(),
                )
            )
            updated = await tx.thread_by_id(thread_id)
        assert updated is not None
        return updated

    async def update_site(self, who: Principal, site_slug: str, changes: dict[str, Any]) -> Site:
        who.check_admin()
        before, after = await self._sites.update(site_slug, changes)
        await self._audit(
            after.id,
            who,
            "site.update",
            f"site:{site_slug}",
            "",
            site_settings(before),
            site_settings(after),
        )
        return after

    # ----- audit -----

    async def audit(
        self,
        who: Principal,
        site_slug: str | None = None,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        scope = await self._scope(who, site_slug)
        async with self._store.read() as tx:
            return await tx.audit_entries(scope, actor, action, target, min(max(limit, 1), 5000))

    async def audit_csv(
        self,
        who: Principal,
        site_slug: str | None = None,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
    ) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            ["time", "site_id", "actor", "action", "target", "reason", "before", "after"]
        )
        for e in await self.audit(who, site_slug, actor, action, target, 5000):
            writer.writerow(
                [e.created_at, e.site_id, e.actor, e.action, e.target, e.reason, e.before, e.after]
            )
        return out.getvalue()

    async def _audit(
        self,
        site_id: int | None,
        who: Principal,
        action: str,
        target: str,
        reason: str,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        entry = AuditEntry(
            site_id, who.email, action, target, reason, before, after, self._clock.now()
        )
        async with self._store.write() as tx:
            await tx.add_audit(entry)


def _check_author(author: str) -> None:
    kind, _, value = author.partition(":")
    if kind not in {"email", "network"} or not value or len(author) > 300:
        raise InvalidInput("author.key_invalid", "Authors are email:<address> or network:<prefix>.")
