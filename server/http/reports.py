"""REST: a session's report, generated on demand and read as JSON, Markdown or HTML (SPEC §4)."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from server.core.errors import BadRequest, NotFound
from server.http.common import principal_of, require_session_access, session_id_of
from server.http.openapi import operation
from server.keys import EXAMINER
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
    """The stored report as `?format=json` (default), `md` or `html`."""
    sid = session_id_of(request)
    principal = principal_of(request)
    require_session_access(principal, sid)
    fmt = request.query.get("format", "json").lower()
    if fmt not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}",
                         "invalid_format")
    report = await Report.get_or_none(session_id=sid)
    if report is None:
        if not await Session.exists(id=sid):
            raise NotFound(f"there is no session {sid}", "session_not_found")
        raise NotFound(f"the report of session {sid} has not been generated yet",
                       "report_not_ready")
    if not principal.is_staff:  # the candidate's own view, built apart: nothing hidden is in it
        if report.candidate_data is None:
            raise NotFound("this report was generated before candidate views existed; "
                           "ask a proctor to generate it again", "report_not_ready")
        if fmt == "json":
            return web.json_response(report.candidate_data)
        text = report.candidate_markdown if fmt == "md" else report.candidate_html
        return web.Response(text=text, content_type=FORMATS[fmt], charset="utf-8")
    if fmt == "json":
        return web.json_response(report.data)
    text = report.markdown if fmt == "md" else report.html
    return web.Response(text=text, content_type=FORMATS[fmt], charset="utf-8")


OPERATIONS: Final = (
    operation("post", "/sessions/{id}/generate-report",
              "Generate (again) the session's report now: {session_id, generated_at} (admin, proctor)"),
    operation("get", "/sessions/{id}/report/",
              "The session's report (admin, proctor, its candidate); 404 report_not_ready until generated",
              params=(("format", "query", "json (default), md (text/markdown) or html (text/html)"),)),
)
"""This module's entries in the OpenAPI document."""
