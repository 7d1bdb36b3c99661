"""Small helpers the API tests share."""

from __future__ import annotations

from typing import Any

import httpx

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
