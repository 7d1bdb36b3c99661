"""Sliding-window rate limits shared by several nodes, in Redis.

The same rules and answers as `services.ratelimit.MemoryRateLimiter`, kept where every node
counts: a sorted set of event times per key, checked and added to in one Lua script (so
two nodes recording at once cannot both slip under a limit), expiring once its longest
window has passed. If Redis cannot be reached the node counts in its own memory until it
can (limits per node then, as with one node), rather than refusing every comment or
letting every flood through.
"""

from __future__ import annotations

import logging
import uuid
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

# KEYS[1]: the key's sorted set of event times. ARGV: now, the longest window, a member
# unique to this event, then each rule's (allowed, window). Returns the seconds to wait, or
# 0 once the event is recorded.
_SLIDING_WINDOW = """
local now = tonumber(ARGV[1])
local longest = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - longest)
for i = 4, #ARGV, 2 do
  local allowed = tonumber(ARGV[i])
  local window = tonumber(ARGV[i + 1])
  local since = '(' .. tostring(now - window)
  if redis.call('ZCOUNT', KEYS[1], since, '+inf') >= allowed then
    local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], since, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
    return math.max(1, math.floor(tonumber(oldest[2]) + window - now) + 1)
  end
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('EXPIRE', KEYS[1], math.ceil(longest))
return 0
"""


Rule = tuple[int, int]  # (events allowed, window seconds), as services.ratelimit parses them


class Limiter(Protocol):
    async def retry_after(self, key: str, now: float) -> int | None: ...


class RedisRateLimiter:
    """`fallback`: the node's own limiter of the same rules, used while Redis is away;
    `prefix`: what this kind of key begins with (composition.py makes it from the
    `redis_prefix` setting and the kind, so a network's key never meets an author's)."""

    def __init__(self, client: Redis, rules: list[Rule], fallback: Limiter, prefix: str) -> None:
        self._rules = rules
        self._longest = max((window for _, window in rules), default=0)
        self._prefix = prefix
        self._script = client.register_script(_SLIDING_WINDOW)
        self._fallback = fallback

    async def retry_after(self, key: str, now: float) -> int | None:
        if not self._rules:
            return None
        arguments: list[float | str] = [repr(now), self._longest, uuid.uuid4().hex]
        for allowed, window in self._rules:
            arguments += [allowed, window]
        try:
            wait = await self._script(keys=[self._prefix + key], args=arguments)
        except (RedisError, OSError) as exc:
            log.warning("rate limits counted on this node alone: Redis: %s", exc)
            return await self._fallback.retry_after(key, now)
        return int(wait) or None
