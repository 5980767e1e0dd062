"""The session clock: time left under the limit, pauses that do not count, expiry."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from server.keys import CLOCK
from server.storage.models import Report, Session
from tests.conftest import Api, connection_name, make_settings
from tests.support.assessments import closed_with, recv

DEMO_LIMIT = 15 * 60  # the shipped demo pack's time limit, in seconds


async def summary(api: Api, sid: int) -> dict[str, Any]:
    resp = await api.client.get(f"/sessions/{sid}", headers=api.auth())
    assert resp.status == 200
    return await resp.json()


async def back_date(sid: int, seconds: float, *, pause_too: bool = False) -> None:
    """Pretend the clock started `seconds` earlier (and, if paused, paused that much earlier)."""
    session = await Session.get(id=sid)
    assert session.started_at is not None, "the candidate has not connected"
    session.started_at -= timedelta(seconds=seconds)
    if pause_too and session.paused_at is not None:
        session.paused_at -= timedelta(seconds=seconds)
    await Session.filter(id=sid).update(started_at=session.started_at, paused_at=session.paused_at)


async def connect(api: Api, session: dict[str, Any]) -> Any:
    """The candidate's socket, authenticated: this starts the session's clock."""
    ws = await api.ws(session)
    await recv(ws, "auth_success")
    return ws


async def state_seen(desk: Any, sid: int) -> dict[str, Any]:
    """The next `session_state` the proctor feed shows for session `sid`."""
    while True:
        seen = (await recv(desk, "session_event", timeout=10))["data"]
        if (seen["session_id"], seen["event"]["type"]) == (sid, "session_state"):
            return dict(seen["event"]["data"])


async def proctor(api: Api) -> Any:
    return await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")


async def test_an_invite_not_yet_opened_keeps_all_its_time(api: Api) -> None:
    s = await api.create_session(assessment="demo")
    await Session.filter(id=s["session_id"]).update(
        created_at=datetime.now(UTC) - timedelta(days=3))
    body = await summary(api, s["session_id"])
    assert body["time_left_seconds"] == DEMO_LIMIT and body["started_at"] is None
    assert (await api.client.server.app[CLOCK].check()).expired == []
    candidate = await connect(api, s)
    body = await summary(api, s["session_id"])
    assert body["started_at"] is not None and DEMO_LIMIT - 5 < body["time_left_seconds"] <= DEMO_LIMIT
    await candidate.close()


async def test_time_left_runs_from_the_first_connection_and_a_pause_does_not_count(
        api: Api) -> None:
    s = await api.create_session(assessment="demo")
    sid = s["session_id"]
    candidate = await connect(api, s)
    first = (await Session.get(id=sid)).started_at
    await asyncio.sleep(0.01)
    await (await connect(api, s)).close()
    assert (await Session.get(id=sid)).started_at == first  # a second connection: same clock
    await back_date(sid, 300)
    assert DEMO_LIMIT - 305 < (await summary(api, sid))["time_left_seconds"] <= DEMO_LIMIT - 300

    desk = await proctor(api)
    await desk.send_json({"type": "pause_session", "data": {"session_id": sid}})
    paused = (await recv(candidate, "session_state"))["data"]
    assert paused["status"] == "paused"
    assert DEMO_LIMIT - 305 < paused["time_left_seconds"] <= DEMO_LIMIT - 300

    await back_date(sid, 200, pause_too=True)  # a 200 s pause, now over
    await desk.send_json({"type": "resume_session", "data": {"session_id": sid}})
    resumed = (await recv(candidate, "session_state"))["data"]
    assert resumed["status"] == "resumed"
    assert DEMO_LIMIT - 305 < resumed["time_left_seconds"] <= DEMO_LIMIT - 300
    row = await Session.get(id=sid)
    assert row.paused_at is None and 199 < row.paused_seconds < 205
    assert DEMO_LIMIT - 305 < (await summary(api, sid))["time_left_seconds"] <= DEMO_LIMIT - 300
    await candidate.close()
    await desk.close()


async def test_a_session_without_a_time_limit_has_no_time_left_and_never_expires(api: Api) -> None:
    s = await api.create_session()
    candidate = await connect(api, s)
    await back_date(s["session_id"], 10 * 24 * 3600)
    assert (await summary(api, s["session_id"]))["time_left_seconds"] is None
    assert (await api.client.server.app[CLOCK].check()).expired == []
    await candidate.close()


async def test_two_sweeps_at_once_expire_an_overdue_session_once(api: Api) -> None:
    s = await api.create_session(assessment="demo")
    await (await connect(api, s)).close()
    await back_date(s["session_id"], DEMO_LIMIT + 1)
    clock = api.client.server.app[CLOCK]
    first, second = await asyncio.gather(clock.check(), clock.check())
    assert sorted(first.expired + second.expired) == [s["session_id"]]
    body = await summary(api, s["session_id"])
    assert body["status"] == "expired" and body["time_left_seconds"] == 0
    assert body["finished_at"] is not None


@pytest.fixture
async def clocked_api(aiohttp_client: Any, db_url: str, tmp_path: Path) -> Api:
    """The real app with its clock sweeping every 0.1 s."""
    from server.app import create_app

    settings = make_settings(db_url, tmp_path, VIVA_CLOCK_INTERVAL=0.1)
    client = await aiohttp_client(create_app(settings, connection=connection_name(db_url),
                                             announce=False))
    return Api(client, settings)


async def test_when_time_is_up_the_candidate_hears_it_and_code_is_refused(clocked_api: Api) -> None:
    api = clocked_api
    s = await api.create_session(assessment="demo")
    on_hold = await api.create_session("bo", assessment="demo")
    sid = s["session_id"]
    candidate = await connect(api, s)
    await (await connect(api, on_hold)).close()
    desk = await proctor(api)
    await desk.send_json({"type": "pause_session", "data": {"session_id": on_hold["session_id"]}})
    assert (await state_seen(desk, on_hold["session_id"]))["status"] == "paused"

    await back_date(on_hold["session_id"], DEMO_LIMIT + 60, pause_too=True)
    await back_date(sid, DEMO_LIMIT - 0.5)
    state = (await recv(candidate, "session_state", timeout=10))["data"]
    assert state == {"status": "expired", "time_left_seconds": 0.0}
    assert await state_seen(desk, sid) == {"status": "expired", "by": "clock",
                                           "time_left_seconds": 0.0}

    assert (await recv(candidate, "report_ready", timeout=30))["data"]["session_id"] == sid
    assert await Report.filter(session_id=sid).exists()
    await candidate.send_json({"type": "code_update", "data": {
        "path": "main.py", "content": "late = True\n", "seq": 1, "client_id": "c1"}})
    code, reason = await closed_with(candidate)
    assert code == 4003 and "expired" in reason
    assert "main.py" not in await api.files(sid)

    # the paused session was overdue by the calendar, but its clock stood still
    await asyncio.sleep(0.3)
    assert (await summary(api, on_hold["session_id"]))["status"] == "paused"
    await desk.close()


async def test_a_clock_started_in_the_future_is_not_a_crash(api: Api) -> None:
    """A clock started a moment "in the future" (skew between servers) has all its time."""
    s = await api.create_session(assessment="demo")
    await (await connect(api, s)).close()
    ahead = datetime.now(UTC) + timedelta(seconds=30)
    await Session.filter(id=s["session_id"]).update(started_at=ahead)
    left = (await summary(api, s["session_id"]))["time_left_seconds"]
    assert left == DEMO_LIMIT


async def test_the_candidate_is_warned_at_five_minutes_and_at_one_minute_left_once_each(
        api: Api) -> None:
    s = await api.create_session(assessment="demo")
    sid = s["session_id"]
    candidate = await connect(api, s)
    clock = api.client.server.app[CLOCK]
    assert (await clock.check()).warned == []
    await back_date(sid, DEMO_LIMIT - 299)
    first, again = await asyncio.gather(clock.check(), clock.check())
    assert first.warned + again.warned == [(sid, 5)]
    warning = (await recv(candidate, "system_message"))["data"]
    assert warning["message"] == "5 minutes left." and warning["from"] == "clock"
    assert 290 < warning["time_left_seconds"] <= 299
    await back_date(sid, 240)
    assert (await clock.check()).warned == [(sid, 1)]
    assert (await recv(candidate, "system_message"))["data"]["message"] == "1 minute left."
    assert (await clock.check()).warned == []
    kinds = [e["type"] for e in (await (await api.client.get(
        f"/sessions/{sid}/timeline", headers=api.auth())).json())["events"]]
    assert kinds.count("time_warning") == 2
    await candidate.close()
