"""REST: sessions, their files, timeline and lifecycle, and invites (SPEC §4)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from server.errors import BadRequest, Invalid, NotFound
from server.models import Assessment, Change, Event, Interaction, Session
from server.pack_store import pack_of
from server.services import SERVICES, principal_of, require_session_access
from server.sessions import create_session, get_session, session_summary, set_status
from server.workspace import rebuild_files
from viva.diffs import sha256_text
from viva.protocol import decimal_id

__all__ = ["CreateSession", "read_json", "routes"]

routes = web.RouteTableDef()


class Candidate(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(None, max_length=320)


class CreateSession(BaseModel):
    """Body of `POST /sessions/`."""

    model_config = ConfigDict(extra="ignore")
    assessment: str | None = None
    candidate: Candidate


async def read_json(request: web.Request) -> Any:
    """The request body as JSON, or a 400 that says why not."""
    raw = await request.read()
    if not raw:
        raise BadRequest("a JSON body is required", "missing_body")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the body is not valid JSON: {exc}", "invalid_json") from None


def validate(model: type[BaseModel], body: Any) -> Any:
    """Validate `body` against `model`, or a 422 naming the field."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        raise Invalid(f"'{loc}': {err['msg']}", "invalid_fields", field=loc) from None


def session_id_of(request: web.Request) -> int:
    """The `{id}` path parameter as an int, or 404."""
    raw = request.match_info["id"]
    number = decimal_id(raw)
    if number is None:
        raise NotFound(f"there is no session {raw!r}", "session_not_found")
    return number


def base_url(request: web.Request) -> str:
    """The server's public base URL, as configured or as the request reached it."""
    configured = request.app[SERVICES].settings.public_url
    return (configured or f"{request.scheme}://{request.host}").rstrip("/")


@routes.post("/sessions/")
@routes.post("/sessions")
async def post_session(request: web.Request) -> web.Response:
    """Create a session for a candidate; answer with the invite."""
    services = request.app[SERVICES]
    principal_of(request, "admin", "proctor")
    body = validate(CreateSession, await read_json(request))
    assessment = None
    if body.assessment:
        assessment = await Assessment.get_or_none(slug=body.assessment)
        if assessment is None:
            raise NotFound(f"there is no assessment {body.assessment!r}", "assessment_not_found")
    session, token = await create_session(services, assessment=assessment,
                                          name=body.candidate.name, email=body.candidate.email)
    base = base_url(request)
    ws_base = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
    return web.json_response({
        "session_id": session.id,
        "status": session.status,
        "invite": f"{base}/join/{token}",
        "candidate_token": token,
        "ws_url": f"{ws_base}/ws/session/{session.id}?token={token}",
    }, status=201)


@routes.get("/sessions/")
@routes.get("/sessions")
async def list_sessions(request: web.Request) -> web.Response:
    """Every session with status, last activity, scores and flags."""
    principal_of(request, "admin", "proctor")
    query = Session.all().order_by("-id")
    status = request.query.get("status")
    if status:
        query = query.filter(status=status)
    sessions = await query.limit(1000)
    return web.json_response([await session_summary(s, staff=True) for s in sessions])


@routes.get("/sessions/{id}")
async def get_one(request: web.Request) -> web.Response:
    """One session's state."""
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    return web.json_response(await session_summary(await get_session(sid), staff=who.is_staff))


def parse_at(raw: str | None) -> datetime | None:
    """`?at=` as an aware datetime: ISO 8601 or seconds since the epoch."""
    if not raw:
        return None
    try:
        if raw.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(raw), UTC)
        at = datetime.fromisoformat(raw)
    except (ValueError, OverflowError, OSError):
        raise BadRequest(f"'at' must be an ISO 8601 time or epoch seconds, not {raw!r}",
                         "invalid_time") from None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@routes.get("/sessions/{id}/files")
async def get_files(request: web.Request) -> web.Response:
    """The current workspace (or as of `?at=`): `{path: {content, sha256}}`."""
    sid = session_id_of(request)
    require_session_access(principal_of(request), sid, staff_only=True)
    await get_session(sid)
    files = await rebuild_files(sid, parse_at(request.query.get("at")))
    return web.json_response({p: {"content": c, "sha256": sha256_text(c)} for p, c in files.items()})


@routes.get("/sessions/{id}/timeline")
async def get_timeline(request: web.Request) -> web.Response:
    """Every event in order, for replay; with `?at=`, also the workspace at that time.

    A finished test run is an item `{"type": "test_result", "kind": "test_result", "at",
    "run_id", "trigger", "status", "passed", "failed", "errors", "duration_ms", "cases":
    [{name, outcome, message, path, line, hidden}], "output_tail", "reason", "started_at",
    "finished_at", "hidden_passed", "hidden_total", "include_hidden"}` (every test: the
    timeline is for staff); `at` is when the run finished.
    """
    sid = session_id_of(request)
    require_session_access(principal_of(request), sid, staff_only=True)
    session = await get_session(sid)
    at = parse_at(request.query.get("at"))
    items: list[dict[str, Any]] = []
    changes = Change.filter(session_id=sid)
    events = Event.filter(session_id=sid)
    if at is not None:
        changes, events = changes.filter(created_at__lte=at), events.filter(created_at__lte=at)
    for c in await changes.order_by("id"):
        items.append({"type": "file_deleted" if c.kind == "delete" else "code_update",
                      "at": c.created_at.isoformat(), "path": c.path, "version": c.version,
                      "seq": c.seq, "client_id": c.client_id, "kind": c.kind, "diff": c.diff,
                      "content": c.content, "sha256": c.sha256, "lines_added": c.lines_added,
                      "lines_removed": c.lines_removed, "chars_added": c.chars_added})
    for q in await Interaction.filter(session_id=sid).order_by("id"):
        if at is None or q.asked_at <= at:
            items.append({"type": "question", "at": q.asked_at.isoformat(), "interaction_id": q.id,
                          "question": q.question, "path": q.path, "line": q.line, "skill": q.skill,
                          "rubric": q.rubric})
        if q.answered_at and (at is None or q.answered_at <= at):
            found = q.grade if isinstance(q.grade, dict) else {}
            items.append({"type": "answer", "at": q.answered_at.isoformat(), "interaction_id": q.id,
                          "response": q.response, "evaluation": q.evaluation, "score": q.score,
                          **{k: found.get(k, []) for k in ("covered", "missing", "misconceptions")}})
    for e in await events.order_by("id"):
        items.append({"type": e.kind, "at": e.created_at.isoformat(), **(e.data or {})})
    items.sort(key=lambda i: i["at"])
    body: dict[str, Any] = {"session_id": sid, "status": session.status,
                            "started_at": session.created_at.isoformat(), "events": items}
    if at is not None:
        files = await rebuild_files(sid, at)
        body["at"] = at.isoformat()
        body["files"] = {p: {"content": c, "sha256": sha256_text(c)} for p, c in files.items()}
    return web.json_response(body)


@routes.post("/sessions/{id}/finish")
async def finish(request: web.Request) -> web.Response:
    """Complete the session and generate its report."""
    services = request.app[SERVICES]
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    session = await get_session(sid)
    if session.status not in ("completed", "expired"):
        await set_status(services, session, "completed", by=who.role)
        await services.run_final_tests(sid, "finish")
    report_ready = False
    if services.examiner is not None:
        await services.examiner.generate_report(sid)
        report_ready = True
    return web.json_response({"session_id": sid, "status": session.status,
                              "report_ready": report_ready})


@routes.get("/join/{token}")
async def join(request: web.Request) -> web.Response:
    """What an invite leads to: the session, its assessment's title, the server URL, and
    whether the assessment has tests a candidate can run (`tests`)."""
    who = request.app[SERVICES].verify(request.match_info["token"])
    if who.session_id is None:
        raise NotFound("this token is not an invite", "not_an_invite")
    session = await get_session(who.session_id)
    base = base_url(request)
    assessment = session.assessment
    task = ((assessment.pack or {}).get("task") or {}) if assessment else {}
    return web.json_response({
        "session_id": session.id,
        "status": session.status,
        "candidate": session.candidate.name,
        "assessment": assessment.slug if assessment else None,
        "assessment_title": assessment.title if assessment else "Free coding session",
        "time_limit_minutes": assessment.time_limit_minutes if assessment else None,
        "task": task.get("description", ""),
        "main_file": session.main_file,
        "files": task.get("files") or {},
        "tests": assessment is not None and pack_of(assessment).tests is not None,
        "server": base,
        "ws_url": f"{'wss' + base[5:] if base.startswith('https') else 'ws' + base[4:]}/ws/session/{session.id}",
    })
