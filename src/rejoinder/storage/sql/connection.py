"""One async surface over two kinds of connection, so the query code is written once.

PostgreSQL runs on asyncpg (an AsyncConnection). SQLite statements take microseconds, far less
than a hop to a driver thread (aiosqlite measured about 30x slower per query here), so they run
inline on the event loop; the store moves only the calls that can block (taking the write
lock, and the fsync of a commit) to a thread.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

from sqlalchemy import Connection, Dialect, Executable


class Executor(Protocol):
    """The part of SQLAlchemy's AsyncConnection that the query code uses."""

    @property
    def dialect(self) -> Dialect: ...

    # Typed loosely: SQLAlchemy's Result generics differ between its sync and async APIs.
    async def execute(
        self, statement: Executable, parameters: Mapping[str, Any] | None = None
    ) -> Any: ...

    def begin_nested(self) -> Any: ...


class InlineConnection:
    """A synchronous SQLite connection behind the Executor surface."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def dialect(self) -> Dialect:
        return self._conn.dialect

    async def execute(
        self, statement: Executable, parameters: Mapping[str, Any] | None = None
    ) -> Any:
        return self._conn.execute(statement, parameters)

    def begin_nested(self) -> AbstractAsyncContextManager[None]:
        return self._savepoint()

    @asynccontextmanager
    async def _savepoint(self) -> AsyncIterator[None]:
        with self._conn.begin_nested():
            yield
