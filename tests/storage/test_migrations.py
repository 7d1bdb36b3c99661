"""Migrations are the schema's source of truth; the query tables must agree with them."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from rejoinder.composition import Services
from rejoinder.storage.sql import migrate
from rejoinder.storage.sql.engine import PostgresStore, SqliteStore
from rejoinder.storage.sql.tables import metadata


async def test_migrated_schema_matches_tables(services: Services) -> None:
    store = services.store
    assert isinstance(store, SqliteStore | PostgresStore)

    def diff(connection: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))

    assert await store.run_sync(diff) == []
    assert await migrate.current_revision(store) == migrate.head_revision()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sqlite_runs_in_wal_with_foreign_keys(services: Services) -> None:
    assert isinstance(services.store, SqliteStore)
    with services.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sqlite_writer_waits_for_another_process_off_the_event_loop(
    services: Services, database_url: str
) -> None:
    """Another process (a CLI import) holds the write lock: our writer waits in a thread
    while the event loop keeps serving readers, then writes once the lock is free."""
    store = services.store
    await services.sites.add("s", ["https://s.example"])
    other = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    async def write() -> None:
        await services.sites.add("t", ["https://t.example"])

    writer = asyncio.create_task(write())
    reads = 0
    for _ in range(20):  # the loop is free: reads proceed while the writer waits
        await asyncio.sleep(0.01)
        assert [s.slug for s in await services.sites.list()] == ["s"]
        reads += 1
    assert not writer.done() and reads == 20
    other.execute("COMMIT")
    other.close()
    await asyncio.wait_for(writer, 5)
    async with store.read() as tx:
        assert await tx.site_by_slug("t") is not None
