"""Moderator accounts, sessions and API tokens, and failed-login records for throttling."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from rejoinder.domain.accounts import Role, User
from rejoinder.domain.errors import Conflict
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import login_failures, sessions, user_sites, users


class AccountQueriesSql:
    conn: Executor

    async def _user(self, row: RowMapping) -> User:
        query = select(user_sites.c.site_id).where(user_sites.c.user_id == row["id"])
        site_ids = frozenset(int(r[0]) for r in await self.conn.execute(query))
        return User(
            id=row["id"],
            email=row["email"],
            role=Role(row["role"]),
            disabled=bool(row["disabled"]),
            site_ids=site_ids,
            locked_until=row["locked_until"],
        )

    async def add_user(
        self, email: str, password_hash: str, role: Role, site_ids: Sequence[int], now: float
    ) -> int:
        values = {
            "email": email,
            "password_hash": password_hash,
            "role": role.value,
            "disabled": False,
            "locked_until": None,
            "created_at": now,
        }
        try:
            async with self.conn.begin_nested():
                user_id = inserted_id(await self.conn.execute(insert(users).values(values)))
        except IntegrityError as exc:
            raise Conflict("user.exists", f"There is already an account for {email}.") from exc
        for site_id in site_ids:
            await self.conn.execute(insert(user_sites).values(user_id=user_id, site_id=site_id))
        return user_id

    async def user_by_email(self, email: str) -> tuple[User, str] | None:
        rows = await self.conn.execute(select(users).where(users.c.email == email))
        row = rows.mappings().first()
        return (await self._user(row), row["password_hash"]) if row else None

    async def list_users(self) -> list[User]:
        rows = await self.conn.execute(select(users).order_by(users.c.email))
        return [await self._user(row) for row in rows.mappings().all()]

    async def update_user(self, user_id: int, **values: object) -> None:
        await self.conn.execute(update(users).where(users.c.id == user_id).values(**values))

    async def add_session(
        self,
        token_hash: str,
        user_id: int,
        csrf_token: str,
        kind: str,
        now: float,
        expires_at: float | None,
    ) -> None:
        values = {
            "token_hash": token_hash,
            "user_id": user_id,
            "csrf_token": csrf_token,
            "kind": kind,
            "created_at": now,
            "expires_at": expires_at,
        }
        await self.conn.execute(insert(sessions).values(values))

    async def session_user(self, token_hash: str, kind: str, now: float) -> tuple[User, str] | None:
        query = (
            select(users, sessions.c.csrf_token, sessions.c.expires_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.token_hash == token_hash, sessions.c.kind == kind)
        )
        row = (await self.conn.execute(query)).mappings().first()
        if row is None or (row["expires_at"] is not None and row["expires_at"] <= now):
            return None
        return await self._user(row), row["csrf_token"]

    async def delete_session(self, token_hash: str) -> None:
        await self.conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))

    async def delete_sessions_of(self, user_id: int, kinds: Sequence[str]) -> None:
        await self.conn.execute(
            delete(sessions).where(sessions.c.user_id == user_id, sessions.c.kind.in_(kinds))
        )

    async def add_login_failure(self, key: str, now: float) -> None:
        await self.conn.execute(insert(login_failures).values(key=key, created_at=now))

    async def login_failures_since(self, key: str, since: float) -> int:
        query = select(func.count()).where(
            login_failures.c.key == key, login_failures.c.created_at >= since
        )
        return int((await self.conn.execute(query)).scalar_one())

    async def clear_login_failures(self, key: str) -> None:
        await self.conn.execute(delete(login_failures).where(login_failures.c.key == key))
