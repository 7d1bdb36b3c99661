"""Moderator accounts and what they may touch."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rejoinder.domain.errors import Forbidden


class Role(StrEnum):
    ADMIN = "admin"  # every site, site settings, accounts
    MODERATOR = "moderator"  # the queue and authors of the sites they are given


@dataclass(frozen=True, slots=True)
class User:
    id: int
    email: str
    role: Role
    disabled: bool
    site_ids: frozenset[int]
    locked_until: float | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting in the dashboard or the admin API."""

    user_id: int
    email: str
    role: Role
    site_ids: frozenset[int]  # ignored for admins, who see every site
    csrf_token: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def may_see(self, site_id: int) -> bool:
        return self.is_admin or site_id in self.site_ids

    def check_site(self, site_id: int) -> None:
        # Not found rather than forbidden: a moderator learns nothing of other sites' content.
        if not self.may_see(site_id):
            raise Forbidden("admin.site_forbidden", "You do not moderate this site.")

    def check_admin(self) -> None:
        if not self.is_admin:
            raise Forbidden("admin.admin_only", "Only administrators may do this.")


def author_key(email: str | None, ip_prefix: str | None) -> str:
    """How moderators name a guest author: by email when given, else by network."""
    return f"email:{email.lower()}" if email else f"network:{ip_prefix or ''}"
