"""Sites: the publishers' properties that own threads, origins and policy."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import InvalidInput, NotFound
from rejoinder.domain.model import Premoderation, Site
from rejoinder.storage.base import NewSite, Store

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
CACHE_SECONDS = 5.0  # other nodes' and the CLI's changes show up within this


def normalize_origin(origin: str) -> str:
    parts = urlsplit(origin.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path not in {"", "/"}:
        raise InvalidInput("site.origin_invalid", f"{origin!r} is not like https://example.com")
    return f"{parts.scheme}://{parts.netloc.lower()}"


class SiteService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._cache: dict[str, tuple[float, Site | None]] = {}
        self._all_origins: tuple[float, frozenset[str]] | None = None

    async def add(
        self,
        slug: str,
        origins: list[str],
        name: str | None = None,
        premoderation: Premoderation = Premoderation.NONE,
    ) -> Site:
        if not _SLUG.match(slug):
            raise InvalidInput("site.slug_invalid", "Slugs are lowercase letters, digits, - and _.")
        if not origins:
            raise InvalidInput("site.origin_required", "A site needs at least one origin.")
        new = NewSite(
            slug=slug,
            name=(name or slug).strip()[:200] or slug,
            origins=tuple(dict.fromkeys(normalize_origin(o) for o in origins)),
            premoderation=premoderation,
        )
        async with self._store.write() as tx:
            site = await tx.add_site(new, self._clock.now())
        self._cache.clear()
        self._all_origins = None
        return site

    async def list(self) -> list[Site]:
        async with self._store.read() as tx:
            return await tx.list_sites()

    async def find(self, slug: str) -> Site | None:
        """The site, from a short-lived cache: every request needs it, it rarely changes."""
        now = self._clock.now()
        cached = self._cache.get(slug)
        if cached is not None and now - cached[0] < CACHE_SECONDS:
            return cached[1]
        async with self._store.read() as tx:
            site = await tx.site_by_slug(slug)
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[slug] = (now, site)
        return site

    async def get(self, slug: str) -> Site:
        site = await self.find(slug)
        if site is None:
            raise NotFound("site.not_found", f"There is no site {slug!r}.")
        return site

    async def all_origins(self) -> frozenset[str]:
        now = self._clock.now()
        if self._all_origins is not None and now - self._all_origins[0] < CACHE_SECONDS:
            return self._all_origins[1]
        origins = frozenset(o for site in await self.list() for o in site.origins)
        self._all_origins = (now, origins)
        return origins
