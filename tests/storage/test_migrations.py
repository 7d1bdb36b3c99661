"""Migrations are the schema's source of truth; the query tables must agree with them."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from rejoinder.composition import Services
from rejoinder.storage.sql import migrate
from rejoinder.storage.sql.engine import SqlStore
from rejoinder.storage.sql.tables import metadata


async def test_migrated_schema_matches_tables(services: Services) -> None:
    assert isinstance(services.store, SqlStore)

    def diff(connection: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))

    async with services.store.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
    assert await migrate.current_revision(services.store.engine) == migrate.head_revision()


async def test_sqlite_runs_in_wal_with_foreign_keys(services: Services) -> None:
    assert isinstance(services.store, SqlStore)
    if services.store.engine.dialect.name != "sqlite":
        return
    async with services.store.engine.connect() as conn:
        assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
        assert (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
        assert (await conn.exec_driver_sql("PRAGMA synchronous")).scalar() == 2  # FULL
