"""REST: single challenges, their evaluation, history and daily quotas (SPEC §4).

A challenge is picked from the loaded packs (`challenge_from_pack`). The row keeps what is
needed to evaluate it (the question with its answer, or the scenario with its rubric and
model answer) under `data["key"]`; the user only ever sees `data["challenge"]` until they
answer, and then the evaluation.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from server.challenges.llm import generate_mcq
from server.core.errors import ApiError, Conflict, Forbidden, Invalid, NotFound
from server.examiner.chat import ChatClient
from server.http.common import principal_of, read_json, validate
from server.http.openapi import operation
from server.keys import CHAT, QUOTAS
from server.packs import (
    ChallengeError,
    McqError,
    McqQuestion,
    Pack,
    Scenario,
    challenge_from_pack,
    normalise_domain,
    option_index,
    score_scenario,
)
from server.packs.model import LETTERS, difficulty_from
from server.sessions.lifecycle import user_for
from server.storage.models import Challenge, User
from server.storage.packs import all_packs

__all__ = ["EvaluateAnswer", "GenerateChallenge", "routes"]

routes = web.RouteTableDef()

MAX_ANSWER_CHARS: Final = 20_000
HISTORY_LIMIT: Final = 200

_NOT_FOUND_CODES: Final = frozenset({"no_challenge", "unknown_challenge"})


class GenerateChallenge(BaseModel):
    """Body of `POST /generate-challenge`."""

    model_config = ConfigDict(extra="ignore")
    domain: str = Field(min_length=1, max_length=64, description="software, data or ml (or an alias)")
    kind: Literal["mcq", "scenario"] = "mcq"
    difficulty: int | str | None = Field(default=None, description="1-5, or easy, medium, hard")


class EvaluateAnswer(BaseModel):
    """Body of `POST /evaluate-answer`."""

    model_config = ConfigDict(extra="ignore")
    challenge_id: int
    answer: int | str = Field(description="MCQ: a letter, 0-based index or the option's text; "
                                          "scenario: the written answer")


def _api_error(exc: ChallengeError) -> ApiError:
    if exc.code in _NOT_FOUND_CODES:
        return NotFound(exc.message, exc.code)
    return Invalid(exc.message, exc.code)


def _secret(packs: list[Pack], source_id: str, kind: str) -> dict[str, Any]:
    """The question (with its answer) or scenario (with rubric) a pack challenge came from."""
    slug, _, item_id = source_id.partition("/")
    pack = next(p for p in packs if p.slug == slug)
    if kind == "mcq":
        assert pack.mcq is not None
        return pack.mcq.question(item_id).model_dump(mode="json")
    return pack.scenario(item_id).model_dump(mode="json")


def _public(row: Challenge) -> dict[str, Any]:
    return {"challenge_id": row.id, **row.data["challenge"]}


@routes.post("/generate-challenge")
async def generate_challenge(request: web.Request) -> web.Response:
    """A challenge for the signed-in user; uses one unit of the daily quota.

    Multiple choice is written by the model when one is configured (and checked), else, or
    when the model's question is unusable, picked from the packs.
    """
    quotas, chat = request.app[QUOTAS], request.app.get(CHAT)
    who = principal_of(request)
    body = validate(GenerateChallenge, await read_json(request))
    model = chat if body.kind == "mcq" else None
    packs = await all_packs()
    picked: dict[str, Any] | None = None
    missing: ChallengeError | None = None
    try:
        picked = challenge_from_pack(packs, body.domain, body.kind, body.difficulty)
    except ChallengeError as exc:
        if exc.code != "no_challenge" or model is None:
            raise _api_error(exc) from None
        missing = exc  # the model may still write one
    user = await user_for(who.user, who.name or who.user, who.role)
    async with quotas.db_lock(user.id):
        quota = await quotas.take(who.user, user.id)
        try:
            data = await _challenge_data(model, packs, body, picked)
            if data is None:
                assert missing is not None
                raise _api_error(missing)
            challenge = data["challenge"]
            row = await Challenge.create(user=user, domain=challenge["domain"], kind=body.kind,
                                         difficulty=str(challenge["difficulty"]), data=data)
        except BaseException:
            await quotas.refund(who.user)
            raise
    return web.json_response({**_public(row), "quota": quota.as_json()})


async def _challenge_data(model: ChatClient | None, packs: list[Pack], body: GenerateChallenge,
                          picked: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the Challenge row keeps: the public challenge, where it came from, and its key;
    written by `model` when there is one."""
    if model is not None:
        area = normalise_domain(body.domain)
        level = picked["difficulty"] if picked else difficulty_from(body.difficulty)
        question = await generate_mcq(model, area, level if isinstance(level, int) else None)
        if question is not None:
            public = {"kind": "mcq", "domain": area, "pack": None, "source": "model",
                      "title": f"{area} (written by the model)", "question": question["question"],
                      "options": question["options"], "difficulty": question["difficulty"],
                      "skill": area, "time_limit_seconds": question["time_limit_seconds"]}
            return {"challenge": public, "source_id": "model", "key": question}
    if picked is None:
        return None
    source_id = picked.pop("source_id")
    return {"challenge": {**picked, "source": "pack"}, "source_id": source_id,
            "key": _secret(packs, source_id, body.kind)}


def _evaluate_mcq(key: dict[str, Any], answer: int | str) -> dict[str, Any]:
    question = McqQuestion.model_validate(key)
    try:
        selected = option_index(question, answer)
    except McqError as exc:
        raise Invalid(exc.message, exc.code, field="answer") from None
    correct = selected == question.answer
    return {"is_correct": correct, "correct_option": question.answer_letter,
            "selected_option": LETTERS[selected], "explanation": question.explanation,
            "score": 100 if correct else 0}


def _evaluate_scenario(key: dict[str, Any], answer: int | str) -> dict[str, Any]:
    if not isinstance(answer, str) or not answer.strip():
        raise Invalid("'answer': write your answer to the scenario as text", "invalid_fields",
                      field="answer")
    scored = score_scenario(Scenario.model_validate(key), answer)
    return {"scores": scored["scores"], "weighted_score": scored["weighted_score"],
            "feedback": scored["summary"], "feedback_by_dimension": scored["feedback"],
            "model_answer": scored["model_answer"], "flags": scored["flags"]}


@routes.post("/evaluate-answer")
async def evaluate_answer(request: web.Request) -> web.Response:
    """Evaluate the owner's answer to a challenge, once."""
    who = principal_of(request)
    body = validate(EvaluateAnswer, await read_json(request))
    if isinstance(body.answer, str) and len(body.answer) > MAX_ANSWER_CHARS:
        raise Invalid(f"'answer': at most {MAX_ANSWER_CHARS} characters", "invalid_fields",
                      field="answer")
    row = await Challenge.get_or_none(id=body.challenge_id) if abs(body.challenge_id) < 2**31 else None
    if row is None:
        raise NotFound(f"there is no challenge {body.challenge_id}", "challenge_not_found")
    user = await User.get_or_none(key=who.user)
    if user is None or row.user_id != user.id:  # type: ignore[attr-defined]
        raise Forbidden("only the user the challenge was made for may answer it", "not_your_challenge")
    if row.answered_at is not None:
        raise Conflict(f"challenge {row.id} has already been answered", "already_answered")
    key = row.data["key"]
    result = (_evaluate_mcq(key, body.answer) if row.kind == "mcq"
              else _evaluate_scenario(key, body.answer))
    result = {"challenge_id": row.id, "kind": row.kind, **result}
    stored = await Challenge.filter(id=row.id, answered_at__isnull=True).update(
        answer=str(body.answer), result=result, answered_at=datetime.now(UTC))
    if not stored:  # another request answered it in between
        raise Conflict(f"challenge {row.id} has already been answered", "already_answered")
    return web.json_response(result)


@routes.get("/history")
async def history(request: web.Request) -> web.Response:
    """The signed-in user's challenges, newest first, with their answers and evaluations."""
    who = principal_of(request)
    user = await User.get_or_none(key=who.user)
    rows = [] if user is None else await (
        Challenge.filter(user_id=user.id).order_by("-id").limit(HISTORY_LIMIT))
    items = [{**_public(row), "created_at": row.created_at.isoformat(), "answer": row.answer,
              "answered_at": row.answered_at.isoformat() if row.answered_at else None,
              "result": row.result} for row in rows]
    return web.json_response({"challenges": items, "count": len(items)})


@routes.get("/quotas")
async def get_quota(request: web.Request) -> web.Response:
    """Today's quota of challenges: limit, used, remaining, and when it resets (UTC)."""
    quotas = request.app[QUOTAS]
    who = principal_of(request)
    user = await user_for(who.user, who.name or who.user, who.role)
    return web.json_response((await quotas.usage(who.user, user.id)).as_json())


OPERATIONS: Final = (
    operation("post", "/generate-challenge", "A multiple-choice or scenario challenge from the packs; uses "
              "one unit of the daily quota (429 quota_exceeded past it)", body=GenerateChallenge,
              statuses=(200, 429)),
    operation("post", "/evaluate-answer", "Evaluate the owner's answer once: MCQ correctness and explanation, "
              "or scenario scores, weighted_score, feedback and model answer (409 when answered)",
              body=EvaluateAnswer, statuses=(200, 409)),
    operation("get", "/history", "The signed-in user's challenges, answers and evaluations, newest first"),
    operation("get", "/quotas", "Today's challenge quota (UTC day): limit, used, remaining, resets_at"),
)
"""This module's entries in the OpenAPI document."""
