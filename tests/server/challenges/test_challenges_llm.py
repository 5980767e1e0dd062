"""Model-written challenges: used only when valid, retried once, else picked from the packs."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import Api, make_settings
from tests.support.chat_server import serve_chat_completions

GOOD = {"question": "Which HTTP method is idempotent by definition?",
        "options": ["POST", "PUT", "PATCH", "CONNECT"], "answer": "B",
        "explanation": "PUT replaces the resource, so repeating it leaves the same state."}


class FakeModel:
    """A /v1/chat/completions endpoint answering from a list of contents, in order."""

    def __init__(self) -> None:
        self.replies: list[str] = []
        self.calls = 0
        self.url = ""

    async def complete(self, request: web.Request) -> web.Response:
        await request.json()
        self.calls += 1
        content = self.replies.pop(0) if self.replies else "no more replies"
        return web.json_response({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                                  "choices": [{"index": 0, "finish_reason": "stop",
                                               "message": {"role": "assistant", "content": content}}]})


@pytest.fixture
async def model() -> AsyncIterator[FakeModel]:
    fake = FakeModel()
    runner, fake.url = await serve_chat_completions(fake.complete)
    yield fake
    await runner.cleanup()


@pytest.fixture
async def llm_api(aiohttp_client: Any, sqlite_url: str, tmp_path: Path, model: FakeModel) -> Api:
    from server.app import create_app

    settings = make_settings(sqlite_url, tmp_path, VIVA_EXAMINER="auto", OPENAI_BASE_URL=model.url)
    client = await aiohttp_client(create_app(settings, connection="sqlite", announce=False))
    return Api(client, settings)


async def generate(api: Api, **body: Any) -> dict[str, Any]:
    resp = await api.client.post("/generate-challenge", json=body,
                                 headers=api.auth("proctor", name="modeller"))
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_a_valid_model_question_is_served_and_evaluated_with_its_answer(
        llm_api: Api, model: FakeModel) -> None:
    model.replies.append("```json\n" + json.dumps(GOOD) + "\n```")
    challenge = await generate(llm_api, domain="backend", kind="mcq", difficulty=2)
    assert challenge["source"] == "model" and challenge["options"] == GOOD["options"]
    assert "answer" not in challenge and "explanation" not in challenge
    resp = await llm_api.client.post("/evaluate-answer", json={"challenge_id": challenge["challenge_id"],
                                     "answer": "PUT"}, headers=llm_api.auth("proctor", name="modeller"))
    result = await resp.json()
    assert result["is_correct"] is True and result["correct_option"] == "B"
    assert result["explanation"] == GOOD["explanation"]


async def test_an_invalid_model_question_is_retried_once_then_the_packs_answer(
        llm_api: Api, model: FakeModel) -> None:
    two_right = {**GOOD, "answer": ["A", "B"]}
    placeholder = {**GOOD, "options": ["POST", "PUT", "PATCH", "All of the above"]}
    model.replies += [json.dumps(two_right), json.dumps(placeholder)]
    challenge = await generate(llm_api, domain="backend", kind="mcq")
    assert model.calls == 2 and challenge["source"] == "pack" and challenge["pack"] == "backend-mcq"


async def test_a_retry_that_is_valid_is_used(llm_api: Api, model: FakeModel) -> None:
    model.replies += ["not json at all", json.dumps(GOOD)]
    challenge = await generate(llm_api, domain="ml", kind="mcq")
    assert model.calls == 2 and challenge["source"] == "model" and challenge["domain"] == "ml"


async def test_scenarios_always_come_from_the_packs(llm_api: Api, model: FakeModel) -> None:
    challenge = await generate(llm_api, domain="ml", kind="scenario")
    assert model.calls == 0 and challenge["source"] == "pack"
