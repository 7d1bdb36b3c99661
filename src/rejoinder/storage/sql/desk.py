"""The moderators' desk: queues, author history, the audit log, marks on authors, settings."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import String, and_, cast, func, insert, literal, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from rejoinder.domain.model import Comment
from rejoinder.storage.base import AuditEntry, JudgedComment, QueueFilter, QueueRow
from rejoinder.storage.sql.comments import comment_from_row
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.tables import (
    audit_log,
    author_marks,
    comments,
    decisions,
    flags,
    sites,
    threads,
)

_FLAGS = (
    select(flags.c.comment_id, func.count().label("flag_count"))
    .group_by(flags.c.comment_id)
    .subquery()
)

# A moderator's last word on a comment, while the comment still stands so: the status it
# must have, its label (1: should have been held) and what the label says.
_VERDICTS = {
    "comment.approve": ("published", 0, "approved"),
    "comment.reject": ("rejected", 1, "rejected"),
}


def _queue_where(f: QueueFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.site_ids is not None:
        where.append(threads.c.site_id.in_(list(f.site_ids)))
    if f.reported:
        where.append(_FLAGS.c.flag_count > 0)
        where.append(comments.c.status.in_(["published", "pending"]))
    if f.statuses:
        where.append(comments.c.status.in_([s.value for s in f.statuses]))
    if f.thread_id is not None:
        where.append(comments.c.thread_id == f.thread_id)
    if f.author:
        kind, _, value = f.author.partition(":")
        column = comments.c.author_email if kind == "email" else comments.c.ip_prefix
        where.append(func.lower(column) == value.lower())
    if f.reason:
        has_reason = (
            select(decisions.c.id)
            .where(decisions.c.comment_id == comments.c.id, decisions.c.reasons.contains(f.reason))
            .exists()
        )
        where.append(has_reason)
    if f.search:
        pattern = f"%{f.search.lower()}%"
        where.append(
            or_(
                func.lower(comments.c.text).like(pattern),
                func.lower(comments.c.author_name).like(pattern),
                func.lower(func.coalesce(comments.c.author_email, "")).like(pattern),
            )
        )
    return where


class DeskQueriesSql:
    conn: Executor

    async def queue(self, f: QueueFilter) -> list[QueueRow]:
        order = comments.c.id.desc() if f.newest_first else comments.c.id
        query = (
            select(
                comments,
                threads.c.site_id.label("site_id"),
                threads.c.uri.label("thread_uri"),
                threads.c.title.label("thread_title"),
                func.coalesce(_FLAGS.c.flag_count, 0).label("flag_count"),
            )
            .join(threads, threads.c.id == comments.c.thread_id)
            .outerjoin(_FLAGS, _FLAGS.c.comment_id == comments.c.id)
            .where(*_queue_where(f))
            .order_by(order)
            .limit(f.limit)
            .offset(f.offset)
        )
        rows = (await self.conn.execute(query)).mappings().all()
        return [
            QueueRow(
                comment_from_row(row),
                int(row["site_id"]),
                row["thread_uri"],
                row["thread_title"],
                int(row["flag_count"]),
            )
            for row in rows
        ]

    async def flags_of(self, comment_id: int) -> list[tuple[str, str, float]]:
        query = (
            select(flags.c.reason, flags.c.detail, flags.c.created_at)
            .where(flags.c.comment_id == comment_id)
            .order_by(flags.c.id)
        )
        return [(r[0], r[1], float(r[2])) for r in await self.conn.execute(query)]

    async def clear_flags(self, comment_id: int) -> None:
        await self.conn.execute(flags.delete().where(flags.c.comment_id == comment_id))

    async def author_history(
        self, site_id: int, email: str | None, ip_prefix: str | None, exclude: int, limit: int
    ) -> list[Comment]:
        same = (
            func.lower(comments.c.author_email) == email.lower()
            if email
            else comments.c.ip_prefix == (ip_prefix or "")
        )
        query = (
            select(comments)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(threads.c.site_id == site_id, same, comments.c.id != exclude)
            .order_by(comments.c.id.desc())
            .limit(limit)
        )
        return [comment_from_row(r) for r in (await self.conn.execute(query)).mappings()]

    async def add_audit(self, entry: AuditEntry) -> None:
        values = {
            "site_id": entry.site_id,
            "actor": entry.actor,
            "action": entry.action,
            "target": entry.target,
            "reason": entry.reason,
            "before": json.dumps(entry.before, sort_keys=True),
            "after": json.dumps(entry.after, sort_keys=True),
            "created_at": entry.created_at,
        }
        await self.conn.execute(insert(audit_log).values(values))

    async def judged_comments(
        self, site_id: int, after_id: int, limit: int, published_before: float | None
    ) -> list[JudgedComment]:
        last = (
            select(func.max(audit_log.c.id).label("id"))
            .where(audit_log.c.site_id == site_id, audit_log.c.action.in_(list(_VERDICTS)))
            .group_by(audit_log.c.target)
            .subquery()
        )
        acted = (
            select(audit_log.c.target, audit_log.c.action, audit_log.c.reason)
            .join(last, last.c.id == audit_log.c.id)
            .subquery()
        )
        judged = [
            and_(acted.c.action == action, comments.c.status == status)
            for action, (status, _, _) in _VERDICTS.items()
        ]
        if published_before is not None:  # left alone, never reported: the site's own register
            judged.append(
                and_(
                    acted.c.action.is_(None),
                    comments.c.status == "published",
                    comments.c.created_at < published_before,
                    _FLAGS.c.flag_count.is_(None),
                )
            )
        parent = comments.alias("parent")
        query = (
            select(
                comments.c.id,
                comments.c.text,
                func.coalesce(parent.c.text, "").label("parent_text"),
                acted.c.action,
                func.coalesce(acted.c.reason, "").label("reason"),
            )
            .join(threads, threads.c.id == comments.c.thread_id)
            .outerjoin(acted, acted.c.target == literal("comment:") + cast(comments.c.id, String))
            .outerjoin(parent, parent.c.id == comments.c.parent_id)
            .outerjoin(_FLAGS, _FLAGS.c.comment_id == comments.c.id)
            .where(threads.c.site_id == site_id, comments.c.id > after_id, or_(*judged))
            .order_by(comments.c.id)
            .limit(limit)
        )
        found = []
        for row in (await self.conn.execute(query)).mappings():
            _, label, source = _VERDICTS.get(row["action"], ("", 0, "published"))
            found.append(
                JudgedComment(
                    row["id"], row["text"], row["parent_text"], label, source, row["reason"]
                )
            )
        return found

    async def audit_entries(
        self,
        site_ids: Sequence[int] | None,
        actor: str | None,
        action: str | None,
        target: str | None,
        limit: int,
    ) -> list[AuditEntry]:
        """Moderator actions and pipeline decisions, newest first, in one list."""
        found = await self._actions(site_ids, actor, action, target, limit)
        if actor in (None, "pipeline") and action in (None, "pipeline.decision"):
            found += await self._decisions(site_ids, target, limit)
        found.sort(key=lambda e: e.created_at, reverse=True)
        return found[:limit]

    async def _actions(
        self,
        site_ids: Sequence[int] | None,
        actor: str | None,
        action: str | None,
        target: str | None,
        limit: int,
    ) -> list[AuditEntry]:
        query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if site_ids is not None:
            query = query.where(audit_log.c.site_id.in_(list(site_ids)))
        for column, value in (
            (audit_log.c.actor, actor),
            (audit_log.c.action, action),
            (audit_log.c.target, target),
        ):
            if value:
                query = query.where(column == value)
        return [
            AuditEntry(
                r["site_id"],
                r["actor"],
                r["action"],
                r["target"],
                r["reason"],
                json.loads(r["before"]),
                json.loads(r["after"]),
                r["created_at"],
            )
            for r in (await self.conn.execute(query)).mappings()
        ]

    async def _decisions(
        self, site_ids: Sequence[int] | None, target: str | None, limit: int
    ) -> list[AuditEntry]:
        query = (
            select(decisions, threads.c.site_id)
            .join(comments, comments.c.id == decisions.c.comment_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .order_by(decisions.c.id.desc())
            .limit(limit)
        )
        if site_ids is not None:
            query = query.where(threads.c.site_id.in_(list(site_ids)))
        if target:
            kind, _, value = target.partition(":")
            if kind != "comment" or not value.isdigit():
                return []
            query = query.where(decisions.c.comment_id == int(value))
        return [
            AuditEntry(
                r["site_id"],
                r["actor"],
                "pipeline.decision",
                f"comment:{r['comment_id']}",
                ", ".join(json.loads(r["reasons"])),
                {},
                {"verdict": r["verdict"], "scores": json.loads(r["scores"])},
                r["created_at"],
            )
            for r in (await self.conn.execute(query)).mappings()
        ]

    async def add_mark(
        self, site_id: int, author: str, kind: str, note: str, actor: str, now: float
    ) -> None:
        values = {
            "site_id": site_id,
            "author": author,
            "kind": kind,
            "note": note,
            "actor": actor,
            "created_at": now,
        }
        await self.conn.execute(insert(author_marks).values(values))

    async def remove_marks(self, site_id: int, author: str, kind: str) -> None:
        await self.conn.execute(
            author_marks.delete().where(
                author_marks.c.site_id == site_id,
                author_marks.c.author == author,
                author_marks.c.kind == kind,
            )
        )

    async def marks_of(self, site_id: int, author: str) -> list[tuple[str, str, str, float]]:
        query = (
            select(author_marks.c.kind, author_marks.c.note, author_marks.c.actor)
            .add_columns(author_marks.c.created_at)
            .where(author_marks.c.site_id == site_id, author_marks.c.author == author)
            .order_by(author_marks.c.id)
        )
        return [(r[0], r[1], r[2], float(r[3])) for r in await self.conn.execute(query)]

    async def is_trusted(self, site_id: int, email: str | None, ip_prefix: str) -> bool:
        keys = [f"network:{ip_prefix}"] + ([f"email:{email.lower()}"] if email else [])
        query = select(author_marks.c.id).where(
            and_(
                author_marks.c.site_id == site_id,
                author_marks.c.kind == "trust",
                author_marks.c.author.in_(keys),
            )
        )
        return (await self.conn.execute(query.limit(1))).first() is not None

    async def set_thread_closed(self, thread_id: int, closed: bool) -> None:
        await self.conn.execute(
            update(threads)
            .where(threads.c.id == thread_id)
            .values(closed=closed, revision=threads.c.revision + 1)
        )

    async def update_site(self, site_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return  # nothing to change (an UPDATE with no SET is not SQL)
        stored = dict(values)
        if "origins" in stored:
            stored["origins"] = json.dumps(list(stored["origins"]))
        if "policy" in stored:
            stored["policy"] = json.dumps(stored["policy"], sort_keys=True)
        await self.conn.execute(update(sites).where(sites.c.id == site_id).values(**stored))
