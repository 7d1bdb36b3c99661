"""Bans and time-outs, by email or network prefix (the dashboard will drive these too)."""

from __future__ import annotations

from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import InvalidInput, NotFound
from rejoinder.domain.ipaddr import network_of
from rejoinder.domain.model import Ban, BanKind
from rejoinder.domain.rules import clean_email
from rejoinder.services.sites import SiteService
from rejoinder.storage.base import NewBan, Store

DAY = 86_400


class BanService:
    def __init__(self, store: Store, sites: SiteService, clock: Clock) -> None:
        self._store = store
        self._sites = sites
        self._clock = clock

    async def ban(
        self,
        site_slug: str,
        *,
        email: str | None = None,
        ip: str | None = None,
        days: float | None = None,
        shadow: bool = False,
        reason: str = "",
    ) -> Ban:
        """Ban by email or by network; `days` makes it a time-out."""
        site = await self._sites.get(site_slug)
        if (email is None) == (ip is None):
            raise InvalidInput("ban.target_required", "Ban either an email or an IP/network.")
        if days is not None and days <= 0:
            raise InvalidInput("ban.days_invalid", "A time-out lasts a positive number of days.")
        if email is not None:
            kind, value = BanKind.EMAIL, (clean_email(email, site) or "").lower()
        else:
            kind, value = BanKind.IP_PREFIX, network_of(ip or "")
        now = self._clock.now()
        until = now + days * DAY if days is not None else None
        new = NewBan(site.id, kind, value, until, shadow, reason.strip()[:500])
        async with self._store.write() as tx:
            return await tx.add_ban(new, now)

    async def list(self, site_slug: str) -> list[Ban]:
        site = await self._sites.get(site_slug)
        async with self._store.read() as tx:
            return await tx.list_bans(site.id)

    async def lift(self, ban_id: int) -> None:
        async with self._store.write() as tx:
            if not await tx.lift_ban(ban_id):
                raise NotFound("ban.not_found", f"There is no ban {ban_id}.")
