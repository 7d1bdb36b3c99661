"""Mail subscriptions: signed one-click unsubscribe links (RFC 8058)."""

from __future__ import annotations

from rejoinder.domain.errors import NotFound
from rejoinder.services.tokens import SignedTokens
from rejoinder.storage.base import Store, Subscription


class SubscriptionService:
    def __init__(self, store: Store, secret: str) -> None:
        self._store = store
        self._tokens = SignedTokens(secret, "unsubscribe")

    def unsubscribe_token(self, subscription_id: int) -> str:
        return self._tokens.issue(subscription_id)

    async def find(self, token: str | None) -> Subscription:
        subscription_id = self._tokens.read(token)
        if not isinstance(subscription_id, int):
            raise NotFound("unsubscribe.token_invalid", "This unsubscribe link is not valid.")
        async with self._store.read() as tx:
            found = await tx.subscription(subscription_id)
        if found is None:
            raise NotFound("unsubscribe.token_invalid", "This unsubscribe link is not valid.")
        return found

    async def unsubscribe(self, token: str | None) -> Subscription:
        subscription = await self.find(token)
        async with self._store.write() as tx:
            await tx.unsubscribe(subscription.id)
        return subscription
