"""Moderator accounts: argon2id passwords, throttled logins, sessions and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from rejoinder.domain.accounts import Principal, Role, User
from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import InvalidInput, NotFound, RateLimited, Unauthorized
from rejoinder.domain.rules import MAX_EMAIL_CHARS, is_email
from rejoinder.services.sites import SiteService
from rejoinder.storage.base import Store

MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # argon2 hashes anything, but nobody needs a megabyte of password
SESSION_SECONDS = 12 * 3600
FAILURE_WINDOW = 15 * 60
ACCOUNT_FAILURES = 5  # then the account is locked for LOCK_SECONDS
NETWORK_FAILURES = 20  # from one network prefix, whichever accounts it tries
LOCK_SECONDS = 15 * 60
SESSION, API = "session", "api"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class LoggedIn:
    token: str  # the session cookie's value; only its hash is stored
    principal: Principal


class AccountService:
    def __init__(self, store: Store, sites: SiteService, clock: Clock) -> None:
        self._store = store
        self._sites = sites
        self._clock = clock
        self._hasher = PasswordHasher()  # argon2id, the library's current parameters
        self._decoy_hash: str | None = None

    @property
    def _decoy(self) -> str:
        """Verified against when the account does not exist, so timing does not tell."""
        if self._decoy_hash is None:
            self._decoy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        return self._decoy_hash

    @staticmethod
    def _email(email: str) -> str:
        email = email.strip().lower()
        if len(email) > MAX_EMAIL_CHARS or not is_email(email):
            raise InvalidInput("user.email_invalid", "That is not an email address.")
        return email

    @staticmethod
    def _check_password(password: str) -> None:
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise InvalidInput(
                "user.password_invalid", f"Passwords have {MIN_PASSWORD} to 1024 characters."
            )

    async def add_user(
        self, email: str, password: str, role: Role, site_slugs: Sequence[str] = ()
    ) -> User:
        email = self._email(email)
        self._check_password(password)
        if role is Role.MODERATOR and not site_slugs:
            raise InvalidInput("user.sites_required", "A moderator needs at least one --site.")
        site_ids = [(await self._sites.get(slug)).id for slug in site_slugs]
        password_hash = self._hasher.hash(password)
        async with self._store.write() as tx:
            await tx.add_user(email, password_hash, role, site_ids, self._clock.now())
            found = await tx.user_by_email(email)
        assert found is not None
        return found[0]

    async def list_users(self) -> list[User]:
        async with self._store.read() as tx:
            return await tx.list_users()

    async def _user(self, email: str) -> User:
        async with self._store.read() as tx:
            found = await tx.user_by_email(self._email(email))
        if found is None:
            raise NotFound("user.not_found", f"There is no account for {email}.")
        return found[0]

    async def disable(self, email: str) -> None:
        """Disabled accounts cannot log in; their sessions and API tokens end now."""
        user = await self._user(email)
        async with self._store.write() as tx:
            await tx.update_user(user.id, disabled=True)
            await tx.delete_sessions_of(user.id, (SESSION, API))

    async def set_password(self, email: str, password: str) -> None:
        """A new password ends every browser session of the account."""
        self._check_password(password)
        user = await self._user(email)
        async with self._store.write() as tx:
            await tx.update_user(user.id, password_hash=self._hasher.hash(password))
            await tx.delete_sessions_of(user.id, (SESSION,))

    async def change_own_password(
        self, who: Principal, current: str, new: str, network: str
    ) -> None:
        """The current password is checked like a login (throttled), then every session ends."""
        await self.login(who.email, current, network)
        await self.set_password(who.email, new)

    async def login(
        self, email: str, password: str, network: str, replacing: str | None = None
    ) -> LoggedIn:
        """Check a password, throttled per account and per network; open a fresh session."""
        now = self._clock.now()
        email = email.strip().lower()[:MAX_EMAIL_CHARS]
        account_key, network_key = f"account:{email}", f"network:{network}"
        async with self._store.read() as tx:
            found = await tx.user_by_email(email)
            from_network = await tx.login_failures_since(network_key, now - FAILURE_WINDOW)
        if from_network >= NETWORK_FAILURES:
            raise RateLimited("auth.throttled", "Too many failed logins from your network.", 900)
        user = found[0] if found else None
        if user and user.locked_until and user.locked_until > now:
            wait = int(user.locked_until - now) + 1
            raise RateLimited("auth.locked", "This account is locked for a while.", wait)
        if not self._verify(found[1] if found else self._decoy, password[:MAX_PASSWORD]):
            await self._failed(account_key, network_key, user, now)
            raise Unauthorized("auth.invalid", "Wrong email or password.")
        if user is None or user.disabled:
            raise Unauthorized("auth.invalid", "Wrong email or password.")
        return await self._open(user, account_key, replacing, now)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    async def _failed(self, account: str, network: str, user: User | None, now: float) -> None:
        async with self._store.write() as tx:
            await tx.add_login_failure(account, now)
            await tx.add_login_failure(network, now)
            failures = await tx.login_failures_since(account, now - FAILURE_WINDOW)
            if user is not None and failures >= ACCOUNT_FAILURES:
                await tx.update_user(user.id, locked_until=now + LOCK_SECONDS)
                await tx.clear_login_failures(account)

    async def _open(self, user: User, account: str, replacing: str | None, now: float) -> LoggedIn:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        async with self._store.write() as tx:
            await tx.clear_login_failures(account)
            if replacing:  # rotation: the session a browser had before logging in ends
                await tx.delete_session(_digest(replacing))
            await tx.add_session(_digest(token), user.id, csrf, SESSION, now, now + SESSION_SECONDS)
        return LoggedIn(token, _principal(user, csrf))

    async def logout(self, token: str) -> None:
        async with self._store.write() as tx:
            await tx.delete_session(_digest(token))

    async def session(self, token: str | None) -> Principal | None:
        return await self._lookup(token, SESSION)

    async def api_principal(self, token: str | None) -> Principal | None:
        return await self._lookup(token, API)

    async def _lookup(self, token: str | None, kind: str) -> Principal | None:
        if not token or len(token) > 200:
            return None
        async with self._store.read() as tx:
            found = await tx.session_user(_digest(token), kind, self._clock.now())
        if found is None or found[0].disabled:
            return None
        return _principal(*found)

    async def issue_api_token(self, email: str) -> str:
        user = await self._user(email)
        if user.disabled:
            raise InvalidInput("user.disabled", "This account is disabled.")
        token = "rjt_" + secrets.token_urlsafe(32)
        async with self._store.write() as tx:
            await tx.add_session(_digest(token), user.id, "", API, self._clock.now(), None)
        return token


def _principal(user: User, csrf: str) -> Principal:
    return Principal(user.id, user.email, user.role, user.site_ids, csrf)
