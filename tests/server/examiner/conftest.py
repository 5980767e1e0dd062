"""Fixtures for the examiner tests: a scripted OpenAI-compatible server on loopback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from examiner_corpus import CORPUS, Change

from tests.support.chat_server import serve_chat_completions


@dataclass
class Step:
    """One scripted reply: JSON content, raw text content, or a delay before answering."""

    content: str
    delay: float = 0.0


@dataclass
class FakeOpenAI:
    """A tiny /v1/chat/completions server answering from a script, recording each request."""

    url: str = ""
    script: list[Step] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def answer_json(self, payload: dict[str, Any], delay: float = 0.0) -> None:
        """Queue a reply whose content is the JSON of payload."""
        self.script.append(Step(json.dumps(payload), delay))

    def answer_text(self, text: str, delay: float = 0.0) -> None:
        """Queue a reply whose content is plain text (as from a server ignoring response_format)."""
        self.script.append(Step(text, delay))

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        step = self.script.pop(0) if self.script else Step("the script ran out")
        if step.delay:
            await asyncio.sleep(step.delay)
        return web.json_response({
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": step.content}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    """Start the fake model server on 127.0.0.1 for one test."""
    fake = FakeOpenAI()
    runner, fake.url = await serve_chat_completions(fake.handle)
    try:
        yield fake
    finally:
        await runner.cleanup()


@pytest.fixture
def corpus() -> list[Change]:
    """Changes in Python, JavaScript, TypeScript, Go, Java, C, C++ and Rust."""
    return list(CORPUS)
