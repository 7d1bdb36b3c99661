"""Comment queries: insert, edit, status changes and the keyset reads of a thread page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    RowMapping,
    and_,
    bindparam,
    func,
    insert,
    select,
    tuple_,
    update,
)

from rejoinder.domain.model import Anchor, Author, Comment, CommentStatus, SortOrder, Votes
from rejoinder.storage.base import NewComment, SortKey
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import comments, threads


def comment_from_row(row: RowMapping) -> Comment:
    anchor = None
    if row["anchor_exact"]:
        anchor = Anchor(row["anchor_exact"], row["anchor_prefix"] or "", row["anchor_suffix"] or "")
    return Comment(
        id=row["id"],
        thread_id=row["thread_id"],
        parent_id=row["parent_id"],
        root_id=row["root_id"],
        depth=row["depth"],
        status=CommentStatus(row["status"]),
        text=row["text"],
        html=row["html"],
        author=Author(row["author_name"], row["author_email"], row["author_url"]),
        created_at=row["created_at"],
        edited_at=row["edited_at"],
        votes=Votes(row["votes_up"], row["votes_down"]),
        anchor=anchor,
        ip_prefix=row["ip_prefix"],
        reply_to_id=row["reply_to_id"],
        owner_key=row["owner_key"],
        edit_token_hash=row["edit_token_hash"],
    )


def _row_values(c: NewComment) -> dict[str, Any]:
    anchor = c.anchor
    return {
        "thread_id": c.thread_id,
        "parent_id": c.parent_id,
        "root_id": c.root_id,
        "reply_to_id": c.reply_to_id,
        "depth": c.depth,
        "status": c.status.value,
        "text": c.text,
        "html": c.html,
        "author_name": c.author.name,
        "author_email": c.author.email,
        "author_url": c.author.url,
        "ip_prefix": c.ip_prefix,
        "owner_key": c.owner_key,
        "edit_token_hash": c.edit_token_hash,
        "anchor_exact": anchor.exact if anchor else None,
        "anchor_prefix": anchor.prefix if anchor else None,
        "anchor_suffix": anchor.suffix if anchor else None,
        "created_at": c.created_at,
        "edited_at": None,
        "votes_up": 0,
        "votes_down": 0,
        "score": 0,
        "text_hash": c.text_hash,
    }


_ORDER = {
    SortOrder.NEWEST: (comments.c.created_at, True),
    SortOrder.OLDEST: (comments.c.created_at, False),
    SortOrder.TOP: (comments.c.score, True),
}


def _status_in(statuses: Sequence[CommentStatus]) -> ColumnElement[bool]:
    return comments.c.status.in_([s.value for s in statuses])


def _after(sort: SortOrder, key: SortKey) -> ColumnElement[bool]:
    column, descending = _ORDER[sort]
    row = tuple_(column, comments.c.id)
    bound = tuple_(key[0], key[1])
    return row < bound if descending else row > bound


_INSERT = insert(comments)
_BY_ID = select(comments).where(comments.c.id == bindparam("comment_id"))


_SAME_TEXT = (
    select(func.count())
    .select_from(comments.join(threads, threads.c.id == comments.c.thread_id))
    .where(
        comments.c.text_hash == bindparam("text_hash"),
        comments.c.created_at >= bindparam("since"),
        threads.c.site_id == bindparam("site_id"),
    )
)


class CommentQueriesSql:
    conn: Executor

    async def insert_comment(self, comment: NewComment) -> int:
        return inserted_id(await self.conn.execute(_INSERT, _row_values(comment)))

    async def site_comments_after(self, site_id: int, after_id: int, limit: int) -> list[Comment]:
        query = (
            select(comments)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(threads.c.site_id == site_id, comments.c.id > after_id)
            .order_by(comments.c.id)
            .limit(limit)
        )
        return [comment_from_row(row) for row in (await self.conn.execute(query)).mappings()]

    async def comment_by_id(self, comment_id: int) -> Comment | None:
        rows = await self.conn.execute(_BY_ID, {"comment_id": comment_id})
        row = rows.mappings().first()
        return comment_from_row(row) if row else None

    async def update_text(self, comment_id: int, text: str, html: str, now: float) -> None:
        await self.conn.execute(
            update(comments)
            .where(comments.c.id == comment_id)
            .values(text=text, html=html, edited_at=now)
        )

    async def set_status(self, comment_id: int, status: CommentStatus) -> None:
        await self.conn.execute(
            update(comments).where(comments.c.id == comment_id).values(status=status.value)
        )

    async def wipe(self, comment_id: int) -> None:
        await self.conn.execute(
            update(comments)
            .where(comments.c.id == comment_id)
            .values(
                text="",
                html="",
                author_name="",
                author_email=None,
                author_url=None,
                anchor_exact=None,
                anchor_prefix=None,
                anchor_suffix=None,
            )
        )

    async def top_level(
        self,
        thread_id: int,
        sort: SortOrder,
        after: SortKey | None,
        limit: int,
        statuses: Sequence[CommentStatus],
        anchored_only: bool = False,
    ) -> list[Comment]:
        column, descending = _ORDER[sort]
        query = select(comments).where(
            comments.c.thread_id == thread_id, comments.c.depth == 0, _status_in(statuses)
        )
        if anchored_only:
            query = query.where(comments.c.anchor_exact.is_not(None))
        if after is not None:
            query = query.where(_after(sort, after))
        order = (column.desc(), comments.c.id.desc()) if descending else (column, comments.c.id)
        rows = await self.conn.execute(query.order_by(*order).limit(limit))
        return [comment_from_row(r) for r in rows.mappings()]

    async def first_descendants(
        self, root_ids: Sequence[int], per_root: int, statuses: Sequence[CommentStatus]
    ) -> list[Comment]:
        if not root_ids:
            return []
        rank = (
            func.row_number()
            .over(partition_by=comments.c.root_id, order_by=(comments.c.created_at, comments.c.id))
            .label("rank")
        )
        ranked = (
            select(comments, rank)
            .where(comments.c.root_id.in_(list(root_ids)), _status_in(statuses))
            .subquery()
        )
        query = (
            select(ranked)
            .where(ranked.c.rank <= per_root)
            .order_by(ranked.c.created_at, ranked.c.id)
        )
        return [comment_from_row(r) for r in (await self.conn.execute(query)).mappings()]

    async def descendants_after(
        self, root_id: int, after: SortKey | None, limit: int, statuses: Sequence[CommentStatus]
    ) -> list[Comment]:
        query = select(comments).where(comments.c.root_id == root_id, _status_in(statuses))
        if after is not None:
            query = query.where(_after(SortOrder.OLDEST, after))
        query = query.order_by(comments.c.created_at, comments.c.id).limit(limit)
        return [comment_from_row(r) for r in (await self.conn.execute(query)).mappings()]

    async def reply_totals(
        self, root_ids: Sequence[int], statuses: Sequence[CommentStatus]
    ) -> dict[int, int]:
        if not root_ids:
            return {}
        query = (
            select(comments.c.root_id, func.count())
            .where(comments.c.root_id.in_(list(root_ids)), _status_in(statuses))
            .group_by(comments.c.root_id)
        )
        return {row[0]: row[1] for row in await self.conn.execute(query)}

    async def count_same_text(self, site_id: int, text_hash: str, since: float) -> int:
        params = {"site_id": site_id, "text_hash": text_hash, "since": since}
        return int((await self.conn.execute(_SAME_TEXT, params)).scalar_one())

    async def has_published_history(
        self, site_id: int, email: str | None, name: str, ip_prefix: str
    ) -> bool:
        same_author = (
            comments.c.author_email == email
            if email
            else and_(comments.c.author_name == name, comments.c.ip_prefix == ip_prefix)
        )
        query = (
            select(comments.c.id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(
                threads.c.site_id == site_id,
                comments.c.status == CommentStatus.PUBLISHED.value,
                same_author,
            )
            .limit(1)
        )
        return (await self.conn.execute(query)).first() is not None
