"""Sites: the publishers' properties that own threads, origins and policy."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import InvalidInput, NotFound
from rejoinder.domain.model import Premoderation, Site
from rejoinder.domain.policy import policy_from_dict, policy_to_dict
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

    def forget(self) -> None:
        """Drop cached sites after a change, so this node sees it at once."""
        self._cache.clear()
        self._all_origins = None

    async def update(self, slug: str, changes: dict[str, Any]) -> tuple[Site, Site]:
        """Change a site's settings; returns (before, after). Unknown or bad values are refused."""
        before = await self.get(slug)
        values = _site_values(changes)
        async with self._store.write() as tx:
            await tx.update_site(before.id, values)
            after = await tx.site_by_id(before.id)
        assert after is not None
        self.forget()
        return before, after

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


# setting -> (lowest, highest) for whole numbers; None where the setting is not a number
_SETTINGS: dict[str, tuple[int, int] | None] = {
    "name": None,
    "origins": None,
    "premoderation": None,
    "edit_window_seconds": (0, 7 * 86_400),
    "max_depth": (1, 20),
    "require_name": None,
    "require_email": None,
    "flag_threshold": (1, 1000),
    "auto_close_days": (1, 36_500),
    "policy": None,
}


def _whole(name: str, value: object, bounds: tuple[int, int]) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]:
        return value
    raise InvalidInput(
        "site.setting_invalid", f"{name} is a whole number {bounds[0]}..{bounds[1]}."
    )


def _site_values(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(_SETTINGS)
    if unknown:
        raise InvalidInput("site.setting_unknown", f"Unknown setting: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for name, value in changes.items():
        bounds = _SETTINGS[name]
        if name == "auto_close_days" and value is None:
            values[name] = None
        elif bounds is not None:
            values[name] = _whole(name, value, bounds)
        elif name in {"require_name", "require_email"}:
            values[name] = bool(value)
        elif name == "name":
            values[name] = str(value).strip()[:200] or "site"
        elif name == "origins":
            if not isinstance(value, list) or not value:
                raise InvalidInput("site.origin_required", "A site needs at least one origin.")
            values[name] = list(dict.fromkeys(normalize_origin(str(o)) for o in value))
        elif name == "premoderation":
            try:
                values[name] = Premoderation(value).value
            except ValueError as exc:
                raise InvalidInput(
                    "site.setting_invalid", "premoderation: none, first or all"
                ) from exc
        elif name == "policy":
            if not isinstance(value, dict):
                raise InvalidInput("policy.invalid", "The policy is a JSON object.")
            values[name] = policy_to_dict(policy_from_dict(value))
    return values


def site_settings(site: Site) -> dict[str, Any]:
    """A site's settings by the names `update` takes (the admin API and the audit log use it)."""
    return {
        "slug": site.slug,
        "name": site.name,
        "origins": list(site.origins),
        "premoderation": site.premoderation.value,
        "edit_window_seconds": site.edit_window_seconds,
        "max_depth": site.max_depth,
        "require_name": site.require_name,
        "require_email": site.require_email,
        "flag_threshold": site.flag_threshold,
        "auto_close_days": site.auto_close_days,
        "policy": policy_to_dict(site.policy),
    }
