"""Pub/sub for live thread updates. In process by default; Redis when several nodes run
(`redis_broker.py`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

log = logging.getLogger(__name__)
QUEUE_SIZE = 256
Event = dict[str, Any]


class Broker(Protocol):
    async def publish(self, channel: str, event: Event) -> None: ...
    def subscribe(self, channel: str) -> Subscription: ...
    async def close(self) -> None: ...


Subscription = AbstractAsyncContextManager[asyncio.Queue[Event | None]]


class MemoryBroker:
    """Fan-out to local subscribers. A subscriber that falls behind is disconnected (it gets
    None and its stream ends) rather than silently missing events: the widget reconnects and
    re-reads the thread, so nothing is lost for the reader."""

    def __init__(self) -> None:
        self._channels: dict[str, set[asyncio.Queue[Event | None]]] = {}

    async def publish(self, channel: str, event: Event) -> None:
        self.publish_nowait(channel, event)

    def publish_nowait(self, channel: str, event: Event) -> None:
        for queue in list(self._channels.get(channel, ())):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                self._drop(channel, queue)

    def _drop(self, channel: str, queue: asyncio.Queue[Event | None]) -> None:
        self._channels.get(channel, set()).discard(queue)
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(None)
        log.info("live subscriber fell behind on %s and was disconnected", channel)

    @asynccontextmanager
    async def _subscription(self, channel: str) -> AsyncIterator[asyncio.Queue[Event | None]]:
        queue: asyncio.Queue[Event | None] = asyncio.Queue(QUEUE_SIZE)
        self._channels.setdefault(channel, set()).add(queue)
        try:
            yield queue
        finally:
            subscribers = self._channels.get(channel)
            if subscribers is not None:
                subscribers.discard(queue)
                if not subscribers:
                    del self._channels[channel]

    def subscribe(self, channel: str) -> Subscription:
        return self._subscription(channel)

    def disconnect_all(self) -> None:
        """End every subscriber's stream (each reconnects and re-reads its thread)."""
        for channel, subscribers in list(self._channels.items()):
            for queue in list(subscribers):
                self._drop(channel, queue)

    async def close(self) -> None:
        pass  # (nothing held outside the process)


def thread_channel(site_slug: str, uri: str) -> str:
    return f"{site_slug}\x00{uri}"
