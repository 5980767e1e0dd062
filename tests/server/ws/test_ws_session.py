"""The candidate channel: acks after storage, diffs, resync, idempotency, errors and close codes."""

from __future__ import annotations

import json

from aiohttp import WSMsgType

from tests.conftest import Api
from viva.diffs import make_diff, sha256_text


async def recv(ws, type_: str | None = None, timeout: float = 5) -> dict:
    """The next message (of `type_`, skipping others)."""
    while True:
        msg = await ws.receive(timeout=timeout)
        assert msg.type == WSMsgType.TEXT, f"expected text, got {msg.type} {msg.data} {msg.extra}"
        data = json.loads(msg.data)
        if type_ is None or data.get("type") == type_ or data.get("message_type") == type_:
            return data


def update(path: str, seq: int, content: str, client: str = "c1") -> dict:
    return {"type": "code_update", "data": {"path": path, "seq": seq, "client_id": client,
                                            "content": content, "sha256": sha256_text(content)}}


async def test_connect_gets_auth_success_with_acked_map(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    auth = await recv(ws)
    assert auth["type"] == "auth_success"
    assert auth["data"]["session_id"] == s["session_id"] and auth["data"]["acked"] == {}
    await ws.close()


async def test_update_is_acked_stored_and_resent_update_stored_once(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("a.py", 1, "print(1)\n"))
    ack = await recv(ws, "ack")
    assert ack["data"]["seq"] == 1 and ack["data"]["client_id"] == "c1"
    await ws.send_json(update("a.py", 1, "print(1)\n"))
    assert (await recv(ws, "ack"))["data"]["seq"] == 1
    timeline = await (await api.client.get(f"/sessions/{s['session_id']}/timeline", headers=api.auth())).json()
    assert [e["seq"] for e in timeline["events"] if e["type"] == "code_update"] == [1]
    assert await api.files(s["session_id"]) == {"a.py": "print(1)\n"}
    await ws.close()
    ws = await api.ws(s)
    assert (await recv(ws, "auth_success"))["data"]["acked"] == {"c1": 1}
    await ws.close()


async def test_diff_applies_against_base_and_wrong_base_gets_resync(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    v1 = "".join(f"line {i}\n" for i in range(50))
    await ws.send_json(update("m.py", 1, v1))
    await recv(ws, "ack")
    v2 = v1.replace("line 25\n", "line twenty-five\n")
    await ws.send_json({"type": "code_update", "data": {
        "path": "m.py", "seq": 2, "client_id": "c1", "diff": make_diff(v1, v2, "m.py"),
        "base_sha256": sha256_text(v1), "sha256": sha256_text(v2)}})
    assert (await recv(ws, "ack"))["data"]["seq"] == 2
    assert (await api.files(s["session_id"]))["m.py"] == v2
    v3 = v2 + "more\n"
    await ws.send_json({"type": "code_update", "data": {
        "path": "m.py", "seq": 3, "client_id": "c1", "diff": make_diff(v1, v3, "m.py"),
        "base_sha256": sha256_text(v1), "sha256": sha256_text(v3)}})
    resync = await recv(ws, "resync")
    assert resync["data"] == {"path": "m.py", "sha256": sha256_text(v2), "seq": 3}
    await ws.send_json(update("m.py", 3, v3))
    assert (await recv(ws, "ack"))["data"]["seq"] == 3
    assert (await api.files(s["session_id"]))["m.py"] == v3
    await ws.close()


async def test_file_deleted_removes_the_file(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("gone.py", 1, "x = 1\n"))
    await recv(ws, "ack")
    await ws.send_json({"type": "file_deleted", "data": {"path": "gone.py", "seq": 2, "client_id": "c1"}})
    assert (await recv(ws, "ack"))["data"]["seq"] == 2
    assert await api.files(s["session_id"]) == {}
    await ws.close()


async def test_a_refused_seq_resent_after_a_later_one_is_still_stored(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("a.py", 1, "a1\n"))
    await recv(ws, "ack")
    await ws.send_json({"type": "code_update", "data": {
        "path": "b.py", "seq": 2, "client_id": "c1", "diff": make_diff("zz\n", "b\n", "b.py"),
        "base_sha256": sha256_text("zz\n"), "sha256": sha256_text("b\n")}})
    assert (await recv(ws, "resync"))["data"]["seq"] == 2
    await ws.send_json(update("a.py", 3, "a3\n"))
    await recv(ws, "ack")
    await ws.send_json(update("b.py", 2, "b\n"))
    assert (await recv(ws, "ack"))["data"]["seq"] == 2
    assert await api.files(s["session_id"]) == {"a.py": "a3\n", "b.py": "b\n"}
    await ws.close()


async def test_every_candidate_connection_and_the_proctor_feed_see_session_events(api: Api) -> None:
    s = await api.create_session()
    watcher, tui = await api.ws(s), await api.ws(s)
    await recv(watcher, "auth_success"), await recv(tui, "auth_success")
    proctor = await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")
    await recv(proctor, "auth_success")
    snap = await recv(proctor, "sessions_snapshot")
    assert [x["session_id"] for x in snap["data"]["sessions"]] == [s["session_id"]]
    await proctor.send_json({"type": "watch", "data": {"session_id": s["session_id"]}})
    await recv(proctor, "session_event")
    await watcher.send_json(update("w.py", 1, "x = 1\n"))
    await recv(watcher, "ack")
    event = await recv(proctor, "session_event")
    assert event["data"]["event"]["type"] == "code_update"
    assert "+x = 1" in event["data"]["event"]["detail"]["diff"]
    await proctor.send_json({"type": "send_message",
                             "data": {"session_id": s["session_id"], "message": "5 minutes left"}})
    for ws in (watcher, tui):
        assert (await recv(ws, "system_message"))["data"]["message"] == "5 minutes left"
    await proctor.send_json({"type": "pause_session", "data": {"session_id": s["session_id"]}})
    for ws in (watcher, tui):
        assert (await recv(ws, "session_state"))["data"]["status"] == "paused"
    for ws in (watcher, tui, proctor):
        await ws.close()


async def test_the_older_flat_form_is_stored_as_the_main_file(api: Api) -> None:
    s = await api.create_session(assessment="python-takehome")
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json({"message_type": "code_update", "code": "def f():\n    return 1\n"})
    await ws.send_json({"message_type": "heartbeat"})
    await recv(ws, "heartbeat_ack")
    files = await api.files(s["session_id"])
    assert list(files.values()) == ["def f():\n    return 1\n"]
    await ws.send_json({"message_type": "dance"})
    err = await recv(ws)
    while err.get("message_type") == "question":  # the examiner may ask about the new code first
        err = await recv(ws)
    assert "error" in err and "type" not in err
    await ws.close()


async def test_a_reconnecting_client_is_shown_the_questions_still_open(api: Api) -> None:
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    s = await api.create_session()
    await Interaction.create(session_id=s["session_id"], path="a.py", line=3, question="Why a list?",
                             asked_at=datetime.now(UTC))
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    q = await recv(ws, "question")
    assert (q["data"]["question"], q["data"]["line"]) == ("Why a list?", 3)
    await ws.close()


async def test_a_stored_update_moves_the_sessions_last_activity(api: Api) -> None:
    """The group commit touches `last_activity` of every session in the batch, on both backends."""
    first, second = await api.create_session(), await api.create_session()
    sockets = [await api.ws(s) for s in (first, second)]
    for ws in sockets:
        await recv(ws, "auth_success")
    for n, ws in enumerate(sockets):
        await ws.send_json(update("a.py", 1, f"print({n})\n"))
        await recv(ws, "ack")
    for s in (first, second):
        state = await (await api.client.get(f"/sessions/{s['session_id']}", headers=api.auth())).json()
        assert state["last_activity"] is not None, state
    for ws in sockets:
        await ws.close()


async def _conversation(session_id: int) -> list:
    """Three questions: answered and graded, answered and not yet graded, open."""
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    now = datetime.now(UTC)
    return [
        await Interaction.create(session_id=session_id, path="a.py", line=1, question="Why a dict?",
                                 asked_at=now, response="Lookups are O(1).", answered_at=now,
                                 evaluation="Right: constant-time lookups.", score=8),
        await Interaction.create(session_id=session_id, path="a.py", line=5, question="Why sort?",
                                 asked_at=now, response="For ties.", answered_at=now),
        await Interaction.create(session_id=session_id, path="b.py", line=2, question="Why a set?",
                                 asked_at=now),
    ]


async def test_a_connecting_client_is_shown_the_whole_conversation_numbered(api: Api) -> None:
    """Every question in order, with its number, answer and evaluation, marked as replayed."""
    s = await api.create_session()
    rows = await _conversation(s["session_id"])
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    frames = [await recv(ws) for _ in range(4)]
    assert [f["type"] for f in frames] == ["question", "evaluation_result", "question", "question"]
    first, graded, second, third = (f["data"] for f in frames)
    assert (first["interaction_id"], first["number"], first["response"]) == (
        rows[0].id, 1, "Lookups are O(1).")
    # the candidate's view of the evaluation: the score and a comment (the pack's default)
    assert graded == {"interaction_id": rows[0].id,
                      "evaluation": "A strong answer; a point or two could go further.",
                      "score": 8, "number": 1, "replayed": True}
    assert (second["interaction_id"], second["number"], second["response"]) == (
        rows[1].id, 2, "For ties.")
    assert third["number"] == 3 and third.get("response") is None
    assert (third["question"], third["path"], third["line"]) == ("Why a set?", "b.py", 2)
    assert all(f["data"]["replayed"] is True for f in frames)
    await ws.close()


async def test_an_answer_given_on_one_connection_shows_as_answered_on_the_others(api: Api) -> None:
    """The answer is announced to every connection (a `question` with its `response`)."""
    s = await api.create_session()
    rows = await _conversation(s["session_id"])
    tui, editor = await api.ws(s), await api.ws(s)
    for ws in (tui, editor):
        await recv(ws, "auth_success")
        for _ in range(4):
            await recv(ws)
    await tui.send_json({"type": "response_submitted",
                         "data": {"interaction_id": rows[2].id, "response": "Membership tests."}})
    for ws in (editor, tui):
        seen = (await recv(ws, "question"))["data"]
        assert (seen["interaction_id"], seen["number"], seen["response"]) == (
            rows[2].id, 3, "Membership tests.")
        assert not seen.get("replayed")
    await tui.close()
    await editor.close()
