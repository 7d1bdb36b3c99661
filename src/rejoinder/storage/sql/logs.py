"""Append-only logs written beside a comment: moderation decisions, the outbox, subscriptions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update

from rejoinder.domain.model import Decision, NotifyMode, Verdict
from rejoinder.storage.base import Subscription
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import decisions, outbox, subscriptions

_INSERT_DECISION = insert(decisions)
_INSERT_OUTBOX = insert(outbox)


class LogQueriesSql:
    conn: Executor

    async def log_decision(
        self, comment_id: int, decision: Decision, actor: str, now: float
    ) -> None:
        values = {
            "comment_id": comment_id,
            "verdict": decision.verdict.value,
            "reasons": json.dumps(list(decision.reasons)),
            "scores": json.dumps(decision.scores, sort_keys=True),
            "actor": actor,
            "created_at": now,
            "spans": json.dumps([list(span) for span in decision.spans]),
        }
        await self.conn.execute(_INSERT_DECISION, values)

    async def decisions_for(self, comment_id: int) -> list[Decision]:
        query = (
            select(decisions.c.verdict, decisions.c.reasons, decisions.c.scores, decisions.c.spans)
            .where(decisions.c.comment_id == comment_id)
            .order_by(decisions.c.id)
        )
        rows = (await self.conn.execute(query)).mappings()
        return [
            Decision(
                Verdict(r["verdict"]),
                tuple(json.loads(r["reasons"])),
                json.loads(r["scores"]),
                tuple((int(a), int(b), str(why)) for a, b, why in json.loads(r["spans"])),
            )
            for r in rows
        ]

    async def enqueue(self, topic: str, payload: Mapping[str, Any], now: float) -> None:
        values = {"topic": topic, "payload": json.dumps(payload), "created_at": now, "attempts": 0}
        await self.conn.execute(_INSERT_OUTBOX, values)

    async def outbox_topics(self) -> list[str]:
        rows = await self.conn.execute(select(outbox.c.topic).order_by(outbox.c.id))
        return [row[0] for row in rows]

    async def subscribe(
        self, thread_id: int, comment_id: int | None, email: str, mode: NotifyMode, now: float
    ) -> int:
        result = await self.conn.execute(
            insert(subscriptions).values(
                thread_id=thread_id,
                comment_id=comment_id,
                email=email,
                mode=mode.value,
                active=True,
                created_at=now,
            )
        )
        return inserted_id(result)

    async def subscription(self, subscription_id: int) -> Subscription | None:
        rows = await self.conn.execute(
            select(subscriptions).where(subscriptions.c.id == subscription_id)
        )
        row = rows.mappings().first()
        if row is None:
            return None
        return Subscription(
            id=row["id"],
            thread_id=row["thread_id"],
            comment_id=row["comment_id"],
            email=row["email"],
            mode=NotifyMode(row["mode"]),
            active=bool(row["active"]),
        )

    async def unsubscribe(self, subscription_id: int) -> None:
        await self.conn.execute(
            update(subscriptions).where(subscriptions.c.id == subscription_id).values(active=False)
        )
