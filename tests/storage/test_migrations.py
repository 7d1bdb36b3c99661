"""Migrations are the schema's source of truth; the query tables must agree with them."""

from __future__ import annotations

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
