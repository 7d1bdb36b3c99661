"""Accounts and logged-in clients for the dashboard and admin API tests."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from rejoinder.composition import Services
from rejoinder.domain.accounts import Role

PASSWORD = "correct horse battery staple"
ADMIN = "chief@news.example"
MODERATOR = "mod@news.example"
OUTSIDER = "mod@other.example"
OTHER_ORIGIN = "https://other.example"


async def add_accounts(services: Services) -> None:
    await services.sites.add("other", [OTHER_ORIGIN], "Other Times")
    await services.accounts.add_user(ADMIN, PASSWORD, Role.ADMIN)
    await services.accounts.add_user(MODERATOR, PASSWORD, Role.MODERATOR, ["news"])
    await services.accounts.add_user(OUTSIDER, PASSWORD, Role.MODERATOR, ["other"])


@asynccontextmanager
async def browser_client(
    app: FastAPI, ip: str = "198.51.100.20"
) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=(ip, 5000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


def hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no {name} in the page"
    return found.group(1)


async def login(http: httpx.AsyncClient, email: str, password: str = PASSWORD) -> httpx.Response:
    form = await http.get("/admin/login")
    token = hidden(form.text, "csrf")
    return await http.post(
        "/admin/login", data={"email": email, "password": password, "csrf": token}
    )


async def csrf_of(http: httpx.AsyncClient) -> str:
    page = await http.get("/admin/queue/pending")
    assert page.status_code == 200, page.text
    return hidden(page.text, "csrf")
