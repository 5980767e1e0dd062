"""A session's status reaches the server's sockets as an explicit `StatusChanged` bus message,
never by reading what candidates are sent."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import WSMsgType

from server.keys import BUS, HUB
from server.live.events import StatusChanged
from tests.conftest import Api
from tests.support.assessments import recv
from viva.diffs import sha256_text


def _update(seq: int) -> dict[str, Any]:
    content = f"x = {seq}\n"
    return {"type": "code_update", "data": {"path": "main.py", "seq": seq, "client_id": "c1",
                                            "content": content, "sha256": sha256_text(content)}}


def test_the_status_message_round_trips_and_ignores_other_messages() -> None:
    event = StatusChanged(7, "paused").event()
    assert StatusChanged.of(json.loads(json.dumps(event))) == StatusChanged(7, "paused")
    assert StatusChanged.of({"session_id": 7, "type": "session_state", "to": "session",
                             "data": {"status": "completed"}}) is None
    assert StatusChanged.of({**event, "session_id": "7"}) is None  # malformed: not a change
    assert StatusChanged.of({**event, "to": "all"}) is None


async def test_a_status_change_is_kept_on_the_sockets_and_sent_to_none(sqlite_api: Api) -> None:
    api = sqlite_api
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    app = api.client.server.app
    [conn] = app[HUB].session_connections(s["session_id"])
    # a message for the candidate that merely looks like a status no longer moves it
    await app[BUS].publish({"session_id": s["session_id"], "to": "session", "type": "session_state",
                            "data": {"status": "completed"}})
    assert (await recv(ws, "session_state"))["data"]["status"] == "completed"
    assert conn.status == "active"
    await ws.send_json(_update(1))
    assert (await recv(ws, "ack"))["data"]["seq"] == 1
    # the explicit message does, and the candidate is sent nothing for it
    await app[BUS].publish(StatusChanged(s["session_id"], "completed").event())
    assert conn.status == "completed"
    await ws.send_json(_update(2))
    seen = []
    while (msg := await ws.receive(timeout=5)).type == WSMsgType.TEXT:
        seen.append(json.loads(msg.data)["type"])
    assert ws.close_code == 4003
    assert StatusChanged.TYPE not in seen and "ack" not in seen


async def test_a_proctor_pause_and_resume_move_the_sockets_status(sqlite_api: Api) -> None:
    api = sqlite_api
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    [conn] = api.client.server.app[HUB].session_connections(s["session_id"])
    proctor = await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")
    await recv(proctor, "auth_success")
    for action, shown, stored in (("pause_session", "paused", "paused"),
                                  ("resume_session", "resumed", "active")):
        await proctor.send_json({"type": action, "data": {"session_id": s["session_id"]}})
        assert (await recv(ws, "session_state"))["data"]["status"] == shown
        await ws.send_json({"type": "heartbeat", "data": {}})
        await recv(ws, "heartbeat_ack")
        assert conn.status == stored
    await proctor.close()
    await ws.close()
