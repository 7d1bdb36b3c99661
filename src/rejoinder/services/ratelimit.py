"""Sliding-window rate limits, kept in process memory (in Redis, shared by several nodes:
storage/redis_limits.py)."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from typing import Protocol

_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_RULE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour|day)\s*$")
MAX_TRACKED_KEYS = 100_000

Rule = tuple[int, int]  # (events allowed, window seconds)


def parse_limits(spec: str) -> list[Rule]:
    """'5/minute,40/hour' -> [(5, 60), (40, 3600)]; 'off' -> []."""
    if spec.strip().lower() in {"off", "none", ""}:
        return []
    rules = []
    for part in spec.split(","):
        match = _RULE.match(part)
        if not match:
            raise ValueError(f"rate limit {part.strip()!r} is not like '5/minute'")
        rules.append((int(match.group(1)), _UNITS[match.group(2)]))
    return rules


class RateLimiter(Protocol):
    async def retry_after(self, key: str, now: float) -> int | None:
        """Record one event for `key`; return seconds to wait if it is over a limit."""
        ...


class MemoryRateLimiter:
    def __init__(self, rules: list[Rule]) -> None:
        self._rules = rules
        self._longest = max((window for _, window in rules), default=0)
        self._events: dict[str, deque[float]] = {}

    async def retry_after(self, key: str, now: float) -> int | None:
        if not self._rules:
            return None
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self._longest:
            events.popleft()
        for allowed, window in self._rules:
            recent = [t for t in events if t > now - window]
            if len(recent) >= allowed:
                return max(1, int(recent[0] + window - now) + 1)
        events.append(now)
        self._forget_idle(now)
        return None

    def _forget_idle(self, now: float) -> None:
        # Bounded memory: a flood of distinct keys must not grow the table without end.
        if len(self._events) <= MAX_TRACKED_KEYS:
            return
        for key in [k for k, v in self._events.items() if not v or v[-1] <= now - self._longest]:
            del self._events[key]
        while len(self._events) > MAX_TRACKED_KEYS:
            del self._events[next(iter(self._events))]


# Makes the limiter of one kind of key ("network", "author", "thread") from its rules: in
# memory for one node (the default), in Redis for several (composition.py)
LimiterFactory = Callable[[str, list[Rule]], RateLimiter]


def in_memory(kind: str, rules: list[Rule]) -> RateLimiter:
    return MemoryRateLimiter(rules)


class PostingLimits:
    """Posting limits per network prefix, per author and per thread (one switch turns all off)."""

    def __init__(
        self, network: str, author: str, thread: str, limiter: LimiterFactory = in_memory
    ) -> None:
        enabled = bool(parse_limits(network))
        self.network = limiter("network", parse_limits(network))
        self.author = limiter("author", parse_limits(author) if enabled else [])
        self.thread = limiter("thread", parse_limits(thread) if enabled else [])
