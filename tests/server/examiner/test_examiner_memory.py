"""Chat memory: in memory and on the real Redis, bounded with a one-line summary."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from server.examiner import MemoryUnavailable
from server.examiner.memory import ChatMemory, InMemoryChatMemory, RedisChatMemory

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(params=["memory", "redis"])
async def memory(request: pytest.FixtureRequest) -> AsyncIterator[ChatMemory]:
    """Each test runs in memory and on the local Redis (unique prefix, removed afterwards)."""
    if request.param == "memory":
        yield InMemoryChatMemory(max_turns=4)
        return
    client = aioredis.from_url(REDIS_URL)
    prefix = f"viva:test:chat:{uuid.uuid4().hex}:"
    try:
        await client.ping()
    except Exception:  # noqa: BLE001 - a missing service skips, it is not a failure here
        await client.aclose()
        pytest.skip("no Redis on 127.0.0.1:6379")
    try:
        yield RedisChatMemory(client, max_turns=4, prefix=prefix)
    finally:
        keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


async def test_turns_come_back_in_order_per_session(memory: ChatMemory) -> None:
    """Turns are kept per session, oldest first."""
    await memory.append(1, "assistant", "What does f do?")
    await memory.append(1, "user", "It adds.")
    await memory.append(2, "user", "other session")
    assert await memory.history(1) == [
        {"role": "assistant", "content": "What does f do?"},
        {"role": "user", "content": "It adds."},
    ]
    assert await memory.history(2) == [{"role": "user", "content": "other session"}]
    assert await memory.history(3) == []


async def test_older_turns_are_cut_and_summarised_in_one_line(memory: ChatMemory) -> None:
    """Beyond max_turns the oldest go; one system line says how many and what they covered."""
    for i in range(7):
        await memory.append(5, "assistant" if i % 2 == 0 else "user", f"turn {i}")
    history = await memory.history(5)
    assert [t["content"] for t in history[1:]] == ["turn 3", "turn 4", "turn 5", "turn 6"]
    assert history[0]["role"] == "system"
    assert "3 older turns omitted" in history[0]["content"]
    assert "turn 0" in history[0]["content"] and "turn 2" in history[0]["content"]


async def test_clear_forgets_the_session(memory: ChatMemory) -> None:
    """After clear the history is empty, and other sessions keep theirs."""
    for i in range(6):
        await memory.append(7, "user", f"x{i}")
    await memory.append(8, "user", "kept")
    await memory.clear(7)
    assert await memory.history(7) == []
    assert await memory.history(8) == [{"role": "user", "content": "kept"}]


async def test_a_dead_redis_raises_memory_unavailable() -> None:
    """Connection errors come out as our MemoryUnavailable, not redis' own exceptions."""
    client = aioredis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    memory = RedisChatMemory(client)
    with pytest.raises(MemoryUnavailable):
        await memory.append(1, "user", "hello")
    with pytest.raises(MemoryUnavailable):
        await memory.history(1)
    await client.aclose()
