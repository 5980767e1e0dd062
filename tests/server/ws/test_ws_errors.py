"""Bad input on the sockets: an error frame and the connection stays open; close codes per SPEC §5."""

from __future__ import annotations

import json

import pytest
from aiohttp import WSMsgType

from tests.conftest import Api
from tests.server.ws.test_ws_session import recv, update


async def closed_with(ws) -> int:
    """Wait for the server's close; its code."""
    while True:
        msg = await ws.receive(timeout=5)
        if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING):
            return ws.close_code


@pytest.mark.parametrize("frame, code", [
    (b"\x00\x01binary", "binary_frame"),
    ("{not json", "invalid_json"),
    ("[1, 2]", "invalid_message"),
    (json.dumps({"type": "dance", "data": {}}), "unknown_type"),
    (json.dumps({"data": {}}), "missing_field"),
    (json.dumps({"type": "code_update", "data": {"seq": 1, "client_id": "c", "content": "x"}}), "missing_field"),
    (json.dumps({"type": "code_update", "data": {"path": "../etc/passwd", "seq": 1, "client_id": "c",
                                                 "content": "x"}}), "invalid_field"),
    (json.dumps({"type": "code_update", "data": {"path": "a.py", "seq": "one", "client_id": "c",
                                                 "content": "x"}}), "invalid_field"),
    (json.dumps({"type": "code_update", "data": {"path": "a.py", "seq": 1, "client_id": "c"}}), "invalid_field"),
])
async def test_each_bad_frame_gets_an_error_and_the_socket_stays_open(sqlite_api: Api, frame, code) -> None:
    s = await sqlite_api.create_session()
    ws = await sqlite_api.ws(s)
    await recv(ws, "auth_success")
    if isinstance(frame, bytes):
        await ws.send_bytes(frame)
    else:
        await ws.send_str(frame)
    err = await recv(ws)
    assert err["type"] == "error" and err["data"]["code"] == code, err
    assert err["data"]["error"] and err["data"]["timestamp"]
    await ws.send_json({"type": "heartbeat"})
    assert (await recv(ws))["type"] == "heartbeat_ack"
    await ws.close()


async def test_ten_invalid_messages_in_a_row_close_with_4004(sqlite_api: Api) -> None:
    s = await sqlite_api.create_session()
    ws = await sqlite_api.ws(s)
    await recv(ws, "auth_success")
    for _ in range(10):
        await ws.send_str("nope")
    assert await closed_with(ws) == 4004


async def test_a_valid_message_resets_the_invalid_count(sqlite_api: Api) -> None:
    s = await sqlite_api.create_session()
    ws = await sqlite_api.ws(s)
    await recv(ws, "auth_success")
    for _ in range(9):
        await ws.send_str("nope")
    await ws.send_json({"type": "heartbeat"})
    for _ in range(9):
        await ws.send_str("nope")
    await ws.send_json({"type": "heartbeat"})
    got = [await recv(ws) for _ in range(20)]
    assert sum(m["type"] == "heartbeat_ack" for m in got) == 2 and not ws.closed
    await ws.close()


async def test_oversize_message_and_file_get_clear_errors(aiohttp_client, sqlite_url, tmp_path) -> None:
    from server.app import create_app
    from tests.conftest import make_settings

    settings = make_settings(sqlite_url, tmp_path, VIVA_MAX_MESSAGE_BYTES=2000, VIVA_MAX_FILE_BYTES=500)
    api = Api(await aiohttp_client(create_app(settings, connection="sqlite", announce=False)), settings)
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("big.py", 1, "x" * 3000))
    assert (await recv(ws, "error"))["data"]["code"] == "message_too_large"
    await ws.send_json(update("big.py", 2, "y" * 900))
    err = await recv(ws, "error")
    assert err["data"]["code"] == "file_too_large" and "500" in err["data"]["error"]
    await ws.send_json(update("ok.py", 3, "fine\n"))
    assert (await recv(ws, "ack"))["data"]["seq"] == 3
    await ws.close()


@pytest.mark.parametrize("token_kind, code", [("none", 4001), ("forged", 4001), ("expired", 4001),
                                              ("other", 4003), ("completed", 4003)])
async def test_refused_connections_close_with_the_right_code(sqlite_api: Api, token_kind, code) -> None:
    a = await sqlite_api.create_session("a")
    b = await sqlite_api.create_session("b")
    sid = a["session_id"]
    token = {"none": "", "forged": a["candidate_token"][:-4] + "AAAA",
             "expired": sqlite_api.token("candidate", session_id=sid, ttl=-1),
             "other": b["candidate_token"], "completed": a["candidate_token"]}[token_kind]
    if token_kind == "completed":
        await sqlite_api.client.post(f"/sessions/{sid}/finish", headers=sqlite_api.auth())
    ws = await sqlite_api.client.ws_connect(f"/ws/session/{sid}?token={token}")
    assert await closed_with(ws) == code


async def test_candidate_token_cannot_open_the_proctor_feed(sqlite_api: Api) -> None:
    s = await sqlite_api.create_session()
    ws = await sqlite_api.client.ws_connect(f"/ws/proctor?token={s['candidate_token']}")
    assert await closed_with(ws) == 4003


async def test_the_proctor_feed_closes_with_4004_after_ten_invalid_frames_in_a_row(sqlite_api: Api) -> None:
    """Non-actions, bad JSON and binary frames each get an error; a heartbeat resets the count."""
    ws = await sqlite_api.client.ws_connect(f"/ws/proctor?token={sqlite_api.token('proctor')}")
    await recv(ws, "sessions_snapshot")
    bad = [json.dumps({"type": "get_question", "data": {}}), "{nope", b"\x00"]

    async def send_bad(n: int) -> None:
        for i in range(n):
            frame = bad[i % len(bad)]
            await (ws.send_bytes(frame) if isinstance(frame, bytes) else ws.send_str(frame))

    await send_bad(9)
    await ws.send_json({"type": "heartbeat"})
    await send_bad(10)
    got = []
    while (msg := await ws.receive(timeout=5)).type == WSMsgType.TEXT:
        got.append(json.loads(msg.data))
    codes = [m["data"].get("code", m["type"]) for m in got]
    assert codes == ["unsupported_type", "invalid_json", "binary_frame"] * 3 + ["heartbeat_ack"] + \
        ["unsupported_type", "invalid_json", "binary_frame"] * 3 + ["unsupported_type"], codes
    assert ws.close_code == 4004


@pytest.mark.parametrize("path", ["/ws/proctor", "/ws/chat"])
async def test_oversize_frames_on_the_other_sockets_get_message_too_large(aiohttp_client, sqlite_url,
                                                                          tmp_path, path) -> None:
    """Past VIVA_MAX_MESSAGE_BYTES: an error naming the limit, and the socket stays open."""
    from server.app import create_app
    from tests.conftest import make_settings

    settings = make_settings(sqlite_url, tmp_path, VIVA_MAX_MESSAGE_BYTES=2000)
    api = Api(await aiohttp_client(create_app(settings, connection="sqlite", announce=False)), settings)
    ws = await api.client.ws_connect(f"{path}?token={api.token('proctor')}")
    await recv(ws, "auth_success")
    await ws.send_json({"type": "heartbeat", "data": {"pad": "x" * 3000}})
    err = await recv(ws, "error")
    assert err["data"]["code"] == "message_too_large" and "2000" in err["data"]["error"]
    await ws.send_json({"type": "heartbeat"})
    assert (await recv(ws, "heartbeat_ack"))["data"]["timestamp"]
    await ws.close()


async def test_a_refused_token_says_why_once(sqlite_api: Api) -> None:
    """4001 means authentication failed; the reason says why, without saying that again."""
    from tests.support.assessments import closed_with as code_and_reason

    s = await sqlite_api.create_session("a")
    expired = sqlite_api.token("candidate", session_id=s["session_id"], ttl=-1)
    ws = await sqlite_api.client.ws_connect(f"/ws/session/{s['session_id']}?token={expired}")
    code, reason = await code_and_reason(ws)
    assert code == 4001 and reason == "the token has expired; ask for a new one"
