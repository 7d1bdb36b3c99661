"""Site queries."""

from __future__ import annotations

import json

from sqlalchemy import RowMapping, insert, select
from sqlalchemy.exc import IntegrityError

from rejoinder.domain.errors import Conflict
from rejoinder.domain.model import Premoderation, Site
from rejoinder.domain.policy import policy_from_dict
from rejoinder.storage.base import NewSite
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.results import inserted_id
from rejoinder.storage.sql.tables import sites


def site_from_row(row: RowMapping) -> Site:
    return Site(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        origins=tuple(json.loads(row["origins"])),
        premoderation=Premoderation(row["premoderation"]),
        edit_window_seconds=row["edit_window_seconds"],
        max_depth=row["max_depth"],
        require_name=bool(row["require_name"]),
        require_email=bool(row["require_email"]),
        flag_threshold=row["flag_threshold"],
        policy=policy_from_dict(json.loads(row["policy"] or "{}")),
        auto_close_days=row["auto_close_days"],
    )


class SiteQueriesSql:
    conn: Executor

    async def add_site(self, site: NewSite, now: float) -> Site:
        defaults = Site(id=0, slug=site.slug, name=site.name, origins=site.origins)
        values = {
            "slug": site.slug,
            "name": site.name,
            "origins": json.dumps(list(site.origins)),
            "premoderation": site.premoderation.value,
            "edit_window_seconds": defaults.edit_window_seconds,
            "max_depth": defaults.max_depth,
            "require_name": defaults.require_name,
            "require_email": defaults.require_email,
            "flag_threshold": defaults.flag_threshold,
            "created_at": now,
            "policy": "{}",  # defaults are read at load time, so improved defaults reach every site
        }
        try:
            async with self.conn.begin_nested():
                result = await self.conn.execute(insert(sites).values(values))
        except IntegrityError as exc:
            raise Conflict("site.exists", f"A site called {site.slug!r} exists.") from exc
        found = await self.site_by_id(inserted_id(result))
        assert found is not None
        return found

    async def site_by_id(self, site_id: int) -> Site | None:
        row = (await self.conn.execute(select(sites).where(sites.c.id == site_id))).mappings()
        first = row.first()
        return site_from_row(first) if first else None

    async def site_by_slug(self, slug: str) -> Site | None:
        rows = await self.conn.execute(select(sites).where(sites.c.slug == slug))
        first = rows.mappings().first()
        return site_from_row(first) if first else None

    async def list_sites(self) -> list[Site]:
        rows = await self.conn.execute(select(sites).order_by(sites.c.slug))
        return [site_from_row(r) for r in rows.mappings()]
