"""`viva quiz`: take an assessment's multiple-choice quiz in the terminal (no companion).

One line a question: the question, its options lettered, a prompt for the letter; the
feedback after each answer, and the results at the end. It speaks SPEC's `/ws/assessment`
channel with the user's own token (or a candidate's), as any client may.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import Final
from urllib.parse import quote

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from viva.protocol import (
    AssessmentCompleted,
    Message,
    ProtocolError,
    Question,
    StartAssessment,
    SubmitAnswer,
    encode,
    parse_server_frame,
)

__all__ = ["run_quiz", "take_quiz"]

LETTERS: Final = "ABCDEFGH"
Ask = Callable[[str], str]
"""Reads one answer, given the prompt (`input`, or a test's script)."""
Say = Callable[[str], None]


def _ws_base(server: str) -> str:
    base = server.rstrip("/")
    return "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]


def _frame(raw: str | bytes) -> Message | None:
    """A server message, or None for a frame that is not one (skipped)."""
    try:
        return parse_server_frame(raw)
    except ProtocolError:
        return None


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
    await ws.send(encode("start_assessment", StartAssessment(test_id=slug)))
    current: Question | None = None
    async for raw in ws:
        frame = _frame(raw)
        if frame is None:
            continue
        kind, data = frame.type, frame.data
        if kind == "assessment_started":
            say(data.message or "Started.")
        elif kind == "question" and data.question_id is not None:
            current = data
            await _answer(ws, data, ask, say)
        elif kind == "answer_feedback":
            right = "right" if data.is_correct else f"wrong (the answer was {data.correct_option})"
            say(f"  {right}. {data.explanation}".rstrip())
        elif kind == "system_message":
            say(f"  {data.message}")
        elif kind == "assessment_completed":
            _results(data, say)
            return 0
        elif kind == "error":
            say(f"  {data.error or data.code}")
            if data.code in ("invalid_option", "invalid_message") and current is not None:
                await _answer(ws, current, ask, say)  # the same question again
            elif data.code not in ("question_expired", "not_current", "wrong_question"):
                return 1
    say("viva quiz: the server closed the connection before the quiz ended")
    return 1


async def _answer(ws: ClientConnection, question: Question, ask: Ask, say: Say) -> None:
    options = list(question.options or [])
    say(f"\nQuestion {question.question_number} of {question.total_questions} "
        f"({question.skill_being_tested}, {question.time_limit_seconds} s):")
    say(question.question_text or "")
    for letter, option in zip(LETTERS, options, strict=False):
        say(f"  {letter}. {option}")
    letters = LETTERS[:len(options)]
    while True:
        chosen = (await asyncio.to_thread(ask, f"your answer ({letters[0]}-{letters[-1]}): ")
                  ).strip().upper()
        if chosen in letters and chosen:
            break
        say(f"  one letter, {letters[0]} to {letters[-1]}")
    assert question.question_id is not None  # a multiple-choice question names itself
    await ws.send(encode("submit_answer", SubmitAnswer(question_id=question.question_id,
                                                       selected_option=chosen)))


def _results(completed: AssessmentCompleted, say: Say) -> None:
    say(f"\n{completed.message or 'The quiz is over.'}")
    results = completed.results
    if results.get("score") is not None:
        say(f"Score: {results['score']}.")
    for skill in results.get("skills") or []:
        say(f"  {skill.get('name')}: {skill.get('correct')} of {skill.get('questions')} right")
    for step in completed.next_steps:
        say(f"- {step}")


def run_quiz(args: argparse.Namespace) -> int:
    """`viva quiz --assessment SLUG`: take its quiz in the terminal."""
    if not args.token:
        print("viva quiz: a token is needed: --token T or $VIVA_TOKEN", file=sys.stderr)
        return 2
    return asyncio.run(take_quiz(args.server, args.token, args.assessment, input, print))
