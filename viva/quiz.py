"""`viva quiz`: take an assessment's multiple-choice quiz in the terminal (no companion).

One line a question: the question, its options lettered, a prompt for the letter; the
feedback after each answer, and the results at the end. It speaks SPEC's `/ws/assessment`
channel with the user's own token (or a candidate's), as any client may.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import quote

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

__all__ = ["run_quiz", "take_quiz"]

LETTERS: Final = "ABCDEFGH"
Ask = Callable[[str], str]
"""Reads one answer, given the prompt (`input`, or a test's script)."""
Say = Callable[[str], None]


def _ws_base(server: str) -> str:
    base = server.rstrip("/")
    return "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]


def _frame(raw: str | bytes) -> dict[str, Any]:
    try:
        frame = json.loads(raw)
    except ValueError:
        return {}
    return frame if isinstance(frame, dict) else {}


async def take_quiz(server: str, token: str, slug: str, ask: Ask, say: Say) -> int:
    """Take the quiz `slug` on `server`; 0 when it completed, 1 when it could not."""
    url = f"{_ws_base(server)}/ws/assessment?test_id={quote(slug)}&token={quote(token)}"
    try:
        async with connect(url, max_size=2**22) as ws:
            return await _converse(ws, slug, ask, say)
    except InvalidStatus as exc:
        say(f"viva quiz: the server refused the connection (HTTP {exc.response.status_code})")
    except ConnectionClosed as exc:
        reason = exc.rcvd.reason if exc.rcvd else ""
        say(f"viva quiz: the server closed the connection: {reason or 'no reason given'}")
    except (OSError, WebSocketException) as exc:
        say(f"viva quiz: cannot reach {server}: {exc}")
    return 1


async def _converse(ws: ClientConnection, slug: str, ask: Ask, say: Say) -> int:
    await ws.send(json.dumps({"type": "start_assessment", "data": {"test_id": slug}}))
    current: dict[str, Any] | None = None
    async for raw in ws:
        frame = _frame(raw)
        kind, data = frame.get("type"), frame.get("data") or {}
        if kind == "assessment_started":
            say(str(data.get("message") or "Started."))
        elif kind == "question" and "question_id" in data:
            current = data
            await _answer(ws, current, ask, say)
        elif kind == "answer_feedback":
            right = "right" if data.get("is_correct") else \
                f"wrong (the answer was {data.get('correct_option')})"
            say(f"  {right}. {data.get('explanation') or ''}".rstrip())
        elif kind == "system_message":
            say(f"  {data.get('message')}")
        elif kind == "assessment_completed":
            _results(data, say)
            return 0
        elif kind == "error":
            say(f"  {data.get('error') or data.get('code')}")
            if data.get("code") in ("invalid_option", "invalid_message") and current is not None:
                await _answer(ws, current, ask, say)  # the same question again
            elif data.get("code") not in ("question_expired", "not_current", "wrong_question"):
                return 1
    say("viva quiz: the server closed the connection before the quiz ended")
    return 1


async def _answer(ws: ClientConnection, question: dict[str, Any], ask: Ask, say: Say) -> None:
    options = [str(o) for o in question.get("options") or []]
    say(f"\nQuestion {question.get('question_number')} of {question.get('total_questions')} "
        f"({question.get('skill_being_tested')}, {question.get('time_limit_seconds')} s):")
    say(str(question.get("question_text") or ""))
    for letter, option in zip(LETTERS, options, strict=False):
        say(f"  {letter}. {option}")
    letters = LETTERS[:len(options)]
    while True:
        chosen = (await asyncio.to_thread(ask, f"your answer ({letters[0]}-{letters[-1]}): ")
                  ).strip().upper()
        if chosen in letters and chosen:
            break
        say(f"  one letter, {letters[0]} to {letters[-1]}")
    await ws.send(json.dumps({"type": "submit_answer", "data": {
        "question_id": question["question_id"], "selected_option": chosen}}))


def _results(data: dict[str, Any], say: Say) -> None:
    say(f"\n{data.get('message') or 'The quiz is over.'}")
    results = data.get("results") or {}
    if results.get("score") is not None:
        say(f"Score: {results['score']}.")
    for skill in results.get("skills") or []:
        say(f"  {skill.get('name')}: {skill.get('correct')} of {skill.get('questions')} right")
    for step in data.get("next_steps") or []:
        say(f"- {step}")


def run_quiz(args: argparse.Namespace) -> int:
    """`viva quiz --assessment SLUG`: take its quiz in the terminal."""
    if not args.token:
        print("viva quiz: a token is needed: --token T or $VIVA_TOKEN", file=sys.stderr)
        return 2
    return asyncio.run(take_quiz(args.server, args.token, args.assessment, input, print))
