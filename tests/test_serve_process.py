"""`rejoinder serve` as a real process, spoken to over real HTTP (and Server-Sent Events)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import serving
from tests.test_cli import SECRET, rejoinder

ORIGIN = "https://ledger.example"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    env = {
        **os.environ,
        "REJOINDER_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        "REJOINDER_SECRET_KEY": SECRET,
        "REJOINDER_RATE_LIMITS": "off",
    }
    assert rejoinder("db", "upgrade", env=env).returncode == 0
    assert rejoinder("site", "add", "ledger", "--origin", ORIGIN, env=env).returncode == 0
    with serving(env) as base:
        yield base


async def test_post_read_and_live_events_over_real_http(server: str) -> None:
    params = {"site": "ledger", "uri": "/story"}
    async with httpx.AsyncClient(base_url=server, headers={"Origin": ORIGIN}, timeout=10) as http:
        events: list[str] = []

        async def listen() -> None:
            async with http.stream("GET", "/api/v1/events", params=params) as stream:
                assert stream.headers["content-type"].startswith("text/event-stream")
                async for line in stream.aiter_lines():
                    events.append(line)
                    if line.startswith("event: votes"):
                        return

        listener = asyncio.create_task(listen())
        await asyncio.sleep(0.5)  # let the subscription register before posting
        created = await http.post("/api/v1/comments", params=params, json={"text": "Live *now*"})
        assert created.status_code == 201
        comment_id = created.json()["id"]
        vote = await http.post(f"/api/v1/comments/{comment_id}/vote", json={"value": 1})
        assert vote.status_code == 200
        await asyncio.wait_for(listener, 10)
        assert "event: comment.created" in events and "event: votes" in events
        assert any(f'"id":{comment_id}' in line for line in events if line.startswith("data:"))
        listed = (await http.get("/api/v1/comments", params=params)).json()
        assert listed["comments"][0]["html"] == "<p>Live <em>now</em></p>"
        spec = await http.get("/api/openapi.json")
        assert spec.status_code == 200
