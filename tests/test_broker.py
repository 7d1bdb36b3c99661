"""The in-process broker: fan-out, cleanup, and disconnecting subscribers that fall behind."""

from __future__ import annotations

from rejoinder.realtime.broker import QUEUE_SIZE, MemoryBroker


async def test_fan_out_and_cleanup() -> None:
    broker = MemoryBroker()
    async with broker.subscribe("a") as first, broker.subscribe("a") as second:
        await broker.publish("a", {"type": "votes", "id": 1})
        await broker.publish("b", {"type": "votes", "id": 2})
        assert first.get_nowait() == second.get_nowait() == {"type": "votes", "id": 1}
        assert first.empty()
    assert broker._channels == {}  # nothing left behind once everyone has gone


async def test_a_subscriber_that_falls_behind_is_told_to_reconnect() -> None:
    broker = MemoryBroker()
    async with broker.subscribe("a") as slow:
        for n in range(QUEUE_SIZE + 1):
            await broker.publish("a", {"type": "votes", "id": n})
        assert slow.get_nowait() is None  # the stream ends; the widget reconnects and re-reads
        await broker.publish("a", {"type": "votes", "id": -1})
        assert slow.empty()
