"""Ban queries."""

from __future__ import annotations

from sqlalchemy import RowMapping, bindparam, delete, insert, or_, select

from rejoinder.domain.model import Ban, BanKind
from rejoinder.storage.base import NewBan
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import bans


def _ban(row: RowMapping) -> Ban:
    return Ban(
        id=row["id"],
        site_id=row["site_id"],
        kind=BanKind(row["kind"]),
        value=row["value"],
        until=row["until"],
        shadow=bool(row["shadow"]),
        reason=row["reason"],
        created_at=row["created_at"],
    )


# Prebuilt: it runs on every post. An empty email matches no ban (emails are never empty).
_BANS_FOR = select(bans).where(
    bans.c.site_id == bindparam("site_id"),
    or_(
        (bans.c.kind == BanKind.IP_PREFIX.value) & (bans.c.value == bindparam("prefix")),
        (bans.c.kind == BanKind.EMAIL.value) & (bans.c.value == bindparam("email")),
    ),
)


class BanQueriesSql:
    conn: Executor

    async def add_ban(self, ban: NewBan, now: float) -> Ban:
        values = {
            "site_id": ban.site_id,
            "kind": ban.kind.value,
            "value": ban.value,
            "until": ban.until,
            "shadow": ban.shadow,
            "reason": ban.reason,
            "created_at": now,
        }
        ban_id = inserted_id(await self.conn.execute(insert(bans).values(values)))
        return Ban(ban_id, ban.site_id, ban.kind, ban.value, ban.until, ban.shadow, ban.reason, now)

    async def bans_for(self, site_id: int, email: str | None, ip_prefix: str) -> list[Ban]:
        params = {"site_id": site_id, "prefix": ip_prefix, "email": (email or "").lower()}
        rows = await self.conn.execute(_BANS_FOR, params)
        return [_ban(r) for r in rows.mappings()]

    async def list_bans(self, site_id: int) -> list[Ban]:
        query = select(bans).where(bans.c.site_id == site_id).order_by(bans.c.id)
        return [_ban(r) for r in (await self.conn.execute(query)).mappings()]

    async def lift_ban(self, ban_id: int) -> bool:
        result = await self.conn.execute(delete(bans).where(bans.c.id == ban_id))
        return bool(result.rowcount)
