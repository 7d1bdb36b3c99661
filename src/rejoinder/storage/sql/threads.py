"""Thread queries: lookup, creation, the revision counter and comment counts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, bindparam, func, insert, select, update

from rejoinder.domain.model import CommentStatus, Thread
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import comments, sites, threads


def thread_from_row(row: RowMapping) -> Thread:
    return Thread(
        id=row["id"],
        site_id=row["site_id"],
        uri=row["uri"],
        title=row["title"],
        closed=bool(row["closed"]),
        count=row["comment_count"],
        revision=row["revision"],
        created_at=row["created_at"],
    )


# Hot statements are built once, with bound parameters, so each execution reuses the
# compiled SQL instead of rebuilding and re-keying an expression tree per request.
_BY_URI = select(threads).where(
    threads.c.site_id == bindparam("site_id"), threads.c.uri == bindparam("uri")
)
_LOCK = select(threads.c.id).where(threads.c.id == bindparam("thread_id"))
_RECOUNT = (
    update(threads)
    .where(threads.c.id == bindparam("thread_id"))
    .values(
        comment_count=select(func.count())
        .select_from(comments)
        .where(
            comments.c.thread_id == bindparam("thread_id"),
            comments.c.status == CommentStatus.PUBLISHED.value,
        )
        .scalar_subquery(),
        revision=threads.c.revision + 1,
    )
)
_BUMP = (
    update(threads)
    .where(threads.c.id == bindparam("thread_id"))
    .values(
        comment_count=threads.c.comment_count + bindparam("added"),
        revision=threads.c.revision + 1,
    )
)
_REVISION = (
    select(threads.c.id, threads.c.revision)
    .join(sites, sites.c.id == threads.c.site_id)
    .where(sites.c.slug == bindparam("slug"), threads.c.uri == bindparam("uri"))
)


class ThreadQueriesSql:
    conn: Executor

    async def thread_by_uri(self, site_id: int, uri: str) -> Thread | None:
        result = await self.conn.execute(_BY_URI, {"site_id": site_id, "uri": uri})
        row = result.mappings().first()
        return thread_from_row(row) if row else None

    async def thread_revision(self, site_slug: str, uri: str) -> tuple[int, int] | None:
        row = (await self.conn.execute(_REVISION, {"slug": site_slug, "uri": uri})).first()
        return (row[0], row[1]) if row else None

    async def site_threads_after(self, site_id: int, after_id: int, limit: int) -> list[Thread]:
        query = (
            select(threads)
            .where(threads.c.site_id == site_id, threads.c.id > after_id)
            .order_by(threads.c.id)
            .limit(limit)
        )
        return [thread_from_row(row) for row in (await self.conn.execute(query)).mappings()]

    async def thread_by_id(self, thread_id: int) -> Thread | None:
        row = (await self.conn.execute(select(threads).where(threads.c.id == thread_id))).first()
        return thread_from_row(row._mapping) if row else None

    async def create_thread(self, site_id: int, uri: str, title: str, now: float) -> Thread:
        values = {
            "site_id": site_id,
            "uri": uri,
            "title": title,
            "closed": False,
            "comment_count": 0,
            "revision": 0,
            "created_at": now,
        }
        result = await self.conn.execute(insert(threads).values(values))
        thread = await self.thread_by_id(inserted_id(result))
        assert thread is not None
        return thread

    async def touch_thread(self, thread_id: int) -> None:
        if self.conn.dialect.name == "postgresql":
            # Lock the row first: under READ COMMITTED the recount then runs with a snapshot
            # taken after every concurrent writer of this thread has committed. NO KEY UPDATE,
            # because the comment insert already holds KEY SHARE through its foreign key.
            # (SQLite's writers are serialized, so it needs no lock.)
            lock = _LOCK.with_for_update(key_share=True)
            await self.conn.execute(lock, {"thread_id": thread_id})
        await self.conn.execute(_RECOUNT, {"thread_id": thread_id})

    async def bump_thread(self, thread_id: int, added: int) -> None:
        # One UPDATE reading and writing the row under its own lock: exact on both backends.
        await self.conn.execute(_BUMP, {"thread_id": thread_id, "added": added})

    async def counts(self, site_id: int, uris: Sequence[str]) -> dict[str, int]:
        query = select(threads.c.uri, threads.c.comment_count).where(
            threads.c.site_id == site_id, threads.c.uri.in_(list(uris))
        )
        found = {row[0]: row[1] for row in await self.conn.execute(query)}
        return {uri: found.get(uri, 0) for uri in uris}
