"""REST: a session's test runs, started and listed (SPEC §4).

Timeline items (`GET /sessions/{id}/timeline`): every finished run is stored as an event of
kind `test_result`, so the timeline shows it as
`{"type": "test_result", "kind": "test_result", "at": ISO, "run_id", "trigger", "status",
"passed", "failed", "errors", "duration_ms", "cases": [{name, outcome, message, path, line,
hidden}], "output_tail", "reason", "started_at", "finished_at", "hidden_passed",
"hidden_total", "include_hidden"}` — the staff view, since the timeline is for staff.
"""

from __future__ import annotations

from typing import Final

from aiohttp import web

from server.core.errors import Conflict
from server.http.common import principal_of, require_session_access, session_id_of
from server.http.openapi import operation
from server.keys import TESTS
from server.sessions.clock import CLOSED
from server.sessions.lifecycle import get_session
from server.storage.models import TestRun
from server.testruns.service import view

__all__ = ["OPERATIONS", "routes"]

routes = web.RouteTableDef()


@routes.post("/sessions/{id}/test-runs")
async def post_test_run(request: web.Request) -> web.Response:
    """Run the session's tests now: 202 `{run_id, status}` (a running run's id if one is going).

    A candidate's run uses the visible tests; a proctor's or admin's the hidden ones too.
    """
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    session = await get_session(sid)
    if not who.is_staff and session.status in CLOSED:
        raise Conflict(f"session {sid} is {session.status}", "session_closed")
    trigger = "proctor" if who.is_staff else "candidate"
    run, _ = await request.app[TESTS].start(sid, trigger, include_hidden=who.is_staff)
    return web.json_response({"run_id": run.id, "status": run.status}, status=202)


@routes.get("/sessions/{id}/test-runs")
async def get_test_runs(request: web.Request) -> web.Response:
    """Every run of the session, oldest first; a candidate sees visible tests only."""
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    await get_session(sid)
    runs = await TestRun.filter(session_id=sid).order_by("id")
    return web.json_response({"runs": [view(r, staff=who.is_staff) for r in runs]})


OPERATIONS: Final = (
    operation("post", "/sessions/{id}/test-runs",
              "Run the session's tests now: 202 {run_id, status}; a candidate's run uses visible tests only "
              "(its candidate, admin, proctor); 409 no_tests when the assessment has none",
              statuses=(202, 409)),
    operation("get", "/sessions/{id}/test-runs",
              "Every test run with its results: {runs: [{run_id, trigger, status, passed, failed, errors, "
              "duration_ms, cases, output_tail, started_at, finished_at}]} (a candidate sees visible tests only)"),
)
"""This module's entries in the OpenAPI document."""
