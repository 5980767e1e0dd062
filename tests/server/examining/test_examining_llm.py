"""The examiner service with a model: a small OpenAI-compatible server the test starts."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import Api
from tests.support.examining import (
    PAIRS,
    answer_question,
    asked_with_proctor,
    connect,
    proctor_event,
    recv,
    service,
    start_app,
    update,
)

QUESTION = {"path": "main.py", "line": 4, "identifier": "pairs", "skill": "complexity",
            "text": "Why does `pairs` in main.py (line 4) compare every element with every other?",
            "expected": ["O(n^2)", "nested loops"]}
GRADE = {"score": 7, "text": "Names the quadratic cost; misses the worst case.",
         "covered": ["cost"], "misconceptions": []}


@dataclass
class Model:
    """Answers /v1/chat/completions from a script of (JSON content, delay), in arrival order."""

    url: str = ""
    script: list[tuple[dict[str, Any], float]] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    async def complete(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.prompts.append(json.dumps(body["messages"]))
        content, delay = self.script.pop(0) if self.script else ({}, 0.0)
        await asyncio.sleep(delay)
        return web.json_response({
            "id": f"c{len(self.prompts)}", "object": "chat.completion", "created": 0,
            "model": body.get("model", "m"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": json.dumps(content)}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})


@pytest.fixture
async def model(aiohttp_server: Any) -> Model:
    """The scripted model server on loopback."""
    fake = Model()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.complete)
    server = await aiohttp_server(app)
    fake.url = str(server.make_url("/v1"))
    return fake


@pytest.fixture
async def exam(aiohttp_client: Any, sqlite_url: str, tmp_path: Path, model: Model) -> Api:
    """The app with VIVA_EXAMINER=auto and OPENAI_BASE_URL at the scripted model."""
    return await start_app(aiohttp_client, sqlite_url, tmp_path, VIVA_EXAMINER="auto",
                           OPENAI_BASE_URL=model.url)


async def test_with_a_base_url_the_model_asks_and_grades(exam: Api, model: Model) -> None:
    """The model's question and grade reach the candidate; the prompt carries the finding."""
    assert service(exam).mode == "llm"
    model.script += [(QUESTION, 0.0), (GRADE, 0.0)]
    s = await exam.create_session()
    ws = await connect(exam, s)
    await ws.send_json(update("main.py", 1, PAIRS))
    question = (await recv(ws, "question"))["data"]
    assert question["question"] == QUESTION["text"]
    assert (question["path"], question["line"], question["skill"]) == ("main.py", 4, "complexity")
    assert "pairs" in model.prompts[0]
    result = await answer_question(ws, question["interaction_id"])
    assert result["score"] == 7 and result["evaluation"].startswith("A partial answer")
    await ws.close()


async def test_a_slow_model_holds_up_neither_the_socket_nor_other_sessions(
        exam: Api, model: Model) -> None:
    """While one session waits on the model, its socket answers and another session is asked."""
    model.script += [(QUESTION, 0.8), (QUESTION, 0.0)]
    slow, quick = await exam.create_session("slow"), await exam.create_session("quick")
    slow_ws, quick_ws = await connect(exam, slow), await connect(exam, quick)
    await slow_ws.send_json(update("main.py", 1, PAIRS))
    await recv(slow_ws, "ack")
    while not model.prompts:  # the slow session's model call is under way
        await asyncio.sleep(0.01)
    await slow_ws.send_json({"type": "heartbeat"})
    await recv(slow_ws, "heartbeat_ack", timeout=0.5)
    await quick_ws.send_json(update("main.py", 1, PAIRS))
    await recv(quick_ws, "question", timeout=0.7)
    with pytest.raises(asyncio.TimeoutError):
        await recv(slow_ws, "question", timeout=0.05)
    await recv(slow_ws, "question", timeout=5)
    for ws in (slow_ws, quick_ws):
        await ws.close()


async def test_the_models_grade_reaches_proctors_against_the_rubric_and_is_stored(
        exam: Api, model: Model) -> None:
    """The rubric goes into the grading prompt; the model's covered ids become the rubric's
    claims for proctors and the row; a 10/10 for a wrong claim is flagged; the candidate's
    evaluation keeps SPEC's shape."""
    from server.storage.models import Interaction

    model.script += [(QUESTION, 0.0), ({"score": 10, "text": "Perfect.", "covered": ["cost"],
                                        "misconceptions": []}, 0.0)]
    _s, question, ws, proctor = await asked_with_proctor(exam)
    row = await Interaction.get(id=question["interaction_id"])
    assert row.rubric is not None
    cost = next(k["claim"] for k in row.rubric["key_points"] if k["id"] == "cost")
    result = await answer_question(
        ws, question["interaction_id"],
        "It is linear, O(n), since pairs only walks the list of items once.")
    assert set(result) == {"interaction_id", "evaluation", "score"}
    assert result["score"] == 10 and "not right for this code" in result["evaluation"]
    assert "<rubric>" in model.prompts[1] and "cost" in model.prompts[1]
    event = (await proctor_event(proctor, "evaluation_result"))["event"]["data"]
    assert "Flagged for review" in event["evaluation"]  # the proctor's, not the candidate's
    assert event["covered"] == [cost] and event["misconceptions"]
    await row.refresh_from_db()
    assert row.grade == {k: event[k] for k in ("covered", "missing", "misconceptions")}
    await ws.close()
    await proctor.close()
