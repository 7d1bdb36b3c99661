"""Secrets handed to readers: edit tokens (hashed at rest), signed voter and unsubscribe tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from itsdangerous import BadSignature, URLSafeSerializer


def new_edit_token() -> tuple[str, str]:
    """A fresh edit token and the hash that is stored in its place."""
    token = secrets.token_urlsafe(24)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def token_matches(token: str | None, stored_hash: str) -> bool:
    """Constant-time comparison, so response timing reveals nothing about the stored hash."""
    if not token or not stored_hash:
        return False
    return hmac.compare_digest(hash_token(token), stored_hash)


class SignedTokens:
    """Tokens that the server can verify without storing them."""

    def __init__(self, secret: str, purpose: str) -> None:
        self._serializer = URLSafeSerializer(secret, salt=f"rejoinder.{purpose}")

    def issue(self, value: str | int) -> str:
        return str(self._serializer.dumps(value))

    def read(self, token: str | None) -> str | int | None:
        if not token or len(token) > 256:
            return None
        try:
            value = self._serializer.loads(token)
        except BadSignature:
            return None
        return value if isinstance(value, str | int) else None


class VoterTokens:
    """A reader's anonymous identity for votes and reports, kept in the browser."""

    def __init__(self, secret: str) -> None:
        self._tokens = SignedTokens(secret, "voter")

    def issue(self) -> tuple[str, str]:
        key = secrets.token_hex(16)
        return self._tokens.issue(key), key

    def key_of(self, token: str | None) -> str | None:
        value = self._tokens.read(token)
        return value if isinstance(value, str) else None
