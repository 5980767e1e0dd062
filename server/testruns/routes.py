"""Where test runs are asked for: REST, the candidate channel, the proctor feed, and the finish.

Timeline items (`GET /sessions/{id}/timeline`): every finished run is stored as an event of
kind `test_result`, so the timeline shows it as
`{"type": "test_result", "kind": "test_result", "at": ISO, "run_id", "trigger", "status",
"passed", "failed", "errors", "duration_ms", "cases": [{name, outcome, message, path, line,
hidden}], "output_tail", "reason", "started_at", "finished_at", "hidden_passed",
"hidden_total", "include_hidden"}` — the staff view, since the timeline is for staff.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from server.errors import Conflict
from server.hub import Connection
from server.models import Session, TestRun
from server.openapi import document
from server.routes_sessions import session_id_of
from server.services import SERVICES, Services, principal_of, require_session_access
from server.sessions import get_session
from server.testruns.service import TestRuns, view
from server.ws_session import handles
from viva.protocol import Message, now_iso

__all__ = ["on_run_tests", "proctor_run_tests", "routes", "tests_of"]

routes = web.RouteTableDef()


def tests_of(services: Services) -> TestRuns:
    """The process's test runs (built in the app's lifetime)."""
    assert services.tests is not None
    return services.tests


@routes.post("/sessions/{id}/test-runs")
async def post_test_run(request: web.Request) -> web.Response:
    """Run the session's tests now: 202 `{run_id, status}` (a running run's id if one is going).

    A candidate's run uses the visible tests; a proctor's or admin's the hidden ones too.
    """
    services = request.app[SERVICES]
    sid = session_id_of(request)
    who = principal_of(request)
    require_session_access(who, sid)
    session = await get_session(sid)
    if not who.is_staff and session.status in ("completed", "expired"):
        raise Conflict(f"session {sid} is {session.status}", "session_closed")
    trigger = "proctor" if who.is_staff else "candidate"
    run, _ = await tests_of(services).start(sid, trigger, include_hidden=who.is_staff)
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


@handles("run_tests")
async def on_run_tests(services: Services, conn: Connection, session: Session, msg: Message) -> None:
    """The candidate's `run_tests`: `test_run` at once, `test_result` to every socket later."""
    try:
        run, _ = await tests_of(services).start(session.id, "candidate", include_hidden=False)
    except Conflict as exc:
        conn.send("error", {"error": exc.message, "code": exc.code, "timestamp": now_iso()})
        return
    conn.send("test_run", {"run_id": run.id, "status": "running", "trigger": run.trigger})


async def proctor_run_tests(services: Services, conn: Connection, session_id: int) -> dict[str, Any]:
    """The feed's `run_tests` action: visible and hidden tests; results come as session events."""
    run, _ = await tests_of(services).start(session_id, "proctor", include_hidden=True)
    return {"run_id": run.id, "trigger": run.trigger, "status": "running"}


document("post", "/sessions/{id}/test-runs",
         "Run the session's tests now: 202 {run_id, status}; a candidate's run uses visible tests only "
         "(its candidate, admin, proctor); 409 no_tests when the assessment has none",
         statuses=(202, 409))
document("get", "/sessions/{id}/test-runs",
         "Every test run with its results: {runs: [{run_id, trigger, status, passed, failed, errors, "
         "duration_ms, cases, output_tail, started_at, finished_at}]} (a candidate sees visible tests only)")
