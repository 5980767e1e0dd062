"""REST: assessment packs (SPEC §4, §7): load one, list them, read one; the similarity
between its candidates' code (SPEC §4, §8)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Final

from aiohttp import web

from server.comparing import assessment_pairs
from server.core.errors import BadRequest, Invalid, NotFound
from server.http.common import principal_of
from server.http.openapi import operation
from server.packs import Pack, PackError, parse_pack
from server.storage.models import Assessment
from server.storage.packs import find_assessment, pack_of, store_pack

__all__ = ["assessment_summary", "public_pack", "routes"]

routes = web.RouteTableDef()

_SOURCE: Final = "request body"
"""How errors name a pack sent in a request (the loader's FILE part)."""

_HIDDEN_QUESTION_KEYS: Final = ("answer", "explanation", "samples")
_HIDDEN_SCENARIO_KEYS: Final = ("model_answer", "rubric", "samples")


def assessment_summary(assessment: Assessment, pack: Pack, now: datetime | None = None) -> dict[str, Any]:
    """One line of `GET /assessments`: counts and the availability window."""
    now = now or datetime.now(UTC)
    mcq = pack.mcq
    return {
        "id": assessment.id,
        "slug": pack.slug,
        "title": pack.title,
        "time_limit_minutes": pack.time_limit_minutes,
        "has_task": pack.task is not None,
        "mcq_questions": len(mcq.questions) if mcq else 0,
        "mcq_skills": len(mcq.skills) if mcq else 0,
        "questions_per_run": mcq.total_questions if mcq else 0,
        "scenarios": len(pack.scenarios),
        "available_from": pack.available_from.isoformat() if pack.available_from else None,
        "available_until": pack.available_until.isoformat() if pack.available_until else None,
        "available_now": pack.is_available(now),
    }


def public_pack(pack: Pack, *, with_answers: bool) -> dict[str, Any]:
    """The pack as JSON; without answers, explanations, model answers, rubrics and sample
    answers unless asked."""
    body = pack.model_dump(mode="json")
    if with_answers:
        return body
    for question in (body.get("mcq") or {}).get("questions", []):
        for key in _HIDDEN_QUESTION_KEYS:
            question.pop(key, None)
    for scenario in body.get("scenarios", []):
        for key in _HIDDEN_SCENARIO_KEYS:
            scenario.pop(key, None)
    return body


def _format_of(request: web.Request, text: str) -> str:
    ctype = request.content_type.lower()
    if ctype.endswith("json"):
        return "json"
    if "toml" in ctype or ctype == "text/plain":
        return "toml"
    # No or a generic content type: a JSON object starts with a brace, TOML never does.
    return "json" if text.lstrip().startswith("{") else "toml"


@routes.post("/assessments")
@routes.post("/assessments/")
async def load_assessment(request: web.Request) -> web.Response:
    """Load (or replace) a pack sent as TOML or JSON; 201 when new, 200 when replaced."""
    principal_of(request, "admin", "proctor")
    raw = await request.read()
    if not raw.strip():
        raise BadRequest("a pack is required: send the TOML (or JSON) as the body", "missing_body")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the pack must be UTF-8 text", "invalid_encoding") from None
    fmt = _format_of(request, text)
    try:
        pack = parse_pack(text, source=_SOURCE, fmt=fmt)
    except PackError as exc:
        problems = [{"key": key, "reason": reason} for key, reason in exc.problems]
        raise Invalid(f"the pack has errors: {exc}", "invalid_pack", key=exc.key,
                      reason=exc.reason, problems=problems) from None
    assessment, created = await store_pack(pack)
    body = {**assessment_summary(assessment, pack), "created": created}
    return web.json_response(body, status=201 if created else 200)


@routes.get("/assessments")
@routes.get("/assessments/")
async def list_assessments(request: web.Request) -> web.Response:
    """Every loaded pack: slug, title, time limit, question and scenario counts, window."""
    principal_of(request, "admin", "proctor")
    now = datetime.now(UTC)
    rows = await Assessment.all().order_by("slug")
    return web.json_response([assessment_summary(a, pack_of(a), now) for a in rows])


@routes.get("/assessments/{slug}")
async def read_assessment(request: web.Request) -> web.Response:
    """One pack; answers and model answers only for admins."""
    who = principal_of(request, "admin", "proctor")
    slug = request.match_info["slug"]
    assessment = await find_assessment(slug)
    if assessment is None:
        raise NotFound(f"there is no assessment {slug!r}", "assessment_not_found")
    pack = pack_of(assessment)
    body = {**assessment_summary(assessment, pack),
            "pack": public_pack(pack, with_answers=who.role == "admin")}
    return web.Response(text=json.dumps(body), content_type="application/json")


@routes.get("/assessments/{slug}/similarity")
async def read_similarity(request: web.Request) -> web.Response:
    """Pairs of the assessment's closed sessions by similarity of their code, most similar
    first, each fragment with its place on both sides and where it came from."""
    principal_of(request, "admin", "proctor")
    slug = request.match_info["slug"]
    assessment = await find_assessment(slug)
    if assessment is None:
        raise NotFound(f"there is no assessment {slug!r}", "assessment_not_found")
    return web.json_response({"pairs": await assessment_pairs(assessment.id)})


OPERATIONS: Final = (
    operation("post", "/assessments", "Load or replace a pack (admin, proctor): TOML (application/toml, "
              "text/plain) or JSON; 201 new, 200 replaced, 422 naming the key and the reason",
              body=Pack, content_types=("application/toml", "text/plain", "application/json"),
              statuses=(200, 201, 422)),
    operation("get", "/assessments", "Every pack: slug, title, time limit, question and scenario counts, "
              "availability window (admin, proctor)"),
    operation("get", "/assessments/{slug}", "One pack by slug or id; answers, explanations, rubrics and "
              "model answers for admins only (admin, proctor)"),
    operation("get", "/assessments/{slug}/similarity", "Pairs of the assessment's closed sessions "
              "by similarity of their code, most similar first, with each matched fragment's "
              "lines on both sides and its provenance (typed, pasted, starter); a signal to "
              "review, never a verdict (admin, proctor)"),
)
"""This module's entries in the OpenAPI document."""
