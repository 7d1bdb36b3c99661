"""Logging in to the dashboard: throttling, lockout, rotation, CSRF, and who may reach what."""

from __future__ import annotations

import dataclasses
import re

import httpx
import pytest

from rejoinder.app import create_app
from rejoinder.composition import Services
from rejoinder.domain.clock import FrozenClock
from rejoinder.settings import Settings
from tests.helpers import error_code, post
from tests.web.admin_helpers import (
    ADMIN,
    MODERATOR,
    PASSWORD,
    add_accounts,
    browser_client,
    csrf_of,
    login,
)


@pytest.fixture
async def accounts(services: Services, site: str) -> None:
    await add_accounts(services)


async def test_guests_reach_no_admin_route(client: httpx.AsyncClient, accounts: None) -> None:
    for path in ("/admin/", "/admin/queue/pending", "/admin/audit", "/admin/sites/news"):
        response = await client.get(path)
        assert response.status_code == 303
        if path != "/admin/":
            assert response.headers["location"].startswith("/admin/login?next=")
    for method, path in (
        ("GET", "/api/v1/admin/queue"),
        ("GET", "/api/v1/admin/comments/1"),
        ("POST", "/api/v1/admin/comments/1/approve"),
        ("PATCH", "/api/v1/admin/sites/news"),
        ("GET", "/api/v1/admin/audit"),
    ):
        response = await client.request(method, path, json={})
        assert response.status_code == 401 and error_code(response) == "auth.required"
    bogus = await client.get("/api/v1/admin/queue", headers={"Authorization": "Bearer rjt_nope"})
    assert bogus.status_code == 401 and error_code(bogus) == "auth.token_invalid"


async def test_login_sets_a_strict_cookie_and_rotates_the_session(
    client: httpx.AsyncClient, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http:
        first = await login(http, MODERATOR)
        assert first.status_code == 303 and first.headers["location"] == "/admin/queue/pending"
        cookie = first.headers["set-cookie"]
        assert "rejoinder_session=" in cookie and "HttpOnly" in cookie
        assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
        old = http.cookies["rejoinder_session"]
        second = await login(http, MODERATOR)  # logging in again with the old cookie
        assert second.status_code == 303
        new = http.cookies["rejoinder_session"]
        assert new != old
        assert (await http.get("/admin/queue/pending")).status_code == 200
    async with browser_client(app) as stale:
        stale.cookies.set("rejoinder_session", old)
        assert (await stale.get("/admin/queue/pending")).status_code == 303  # rotated away


async def test_logout_and_password_change_end_sessions(
    client: httpx.AsyncClient, services: Services, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http, browser_client(app) as other:
        await login(http, MODERATOR)
        await login(other, MODERATOR)
        token = await csrf_of(http)
        out = await http.post("/admin/logout", data={"csrf": token})
        assert out.status_code == 303
        assert (await http.get("/admin/queue/pending")).status_code == 303
        assert (await other.get("/admin/queue/pending")).status_code == 200
        await services.accounts.set_password(MODERATOR, "a brand new long password")
        assert (await other.get("/admin/queue/pending")).status_code == 303
        assert (await login(other, MODERATOR)).status_code == 401
        assert (await login(other, MODERATOR, "a brand new long password")).status_code == 303


async def test_five_wrong_passwords_lock_the_account(
    client: httpx.AsyncClient, clock: FrozenClock, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http:
        for _ in range(5):
            wrong = await login(http, MODERATOR, "not the password at all")
            assert wrong.status_code == 401 and "Wrong email or password" in wrong.text
        locked = await login(http, MODERATOR)  # even the right password waits
        assert locked.status_code == 429 and "locked" in locked.text
        clock.advance(16 * 60)
        assert (await login(http, MODERATOR)).status_code == 303


async def test_one_network_failing_on_many_accounts_is_throttled(
    client: httpx.AsyncClient, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app, ip="192.0.2.50") as http:
        for n in range(20):
            assert (
                await login(http, f"guess{n}@news.example", "wrong password!")
            ).status_code == 401
        throttled = await login(http, ADMIN)
        assert throttled.status_code == 429 and "Too many failed logins" in throttled.text
    async with browser_client(app, ip="198.51.100.99") as elsewhere:
        assert (await login(elsewhere, ADMIN)).status_code == 303


async def test_writes_without_the_csrf_token_are_refused(
    client: httpx.AsyncClient, accounts: None
) -> None:
    comment = await post(client, "Hold me")
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http:
        await login(http, MODERATOR)
        for data in ({"action": "reject"}, {"action": "reject", "csrf": "forged"}):
            refused = await http.post(f"/admin/comments/{comment['id']}/action", data=data)
            assert refused.status_code == 403 and error_code(refused) == "auth.csrf_invalid"
        api = await http.post(f"/api/v1/admin/comments/{comment['id']}/reject", json={})
        assert api.status_code == 403 and error_code(api) == "auth.csrf_invalid"
        token = await csrf_of(http)
        ok = await http.post(
            f"/api/v1/admin/comments/{comment['id']}/reject",
            json={},
            headers={"X-CSRF-Token": token},
        )
        assert ok.status_code == 200 and ok.json()["status"] == "rejected"
    async with browser_client(app) as fresh:
        # The login form itself carries a double-submit token: a forged login goes nowhere.
        forged = await fresh.post(
            "/admin/login", data={"email": ADMIN, "password": "x" * 12, "csrf": "forged"}
        )
        assert forged.status_code == 303 and "error=" in forged.headers["location"]
        assert "rejoinder_session" not in fresh.cookies


async def test_api_tokens_authenticate_scripts(
    client: httpx.AsyncClient, services: Services, accounts: None
) -> None:
    token = await services.accounts.issue_api_token(ADMIN)
    headers = {"Authorization": f"Bearer {token}"}
    me = await client.get("/api/v1/admin/me", headers=headers)
    assert me.status_code == 200 and me.json() == {"email": ADMIN, "role": "admin"}
    await services.accounts.disable(ADMIN)
    assert (await client.get("/api/v1/admin/me", headers=headers)).status_code == 401


async def test_session_cookie_is_secure_behind_a_trusted_tls_proxy(
    settings: Settings, services: Services, site: str
) -> None:
    await add_accounts(services)
    proxied = settings.model_copy(update={"trusted_proxies": ["10.0.0.0/8"]})
    app = create_app(proxied, dataclasses.replace(services, settings=proxied))
    async with browser_client(app, ip="10.1.2.3") as http:
        http.headers["X-Forwarded-Proto"] = "https"
        response = await login(http, MODERATOR)
        assert "secure" in response.headers["set-cookie"].lower()
    async with browser_client(app, ip="198.51.100.5") as http:
        http.headers["X-Forwarded-Proto"] = "https"  # not from our proxy: ignored
        response = await login(http, MODERATOR)
        assert "secure" not in response.headers["set-cookie"].lower()


VALID = {"queue": "pending", "action": "approve", "state": "close", "slug": "news"}
# Every field any dashboard form takes, so that only the missing login stops a request.
FORM = {
    "action": "approve",
    "csrf": "x",
    "text": "x",
    "closed": "true",
    "site": "news",
    "target": "email:a@b.example",
    "duration": "1d",
    "author": "email:a@b.example",
    "trusted": "true",
    "note": "x",
    "current": "x",
    "new": "x",
}


async def test_every_admin_route_refuses_guests(client: httpx.AsyncClient, accounts: None) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    checked = 0
    routes = [
        inner
        for route in app.routes
        for inner in getattr(getattr(route, "original_router", None), "routes", [route])
    ]
    for route in routes:
        path = getattr(route, "path", "")
        if not path.startswith(("/admin", "/api/v1/admin")) or path in {"/admin/login"}:
            continue
        if path.startswith("/admin/static"):
            continue
        concrete = re.sub(r"\{([^}:]+)[^}]*\}", lambda m: VALID.get(m.group(1), "1"), path)
        for method in sorted(getattr(route, "methods", set()) - {"HEAD"}):
            response = await client.request(method, concrete, data=FORM, follow_redirects=False)
            checked += 1
            if path.startswith("/api/"):
                assert response.status_code == 401, (method, path, response.text)
            elif path != "/admin/":
                assert response.status_code == 303, (method, path, response.text)
                assert response.headers["location"].startswith("/admin/login")
    assert checked >= 30


async def test_changing_ones_own_password_ends_every_session(
    client: httpx.AsyncClient, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http, browser_client(app) as other:
        await login(http, MODERATOR)
        await login(other, MODERATOR)
        token = await csrf_of(http)
        wrong = await http.post(
            "/admin/account/password",
            data={"current": "not it at all", "new": "another long password", "csrf": token},
        )
        assert wrong.status_code == 303 and "error=" in wrong.headers["location"]
        changed = await http.post(
            "/admin/account/password",
            data={"current": PASSWORD, "new": "another long password", "csrf": token},
        )
        assert changed.status_code == 303 and changed.headers["location"].startswith("/admin/login")
        assert (await http.get("/admin/queue/pending")).status_code == 303
        assert (await other.get("/admin/queue/pending")).status_code == 303
        assert (await login(http, MODERATOR, "another long password")).status_code == 303


async def test_out_of_range_ids_in_dashboard_urls_are_refused_not_500(
    client: httpx.AsyncClient, accounts: None
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    async with browser_client(app) as http:
        await login(http, ADMIN)
        token = await csrf_of(http)
        huge = "9" * 30
        for method, path, data in (
            ("GET", f"/admin/comments/{huge}", None),
            ("GET", "/admin/comments/0", None),
            ("POST", f"/admin/comments/{huge}/action", {"action": "approve", "csrf": token}),
            ("POST", f"/admin/threads/{huge}/state", {"closed": "true", "csrf": token}),
            ("POST", f"/admin/bans/{huge}/lift", {"site": "news", "csrf": token}),
        ):
            response = await http.request(method, path, data=data)
            assert response.status_code == 400, (path, response.status_code)
            assert error_code(response) == "request.invalid"
        bulk = await http.post(
            "/admin/bulk", data={"ids": ["1", huge], "action": "reject", "csrf": token}
        )
        assert bulk.status_code == 303 and "error=" in bulk.headers["location"]
