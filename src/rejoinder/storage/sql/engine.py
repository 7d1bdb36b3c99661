"""Stores for SQLite (WAL, one serialized writer, durable commits) and PostgreSQL (a pool)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, NestedTransaction, RootTransaction, event
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from rejoinder.storage.sql.connection import InlineConnection
from rejoinder.storage.sql.transaction import SqlTransaction

SQLITE_BUSY_TIMEOUT_MS = 10_000
MAX_BATCH = 50  # writers per group commit: bounds how long the first of them waits
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


@dataclass(eq=False)
class _Batch:
    """Writers sharing one transaction: one BEGIN and one fsync for all of them."""

    conn: Connection
    transaction: RootTransaction
    committed: asyncio.Future[None]
    members: int = 0
    broken: bool = False


class SqliteStore:
    """The `Store` Protocol on SQLite: one writer at a time, readers alongside (WAL).

    Group commit: use cases queued behind the write lock join the open transaction, each in a
    SAVEPOINT of its own (a failing one rolls back only its own writes); the last of them
    commits. Every writer returns only once the commit that holds its writes is durable.
    """

    dialect_name = "sqlite"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = asyncio.Lock()
        self._waiting = 0
        self._batch: _Batch | None = None
        self._background: set[asyncio.Task[None]] = set()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqlTransaction]:
        with self.engine.connect() as conn, conn.begin():
            yield SqlTransaction(InlineConnection(conn))

    @asynccontextmanager
    async def write(self) -> AsyncIterator[SqlTransaction]:
        await self._acquire()
        failure: BaseException | None = None
        try:
            batch = self._batch
            savepoint: NestedTransaction | None = None
            if batch is None:  # first in: alone in the transaction, no savepoint needed
                batch = self._batch = await self._open_batch()
            else:
                savepoint = batch.conn.begin_nested()
            try:
                yield SqlTransaction(InlineConnection(batch.conn))
            except BaseException as exc:
                failure = exc
                self._undo(batch, savepoint)
            else:
                if savepoint is not None:
                    savepoint.commit()
                batch.members += 1
            if self._batch is batch and (
                self._waiting == 0 or batch.members >= MAX_BATCH or batch.broken
            ):
                await self._finish(batch)
        finally:
            self._lock.release()
        if failure is not None:
            raise failure
        await asyncio.shield(batch.committed)

    def _undo(self, batch: _Batch, savepoint: NestedTransaction | None) -> None:
        """Roll back one writer's work: its savepoint, or the batch it had alone."""
        if savepoint is not None:
            try:
                savepoint.rollback()
            except Exception:  # the connection failed: nothing in this batch can be trusted
                batch.broken = True
            return
        self._batch = None
        try:
            batch.transaction.rollback()
        finally:
            batch.conn.close()
            batch.committed.set_result(None)

    async def _acquire(self) -> None:
        self._waiting += 1
        try:
            await self._lock.acquire()
        except BaseException:
            # A writer cancelled while queued may have been the one meant to commit the open
            # batch: make sure somebody does.
            self._waiting -= 1
            self._flush_later()
            raise
        self._waiting -= 1

    async def _open_batch(self) -> _Batch:
        conn = self.engine.connect().execution_options(**{_WRITE: True})
        try:
            transaction = _begin_without_waiting(conn)
            if transaction is None:
                # Another process (the CLI, an import) holds the write lock: wait for it in a
                # thread, never on the event loop.
                conn.close()
                conn = self.engine.connect().execution_options(**{_WRITE: True})
                transaction = await asyncio.to_thread(conn.begin)
        except BaseException:
            conn.close()
            raise
        return _Batch(conn, transaction, asyncio.get_running_loop().create_future())

    async def _finish(self, batch: _Batch) -> None:
        """Commit (in a thread: COMMIT fsyncs) and tell every writer of the batch."""
        self._batch = None
        commit = asyncio.ensure_future(asyncio.to_thread(_end, batch))
        # Even if this writer is cancelled while waiting, the others learn the outcome.
        commit.add_done_callback(lambda done: _settle(batch, done))
        await asyncio.shield(commit)

    def _flush_later(self) -> None:
        if self._batch is None or self._waiting > 0:
            return
        task = asyncio.get_running_loop().create_task(self._flush_if_idle())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _flush_if_idle(self) -> None:
        async with self._lock:
            if self._batch is not None and self._waiting == 0:
                await self._finish(self._batch)

    async def run_sync(self, work: Callable[[Connection], T]) -> T:
        """Run `work` on a plain connection in a thread (migrations, maintenance)."""

        def run() -> T:
            with self.engine.begin() as conn:
                return work(conn)

        return await asyncio.to_thread(run)

    async def close(self) -> None:
        for task in list(self._background):
            await task
        self.engine.dispose()


def _begin_without_waiting(conn: Connection) -> RootTransaction | None:
    """BEGIN IMMEDIATE if the database lock is free right now, else None."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA busy_timeout=0")
    try:
        return conn.begin()
    except OperationalError:
        return None
    finally:
        raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _end(batch: _Batch) -> None:
    try:
        if batch.broken:
            batch.transaction.rollback()
            raise RuntimeError("a write transaction failed; its batch was rolled back")
        batch.transaction.commit()
    finally:
        batch.conn.close()


def _settle(batch: _Batch, done: asyncio.Future[None]) -> None:
    if batch.committed.done():
        return
    if done.cancelled():
        batch.committed.cancel()
    elif done.exception() is not None:
        batch.committed.set_exception(done.exception())  # type: ignore[arg-type]
    else:
        batch.committed.set_result(None)


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
