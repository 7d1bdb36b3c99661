"""Shared fixtures: a migrated SQLite template copied per test, PostgreSQL when the machine has
it, a frozen clock, and an in-process HTTP client over ASGI."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from rejoinder.app import create_app
from rejoinder.composition import Services, build_services
from rejoinder.domain.clock import FrozenClock
from rejoinder.settings import Settings
from rejoinder.storage.sql import migrate
from rejoinder.storage.sql.engine import PostgresStore, create_store, normalize_url
from rejoinder.storage.sql.tables import metadata

SECRET = "test-secret-0123456789-0123456789-abcdef"
ORIGIN = "https://news.example"
POSTGRES_ADMIN_URL = os.environ.get(
    "REJOINDER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
SERVICES_REQUIRED = os.environ.get("REJOINDER_REQUIRE_SERVICES") == "1"


def _run(coro: object) -> object:
    return asyncio.run(coro)  # type: ignore[arg-type]


async def _migrate(url: str) -> None:
    store = create_store(url)
    try:
        await migrate.upgrade(store)
    finally:
        await store.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    _run(_migrate(f"sqlite:///{path}"))
    return path


async def _admin(sql: str) -> None:
    engine = create_async_engine(normalize_url(POSTGRES_ADMIN_URL))
    try:
        async with engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(sql))
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database of this test session's own, migrated once, dropped at the end."""
    name = f"rejoinder_test_{uuid.uuid4().hex[:10]}"
    try:
        _run(_admin(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        if SERVICES_REQUIRED:
            pytest.fail(f"PostgreSQL is required here but unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}")
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    _run(_migrate(url))
    yield url
    _run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _truncate(store: PostgresStore) -> None:
    names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    async with store.engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    path = tmp_path / "db.sqlite3"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite:///{path}"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, secret_key=SECRET, rate_limits="off")


@pytest.fixture
async def services(settings: Settings, clock: FrozenClock) -> AsyncIterator[Services]:
    built = build_services(settings, clock=clock)
    if isinstance(built.store, PostgresStore):
        await _truncate(built.store)
    yield built
    await built.close()


@pytest.fixture
async def site(services: Services) -> str:
    await services.sites.add("news", [ORIGIN], "The Daily Example")
    return "news"


@pytest.fixture
async def client(
    settings: Settings, services: Services, site: str
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, services)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 5000))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers={"Origin": ORIGIN}
    ) as http:
        yield http
