"""The event bus: every live event goes through it, so several processes can share the feed.

`LocalBus` delivers in-process; `RedisBus` publishes on a Redis channel that every server
process subscribes to (SPEC §9). Handlers run in the subscribing process and deliver to
that process's own sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, Protocol

if TYPE_CHECKING:
    import redis.asyncio as aioredis

__all__ = ["Bus", "BusEvent", "LocalBus", "RedisBus"]

logger = logging.getLogger(__name__)

BusEvent = dict[str, Any]
"""`{"session_id": int | None, "type": str, "data": dict, "to": "session" | "proctors" | "all"}`."""

Handler = Callable[[BusEvent], Awaitable[None]]

PUBLISH_TIMEOUT: Final = 0.5
"""Seconds a publish may take before Redis is treated as down (a hung Redis must not stall ingest)."""
LOCAL_AFTER_FAILURE: Final = 5.0
"""Seconds to deliver locally only after a failed publish, before trying Redis again."""


class Bus(Protocol):
    """Publish events; every subscribed process receives each one once."""

    async def publish(self, event: BusEvent) -> None: ...
    async def publish_many(self, events: list[BusEvent]) -> None: ...
    def subscribe(self, handler: Handler) -> None: ...
    async def start(self) -> None: ...
    async def close(self) -> None: ...
    @property
    def healthy(self) -> bool: ...


class LocalBus:
    """In-process delivery, for one server process."""

    def __init__(self) -> None:
        self._handlers: list[Handler] = []

    def subscribe(self, handler: Handler) -> None:
        """Call `handler` for every published event."""
        self._handlers.append(handler)

    async def publish(self, event: BusEvent) -> None:
        """Deliver `event` to every handler now."""
        for handler in self._handlers:
            try:
                await handler(event)
            except Exception:
                logger.exception("bus handler failed for %s", event.get("type"))

    async def publish_many(self, events: list[BusEvent]) -> None:
        """Deliver several events, in order."""
        for event in events:
            await LocalBus.publish(self, event)

    async def start(self) -> None:
        """Nothing to open."""

    async def close(self) -> None:
        """Nothing to close."""

    @property
    def healthy(self) -> bool:
        """Always: it has nothing that can fail."""
        return True


class RedisBus(LocalBus):
    """Redis pub/sub delivery: a proctor on one process sees a candidate on another.

    Nothing published falls between Redis and this process's own subscription: an event is
    delivered here directly whenever the subscription cannot be relied on to bring it back
    (not subscribed yet or any more, the publish failed, or Redis counted no receiver), and
    a copy that Redis brings back anyway is recognised by its origin and number and dropped.
    A publish that succeeds while the subscription is down wakes the subscriber at once
    instead of letting it sleep out its backoff.
    """

    def __init__(self, redis: aioredis.Redis, channel: str = "viva:events") -> None:
        super().__init__()
        self._redis = redis
        self._channel = channel
        self._origin = uuid.uuid4().hex
        self._task: asyncio.Task[None] | None = None
        self._connected = False
        self._local_until = 0.0
        self._n = 0
        """Number of the last event this process published."""
        self._delivered: OrderedDict[int, None] = OrderedDict()
        """Numbers of our events delivered here directly that Redis may still bring back."""
        self._wake = asyncio.Event()

    @property
    def healthy(self) -> bool:
        """Whether the subscription is up."""
        return self._connected

    async def start(self) -> None:
        """Subscribe in the background; reconnect when Redis comes back."""
        self._task = asyncio.create_task(self._listen(), name="redis-bus")

    async def close(self) -> None:
        """Stop listening."""
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def publish(self, event: BusEvent) -> None:
        """Publish to every process; when Redis is down, deliver locally so this process still sees it."""
        await self.publish_many([event])

    async def publish_many(self, events: list[BusEvent]) -> None:
        """Publish several events in one round trip (a pipeline), in order."""
        if not events:
            return
        numbered = []
        for event in events:
            self._n += 1
            numbered.append({**event, _ORIGIN: self._origin, _NUMBER: self._n})
        if time.monotonic() < self._local_until:  # it failed a moment ago: do not wait on it again
            await self._here(numbered)
            return
        subscribed = self._connected
        if not subscribed:  # our subscription would not bring them back: deliver them here now
            self._remember(numbered)  # (unless it comes up this very moment: then drop the copy)
            await self._here(numbered)
        pipe = self._redis.pipeline(transaction=False)
        for event in numbered:
            pipe.publish(self._channel, json.dumps(event, default=str))
        try:
            receivers = await asyncio.wait_for(pipe.execute(), PUBLISH_TIMEOUT)
        # whatever Redis does (down, hung, a client bug), ingest must not fail with it
        except Exception as exc:  # noqa: BLE001 -- the feed degrades to this process instead
            logger.warning("redis publish failed (%r); delivering locally only for %.0f s",
                           exc, LOCAL_AFTER_FAILURE)
            self._local_until = time.monotonic() + LOCAL_AFTER_FAILURE
            if subscribed:
                self._remember(numbered)  # some may have gone out before it failed
                await self._here(numbered)
            return
        if not subscribed:
            self._wake.set()  # Redis answers: the subscriber need not sleep out its backoff
            return
        # no receiver at all: our own subscription is gone (Redis restarted under it)
        await self._here([e for e, count in zip(numbered, receivers, strict=False) if not count])

    def _remember(self, events: list[BusEvent]) -> None:
        """Note events delivered here directly, so a copy Redis brings back is dropped."""
        for event in events:
            self._delivered[int(event[_NUMBER])] = None
        while len(self._delivered) > _REMEMBERED:
            self._delivered.popitem(last=False)

    async def _here(self, events: list[BusEvent]) -> None:
        """Deliver to this process's handlers directly, in order."""
        for event in events:
            await LocalBus.publish(self, _plain(event))

    def _copy_of_ours(self, event: BusEvent) -> bool:
        """Whether `event` is one of ours that was already delivered here directly."""
        if event.get(_ORIGIN) != self._origin:
            return False
        number = event.get(_NUMBER)
        if isinstance(number, int) and number in self._delivered:
            del self._delivered[number]
            return True
        return False

    async def _listen(self) -> None:
        delay = RETRY_FIRST
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self._channel)
                self._connected = True
                self._local_until = 0.0  # Redis is back: publish through it again now
                delay = RETRY_FIRST
                async for message in pubsub.listen():
                    if message.get("type") != "message":
                        continue
                    try:
                        event = json.loads(message["data"])
                    except (ValueError, TypeError):
                        logger.warning("ignoring a malformed bus message")
                        continue
                    if not isinstance(event, dict) or self._copy_of_ours(event):
                        continue
                    await LocalBus.publish(self, _plain(event))
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 -- the listener must outlive any failure
                self._connected = False
                logger.warning("redis bus lost (%s); retrying in %.1f s", exc, delay)
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), delay)
                delay = min(delay * 2, RETRY_MAX)
            finally:
                try:
                    # redis-py 8.1 leaves PubSub.aclose unannotated, 8.2 annotates it: the
                    # ignore holds for either, and is not reported where it is not needed.
                    await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]
                except Exception:  # the connection is already gone; nothing left to release
                    logger.debug("pubsub close failed", exc_info=True)


_ORIGIN: Final = "_bus_origin"
_NUMBER: Final = "_bus_n"
"""Fields the bus adds to an event on the wire (and removes before handlers see it)."""
_REMEMBERED: Final = 10_000
"""Numbers of directly delivered events remembered, at most, to drop their copies."""
RETRY_FIRST: Final = 0.25
RETRY_MAX: Final = 2.0
"""Seconds the subscriber waits before subscribing again, doubling up to the most."""


def _plain(event: BusEvent) -> BusEvent:
    """The event as published, without the bus's own fields."""
    return {k: v for k, v in event.items() if k not in (_ORIGIN, _NUMBER)}
