"""Chat memory per session, bounded: older turns are cut and summarised into one line."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Protocol

from .errors import MemoryUnavailable

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["ChatMemory", "InMemoryChatMemory", "RedisChatMemory", "summary_turn"]

_TOPICS_KEPT: Final = 3
_TOPIC_CHARS: Final = 80


class ChatMemory(Protocol):
    """The conversation of each session, oldest first."""

    async def append(self, session_id: int, role: str, content: str) -> None:
        """Add one turn to the session's conversation."""
        ...

    async def history(self, session_id: int) -> list[dict[str, str]]:
        """Return the session's turns ({"role", "content"}), oldest first."""
        ...

    async def clear(self, session_id: int) -> None:
        """Forget the session's conversation."""
        ...


def summary_turn(cut: int, topics: list[str]) -> dict[str, str]:
    """The one line that stands for turns cut from the memory."""
    covered = f"; it covered: {' | '.join(topics)}" if topics else ""
    return {"role": "system",
            "content": f"Earlier conversation: {cut} older turns omitted{covered}"}


def _topic(role: str, content: str) -> str | None:
    if role != "assistant":
        return None
    text = " ".join(content.split())
    return text[:_TOPIC_CHARS] + ("..." if len(text) > _TOPIC_CHARS else "")


@dataclass
class _Log:
    turns: deque[dict[str, str]]
    cut: int = 0
    topics: list[str] = field(default_factory=list)


class InMemoryChatMemory:
    """Chat memory in this process (no REDIS_URL): bounded to max_turns per session."""

    def __init__(self, max_turns: int = 40) -> None:
        if max_turns < 1:
            raise ValueError("max_turns must be at least 1")
        self.max_turns = max_turns
        self._logs: dict[int, _Log] = {}

    async def append(self, session_id: int, role: str, content: str) -> None:
        """Add a turn, cutting the oldest beyond max_turns into the summary."""
        log = self._logs.setdefault(session_id, _Log(deque()))
        log.turns.append({"role": role, "content": content})
        while len(log.turns) > self.max_turns:
            old = log.turns.popleft()
            log.cut += 1
            if (topic := _topic(old["role"], old["content"])) is not None:
                log.topics = [*log.topics, topic][-_TOPICS_KEPT:]

    async def history(self, session_id: int) -> list[dict[str, str]]:
        """Return the summary line (if turns were cut) and the kept turns."""
        log = self._logs.get(session_id)
        if log is None:
            return []
        head = [summary_turn(log.cut, log.topics)] if log.cut else []
        return head + [dict(turn) for turn in log.turns]

    async def clear(self, session_id: int) -> None:
        """Forget the session."""
        self._logs.pop(session_id, None)


class RedisChatMemory:
    """Chat memory in Redis, shared by every server process; bounded to max_turns per session."""

    def __init__(self, redis: Redis, max_turns: int = 40, prefix: str = "viva:chat:",
                 ttl_seconds: int | None = 7 * 24 * 3600) -> None:
        if max_turns < 1:
            raise ValueError("max_turns must be at least 1")
        self.redis = redis
        self.max_turns = max_turns
        self.prefix = prefix
        self.ttl_seconds = ttl_seconds

    def _keys(self, session_id: int) -> tuple[str, str, str]:
        base = f"{self.prefix}{session_id}"
        return base, f"{base}:cut", f"{base}:topics"

    async def append(self, session_id: int, role: str, content: str) -> None:
        """Add a turn atomically; turns beyond max_turns move into the summary."""
        turns, cut_key, topics_key = self._keys(session_id)
        entry = json.dumps({"role": role, "content": content})
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.rpush(turns, entry)
                pipe.lrange(turns, 0, -(self.max_turns + 1))
                pipe.ltrim(turns, -self.max_turns, -1)
                if self.ttl_seconds:
                    pipe.expire(turns, self.ttl_seconds)
                results: list[Any] = await pipe.execute()
            cut = results[1]
            if cut:
                await self._summarise(cut_key, topics_key, cut)
        except Exception as exc:
            raise _unavailable(exc) from exc

    async def _summarise(self, cut_key: str, topics_key: str, cut: list[Any]) -> None:
        topics: list[str] = []
        for raw in cut:
            turn = _decode(raw)
            if turn and (topic := _topic(turn["role"], turn["content"])) is not None:
                topics.append(topic)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incrby(cut_key, len(cut))
            if topics:
                pipe.rpush(topics_key, *topics)
                pipe.ltrim(topics_key, -_TOPICS_KEPT, -1)
            if self.ttl_seconds:
                pipe.expire(cut_key, self.ttl_seconds)
                pipe.expire(topics_key, self.ttl_seconds)
            await pipe.execute()

    async def history(self, session_id: int) -> list[dict[str, str]]:
        """Return the summary line (if turns were cut) and the kept turns."""
        turns, cut_key, topics_key = self._keys(session_id)
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.get(cut_key)
                pipe.lrange(topics_key, 0, -1)
                pipe.lrange(turns, 0, -1)
                cut, topics, raw_turns = await pipe.execute()
        except Exception as exc:
            raise _unavailable(exc) from exc
        kept = [t for t in (_decode(raw) for raw in raw_turns) if t is not None]
        count = int(cut or 0)
        head = [summary_turn(count, [_text(t) for t in topics])] if count else []
        return head + kept

    async def clear(self, session_id: int) -> None:
        """Forget the session."""
        try:
            await self.redis.delete(*self._keys(session_id))
        except Exception as exc:
            raise _unavailable(exc) from exc


def _text(raw: Any) -> str:
    return raw.decode() if isinstance(raw, bytes) else str(raw)


def _decode(raw: Any) -> dict[str, str] | None:
    try:
        value = json.loads(_text(raw))
    except ValueError:
        return None
    if not isinstance(value, dict) or "role" not in value or "content" not in value:
        return None
    return {"role": str(value["role"]), "content": str(value["content"])}


def _unavailable(exc: Exception) -> MemoryUnavailable:
    if isinstance(exc, MemoryUnavailable):
        return exc
    return MemoryUnavailable(f"chat memory (Redis) failed: {type(exc).__name__}: {exc}")
