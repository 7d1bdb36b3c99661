"""Vote and flag queries."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from rejoinder.domain.model import Votes
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.tables import comments, flags, votes


class VoteQueriesSql:
    conn: Executor

    async def vote_of(self, comment_id: int, voter_key: str) -> int | None:
        query = select(votes.c.value).where(
            votes.c.comment_id == comment_id, votes.c.voter_key == voter_key
        )
        value = (await self.conn.execute(query)).scalar_one_or_none()
        return int(value) if value is not None else None

    async def voters_from_prefix(self, comment_id: int, ip_prefix: str) -> int:
        query = select(func.count()).where(
            votes.c.comment_id == comment_id, votes.c.ip_prefix == ip_prefix
        )
        return int((await self.conn.execute(query)).scalar_one())

    async def put_vote(
        self, comment_id: int, voter_key: str, value: int, ip_prefix: str, now: float
    ) -> None:
        # An upsert, so two clicks racing from one reader cannot collide on the primary key.
        upsert = pg_insert if self.conn.dialect.name == "postgresql" else sqlite_insert
        statement = upsert(votes).values(
            comment_id=comment_id,
            voter_key=voter_key,
            value=value,
            ip_prefix=ip_prefix,
            created_at=now,
        )
        await self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=[votes.c.comment_id, votes.c.voter_key],
                set_={"value": value, "ip_prefix": ip_prefix, "created_at": now},
            )
        )

    async def remove_vote(self, comment_id: int, voter_key: str) -> None:
        await self.conn.execute(
            delete(votes).where(votes.c.comment_id == comment_id, votes.c.voter_key == voter_key)
        )

    async def recount_votes(self, comment_id: int) -> Votes:
        # Lock the comment before counting so concurrent voters recount one after another
        # (see ThreadQueriesSql.touch_thread for why NO KEY UPDATE).
        lock = select(comments.c.id).where(comments.c.id == comment_id)
        await self.conn.execute(lock.with_for_update(key_share=True))
        query = select(
            func.count().filter(votes.c.value > 0), func.count().filter(votes.c.value < 0)
        ).where(votes.c.comment_id == comment_id)
        up, down = (await self.conn.execute(query)).one()
        await self.conn.execute(
            update(comments)
            .where(comments.c.id == comment_id)
            .values(votes_up=up, votes_down=down, score=up - down)
        )
        return Votes(int(up), int(down))


class FlagQueriesSql:
    conn: Executor

    async def add_flag(
        self, comment_id: int, reporter_key: str, reason: str, detail: str, now: float
    ) -> bool:
        values = {
            "comment_id": comment_id,
            "reporter_key": reporter_key,
            "reason": reason,
            "detail": detail,
            "created_at": now,
        }
        try:
            async with self.conn.begin_nested():
                await self.conn.execute(insert(flags).values(values))
        except IntegrityError:
            return False
        return True

    async def flag_count(self, comment_id: int) -> int:
        query = select(func.count()).where(flags.c.comment_id == comment_id)
        return int((await self.conn.execute(query)).scalar_one())
