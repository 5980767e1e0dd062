"""Two `viva server` processes sharing PostgreSQL and Redis, with no sticky sessions (SPEC §9)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.scale.harness import ServerProcess, stored_seqs, token, update_frame
from viva.diffs import sha256_text

pytestmark = pytest.mark.slow


@pytest.fixture
async def pair(tmp_path: Path, pg_url: str,
               redis_env: dict[str, str]) -> AsyncIterator[tuple[ServerProcess, ServerProcess]]:
    """Servers A and B, started at the same moment on one fresh database (as compose does)."""
    env = {**redis_env, "MIN_TIME_BETWEEN_INTERACTIONS": "0", "MIN_CODE_CHANGE_LINES": "3"}
    a = ServerProcess(tmp_path / "a", pg_url, redis_env["REDIS_URL"], env_extra=env)
    b = ServerProcess(tmp_path / "b", pg_url, redis_env["REDIS_URL"], env_extra=env)
    try:
        a.launch()
        b.launch()
        await asyncio.gather(asyncio.to_thread(a.wait_ready), asyncio.to_thread(b.wait_ready))
        yield a, b
    finally:
        a.stop()
        b.stop()


async def next_of(ws: aiohttp.ClientWebSocketResponse, type_: str, timeout: float = 10,
                  where: Any = None) -> dict[str, Any]:
    """The next frame of `type_` (for which `where(data)` holds), skipping others."""
    async with asyncio.timeout(timeout):
        while True:
            msg = await ws.receive()
            assert msg.type == aiohttp.WSMsgType.TEXT, f"socket ended: {msg.type} {msg.data} {msg.extra}"
            frame = json.loads(msg.data)
            if frame.get("type") == type_ and (where is None or where(frame["data"])):
                return dict(frame["data"])


async def candidate(http: aiohttp.ClientSession, server: ServerProcess,
                    s: dict[str, Any]) -> aiohttp.ClientWebSocketResponse:
    ws = await http.ws_connect(f"{server.ws_url}/ws/session/{s['session_id']}?token={s['candidate_token']}")
    await next_of(ws, "auth_success")
    return ws


async def proctor(http: aiohttp.ClientSession, server: ServerProcess) -> aiohttp.ClientWebSocketResponse:
    ws = await http.ws_connect(f"{server.ws_url}/ws/proctor?token={token('proctor')}")
    await next_of(ws, "sessions_snapshot")
    return ws


async def test_proctor_on_a_sees_a_candidate_on_b_live(pair: tuple[ServerProcess, ServerProcess]) -> None:
    """A code_update stored by B reaches A's proctor as a session_event within seconds."""
    a, b = pair
    s = await asyncio.to_thread(b.create_session, "bea")
    async with aiohttp.ClientSession() as http:
        watcher = await proctor(http, a)
        created_elsewhere = await asyncio.to_thread(b.create_session, "carl")
        event = await next_of(watcher, "session_event",
                              where=lambda d: d["session_id"] == created_elsewhere["session_id"])
        assert event["event"]["type"] == "session_created"
        await watcher.send_json({"type": "watch", "data": {"session_id": s["session_id"]}})
        await next_of(watcher, "session_event", where=lambda d: d["event"]["type"] == "watching")
        cand = await candidate(http, b, s)
        await cand.send_str(update_frame("app.py", 1, "w1", "print('hello')\n"))
        assert (await next_of(cand, "ack"))["seq"] == 1
        seen = await next_of(watcher, "session_event",
                             where=lambda d: d["event"]["type"] == "code_update")
        assert seen["session_id"] == s["session_id"]
        assert seen["event"]["data"]["path"] == "app.py" and seen["event"]["data"]["seq"] == 1
        assert "+print('hello')" in seen["event"]["detail"]["diff"] or seen["event"]["data"]["version"] == 1
        await cand.close()
        await watcher.close()


async def test_proctor_message_on_a_reaches_candidate_sockets_on_a_and_b(
        pair: tuple[ServerProcess, ServerProcess]) -> None:
    """One send_message on A: the candidate's TUI on A and watcher on B both get the system_message."""
    a, b = pair
    s = await asyncio.to_thread(a.create_session, "dora")
    async with aiohttp.ClientSession() as http:
        on_a, on_b = await candidate(http, a, s), await candidate(http, b, s)
        desk = await proctor(http, a)
        await desk.send_json({"type": "send_message", "data": {"session_id": s["session_id"],
                                                               "message": "ten minutes left"}})
        for ws in (on_a, on_b):
            got = await next_of(ws, "system_message")
            assert got["message"] == "ten minutes left"
        for ws in (on_a, on_b, desk):
            await ws.close()


async def test_a_question_from_an_edit_on_b_shows_on_both_servers(pair: tuple[ServerProcess, ServerProcess]) -> None:
    """The watcher edits on B; the question it triggers reaches the TUI connected to A too."""
    a, b = pair
    s = await asyncio.to_thread(a.create_session, "eli")
    code = ("def total(items):\n    result = 0\n    for item in items:\n"
            "        for part in item:\n            result += part\n    return result\n")
    async with aiohttp.ClientSession() as http:
        tui, watcher = await candidate(http, a, s), await candidate(http, b, s)
        await watcher.send_str(update_frame("main.py", 1, "w1", code))
        await next_of(watcher, "ack")
        asked_b = await next_of(watcher, "question", timeout=20)
        asked_a = await next_of(tui, "question", timeout=20)
        assert asked_a["interaction_id"] == asked_b["interaction_id"]
        assert asked_a["path"] == "main.py"
        await tui.close()
        await watcher.close()


async def test_a_client_switching_servers_keeps_one_consistent_history(
        pair: tuple[ServerProcess, ServerProcess], pg_url: str) -> None:
    """Updates alternate between A and B on every reconnect: each is stored once, the file ends
    as the last update left it, and each server's auth_success reports what the other stored."""
    a, b = pair
    s = await asyncio.to_thread(a.create_session, "fay")
    texts = ["v0\n", "v1\n", "v0\n", "v2\n", "v0\n", "v3\n"]  # reverts make stale caches visible
    async with aiohttp.ClientSession() as http:
        for seq, text in enumerate(texts, start=1):
            server = (a, b)[seq % 2]
            ws = await http.ws_connect(f"{server.ws_url}/ws/session/{s['session_id']}?token={s['candidate_token']}")
            hello = await next_of(ws, "auth_success")
            assert hello["acked"].get("w1", 0) == seq - 1, (server.port, hello["acked"])
            await ws.send_str(update_frame("main.py", seq, "w1", text))
            ack = await next_of(ws, "ack")
            assert ack["seq"] == seq and ack["sha256"] == sha256_text(text)
            await ws.close()
    assert await stored_seqs(pg_url, [s["session_id"]]) == {("w1", n) for n in range(1, len(texts) + 1)}
    for server in (a, b):
        files = (await asyncio.to_thread(server.request, "GET", f"/sessions/{s['session_id']}/files")).json()
        assert files["main.py"]["content"] == texts[-1]
