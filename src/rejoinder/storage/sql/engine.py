"""Engines for SQLite (WAL, one serialized writer, durable commits) and PostgreSQL (a pool)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from rejoinder.storage.sql.transaction import SqlTransaction

SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITE = "rejoinder_write"


def async_url(database_url: str) -> URL:
    """Map the URLs operators write to the async drivers Rejoinder runs on."""
    url = make_url(database_url)
    if url.drivername in {"sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"}:
        return url.set(drivername="sqlite+aiosqlite")
    if url.drivername in {"postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg"}:
        return url.set(drivername="postgresql+asyncpg")
    raise ValueError(f"unsupported database URL scheme: {url.drivername}")


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_engine(database_url: str, pool_size: int = 10) -> AsyncEngine:
    url = async_url(database_url)
    if not is_sqlite(url):
        return create_async_engine(url, pool_size=pool_size, max_overflow=pool_size)
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=0)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: AsyncEngine) -> None:
    # pysqlite's implicit transactions are turned off so we can issue BEGIN IMMEDIATE for
    # writes: a writer then takes the lock up front instead of failing half way with BUSY.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
            "synchronous=FULL",  # an acknowledged comment survives a power cut
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class SqlStore:
    """The `Store` Protocol over SQLAlchemy Core."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        # SQLite has one writer at a time anyway; queueing here is cheaper than BUSY retries.
        self._write_lock = asyncio.Lock() if self._sqlite else None

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqlTransaction]:
        async with self.engine.connect() as conn, conn.begin():
            yield SqlTransaction(conn)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[SqlTransaction]:
        if self._write_lock is None:
            async with self.engine.connect() as conn, conn.begin():
                yield SqlTransaction(conn)
            return
        async with self._write_lock, self.engine.connect() as conn:
            conn = await conn.execution_options(**{_WRITE: True})
            async with conn.begin():
                yield SqlTransaction(conn)

    async def close(self) -> None:
        await self.engine.dispose()


async def connection_check(conn: AsyncConnection) -> None:
    await conn.exec_driver_sql("SELECT 1")
