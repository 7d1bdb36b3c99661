"""Live thread updates across nodes, through Redis pub/sub.

Each node publishes its events to Redis and relays every event Redis sends it to its own
subscribers, through a `MemoryBroker` (whose fan-out disconnects a subscriber that falls
behind). One pattern subscription per node, not one per reader: a node with thousands of
open streams holds one Redis connection for them, and the events (a new comment, vote
totals) are small enough for every node to receive every thread's.

Redis going away loses live events, never comments: a publish that fails is logged, and
the node's readers are told to reconnect (the widget then re-reads the thread) while the
node subscribes again with a growing delay.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from rejoinder.realtime.broker import Event, MemoryBroker, Subscription

log = logging.getLogger(__name__)
RETRY_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0)  # seconds before subscribing again, then the last


class RedisBroker:
    def __init__(self, client: Redis, prefix: str) -> None:
        """`prefix`: what this deployment's channels begin with (composition.py makes it from
        the `redis_prefix` setting)."""
        self._client = client
        self._prefix = prefix
        self._local = MemoryBroker()
        self._listener: asyncio.Task[None] | None = None
        self._listening = asyncio.Event()
        self._failures = 0  # since Redis last confirmed the subscription

    async def publish(self, channel: str, event: Event) -> None:
        try:
            await self._client.publish(self._prefix + channel, json.dumps(event))
        except (RedisError, OSError) as exc:
            # (the comment or vote is stored; only the live update is lost)
            log.warning("live event on %r not published: Redis: %s", channel, exc)

    def subscribe(self, channel: str) -> Subscription:
        return self._subscription(channel)

    @asynccontextmanager
    async def _subscription(self, channel: str) -> AsyncIterator[asyncio.Queue[Event | None]]:
        async with self._local.subscribe(channel) as queue:
            await self._listen_once_ready()
            yield queue

    async def _listen_once_ready(self) -> None:
        """Start the node's listener on the first subscription, and wait (a little) until
        Redis has confirmed it: an event published after a reader subscribed reaches them."""
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen_forever())
        # (Redis slow: the stream opens anyway; Redis down: the listener's failure tells the
        # reader to reconnect, and it retries)
        with suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), timeout=2.0)

    async def _listen_forever(self) -> None:
        while True:
            try:
                await self._relay()
            except (RedisError, OSError) as exc:
                self._listening.clear()
                delay = RETRY_DELAYS[min(self._failures, len(RETRY_DELAYS) - 1)]
                self._failures += 1
                log.warning("live events: Redis: %s; subscribing again in %.1fs", exc, delay)
                self._local.disconnect_all()
                await asyncio.sleep(delay)

    async def _relay(self) -> None:
        pubsub = self._client.pubsub()
        try:
            await pubsub.psubscribe(self._prefix + "*")
            async for message in pubsub.listen():
                self._receive(message)
        finally:
            await pubsub.aclose()  # type: ignore[no-untyped-call]  # (redis-py leaves it untyped)

    def _receive(self, message: dict[str, Any]) -> None:
        if message["type"] == "psubscribe":
            self._listening.set()
            self._failures = 0  # (the next outage starts again from the shortest delay)
            return
        if message["type"] != "pmessage":
            return
        channel = _text(message["channel"])[len(self._prefix) :]
        try:
            event = json.loads(message["data"])
        except ValueError:
            log.warning("live events: not JSON on %r, ignored", channel)
            return
        self._local.publish_nowait(channel, event)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
