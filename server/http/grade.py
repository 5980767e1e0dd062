"""REST: `POST /grade` (SPEC §4), the examiner's grading core for pack authors and tools.

The body names a question, an answer and what a good answer says (a model answer, several
model answers graded against the nearest, key points, or these together), and optionally the
code the question is about (`code`, `language`): its fact sheet then checks the answer's claims,
and, where this process has a sandbox, the code is run once there and what it printed checks
the result the answer states ("prints [1, 2]" where it printed `[1, 2, 3]`).
The reply is the grade the examiner would give, with the key points covered and missed and the
wrong claims it found. Nothing is stored.
"""

from __future__ import annotations

import asyncio
from typing import Any, Final

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from server.core.errors import Invalid
from server.examiner.grading import grade_against
from server.http.common import principal_of, read_json
from server.http.openapi import operation
from server.keys import TESTS

__all__ = ["GradeRequest", "grade_reply", "routes"]

routes = web.RouteTableDef()

MAX_QUESTION_CHARS: Final = 4_000
MAX_ANSWER_CHARS: Final = 20_000
MAX_KEY_POINTS: Final = 20
MAX_KEY_POINT_CHARS: Final = 500
MAX_MODEL_ANSWERS: Final = 20
MAX_CODE_CHARS: Final = 200_000
LANGUAGES: Final = ("python", "javascript", "typescript", "go", "java", "c", "cpp", "rust")


class GradeRequest(BaseModel):
    """Body of `POST /grade`: a `model_answer`, `model_answers` or `key_points` is required."""

    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    answer: str = Field(max_length=MAX_ANSWER_CHARS,
                        description="the answer to grade (an empty one scores 0)")
    model_answer: str | None = Field(default=None, max_length=MAX_ANSWER_CHARS,
                                     description="what a good answer says, in prose")
    model_answers: list[str] | None = Field(
        default=None, max_length=MAX_MODEL_ANSWERS,
        description="several good answers; the answer is graded against the nearest")
    code: str | None = Field(default=None, max_length=MAX_CODE_CHARS,
                             description="the code the question is about (its fact sheet "
                                         "checks the answer's claims; run once in the sandbox, "
                                         "what it prints checks the result the answer states)")
    language: str | None = Field(default=None, description="the code's language: "
                                 + ", ".join(LANGUAGES) + " (default python)")
    key_points: list[str] | None = Field(
        default=None, max_length=MAX_KEY_POINTS,
        description="claims a good answer makes, one sentence each")

    @model_validator(mode="after")
    def _something_to_grade_against(self) -> GradeRequest:
        if not self.question.strip():
            raise ValueError("'question' must not be blank")
        for n, point in enumerate(self.key_points or []):
            if not point.strip() or len(point) > MAX_KEY_POINT_CHARS:
                raise ValueError(f"'key_points.{n}' must be 1 to {MAX_KEY_POINT_CHARS} characters")
        for n, model in enumerate(self.model_answers or []):
            if len(model) > MAX_ANSWER_CHARS:
                raise ValueError(f"'model_answers.{n}' is longer than {MAX_ANSWER_CHARS} characters")
        if self.language is not None and self.language not in LANGUAGES:
            raise ValueError(f"'language' must be one of {', '.join(LANGUAGES)}")
        if not self.references() and not self.key_points:
            raise ValueError("give a 'model_answer', 'model_answers' or 'key_points' to grade "
                             "against")
        return self

    def references(self) -> list[str]:
        """Every model answer given, the single one first."""
        return [m for m in [self.model_answer or "", *(self.model_answers or [])] if m.strip()]


def grade_reply(question: str, answer: str, model_answers: list[str],
                key_points: list[str] | None, code: str = "",
                language: str = "python", output: str | None = None) -> dict[str, Any]:
    """The grading core's verdict as `POST /grade` answers it (`output`: what the code printed)."""
    result = grade_against(question, answer, model_answers, key_points or None, code=code,
                           language=language, output=output)
    return {"score": max(0, min(10, int(result.score))), "covered": list(result.covered),
            "missing": list(result.missing), "misconceptions": list(result.misconceptions),
            "feedback": result.feedback}


def _validated(raw: Any) -> GradeRequest:
    """The body as a GradeRequest, or a 422 naming the field (or the rule) it breaks."""
    try:
        return GradeRequest.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        raise Invalid(f"'{loc}': {message}" if loc else message, "invalid_fields",
                      field=loc or "body") from None


@routes.post("/grade")
async def grade(request: web.Request) -> web.Response:
    """Grade an answer against a model answer or key points (admin, proctor)."""
    principal_of(request, "admin", "proctor")
    body = _validated(await read_json(request))
    language = body.language or "python"
    # the code as it runs, in the sandbox; remembered, so a question's answers run it once
    output = await request.app[TESTS].observe(body.code, language) \
        if body.code and body.code.strip() else None
    # milliseconds for a bounded answer, but off the loop: a socket's ack never waits on it
    reply = await asyncio.to_thread(grade_reply, body.question, body.answer, body.references(),
                                    body.key_points, body.code or "", language, output)
    return web.json_response(reply)


OPERATIONS: Final = (
    operation("post", "/grade", "Grade an answer with the examiner's core (admin, proctor): "
              "{score 0-10, covered, missing, misconceptions, feedback}", body=GradeRequest),
)
"""This module's entries in the OpenAPI document."""
