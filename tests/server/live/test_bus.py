"""The Redis bus over a real Redis: batches arrive whole and in order; a dead Redis degrades."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from typing import Any

import redis.asyncio as aioredis

from server.live.bus import RedisBus
from tests.conftest import REDIS_URL, need_redis


async def _started(client: aioredis.Redis, channel: str, seen: list[Any]) -> RedisBus:
    bus = RedisBus(client, channel=channel)

    async def collect(event: dict[str, Any]) -> None:
        seen.append(event["n"])

    bus.subscribe(collect)
    await bus.start()
    for _ in range(100):
        if bus.healthy:
            return bus
        await asyncio.sleep(0.02)
    raise AssertionError("the bus did not subscribe")


async def test_a_batch_reaches_every_process_whole_and_in_order() -> None:
    need_redis()
    channel = f"viva:test:{uuid.uuid4().hex}"
    one, two = aioredis.from_url(REDIS_URL), aioredis.from_url(REDIS_URL)
    seen_here: list[int] = []
    seen_there: list[int] = []
    here = await _started(one, channel, seen_here)
    there = await _started(two, channel, seen_there)
    try:
        await here.publish_many([{"n": n, "session_id": 1} for n in range(50)])
        await here.publish({"n": 50, "session_id": 1})
        await here.publish_many([])
        deadline = time.monotonic() + 5
        while (len(seen_here) < 51 or len(seen_there) < 51) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert seen_here == seen_there == list(range(51))
    finally:
        for bus, client in ((here, one), (there, two)):
            await bus.close()
            await client.aclose()


async def test_with_redis_unreachable_a_batch_is_delivered_here_without_waiting() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{sock.getsockname()[1]}/0"
    client = aioredis.from_url(dead, socket_connect_timeout=0.5)
    bus = RedisBus(client, channel="viva:test:dead")
    seen: list[int] = []

    async def collect(event: dict[str, Any]) -> None:
        seen.append(event["n"])

    bus.subscribe(collect)
    started = time.monotonic()
    await bus.publish_many([{"n": n} for n in range(3)])
    await bus.publish_many([{"n": 3}])  # within the quiet spell: no second attempt
    assert seen == [0, 1, 2, 3] and not bus.healthy
    assert time.monotonic() - started < 3
    await client.aclose()


async def test_after_redis_returns_no_event_falls_between_publishing_and_subscribing() -> None:
    """A private Redis stopped for 4 s while events flow: every event reaches this process's
    handlers exactly once and in order, before, during and after; and once Redis is back,
    another process's subscription sees them again within a couple of seconds."""
    from tests.scale.harness import PrivateRedis

    redis = PrivateRedis().start()
    channel = "viva:test:gap"
    one = aioredis.from_url(redis.url, socket_connect_timeout=0.5, socket_timeout=2)
    two = aioredis.from_url(redis.url, socket_connect_timeout=0.5, socket_timeout=2)
    seen_here: list[int] = []
    seen_there: list[int] = []
    here = await _started(one, channel, seen_here)
    there = await _started(two, channel, seen_there)
    n = 0

    async def flow(seconds: float) -> None:
        nonlocal n
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            await here.publish({"n": n, "session_id": 1})
            n += 1
            await asyncio.sleep(0.05)

    try:
        await flow(0.5)
        redis.stop()
        await flow(4.0)
        redis.start_on_same_port()
        back = n
        await flow(6.0)
        await asyncio.sleep(0.5)
        assert seen_here == list(range(n)), \
            f"{sorted(set(range(n)) - set(seen_here))[:20]} missing here, {len(seen_here) - len(set(seen_here))} twice"
        late = [i for i in range(back, n) if i not in seen_there]
        assert not late or max(late) < back + 50, f"the other process missed {late[:5]}…{late[-5:]}"
    finally:
        for bus, client in ((here, one), (there, two)):
            await bus.close()
            await client.aclose()
        redis.stop()
