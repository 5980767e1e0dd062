"""Per-user request limits on the REST API (SPEC §4: 429; §9: shared through Redis).

Each user (the token's `sub`; the client address when there is no valid token) may make
`VIVA_RATE_PER_MINUTE` requests in a fixed one-minute window. With `REDIS_URL` the count is
kept in Redis, so every server process behind the load balancer draws on the same budget;
without it, or while Redis is unreachable, each process counts in memory.

Sockets have their own, per-connection limit (close 4008): see `server.ws.frames`.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Protocol

from aiohttp import web

from server.core.auth import TokenError
from server.http.errors import json_error
from server.keys import REDIS, SETTINGS, TOKENS

if TYPE_CHECKING:
    import redis.asyncio as aioredis

__all__ = ["USER_LIMITS", "MemoryRateLimits", "RateDecision", "RateLimits", "RedisRateLimits",
           "UserLimits", "rate_limit_middleware", "setup_rate_limits"]

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

WINDOW_SECONDS: Final = 60
"""Length of one counting window."""
EXEMPT: Final = frozenset({"/health", "/metrics"})
"""Paths load balancers and scrapers poll; never limited."""


@dataclass(frozen=True, slots=True)
class RateDecision:
    """Whether a request may go on, and when to come back if not."""

    allowed: bool
    remaining: int
    retry_after: int
    """Whole seconds until the window resets (at least 1)."""


class RateLimits(Protocol):
    """Counts requests per key and window."""

    limit: int

    async def hit(self, key: str) -> RateDecision: ...


def _decision(count: int, limit: int, now: float) -> RateDecision:
    reset = (math.floor(now / WINDOW_SECONDS) + 1) * WINDOW_SECONDS
    return RateDecision(count <= limit, max(0, limit - count), max(1, math.ceil(reset - now)))


class MemoryRateLimits:
    """In-process counting, for one server process (or while Redis is down)."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self._clock = clock
        self._window = -1
        self._counts: dict[str, int] = {}

    async def hit(self, key: str) -> RateDecision:
        """Count one request of `key`."""
        now = self._clock()
        window = int(now // WINDOW_SECONDS)
        if window != self._window:  # a new minute: every count starts again
            self._window, self._counts = window, {}
        count = self._counts[key] = self._counts.get(key, 0) + 1
        return _decision(count, self.limit, now)


class RedisRateLimits:
    """Counting in Redis, shared by every server process; in memory while Redis is unreachable."""

    def __init__(self, redis: aioredis.Redis, limit: int, *, prefix: str = "viva:rate:",
                 clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self._redis = redis
        self._prefix = prefix
        self._clock = clock
        self._fallback = MemoryRateLimits(limit, clock)
        self._degraded = False

    async def hit(self, key: str) -> RateDecision:
        """Count one request of `key` in this minute's Redis counter."""
        # loaded already: this class is only used with Redis
        from redis.exceptions import RedisError

        now = self._clock()
        name = f"{self._prefix}{key}:{int(now // WINDOW_SECONDS)}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, WINDOW_SECONDS * 2)
                count, _ = await pipe.execute()
        except (RedisError, OSError, TimeoutError) as exc:  # keep serving, count locally
            if not self._degraded:
                logger.warning("rate limits: redis unavailable (%s); counting in this process", exc)
                self._degraded = True
            return await self._fallback.hit(key)
        if self._degraded:
            logger.info("rate limits: redis is back")
            self._degraded = False
        return _decision(int(count), self.limit, now)


class UserLimits:
    """The app's per-user limit; its counter is chosen at startup (Redis when configured)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.counter: RateLimits = MemoryRateLimits(limit)

    async def hit(self, key: str) -> RateDecision:
        """Count one request of `key`."""
        return await self.counter.hit(key)


USER_LIMITS = web.AppKey("user_limits", UserLimits)


def _key_of(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else request.query.get("token")
    if not token and request.path.startswith("/join/"):
        token = request.match_info.get("token")
    if token:
        try:
            return "user:" + request.app[TOKENS].verify(token).user
        except TokenError:
            pass  # a bad token is answered by the handler; count it against the address
    # behind a proxy, the address it saw is the last one it appended
    forwarded = request.headers.get("X-Forwarded-For", "").rsplit(",", 1)[-1].strip()
    return f"addr:{forwarded or request.remote or 'unknown'}"


@web.middleware
async def rate_limit_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer 429 `rate_limited` with `Retry-After` once a user is over the minute's budget."""
    if request.path in EXEMPT or request.path.startswith("/docs"):
        return await handler(request)
    limits = request.app[USER_LIMITS]
    decision = await limits.hit(_key_of(request))
    if not decision.allowed:
        response = json_error(429, f"too many requests: at most {limits.limit} a minute; "
                                   f"try again in {decision.retry_after} s", "rate_limited",
                              retry_after=decision.retry_after)
        response.headers["Retry-After"] = str(decision.retry_after)
        return response
    return await handler(request)


def setup_rate_limits(app: web.Application) -> None:
    """Add the per-user limit to `app`; call after the Redis lifetime is registered."""
    limits = app[USER_LIMITS] = UserLimits(app[SETTINGS].rate_per_minute)

    async def choose_counter(app: web.Application) -> AsyncIterator[None]:
        redis = app.get(REDIS)
        if redis is not None:
            limits.counter = RedisRateLimits(redis, limits.limit)
        yield
        limits.counter = MemoryRateLimits(limits.limit)

    app.middlewares.append(rate_limit_middleware)
    app.cleanup_ctx.append(choose_counter)
