"""Small helpers the API tests share."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

URI = "/2026/11/bridge-vote"


async def post(
    client: httpx.AsyncClient,
    text: str = "A thoughtful comment.",
    uri: str = URI,
    expect: int | None = 201,
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": uri},
        json={"text": text, **fields},
        headers=headers,
    )
    if expect is not None:
        assert response.status_code == expect, response.text
    body: dict[str, Any] = response.json()
    return body


async def page(client: httpx.AsyncClient, uri: str = URI, **params: Any) -> dict[str, Any]:
    response = await client.get("/api/v1/comments", params={"site": "news", "uri": uri, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def error_code(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    code: str = body["error"]["code"]
    return code


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: str = "") -> None:
    """Poll `url` until it answers; fail with the server's log if it never does."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"server at {url} did not start: {log}")


@contextmanager
def serving(env: dict[str, str]) -> Iterator[str]:
    """`rejoinder serve` as a real process on a free port, with `env`: its base URL while it
    runs."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rejoinder", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/api/v1/health", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
