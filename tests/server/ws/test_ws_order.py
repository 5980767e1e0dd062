"""Per path, updates apply in seq order (SPEC §5): a late update is kept, never rolls back."""

from __future__ import annotations

from tests.conftest import Api
from tests.server.ws.test_ws_session import recv, update


async def _timeline(api: Api, session_id: int) -> list[dict]:
    resp = await api.client.get(f"/sessions/{session_id}/timeline", headers=api.auth())
    assert resp.status == 200, await resp.text()
    return [e for e in (await resp.json())["events"]
            if e["type"] in ("code_update", "late_update", "file_deleted")]


async def test_a_late_seq_is_acked_and_kept_but_never_rolls_the_file_back(api: Api) -> None:
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    for seq in (1, 3, 2):
        await ws.send_json(update("a.py", seq, f"v = {seq}\n"))
        assert (await recv(ws, "ack"))["data"]["seq"] == seq
    assert await api.files(s["session_id"]) == {"a.py": "v = 3\n"}

    # the same late update resent is acked again and stored once; a later one applies
    await ws.send_json(update("a.py", 2, "v = 2\n"))
    assert (await recv(ws, "ack"))["data"]["seq"] == 2
    await ws.send_json(update("a.py", 4, "v = 4\n"))
    assert (await recv(ws, "ack"))["data"]["seq"] == 4
    assert await api.files(s["session_id"]) == {"a.py": "v = 4\n"}

    items = await _timeline(api, s["session_id"])
    applied = [e["seq"] for e in items if e["type"] == "code_update"]
    assert applied == [1, 3, 4], "the file's versions follow seq order"
    late = [e for e in items if e["type"] == "late_update"]
    assert [(e["seq"], e["content"]) for e in late] == [(2, "v = 2\n")], "kept in the history"
    await ws.close()


async def test_a_late_seq_is_judged_per_client_and_per_path(api: Api) -> None:
    """Seqs are a client's own: another client's lower seq, or a lower seq on another path,
    is not late."""
    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("a.py", 5, "a5\n", client="c1"))
    await recv(ws, "ack")
    await ws.send_json(update("a.py", 1, "from c2\n", client="c2"))
    await recv(ws, "ack")
    await ws.send_json(update("b.py", 2, "b2\n", client="c1"))
    await recv(ws, "ack")
    assert await api.files(s["session_id"]) == {"a.py": "from c2\n", "b.py": "b2\n"}
    await ws.close()


async def test_the_order_holds_after_a_restart_of_the_ingest_cache(api: Api) -> None:
    """What is late is judged from the database too, not only from this process's memory."""
    from server.keys import INGESTOR

    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("a.py", 1, "one\n"))
    await recv(ws, "ack")
    await ws.send_json(update("a.py", 3, "three\n"))
    await recv(ws, "ack")
    api.client.server.app[INGESTOR].forget(s["session_id"])
    await ws.send_json(update("a.py", 2, "two\n"))
    await recv(ws, "ack")
    assert await api.files(s["session_id"]) == {"a.py": "three\n"}
    await ws.close()
