"""Server-Sent Events: live thread updates (new, edited, removed comments; vote totals)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import orjson
from fastapi import APIRouter, Request
from starlette.responses import StreamingResponse

from rejoinder.domain.rules import split_thread_uri
from rejoinder.realtime.broker import Broker, Event, thread_channel
from rejoinder.web.api import SiteParam, UriParam
from rejoinder.web.deps import services_of

KEEPALIVE_SECONDS = 15.0
RETRY_MS = 3000
router = APIRouter(prefix="/api/v1")


def _frame(event: Event) -> bytes:
    return b"event: " + str(event["type"]).encode() + b"\ndata: " + orjson.dumps(event) + b"\n\n"


async def _stream(broker: Broker, channel: str) -> AsyncIterator[bytes]:
    # Subscribed inside the body, so the subscription lives exactly as long as the stream.
    async with broker.subscribe(channel) as queue:
        yield f"retry: {RETRY_MS}\n: connected\n\n".encode()
        async for chunk in _events(queue):
            yield chunk


async def _events(queue: asyncio.Queue[Event | None]) -> AsyncIterator[bytes]:
    while True:
        try:
            event = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
        except TimeoutError:
            yield b": keepalive\n\n"  # keeps proxies from closing an idle stream
            continue
        if event is None:  # the broker dropped us for falling behind: the client reconnects
            return
        yield _frame(event)


@router.get("/events")
async def events(request: Request, site: SiteParam, uri: UriParam) -> StreamingResponse:
    """A text/event-stream of one thread's changes."""
    services = services_of(request)
    found = await services.sites.get(site)
    path, _ = split_thread_uri(uri)
    body = _stream(services.broker, thread_channel(found.slug, path))
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(body, media_type="text/event-stream", headers=headers)
