"""The one composition root: settings in, wired services out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from redis.asyncio import Redis

from rejoinder.domain.clock import Clock, SystemClock
from rejoinder.moderation.abuse import DEFAULT_MODEL, AbuseScorer
from rejoinder.moderation.base import ModerationPipeline
from rejoinder.moderation.pipeline import RulePipeline, default_checks
from rejoinder.moderation.plugins import load_checks
from rejoinder.realtime.broker import Broker, MemoryBroker
from rejoinder.realtime.redis_broker import RedisBroker
from rejoinder.services.accounts import AccountService
from rejoinder.services.bans import BanService
from rejoinder.services.comments import CommentService
from rejoinder.services.desk import ModerationDesk
from rejoinder.services.export import ExportService
from rejoinder.services.moderation import ModerationService
from rejoinder.services.ratelimit import (
    LimiterFactory,
    MemoryRateLimiter,
    PostingLimits,
    RateLimiter,
    Rule,
    in_memory,
)
from rejoinder.services.sites import SiteService
from rejoinder.services.subscriptions import SubscriptionService
from rejoinder.services.threads import ThreadService
from rejoinder.services.tokens import VoterTokens
from rejoinder.services.votes import FlagService, VoteService
from rejoinder.settings import Settings
from rejoinder.storage.base import Store
from rejoinder.storage.redis_limits import RedisRateLimiter
from rejoinder.storage.sql import migrate
from rejoinder.storage.sql.engine import SqlStore, create_store


@dataclass(frozen=True, slots=True)
class Services:
    settings: Settings
    clock: Clock
    store: Store
    broker: Broker
    sites: SiteService
    threads: ThreadService
    comments: CommentService
    votes: VoteService
    flags: FlagService
    subscriptions: SubscriptionService
    voter_tokens: VoterTokens
    moderation: ModerationService
    bans: BanService
    accounts: AccountService
    desk: ModerationDesk
    export: ExportService
    # what else the services hold open (a Redis client), closed after them
    closers: tuple[Callable[[], Awaitable[None]], ...] = ()

    async def close(self) -> None:
        await self.broker.close()
        await self.store.close()
        for close in self.closers:
            await close()


def build_store(settings: Settings) -> SqlStore:
    return create_store(settings.database_url, settings.db_pool_size)


def build_services(
    settings: Settings,
    *,
    clock: Clock | None = None,
    store: Store | None = None,
    pipeline: ModerationPipeline | None = None,
    broker: Broker | None = None,
) -> Services:
    clock = clock or SystemClock()
    store = store or build_store(settings)
    redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
    if broker is None:
        broker = RedisBroker(redis, f"{settings.redis_prefix}live:") if redis else MemoryBroker()
    secret = settings.secret_key.get_secret_value()
    sites = SiteService(store, clock)
    limits = PostingLimits(
        settings.rate_limits,
        settings.author_rate_limits,
        settings.thread_rate_limits,
        in_redis(redis, settings.redis_prefix) if redis is not None else in_memory,
    )
    if pipeline is None:
        scorer = AbuseScorer.load(settings.moderation_model or DEFAULT_MODEL)
        pipeline = RulePipeline(default_checks(scorer, load_checks(settings.moderation_checks)))
    comments = CommentService(store, sites, pipeline, limits, broker, clock)
    bans = BanService(store, sites, clock)
    return Services(
        settings=settings,
        clock=clock,
        store=store,
        broker=broker,
        sites=sites,
        threads=ThreadService(store, sites, clock),
        comments=comments,
        votes=VoteService(store, broker, clock),
        flags=FlagService(store, clock),
        subscriptions=SubscriptionService(store, secret),
        voter_tokens=VoterTokens(secret),
        moderation=ModerationService(store, sites, pipeline, clock),
        bans=bans,
        accounts=AccountService(store, sites, clock),
        desk=ModerationDesk(store, sites, bans, broker, clock),
        export=ExportService(store, sites, clock),
        closers=(redis.aclose,) if redis is not None else (),
    )


def in_redis(client: Redis, prefix: str) -> LimiterFactory:
    """Limiters that count in Redis, each kind of key under its own prefix (and in this
    node's memory while Redis is away)."""

    def limiter(kind: str, rules: list[Rule]) -> RateLimiter:
        fallback = MemoryRateLimiter(rules)
        return RedisRateLimiter(client, rules, fallback, prefix=f"{prefix}rate:{kind}:")

    return limiter


@asynccontextmanager
async def open_services(settings: Settings) -> AsyncIterator[Services]:
    """Services for one command-line run, closed (database pool included) at the end."""
    services = build_services(settings)
    try:
        yield services
    finally:
        await services.close()


async def upgrade_schema(settings: Settings) -> str:
    """Apply pending migrations; return the revision the database is now at."""
    store = build_store(settings)
    try:
        await migrate.upgrade(store)
        return await migrate.current_revision(store) or "none"
    finally:
        await store.close()


async def schema_revision(settings: Settings) -> str | None:
    store = build_store(settings)
    try:
        return await migrate.current_revision(store)
    finally:
        await store.close()


def head_revision() -> str:
    return migrate.head_revision()
