"""Rate limits: per user on REST (429 with Retry-After, shared through Redis), per socket (4008)."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType

from server.app import create_app
from server.http.ratelimit import MemoryRateLimits, RedisRateLimits
from tests.conftest import Api, make_settings, need_redis
from tests.scale.harness import redis_db_url
from tests.server.ws.test_ws_session import update
from tests.support.servers import free_port


async def limited_api(aiohttp_client: Any, tmp_path: Path, db: str, **env: Any) -> Api:
    settings = make_settings(f"sqlite://{tmp_path}/{db}.db", tmp_path, **env)
    return Api(await aiohttp_client(create_app(settings, connection="sqlite", announce=False)), settings)


async def test_rest_answers_429_with_retry_after_past_the_per_minute_budget(
        aiohttp_client: Any, tmp_path: Path) -> None:
    """Five requests pass, the sixth gets 429 rate_limited with Retry-After; others are unaffected."""
    api = await limited_api(aiohttp_client, tmp_path, "a", VIVA_RATE_PER_MINUTE=5)
    ana = api.auth("proctor", name="ana")
    for _ in range(5):
        assert (await api.client.get("/sessions/", headers=ana)).status == 200
    resp = await api.client.get("/sessions/", headers=ana)
    assert resp.status == 429
    body = await resp.json()
    assert body["code"] == "rate_limited" and body["error"]
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    assert (await api.client.get("/sessions/", headers=api.auth("proctor", name="bo"))).status == 200
    assert (await api.client.get("/health")).status == 200, "health checks are never limited"


async def test_the_default_budget_is_generous_enough_for_normal_use(sqlite_api: Api) -> None:
    """Two hundred requests in a burst by one user all pass under the default of 600 a minute."""
    assert sqlite_api.settings.rate_per_minute == 600
    headers = sqlite_api.auth()
    statuses = [(await sqlite_api.client.get("/", headers=headers)).status for _ in range(200)]
    assert set(statuses) == {200}


async def test_two_processes_share_one_budget_through_redis(aiohttp_client: Any, tmp_path: Path) -> None:
    """With REDIS_URL, requests on server A and server B count against the same budget."""
    need_redis()
    env = {"VIVA_RATE_PER_MINUTE": 6, "REDIS_URL": redis_db_url(),
           "VIVA_REDIS_CHANNEL": f"viva:test:{uuid.uuid4().hex}"}
    a = await limited_api(aiohttp_client, tmp_path, "a", **env)
    b = await limited_api(aiohttp_client, tmp_path, "b", **env)
    me = a.auth("proctor", name=f"p-{uuid.uuid4().hex[:8]}")
    for client in (a.client, b.client, a.client, b.client, a.client, b.client):
        assert (await client.get("/", headers=me)).status == 200
    assert (await a.client.get("/", headers=me)).status == 429
    assert (await b.client.get("/", headers=me)).status == 429


async def test_redis_counter_falls_back_to_memory_when_redis_is_unreachable() -> None:
    """A dead Redis never fails a request: counting goes on in the process."""
    import redis.asyncio as aioredis

    dead = aioredis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    limits = RedisRateLimits(dead, 2)
    verdicts = [await limits.hit("user:x") for _ in range(3)]
    assert [v.allowed for v in verdicts] == [True, True, False]
    await dead.aclose()


async def test_memory_counter_starts_again_each_minute() -> None:
    """The window is a calendar minute: the count resets when it turns."""
    now = [120.0]
    limits = MemoryRateLimits(1, clock=lambda: now[0])
    assert (await limits.hit("k")).allowed
    second = await limits.hit("k")
    assert not second.allowed and second.retry_after == 60
    now[0] = 180.5
    assert (await limits.hit("k")).allowed


async def test_a_flood_of_non_update_messages_closes_the_socket_with_4008(aiohttp_client: Any, tmp_path: Path) -> None:
    """Heartbeats far beyond the per-socket rate, with nothing waiting for storage: close 4008."""
    api = await limited_api(aiohttp_client, tmp_path, "a", VIVA_WS_RATE=5)
    s = await api.create_session()
    ws = await api.ws(s)
    await ws.receive_json()
    for _ in range(200):
        if ws.closed:
            break
        await ws.send_str('{"type": "heartbeat"}')
    while True:
        msg = await ws.receive(timeout=5)
        if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING):
            break
    assert ws.close_code == 4008


async def test_a_fast_stream_of_updates_is_slowed_not_disconnected(aiohttp_client: Any, tmp_path: Path) -> None:
    """Updates beyond the socket rate wait for storage (back-pressure): every one is acked."""
    api = await limited_api(aiohttp_client, tmp_path, "a", VIVA_WS_RATE=5)
    s = await api.create_session()
    ws = await api.ws(s)
    await ws.receive_json()
    for seq in range(1, 151):
        await ws.send_json(update("f.py", seq, f"x = {seq}\n"))
    acked: set[int] = set()
    async with asyncio.timeout(30):
        while len(acked) < 150:
            msg = await ws.receive()
            assert msg.type == WSMsgType.TEXT, (msg.type, ws.close_code)
            frame = json.loads(msg.data)
            if frame["type"] == "ack":
                acked.add(frame["data"]["seq"])
    assert not ws.closed
    await ws.close()


@pytest.mark.parametrize("path", ["/sessions/", "/openapi.json"])
async def test_requests_without_a_token_are_counted_per_address(aiohttp_client: Any, tmp_path: Path, path: str) -> None:
    """No token (or a bad one): the client address carries the budget."""
    api = await limited_api(aiohttp_client, tmp_path, "a", VIVA_RATE_PER_MINUTE=3)
    statuses = [(await api.client.get(path, headers={"Authorization": "Bearer forged"})).status
                for _ in range(4)]
    assert statuses[-1] == 429 and 429 not in statuses[:3]
