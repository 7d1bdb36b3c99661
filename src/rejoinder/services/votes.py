"""Votes and reader reports: one of each per reader and comment."""

from __future__ import annotations

from dataclasses import dataclass

from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import Forbidden, InvalidInput, NotFound
from rejoinder.domain.model import Comment, CommentStatus, FlagReason, Votes
from rejoinder.realtime.broker import Broker, thread_channel
from rejoinder.storage.base import Store, Transaction

# A shared network (an office, a campus) may hold several readers, but not a voting farm.
MAX_VOTERS_PER_PREFIX = 10
MAX_FLAG_DETAIL = 1000


@dataclass(frozen=True, slots=True)
class Reader:
    """A reader acting anonymously: their browser's key and their network prefix."""

    key: str
    ip_prefix: str


async def _published(tx: Transaction, comment_id: int) -> Comment:
    comment = await tx.comment_by_id(comment_id)
    if comment is None or comment.status is not CommentStatus.PUBLISHED:
        raise NotFound("comment.not_found", "There is no such comment.")
    return comment


class VoteService:
    def __init__(self, store: Store, broker: Broker, clock: Clock) -> None:
        self._store = store
        self._broker = broker
        self._clock = clock

    async def vote(self, comment_id: int, reader: Reader, value: int) -> Votes:
        if value not in (-1, 0, 1):
            raise InvalidInput("vote.value_invalid", "A vote is 1, -1, or 0 to take it back.")
        async with self._store.write() as tx:
            comment = await _published(tx, comment_id)
            if reader.key == comment.owner_key:
                raise Forbidden("vote.own_comment", "You cannot vote on your own comment.")
            previous = await tx.vote_of(comment_id, reader.key)
            if value == 0:
                await tx.remove_vote(comment_id, reader.key)
            elif previous is None and (
                await tx.voters_from_prefix(comment_id, reader.ip_prefix) >= MAX_VOTERS_PER_PREFIX
            ):
                raise Forbidden("vote.too_many_from_network", "Too many votes from your network.")
            else:
                await tx.put_vote(
                    comment_id, reader.key, value, reader.ip_prefix, self._clock.now()
                )
            totals = await tx.recount_votes(comment_id)
            await tx.bump_thread(comment.thread_id, 0)  # counts unchanged; pages are not
            thread = await tx.thread_by_id(comment.thread_id)
            site = await tx.site_by_id(thread.site_id) if thread else None
        if thread and site:
            event = {"type": "votes", "id": comment_id, "up": totals.up, "down": totals.down}
            await self._broker.publish(thread_channel(site.slug, thread.uri), event)
        return totals


class FlagService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def flag(self, comment_id: int, reader: Reader, reason: str, detail: str) -> bool:
        """Record a report; True when it was new. Enough reports put a comment back in review."""
        try:
            why = FlagReason(reason)
        except ValueError as exc:
            allowed = ", ".join(r.value for r in FlagReason)
            raise InvalidInput("flag.reason_invalid", f"A reason is one of: {allowed}.") from exc
        async with self._store.write() as tx:
            comment = await _published(tx, comment_id)
            now = self._clock.now()
            added = await tx.add_flag(comment_id, reader.key, why, detail[:MAX_FLAG_DETAIL], now)
            if added:
                await tx.enqueue("comment.flagged", {"comment_id": comment_id, "reason": why}, now)
                await self._requeue_if_reported(tx, comment)
        return added

    async def _requeue_if_reported(self, tx: Transaction, comment: Comment) -> None:
        thread = await tx.thread_by_id(comment.thread_id)
        site = await tx.site_by_id(thread.site_id) if thread else None
        if site is None or site.flag_threshold <= 0:
            return
        if await tx.flag_count(comment.id) >= site.flag_threshold:
            await tx.set_status(comment.id, CommentStatus.PENDING)
            await tx.touch_thread(comment.thread_id)
