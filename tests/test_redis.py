"""Several nodes sharing one Redis: live events reach readers on every node, and the posting
limits count every node's comments. Against the machine's Redis (127.0.0.1:6379); each
test under keys and channels of its own, so the suite's workers never meet."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.engine import make_url

from rejoinder.realtime.redis_broker import RedisBroker
from rejoinder.services.ratelimit import MemoryRateLimiter, parse_limits
from rejoinder.settings import Settings
from rejoinder.storage.redis_limits import RedisRateLimiter
from tests.conftest import POSTGRES_ADMIN_URL, SERVICES_REQUIRED, _admin
from tests.helpers import error_code, free_port, serving
from tests.test_cli import SECRET, rejoinder

REDIS_URL = os.environ.get("REJOINDER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# Nothing listens here: a Redis that has gone away
GONE_URL = f"redis://127.0.0.1:{free_port()}/0"
ORIGIN = "https://ledger.example"


async def _reachable() -> str | None:
    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
        return None
    except Exception as exc:
        return f"{exc.__class__.__name__}: {exc}"
    finally:
        await client.aclose()


@pytest.fixture(scope="module")
def redis_url() -> str:
    problem = asyncio.run(_reachable())
    if problem is not None:
        if SERVICES_REQUIRED:
            pytest.fail(f"Redis is required here but unreachable at {REDIS_URL}: {problem}")
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {problem}")
    return REDIS_URL


@pytest.fixture
def prefix() -> str:
    return f"rejoinder-test:{uuid.uuid4().hex}:"


@pytest.fixture
async def nodes(redis_url: str, prefix: str) -> AsyncIterator[tuple[RedisBroker, RedisBroker]]:
    """Two nodes' brokers, each with a client (and connections) of its own."""
    clients = [Redis.from_url(redis_url) for _ in range(2)]
    brokers = (RedisBroker(clients[0], prefix), RedisBroker(clients[1], prefix))
    yield brokers
    for broker, client in zip(brokers, clients, strict=True):
        await broker.close()
        await client.aclose()


async def test_an_event_published_on_one_node_reaches_readers_on_every_node(
    nodes: tuple[RedisBroker, RedisBroker],
) -> None:
    first, second = nodes
    async with (
        first.subscribe("news\x00/a") as here,
        second.subscribe("news\x00/a") as there,
        second.subscribe("news\x00/b") as elsewhere,
    ):
        await first.publish("news\x00/a", {"type": "votes", "id": 7})
        assert await asyncio.wait_for(there.get(), 5) == {"type": "votes", "id": 7}
        assert await asyncio.wait_for(here.get(), 5) == {"type": "votes", "id": 7}
        await asyncio.sleep(0.2)
        assert elsewhere.empty()  # another thread's readers hear nothing


async def test_a_reader_who_falls_behind_is_told_to_reconnect(
    nodes: tuple[RedisBroker, RedisBroker],
) -> None:
    first, second = nodes
    async with second.subscribe("news\x00/a") as slow:
        for n in range(300):  # more than a reader's queue holds
            await first.publish("news\x00/a", {"type": "votes", "id": n})
        await asyncio.sleep(1)  # (all relayed before the reader reads)
        events = []
        while (event := await asyncio.wait_for(slow.get(), 5)) is not None:
            events.append(event)
        assert events == [{"type": "votes", "id": n} for n in range(len(events))]


async def test_without_redis_an_event_is_lost_not_the_request(
    prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = Redis.from_url(GONE_URL)
    broker = RedisBroker(client, prefix)
    with caplog.at_level(logging.WARNING):
        await broker.publish("news\x00/a", {"type": "votes", "id": 1})
        async with broker.subscribe("news\x00/a") as queue:
            # the reader is told to reconnect (the widget waits longer each time)
            assert await asyncio.wait_for(queue.get(), 5) is None
    assert "not published" in caplog.text
    await broker.close()
    await client.aclose()


@pytest.mark.parametrize("spec", ["3/minute", "2/minute,4/hour"])
async def test_limits_counted_in_redis_answer_as_one_nodes_memory_does(
    redis_url: str, prefix: str, spec: str
) -> None:
    rules = parse_limits(spec)
    clients = [Redis.from_url(redis_url) for _ in range(2)]
    nodes = [RedisRateLimiter(c, rules, MemoryRateLimiter(rules), prefix) for c in clients]
    memory = MemoryRateLimiter(rules)
    # events from alternate nodes, against one node counting them all in memory
    times = [0.0, 1.5, 2.0, 30.0, 61.0, 62.5, 125.0, 126.0, 127.0, 190.0, 3700.0, 3701.0]
    shared = [await nodes[n % 2].retry_after("1:203.0.113.0", t) for n, t in enumerate(times)]
    alone = [await memory.retry_after("1:203.0.113.0", t) for t in times]
    assert shared == alone
    assert any(wait is not None for wait in shared)  # a limit was reached
    for client in clients:
        await client.aclose()


async def test_without_redis_a_node_counts_alone(
    prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    rules = parse_limits("2/minute")
    client = Redis.from_url(GONE_URL)
    limiter = RedisRateLimiter(client, rules, MemoryRateLimiter(rules), prefix)
    with caplog.at_level(logging.WARNING):
        waits = [await limiter.retry_after("k", t) for t in (0.0, 1.0, 2.0)]
    assert waits == [None, None, 59]
    assert "counted on this node alone" in caplog.text
    await client.aclose()


def test_a_redis_url_must_be_one() -> None:
    with pytest.raises(ValueError, match="redis://"):
        Settings(secret_key=SECRET, redis_url="http://127.0.0.1:6379")


# Two `rejoinder serve` processes on one PostgreSQL and one Redis, as a big site runs them
# (SQLite is one process per database file)


@pytest.fixture
def shared_database() -> Iterator[str]:
    name = f"rejoinder_nodes_{uuid.uuid4().hex[:10]}"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        if SERVICES_REQUIRED:
            pytest.fail(f"PostgreSQL is required here but unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}")
    yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def two_nodes(shared_database: str, redis_url: str, prefix: str) -> Iterator[tuple[str, str]]:
    env = {
        **os.environ,
        "REJOINDER_DATABASE_URL": shared_database,
        "REJOINDER_SECRET_KEY": SECRET,
        "REJOINDER_RATE_LIMITS": "3/minute",
        "REJOINDER_AUTHOR_RATE_LIMITS": "off",
        "REJOINDER_REDIS_URL": redis_url,
        "REJOINDER_REDIS_PREFIX": prefix,
    }
    assert rejoinder("db", "upgrade", env=env).returncode == 0
    assert rejoinder("site", "add", "ledger", "--origin", ORIGIN, env=env).returncode == 0
    with serving(env) as first, serving(env) as second:
        yield first, second


async def test_a_comment_posted_on_one_node_is_live_on_the_other_and_counted_by_both(
    two_nodes: tuple[str, str],
) -> None:
    first, second = two_nodes
    params = {"site": "ledger", "uri": "/story"}
    headers = {"Origin": ORIGIN}
    async with (
        httpx.AsyncClient(base_url=first, headers=headers, timeout=10) as one,
        httpx.AsyncClient(base_url=second, headers=headers, timeout=10) as other,
    ):
        events: list[str] = []

        async def listen() -> None:
            async with other.stream("GET", "/api/v1/events", params=params) as stream:
                async for line in stream.aiter_lines():
                    events.append(line)
                    if line.startswith("data:") and "event: comment.created" in events:
                        return

        listener = asyncio.create_task(listen())
        await asyncio.sleep(0.5)  # let the subscription register before posting
        created = await one.post("/api/v1/comments", params=params, json={"text": "From A"})
        assert created.status_code == 201
        await asyncio.wait_for(listener, 10)
        assert any(f'"id":{created.json()["id"]}' in line for line in events)
        # three a minute from one network, whichever node takes them
        second_post = await other.post("/api/v1/comments", params=params, json={"text": "B"})
        third = await one.post("/api/v1/comments", params=params, json={"text": "A again"})
        assert (second_post.status_code, third.status_code) == (201, 201)
        refused = await other.post("/api/v1/comments", params=params, json={"text": "B again"})
        assert refused.status_code == 429
        assert error_code(refused) == "ratelimit.ip"
