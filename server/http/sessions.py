"""REST: sessions, their files, timeline and lifecycle, and invites (SPEC §4)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

import jwt
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from server.core.errors import BadRequest, NotFound
from server.http.common import (
    base_url,
    principal_of,
    read_json,
    require_session_access,
    session_id_of,
    validate,
)
from server.http.openapi import operation
from server.keys import CLOSER, SESSIONS, TOKENS
from server.sessions.lifecycle import get_session, session_summary
from server.storage.models import Assessment, Change, Event, Interaction, Session
from server.storage.packs import pack_of
from server.storage.workspace import LATE, rebuild_files
from viva.diffs import sha256_text

__all__ = ["OPERATIONS", "CreateSession", "routes"]

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
    ttl_minutes: int | None = Field(None, ge=1, le=366 * 24 * 60)
    """How long the invite lasts; default: the assessment's window (`available_until`) plus
    its time limit, else 14 days."""


@routes.post("/sessions/")
@routes.post("/sessions")
async def post_session(request: web.Request) -> web.Response:
    """Create a session for a candidate; answer with the invite."""
    principal_of(request, "admin", "proctor")
    body = validate(CreateSession, await read_json(request))
    assessment = None
    if body.assessment:
        assessment = await Assessment.get_or_none(slug=body.assessment)
        if assessment is None:
            raise NotFound(f"there is no assessment {body.assessment!r}", "assessment_not_found")
    session, token = await request.app[SESSIONS].create(
        assessment=assessment, name=body.candidate.name, email=body.candidate.email,
        ttl_minutes=body.ttl_minutes)
    expires = datetime.fromtimestamp(jwt.decode(token, options={"verify_signature": False})["exp"],
                                     UTC)  # our own token, just minted
    base = base_url(request)
    ws_base = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
    return web.json_response({
        "session_id": session.id,
        "status": session.status,
        "invite": f"{base}/join/{token}",
        "candidate_token": token,
        "ws_url": f"{ws_base}/ws/session/{session.id}?token={token}",
        "expires_at": expires.isoformat(),
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
    return web.json_response([(await session_summary(s, staff=True)).model_dump(mode="json")
                              for s in sessions])


@routes.get("/sessions/{id}")
async def get_one(request: web.Request) -> web.Response:
    """One session's state."""
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    summary = await session_summary(await get_session(sid), staff=who.is_staff)
    return web.json_response(summary.model_dump(mode="json"))


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
    timeline is for staff); `at` is when the run finished. An update that arrived after a
    later seq of its client on its path is an item `{"type": "late_update", "content", ...}`:
    kept, but never applied (the file's versions follow seq order).
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
        kind = {"delete": "file_deleted", LATE: "late_update"}.get(c.kind, "code_update")
        items.append({"type": kind,
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
        item = {"type": e.kind, "at": e.created_at.isoformat(), **(e.data or {})}
        if not isinstance(item["at"], str):  # a signal tied to no moment (similarity): when seen
            item["at"] = e.created_at.isoformat()
        items.append(item)
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
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    session = await request.app[CLOSER].finish(sid, by=who.role)
    return web.json_response({"session_id": sid, "status": session.status,
                              "report_ready": True})


@routes.get("/join/{token}")
async def join(request: web.Request) -> web.Response:
    """What an invite leads to: the session, its assessment's title and task, the server URL,
    whether the assessment has tests a candidate can run (`tests`) and a multiple-choice test
    (`quiz`), and the task's starter files (`starter_files`, `{path: content}`, which the
    candidate's client writes into the workspace; never the pack's hidden or reference files)."""
    who = request.app[TOKENS].verify(request.match_info["token"])
    if who.session_id is None:
        raise NotFound("this token is not an invite", "not_an_invite")
    session = await get_session(who.session_id)
    base = base_url(request)
    assessment = session.assessment
    task = ((assessment.pack or {}).get("task") or {}) if assessment else {}
    pack = pack_of(assessment) if assessment is not None else None
    return web.json_response({
        "session_id": session.id,
        "status": session.status,
        "candidate": session.candidate.name,
        "assessment": assessment.slug if assessment else None,
        "assessment_title": assessment.title if assessment else "Free coding session",
        "time_limit_minutes": assessment.time_limit_minutes if assessment else None,
        "task": task.get("description", ""),
        "main_file": session.main_file,
        "starter_files": {str(path): str(text) for path, text in (task.get("files") or {}).items()},
        "tests": pack is not None and pack.tests is not None,
        "quiz": pack is not None and pack.mcq is not None and bool(pack.mcq.questions),
        "server": base,
        "ws_url": f"{'wss' + base[5:] if base.startswith('https') else 'ws' + base[4:]}/ws/session/{session.id}",
    })


OPERATIONS: Final = (
    operation("post", "/sessions/", "Create a session and its invite (admin, proctor)", body=CreateSession,
              statuses=(201,)),
    operation("get", "/sessions/", "List sessions (admin, proctor)", params=(("status", "query", "filter by status"),)),
    operation("get", "/sessions/{id}", "A session's state (admin, proctor, its candidate)"),
    operation("get", "/sessions/{id}/files", "The workspace: {path: {content, sha256}} (admin, proctor)",
              params=(("at", "query", "ISO time or epoch seconds: the workspace then"),)),
    operation("get", "/sessions/{id}/timeline", "Every event in order, for replay (admin, proctor)",
              params=(("at", "query", "ISO time or epoch seconds"),)),
    operation("post", "/sessions/{id}/finish", "Complete the session and generate the report"),
    operation("get", "/join/{token}",
              "The invite's session, assessment title, task and starter files, and server URL",
              auth=False),
)
"""This module's entries in the OpenAPI document."""
