"""Daily challenge quotas per user (SPEC §4): counted in Redis when configured, else in the database.

A day is a UTC day. With Redis, each user has one counter per day (`INCR`, expiring at the
day's end), so several server processes share it. Without Redis, the count is the number of
the user's `Challenge` rows created since midnight UTC.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from weakref import WeakValueDictionary

from server.core.errors import StoreUnavailable, TooManyRequests
from server.storage.models import Challenge

__all__ = ["QUOTA_PREFIX", "Quota", "Quotas"]

QUOTA_PREFIX: Final = "viva:quota:"
"""Redis keys are `viva:quota:<user key>:<YYYY-MM-DD>`."""

_KEY_TTL_MARGIN: Final = 3600
"""Seconds a day's counter outlives the day, so a late request still sees its own day."""


@dataclass(frozen=True)
class Quota:
    """A user's quota for today."""

    limit: int
    used: int
    resets_at: datetime

    @property
    def remaining(self) -> int:
        """Units left today (never negative)."""
        return max(0, self.limit - self.used)

    def as_json(self) -> dict[str, Any]:
        """The body of `GET /quotas`."""
        return {"limit": self.limit, "used": self.used, "remaining": self.remaining,
                "resets_at": self.resets_at.isoformat()}


def _day(now: datetime) -> tuple[datetime, datetime]:
    start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def _redis_key(user_key: str, day_start: datetime) -> str:
    return f"{QUOTA_PREFIX}{user_key}:{day_start.date().isoformat()}"


class Quotas:
    """Today's quota of each user: `limit` challenges a day, counted in `redis` when given."""

    def __init__(self, limit: int, redis: Any = None) -> None:
        self.limit = limit
        self.redis = redis
        self._db_locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()

    async def usage(self, user_key: str, user_id: int) -> Quota:
        """How much of today's quota the user has used."""
        limit = self.limit
        start, end = _day(datetime.now(UTC))
        if self.redis is not None:
            try:
                raw = await self.redis.get(_redis_key(user_key, start))
            except Exception as exc:  # any redis failure: the quota store is down
                raise StoreUnavailable("the quota store (Redis) cannot be reached") from exc
            return Quota(limit, int(raw or 0), end)
        used = await Challenge.filter(user_id=user_id, created_at__gte=start).count()
        return Quota(limit, used, end)


    async def take(self, user_key: str, user_id: int) -> Quota:
        """Use one unit of today's quota, or raise TooManyRequests (429 `quota_exceeded`).

        Without Redis the unit is the Challenge row the caller creates next, so the caller must
        create it before another request of the same user is let through: hold `db_lock`.
        """
        limit = self.limit
        start, end = _day(datetime.now(UTC))
        if self.redis is not None:
            key = _redis_key(user_key, start)
            try:
                used = int(await self.redis.incr(key))
                if used == 1:
                    await self.redis.expireat(key, int(end.timestamp()) + _KEY_TTL_MARGIN)
                if used > limit:
                    await self.redis.decr(key)
            except Exception as exc:  # any redis failure: the quota store is down
                raise StoreUnavailable("the quota store (Redis) cannot be reached") from exc
            if used > limit:
                raise _exceeded(Quota(limit, limit, end))
            return Quota(limit, used, end)
        used = await Challenge.filter(user_id=user_id, created_at__gte=start).count()
        if used >= limit:
            raise _exceeded(Quota(limit, used, end))
        return Quota(limit, used + 1, end)


    async def refund(self, user_key: str) -> None:
        """Give back a unit taken by `take` when no challenge came of it (Redis only)."""
        if self.redis is None:
            return  # the database count only sees challenges that exist
        start, _ = _day(datetime.now(UTC))
        try:
            await self.redis.decr(_redis_key(user_key, start))
        except Exception as exc:  # any redis failure: the quota store is down
            raise StoreUnavailable("the quota store (Redis) cannot be reached") from exc


    def db_lock(self, user_id: int) -> asyncio.Lock:
        """A per-user lock that makes take-then-create atomic within this process (database count)."""
        lock = self._db_locks.get(user_id)
        if lock is None:
            lock = self._db_locks[user_id] = asyncio.Lock()
        return lock


def _exceeded(quota: Quota) -> TooManyRequests:
    return TooManyRequests(
        f"the daily quota of {quota.limit} challenges is used up; it resets at "
        f"{quota.resets_at.isoformat()}", "quota_exceeded", **quota.as_json())
