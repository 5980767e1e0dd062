"""REST: a session's report, generated on demand and read as JSON, Markdown or HTML (SPEC §4)."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from server.core.errors import BadRequest, NotFound
from server.examining.feedback import session_feedback
from server.examining.report import candidate_view, rendered
from server.http.common import principal_of, require_session_access, session_id_of
from server.http.openapi import operation
from server.keys import EXAMINER
from server.sessions.clock import CLOSED
from server.storage.models import Report, Session

__all__ = ["FORMATS", "OPERATIONS", "routes"]

routes = web.RouteTableDef()

FORMATS: Final = {"json": "application/json", "md": "text/markdown", "html": "text/html"}
"""`?format=` values and the content type each is served as."""


@routes.post("/sessions/{id}/generate-report")
async def generate_report(request: web.Request) -> web.Response:
    """Generate (again) the session's report now."""
    sid = session_id_of(request)
    require_session_access(principal_of(request, "admin", "proctor"), sid, staff_only=True)
    report = await request.app[EXAMINER].generate_report(sid)
    return web.json_response({"session_id": sid, "generated_at": report.created_at.isoformat()})


@routes.get("/sessions/{id}/report/")
@routes.get("/sessions/{id}/report")
async def get_report(request: web.Request) -> web.Response:
    """The report as `?format=json` (default), `md` or `html`: a live session's built again
    now, so it says what the session is now; a candidate's as the pack's `feedback` allows."""
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    fmt = request.query.get("format", "json").lower()
    if fmt not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}",
                         "invalid_format")
    report = await Report.get_or_none(session_id=sid)
    session = await Session.get_or_none(id=sid)
    if session is None:
        raise NotFound(f"there is no session {sid}", "session_not_found")
    if report is None:
        raise NotFound(f"the report of session {sid} has not been generated yet",
                       "report_not_ready")
    if session.status not in CLOSED:  # live: what the session is now, not when it was saved
        report = await request.app[EXAMINER].refresh_report(sid)
    data, markdown, html = report.data, report.markdown, report.html
    if not who.is_staff:  # the candidate's own view, built apart: nothing hidden is in it
        if report.candidate_data is None:
            raise NotFound("this report was generated before candidate views existed; "
                           "ask a proctor to generate it again", "report_not_ready")
        # and its evaluations as the pack's `feedback` allows, with no rubric
        data = candidate_view(report.candidate_data, await session_feedback(sid))
        markdown, html = rendered(data)
    if fmt == "json":
        return web.json_response(data)
    return web.Response(text=markdown if fmt == "md" else html, content_type=FORMATS[fmt],
                        charset="utf-8")


OPERATIONS: Final = (
    operation("post", "/sessions/{id}/generate-report",
              "Generate (again) the session's report now: {session_id, generated_at} (admin, proctor)"),
    operation("get", "/sessions/{id}/report/",
              "The session's report (admin, proctor, its candidate); 404 report_not_ready until "
              "generated; a live session's is built again at each fetch (`generated_at`)",
              params=(("format", "query", "json (default), md (text/markdown) or html (text/html)"),)),
)
"""This module's entries in the OpenAPI document."""
