"""Helpers for the structured-assessment tests: short packs, loading them, reading frames."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import WSMsgType

from tests.conftest import Api

LETTERS = "ABCD"

# Skill s1 asks 4 of its 5 questions, at difficulties 1-4 (and a second 1); s2 needs s1.
SHORT_QUESTIONS: list[tuple[str, str, int, int]] = [
    ("q1", "s1", 1, 0),
    ("q2", "s1", 2, 1),
    ("q3", "s1", 3, 2),
    ("q4", "s1", 4, 3),
    ("q5", "s1", 1, 1),
    ("q6", "s2", 2, 2),
]
"""(id, skill, difficulty, index of the correct option)."""

ANSWERS = {qid: LETTERS[answer] for qid, _, _, answer in SHORT_QUESTIONS}
DIFFICULTY = {qid: level for qid, _, level, _ in SHORT_QUESTIONS}


def short_pack(slug: str = "short", *, seconds: int = 30, minutes: int = 5,
               window: str = "", task: bool = False) -> str:
    """A small MCQ pack as TOML: 5 questions per run, `seconds` on each."""
    parts = [f'slug = "{slug}"', f'title = "Short test {slug}"', f"time_limit_minutes = {minutes}"]
    if window:
        parts.append(window)
    if task:
        parts += ["[task]", 'description = "Write main.py"', '[task.files]', '"main.py" = "x = 1\\n"']
    parts += ["[[mcq.skills]]", 'id = "s1"', 'name = "Basics"', "questions = 4", "difficulty = 1",
              "[[mcq.skills]]", 'id = "s2"', 'name = "Follow-up"', "questions = 1", "difficulty = 2",
              'requires = ["s1"]']
    for qid, skill, level, answer in SHORT_QUESTIONS:
        options = ", ".join(f'"{qid} option {letter} text"' for letter in LETTERS)
        parts += ["[[mcq.questions]]", f'id = "{qid}"', f'skill = "{skill}"', f"difficulty = {level}",
                  f'question = "Which option is right for {qid}?"', f"options = [{options}]",
                  f'answer = "{LETTERS[answer]}"', f'explanation = "Because {qid} says so."',
                  f"time_limit_seconds = {seconds}"]
    return "\n".join(parts) + "\n"


async def load_pack(api: Api, text: str) -> dict[str, Any]:
    """POST a TOML pack as admin; its summary."""
    resp = await api.client.post("/assessments", data=text, headers={
        **api.auth(), "Content-Type": "application/toml"})
    assert resp.status in (200, 201), await resp.text()
    return await resp.json()


async def recv(ws: Any, type_: str | None = None, timeout: float = 5) -> dict[str, Any]:
    """The next message (of `type_`, skipping others)."""
    while True:
        msg = await ws.receive(timeout=timeout)
        assert msg.type == WSMsgType.TEXT, f"expected text, got {msg.type} {msg.data} {msg.extra}"
        data = json.loads(msg.data)
        if type_ is None or data.get("type") == type_:
            return data


async def closed_with(ws: Any, timeout: float = 5) -> tuple[int, str]:
    """Read until the server closes; the close code and reason."""
    while True:
        msg = await ws.receive(timeout=timeout)
        if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING):
            return ws.close_code, str(msg.extra or "")


async def open_assessment(api: Api, test_id: str, *, token: str | None = None,
                          name: str = "taker") -> Any:
    """Connect to /ws/assessment as a proctor-role user `name` (or with `token`); past auth_success."""
    token = token or api.token("proctor", name=name)
    return await api.client.ws_connect(f"/ws/assessment?test_id={test_id}&token={token}")


def send(type_: str, **data: Any) -> dict[str, Any]:
    """A client frame."""
    return {"type": type_, "data": data}


async def start(ws: Any, test_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Send start_assessment; the assessment_started and the first question."""
    await ws.send_json(send("start_assessment", test_id=test_id))
    started = await recv(ws, "assessment_started")
    question = await recv(ws, "question")
    return started["data"], question["data"]


async def answer(ws: Any, question_id: str, option: str) -> dict[str, Any]:
    """Submit an answer; the answer_feedback data."""
    await ws.send_json(send("submit_answer", question_id=question_id, selected_option=option))
    return (await recv(ws, "answer_feedback"))["data"]


def wrong(letter: str) -> str:
    """Some other option letter."""
    return "A" if letter != "A" else "B"
