"""The edge: one error shape, no 500 for malformed input, CORS per site, size caps, rate limits."""

from __future__ import annotations

import httpx
import pytest

from rejoinder.app import create_app
from rejoinder.composition import Services, build_services
from rejoinder.domain.clock import FrozenClock
from rejoinder.settings import Settings
from tests.conftest import ORIGIN
from tests.helpers import URI, error_code, post

MALFORMED = [
    ("POST", "/api/v1/comments?site=news&uri=/x", b"{not json", "application/json"),
    ("POST", "/api/v1/comments?site=news&uri=/x", b"[1,2,3]", "application/json"),
    ("POST", "/api/v1/comments?site=news&uri=/x", b'{"text": 5}', "application/json"),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b'{"text": "x", "parent_id": "abc"}',
        "application/json",
    ),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b'{"text": "x", "parent_id": 99999999999999999999999}',
        "application/json",
    ),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b'{"text": "x", "notify": "always"}',
        "application/json",
    ),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b'{"text": "x", "anchor": "str"}',
        "application/json",
    ),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b"text=hello",
        "application/x-www-form-urlencoded",
    ),
    ("POST", "/api/v1/comments?site=news&uri=/x", b"\xff\xfe\x00garbage", "application/json"),
    ("POST", "/api/v1/comments?site=news", b'{"text": "x"}', "application/json"),
    (
        "POST",
        "/api/v1/comments?site=news&uri=javascript:alert(1)",
        b'{"text": "x"}',
        "application/json",
    ),
    ("POST", "/api/v1/comments?site=news&uri=", b'{"text": "x"}', "application/json"),
    ("POST", "/api/v1/comments?uri=/x", b'{"text": "x"}', "application/json"),
    ("POST", "/api/v1/comments?site=news&uri=/x", b'{"text": "a\\ud800"}', "application/json"),
    (
        "POST",
        "/api/v1/comments?site=news&uri=/x",
        b'{"text": "x", "author_name": "\\udfff"}',
        "application/json",
    ),
    ("POST", "/api/v1/counts?site=news", b'{"uris": ["/\\ud800"]}', "application/json"),
    ("POST", "/api/v1/preview", b'{"text": "\\ud800"}', "application/json"),
    ("GET", "/api/v1/comments/abc", b"", ""),
    ("GET", "/api/v1/comments/99999999999999999999999999", b"", ""),
    ("GET", "/api/v1/comments/-1", b"", ""),
    ("PATCH", "/api/v1/comments/1", b'{"text": ""}', "application/json"),
    ("POST", "/api/v1/comments/1/vote", b'{"value": "up"}', "application/json"),
    ("POST", "/api/v1/comments/1/vote", b"{}", "application/json"),
    ("POST", "/api/v1/comments/1/flag", b'{"reason": null}', "application/json"),
    ("POST", "/api/v1/counts?site=news", b'{"uris": "/a"}', "application/json"),
    ("POST", "/api/v1/counts?site=news", b'{"uris": ["/ok", "ftp://x"]}', "application/json"),
    ("GET", "/api/v1/comments?site=news&uri=/x&limit=abc", b"", ""),
    ("GET", "/api/v1/comments?site=news&uri=/x&cursor=%00%01", b"", ""),
    ("GET", "/api/v1/comments?site=" + "s" * 100 + "&uri=/x", b"", ""),
    ("GET", "/api/v1/config", b"", ""),
    ("POST", "/api/v1/preview", b'{"text": ["a"]}', "application/json"),
    ("DELETE", "/api/v1/comments", b"", ""),
    ("GET", "/api/v1/nothing-here", b"", ""),
    ("GET", "/api/v1/events?site=news", b"", ""),
    ("GET", "/unsubscribe?token=forged", b"", ""),
]


@pytest.mark.parametrize(("method", "url", "body", "content_type"), MALFORMED)
async def test_malformed_requests_get_a_4xx_with_a_stable_code(
    client: httpx.AsyncClient, method: str, url: str, body: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = await client.request(method, url, content=body, headers=headers)
    assert 400 <= response.status_code < 500, (url, response.status_code, response.text)
    if url.startswith("/api/"):
        assert error_code(response)


async def test_error_shape_is_pinned(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/comments", params={"site": "missing", "uri": URI})
    assert response.json() == {
        "error": {"code": "site.not_found", "message": "There is no site 'missing'."}
    }
    assert response.headers["content-type"] == "application/json"


async def test_body_size_capped_before_parsing(client: httpx.AsyncClient) -> None:
    big = b'{"text": "' + b"a" * (70 * 1024) + b'"}'
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        content=big,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413 and error_code(response) == "request.too_large"

    async def chunks():  # no Content-Length: the cap is enforced while reading
        for _ in range(80):
            yield b"a" * 1024

    streamed = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        content=chunks(),
        headers={"Content-Type": "application/json"},
    )
    assert streamed.status_code == 413


async def test_cors_is_per_site(client: httpx.AsyncClient, services: Services) -> None:
    await services.sites.add("other", ["https://other.example"])
    preflight = await client.options(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    assert "X-Edit-Token" in preflight.headers["access-control-allow-headers"]
    cross = await client.options(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        headers={"Origin": "https://other.example", "Access-Control-Request-Method": "POST"},
    )
    assert cross.status_code == 403
    read = await client.get("/api/v1/comments", params={"site": "news", "uri": URI})
    assert read.headers["access-control-allow-origin"] == ORIGIN
    foreign_read = await client.get(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        headers={"Origin": "https://other.example"},
    )
    assert "access-control-allow-origin" not in foreign_read.headers
    foreign_write = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        json={"text": "x"},
        headers={"Origin": "https://other.example"},
    )
    assert foreign_write.status_code == 403 and error_code(foreign_write) == "cors.origin_denied"


async def test_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/config", params={"site": "news"})
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


async def test_openapi_describes_the_api(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    assert spec["openapi"].startswith("3.1")
    paths = [
        "",
        "/{comment_id}",
        "/{comment_id}/vote",
        "/{comment_id}/flag",
        "/{comment_id}/replies",
    ]
    for path in [f"/api/v1/comments{p}" for p in paths] + ["/api/v1/counts", "/api/v1/events"]:
        assert path in spec["paths"], path
    assert "ErrorOut" in spec["components"]["schemas"]


async def test_posting_is_rate_limited_per_network(
    settings: Settings, clock: FrozenClock, services: Services
) -> None:
    limited = settings.model_copy(update={"rate_limits": "3/minute"})
    wired = build_services(limited, clock=clock, store=services.store)
    await wired.sites.add("news", [ORIGIN])
    app = create_app(limited, wired)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("198.51.100.9", 1)),
        base_url="http://t",
        headers={"Origin": ORIGIN},
    ) as http:
        statuses = [(await post(http, f"n{n}", expect=None)) for n in range(4)]
        assert [("error" not in s) for s in statuses] == [True, True, True, False]
        assert statuses[3]["error"]["code"] == "ratelimit.ip"
        response = await http.post(
            "/api/v1/comments", params={"site": "news", "uri": URI}, json={"text": "x"}
        )
        assert response.status_code == 429 and int(response.headers["retry-after"]) > 0
        clock.advance(61)
        await post(http, "after a minute")
    other_network = httpx.ASGITransport(app=app, client=("192.0.2.1", 1))
    async with httpx.AsyncClient(
        transport=other_network, base_url="http://t", headers={"Origin": ORIGIN}
    ) as http:
        await post(http, "another network is not limited by the first")


async def test_unsubscribe_one_click(client: httpx.AsyncClient, services: Services) -> None:
    created = await post(client, "subscribe me", author_email="s@example.org", notify="thread")
    assert created["id"]
    token = services.subscriptions.unsubscribe_token(1)
    form = await client.get("/unsubscribe", params={"token": token})
    assert form.status_code == 200 and "<form method='post'" in form.text
    assert "default-src 'self'" in form.headers["content-security-policy"]
    done = await client.post(
        "/unsubscribe", params={"token": token}, content=b"List-Unsubscribe=One-Click"
    )
    assert done.status_code == 200
    assert (await services.subscriptions.find(token)).active is False
    forged = await client.post("/unsubscribe", params={"token": token + "x"})
    assert forged.status_code == 404


async def _client_for(app: object, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 1))  # type: ignore[arg-type]
    return httpx.AsyncClient(transport=transport, base_url="http://t", headers={"Origin": ORIGIN})


async def test_posting_is_limited_per_author_and_per_thread(
    settings: Settings, clock: FrozenClock, services: Services
) -> None:
    limited = settings.model_copy(
        update={
            "rate_limits": "100/minute",
            "author_rate_limits": "2/minute",
            "thread_rate_limits": "3/minute",
        }
    )
    wired = build_services(limited, clock=clock, store=services.store)
    await wired.sites.add("news", [ORIGIN])
    app = create_app(limited, wired)
    codes = []
    for n in range(3):  # one author hopping networks, on three pages
        async with await _client_for(app, f"198.51.{n}.9") as http:
            body = await post(http, "hi", uri=f"/p{n}", author_email="a@example.org", expect=None)
            codes.append(body.get("error", {}).get("code"))
    assert codes == [None, None, "ratelimit.author"]
    codes = []
    for n in range(4):  # four different readers on one page
        async with await _client_for(app, f"203.0.{n}.1") as http:
            body = await post(http, f"reader {n}", uri="/busy", expect=None)
            codes.append(body.get("error", {}).get("code"))
    assert codes == [None, None, None, "ratelimit.thread"]


async def test_rate_limits_off_switches_every_limit_off(
    settings: Settings, clock: FrozenClock, services: Services
) -> None:
    bulk = settings.model_copy(
        update={
            "rate_limits": "off",
            "author_rate_limits": "1/minute",
            "thread_rate_limits": "1/minute",
        }
    )
    wired = build_services(bulk, clock=clock, store=services.store)
    await wired.sites.add("news", [ORIGIN])
    async with await _client_for(create_app(bulk, wired), "192.0.2.7") as http:
        for n in range(5):
            await post(http, f"bulk {n}", author_email="same@example.org")
