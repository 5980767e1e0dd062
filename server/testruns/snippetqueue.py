"""Snippets run by `viva worker` processes for servers that run no code themselves
(`VIVA_TEST_EXECUTOR=queue`): what `POST /grade`'s `code` prints, asked over Redis.

- A server asks only while a worker says it takes snippets: each live worker with a sandbox
  renews a key every few seconds, and the key lapses soon after the last one stops. With none,
  the answer is graded at once without a run, as where no sandbox is.
- A request is one list entry: the code, its language, the key to answer on and a deadline. A
  worker pops it, drops it past its deadline (the server stopped waiting), runs it as a server
  would (`SnippetRunner`, in the worker's one-off slot) and pushes what it printed, or null, to
  the answer key, which expires. The server waits on that key until the deadline.
- Bounded: at most `MAX_WAITING` requests wait at once; past that a server grades without a
  run. Best effort, not at-least-once: a request lost with its worker costs that answer its
  run, never the answer.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Final

from redis.asyncio import Redis

from server.testruns.snippets import LIMITS

__all__ = ["MAX_WAITING", "WAIT", "SnippetQueue", "SnippetRequest"]

MAX_WAITING: Final = 100
"""Snippet requests waiting at once, across the deployment."""

WAIT: Final = LIMITS.wall_seconds + 15.0
"""How long a server waits for a worker's answer: one snippet's whole run (its build and both
runs fit in the limit's wall time), and a moment for the worker to take it."""

ALIVE_SECONDS: Final = 10
"""How long a worker's "I take snippets" lasts unless renewed (it renews every few seconds)."""

_ANSWER_KEPT: Final = 60
"""Seconds an answer waits for its server before Redis drops it."""

_ASK: Final = """
if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('LPUSH', KEYS[1], ARGV[2])
return 1
"""


@dataclass(frozen=True, slots=True)
class SnippetRequest:
    """One request a worker took: what to run and where the answer goes."""

    code: str
    language: str
    answer_key: str
    deadline: float

    @classmethod
    def parse(cls, raw: str, answers: str) -> SnippetRequest | None:
        """A request from its list entry, or None for an entry that is not one (or would have
        the answer written anywhere but under `answers`)."""
        try:
            data = json.loads(raw)
            request = cls(str(data["code"]), str(data["language"]), str(data["answer"]),
                          float(data["deadline"]))
        except (ValueError, TypeError, KeyError):
            return None
        return request if request.answer_key.startswith(answers) else None


class SnippetQueue:
    """The requests' list, the workers' liveness key and the answers, named after a deployment's
    test-run stream."""

    def __init__(self, redis: Redis, stream: str, *, max_waiting: int = MAX_WAITING) -> None:
        self.redis = redis
        self.requests = f"{stream}:snippets"
        self.workers = f"{stream}:snippets:workers"
        self.answers = f"{stream}:snippets:answer:"
        self.max_waiting = max_waiting
        self._ask = redis.register_script(_ASK)

    # the server's side

    async def ask(self, code: str, language: str, *, wait: float = WAIT) -> str | None:
        """What a worker saw `code` print, or None: no worker takes snippets, too many wait,
        no answer within `wait` seconds, or the snippet gave no steady output."""
        if not await self.redis.exists(self.workers):
            return None
        answer_key = f"{self.answers}{secrets.token_hex(12)}"
        request = json.dumps({"code": code, "language": language, "answer": answer_key,
                              "deadline": time.time() + wait})
        if not await self._ask(keys=[self.requests], args=[self.max_waiting, request]):
            return None
        got = await self.redis.blpop([answer_key], timeout=wait)
        if got is None:
            return None
        try:
            output = json.loads(got[1]).get("output")
        except (ValueError, AttributeError):
            return None
        return output if isinstance(output, str) else None

    # a worker's side

    async def alive(self, instance: str) -> None:
        """Say this worker takes snippets, for the next `ALIVE_SECONDS`."""
        await self.redis.set(self.workers, instance, ex=ALIVE_SECONDS)

    async def take(self, *, block_seconds: int) -> SnippetRequest | None:
        """The next request still awaited, or None when none comes within `block_seconds`."""
        got = await self.redis.brpop([self.requests], timeout=block_seconds)
        if got is None:
            return None
        raw = got[1]
        request = SnippetRequest.parse(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw,
                                       self.answers)
        if request is None or request.deadline <= time.time():
            return None  # not a request, or its server stopped waiting
        return request

    async def answer(self, request: SnippetRequest, output: str | None) -> None:
        """Hand what the snippet printed (None: nothing steady) to the server waiting for it."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.rpush(request.answer_key, json.dumps({"output": output}))
            pipe.expire(request.answer_key, _ANSWER_KEPT)
            await pipe.execute()
