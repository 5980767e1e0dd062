"""The event bus: every live event goes through it, so several processes can share the feed.

`LocalBus` delivers in-process; `RedisBus` publishes on a Redis channel that every server
process subscribes to (SPEC §9). Handlers run in the subscribing process and deliver to
that process's own sockets.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
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
    """Redis pub/sub delivery: a proctor on one process sees a candidate on another."""

    def __init__(self, redis: aioredis.Redis, channel: str = "viva:events") -> None:
        super().__init__()
        self._redis = redis
        self._channel = channel
        self._origin = uuid.uuid4().hex
        self._task: asyncio.Task[None] | None = None
        self._connected = False
        self._local_until = 0.0

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
        if time.monotonic() < self._local_until:  # it failed a moment ago: do not wait on it again
            await LocalBus.publish_many(self, events)
            return
        pipe = self._redis.pipeline(transaction=False)
        for event in events:
            pipe.publish(self._channel, json.dumps(event, default=str))
        try:
            await asyncio.wait_for(pipe.execute(), PUBLISH_TIMEOUT)
        # whatever Redis does (down, hung, a client bug), ingest must not fail with it
        except Exception as exc:  # noqa: BLE001 -- the feed degrades to this process instead
            logger.warning("redis publish failed (%r); delivering locally only for %.0f s",
                           exc, LOCAL_AFTER_FAILURE)
            self._connected = False
            self._local_until = time.monotonic() + LOCAL_AFTER_FAILURE
            await LocalBus.publish_many(self, events)

    async def _listen(self) -> None:
        delay = 0.5
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self._channel)
                self._connected = True
                delay = 0.5
                async for message in pubsub.listen():
                    if message.get("type") != "message":
                        continue
                    try:
                        event = json.loads(message["data"])
                    except (ValueError, TypeError):
                        logger.warning("ignoring a malformed bus message")
                        continue
                    await LocalBus.publish(self, event)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 -- the listener must outlive any failure
                self._connected = False
                logger.warning("redis bus lost (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
            finally:
                try:
                    # redis-py 8.1 leaves PubSub.aclose unannotated, 8.2 annotates it: the
                    # ignore holds for either, and is not reported where it is not needed.
                    await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]
                except Exception:  # the connection is already gone; nothing left to release
                    logger.debug("pubsub close failed", exc_info=True)
