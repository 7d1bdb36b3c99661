"""Stores for SQLite (WAL, one serialized writer, durable commits) and PostgreSQL (a pool)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from rejoinder.storage.sql.connection import InlineConnection
from rejoinder.storage.sql.transaction import SqlTransaction

SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITE = "rejoinder_write"
T = TypeVar("T")


def normalize_url(database_url: str) -> URL:
    """Map the URLs operators write to the drivers Rejoinder runs on."""
    url = make_url(database_url)
    if url.drivername in {"sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"}:
        return url.set(drivername="sqlite+pysqlite")
    if url.drivername in {"postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg"}:
        return url.set(drivername="postgresql+asyncpg")
    raise ValueError(f"unsupported database URL scheme: {url.drivername}")


def create_store(database_url: str, pool_size: int = 10) -> SqliteStore | PostgresStore:
    url = normalize_url(database_url)
    if url.get_backend_name() == "sqlite":
        return SqliteStore(_sqlite_engine(url, pool_size))
    return PostgresStore(create_async_engine(url, pool_size=pool_size, max_overflow=pool_size))


def _sqlite_engine(url: URL, pool_size: int) -> Engine:
    # The loop thread runs statements and a worker thread runs BEGIN/COMMIT, never both at
    # once on one connection, so sharing it across threads is safe.
    engine = create_sync_engine(
        url, pool_size=pool_size, max_overflow=0, connect_args={"check_same_thread": False}
    )

    # pysqlite's implicit transactions are turned off so we can issue BEGIN IMMEDIATE for
    # writes: a writer then takes the lock up front instead of failing half way with BUSY.
    @event.listens_for(engine, "connect")
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

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


class SqliteStore:
    """The `Store` Protocol on SQLite: one writer at a time, readers alongside (WAL)."""

    dialect_name = "sqlite"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # SQLite has one writer at a time anyway; queueing here is cheaper than BUSY retries.
        self._write_lock = asyncio.Lock()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqlTransaction]:
        with self.engine.connect() as conn, conn.begin():
            yield SqlTransaction(InlineConnection(conn))

    @asynccontextmanager
    async def write(self) -> AsyncIterator[SqlTransaction]:
        async with self._write_lock:
            conn = self.engine.connect().execution_options(**{_WRITE: True})
            try:
                # BEGIN IMMEDIATE may wait for another process's writer; COMMIT fsyncs.
                transaction = await asyncio.to_thread(conn.begin)
                try:
                    yield SqlTransaction(InlineConnection(conn))
                except BaseException:
                    transaction.rollback()
                    raise
                await asyncio.to_thread(transaction.commit)
            finally:
                conn.close()

    async def run_sync(self, work: Callable[[Connection], T]) -> T:
        """Run `work` on a plain connection in a thread (migrations, maintenance)."""

        def run() -> T:
            with self.engine.begin() as conn:
                return work(conn)

        return await asyncio.to_thread(run)

    async def close(self) -> None:
        self.engine.dispose()


class PostgresStore:
    """The `Store` Protocol on PostgreSQL through asyncpg and a connection pool."""

    dialect_name = "postgresql"

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqlTransaction]:
        async with self.engine.connect() as conn, conn.begin():
            yield SqlTransaction(conn)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[SqlTransaction]:
        async with self.engine.connect() as conn, conn.begin():
            yield SqlTransaction(conn)

    async def run_sync(self, work: Callable[[Connection], T]) -> T:
        async with self.engine.begin() as conn:
            return await conn.run_sync(work)

    async def close(self) -> None:
        await self.engine.dispose()


SqlStore = SqliteStore | PostgresStore
