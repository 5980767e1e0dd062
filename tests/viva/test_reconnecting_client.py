"""VivaClient against a protocol peer: delivery, resync, backoff, refusal, back-pressure."""

from __future__ import annotations

import asyncio

import pytest

import viva.answers
import viva.client
from viva.client import AuthRefused, VivaClient


@pytest.fixture
async def make_client(peer, tmp_path):
    """Start clients on `peer` (each with its own task); stop them all at the end."""
    started: list[tuple[VivaClient, asyncio.Task[None]]] = []

    async def start(state="state", *, connect=True, **kwargs) -> VivaClient:
        client = VivaClient(peer.invite, state_dir=tmp_path / state, **kwargs)
        task = asyncio.create_task(client.run())
        started.append((client, task))
        if connect:
            await client.wait_connected(5)
        return client

    yield start
    for client, task in started:
        await client.close()
        await asyncio.gather(task, return_exceptions=True)


async def until(predicate, timeout=5.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_a_file_is_stored_acked_and_then_sent_as_a_diff(peer, make_client):
    client = await make_client()
    text = "".join(f"line {i}\n" for i in range(50))
    assert await client.send_file("a.py", text) == 1
    assert await client.drain(5)
    assert client.server_files() == {"a.py": text} == peer.files
    assert await client.send_file("a.py", text.replace("line 7", "line seven")) == 2
    assert await client.drain(5)
    second = peer.of_type("code_update")[1]
    assert "diff" in second and "content" not in second
    assert peer.files["a.py"] == client.server_files()["a.py"]


async def test_content_equal_to_what_the_server_has_sends_nothing(peer, make_client):
    client = await make_client()
    await client.send_file("a.py", "x\n")
    assert await client.send_file("a.py", "x\n") is None
    assert await client.delete_file("never.py") is None
    assert await client.drain(5)
    assert len(peer.of_type("code_update")) == 1


async def test_a_deletion_is_acked_and_forgotten(peer, make_client):
    client = await make_client()
    await client.send_file("a.py", "x\n")
    seq = await client.delete_file("a.py")
    assert await client.drain(5)
    assert peer.of_type("file_deleted")[0]["seq"] == seq
    assert client.server_files() == {} == peer.files


async def test_a_resync_is_answered_with_the_whole_content_under_a_new_seq(peer, make_client):
    client = await make_client()
    base = "".join(f"{i}\n" for i in range(40))
    await client.send_file("a.py", base)
    assert await client.drain(5)
    peer.files["a.py"] = "someone else's version\n"  # e.g. the editor's language server
    seq = await client.send_file("a.py", base + "more\n")
    assert await client.drain(5)
    updates = [u for u in peer.of_type("code_update") if u["seq"] >= seq]
    assert "diff" in updates[0] and updates[0]["seq"] == seq
    assert updates[-1]["content"] == base + "more\n" and updates[-1]["seq"] > seq
    assert peer.files["a.py"] == base + "more\n" == client.server_files()["a.py"]


async def test_a_resync_while_a_later_seq_is_stored_loses_nothing(peer, make_client):
    client = await make_client()
    base = "".join(f"{i}\n" for i in range(40))
    await client.send_file("a.py", base)
    assert await client.drain(5)
    peer.files["a.py"] = "changed elsewhere\n"
    # a.py's diff is refused, b.py (a later seq) is stored: a resend of a.py's seq
    # would now count as a duplicate on a high-water-mark server
    await client.send_many([("a.py", base + "x\n"), ("b.py", "b\n")])
    assert await client.drain(5)
    assert peer.files == {"a.py": base + "x\n", "b.py": "b\n"}


async def test_an_ack_showing_other_content_makes_the_client_send_it_whole(peer, make_client):
    client = await make_client()
    peer.hold_acks = True
    await client.send_file("a.py", "mine\n")
    await until(lambda: len(peer.held) == 1)
    peer.files["a.py"] = "not mine\n"  # the server holds another version when it acks
    await peer.release()
    assert await client.drain(5)
    assert peer.files["a.py"] == "mine\n"
    assert peer.of_type("code_update")[-1]["content"] == "mine\n"


async def test_an_update_refused_for_good_is_dropped_and_the_rest_flows(peer, make_client):
    client = await make_client()
    peer.refuse["big.txt"] = "file_too_large"
    await client.send_many([("big.txt", "x" * 100), ("a.py", "a\n")])
    assert await client.drain(5)
    assert peer.files == {"a.py": "a\n"}
    assert client.server_files() == {"a.py": "a\n"}


async def test_an_update_the_server_could_not_store_yet_is_sent_again(peer, make_client):
    client = await make_client()
    peer.refuse["a.py"] = "store_unavailable"
    await client.send_file("a.py", "a\n")
    assert await client.drain(5)
    assert peer.files == {"a.py": "a\n"}
    assert len(peer.of_type("code_update")) == 2


async def test_updates_made_offline_survive_a_restart_and_are_sent_in_order(peer, tmp_path):
    offline = VivaClient(peer.invite, state_dir=tmp_path / "s")  # never connected
    await offline.send_file("a.py", "1\n")
    await offline.send_file("b.py", "2\n")
    await offline.send_file("c.py", "3\n")
    assert offline.status.pending == 3
    await offline.close()

    client = VivaClient(peer.invite, state_dir=tmp_path / "s")
    task = asyncio.create_task(client.run())
    try:
        assert await client.drain(5)
        assert peer.files == {"a.py": "1\n", "b.py": "2\n", "c.py": "3\n"}
        assert [m["data"]["seq"] for m in peer.received] == [1, 2, 3]
    finally:
        await client.close()
        await task


async def test_superseded_offline_edits_of_a_file_are_coalesced(peer, tmp_path):
    offline = VivaClient(peer.invite, state_dir=tmp_path / "s")
    for i in range(20):
        await offline.send_file("a.py", f"version {i}\n")
    assert offline.status.pending == 1
    assert offline.latest("a.py") == "version 19\n"
    await offline.close()


async def test_the_acked_map_drops_updates_the_server_stored_before_a_cut(peer, make_client):
    peer.hold_acks = True
    client = await make_client()
    await client.send_file("a.py", "0\n")
    await until(lambda: len(peer.received) == 1)  # on the wire: not coalesced away
    await client.send_file("a.py", "1\n")
    await client.send_file("b.py", "2\n")
    await until(lambda: len(peer.received) == 3)
    peer.held.clear()  # the acks are lost with the connection
    peer.hold_acks = False
    await peer.drop_all()
    assert await client.drain(5)
    # each path's last update is resent to check the server has it; it is acked at once
    assert client.server_files() == {"a.py": "1\n", "b.py": "2\n"} == peer.files
    assert len(peer.stored) == 3
    assert [m["data"]["seq"] for m in peer.received[3:]] == [2, 3]  # not seq 1


async def test_unacked_updates_are_resent_after_a_reconnect(peer, make_client):
    client = await make_client()
    peer.hold_acks = True
    await client.send_file("a.py", "1\n")
    await until(lambda: len(peer.received) == 1)
    peer.held.clear()
    peer.last_seq.clear()  # the server lost them: it must get them again
    peer.stored.clear()
    peer.files.clear()
    peer.hold_acks = False
    await peer.drop_all()
    assert await client.drain(5)
    assert peer.files == {"a.py": "1\n"}


async def test_a_fast_producer_waits_for_acks_beyond_the_window(peer, make_client):
    client = await make_client(window=4)
    peer.hold_acks = True
    for i in range(12):
        await client.send_file(f"f{i}.py", f"{i}\n")
    await until(lambda: len(peer.received) == 4)
    await asyncio.sleep(0.1)
    assert len(peer.received) == 4
    await peer.release()
    assert await client.drain(5)
    assert len(peer.files) == 12


async def test_drain_reports_false_while_the_server_holds_its_acks(peer, make_client):
    client = await make_client()
    peer.hold_acks = True
    await client.send_file("a.py", "x\n")
    assert not await client.drain(0.2)
    assert client.status.pending == 1
    await peer.release()
    assert await client.drain(5)
    assert client.status.pending == 0


async def test_messages_sent_while_offline_go_out_once_connected(peer, tmp_path):
    client = VivaClient(peer.invite, state_dir=tmp_path / "s")
    await client.send("chat_message", {"message": "hello"})
    task = asyncio.create_task(client.run())
    try:
        await client.wait_connected(5)
        await until(lambda: peer.of_type("chat_message"))
        assert peer.of_type("chat_message") == [{"message": "hello"}]
    finally:
        await client.close()
        await task


async def test_heartbeats_are_sent_and_answered(peer, make_client):
    seen = []
    client = await make_client(heartbeat_interval=0.05, on_message=seen.append)
    await until(lambda: any(m.type == "heartbeat_ack" for m in seen))
    assert peer.of_type("heartbeat")
    assert client.status.connected


@pytest.mark.parametrize("code", [4001, 4003])
async def test_a_refused_token_stops_the_client_with_a_clear_error(peer, tmp_path, code):
    peer.close_code = code
    statuses = []
    client = VivaClient(peer.invite, state_dir=tmp_path / "s", on_status=statuses.append)
    with pytest.raises(AuthRefused, match=r"ask .*for a new one|whoever invited you") as refused:
        await asyncio.wait_for(client.run(), 5)
    assert peer.connections == 1
    assert statuses[-1].last_error == str(refused.value) == refused.value.refusal.line
    with pytest.raises(AuthRefused):
        await client.wait_connected(1)
    await client.close()


async def test_a_handshake_refused_with_http_403_stops_the_client(peer, tmp_path):
    peer.http_status = 403
    client = VivaClient(peer.invite, state_dir=tmp_path / "s")
    with pytest.raises(AuthRefused):
        await asyncio.wait_for(client.run(), 5)
    await client.close()


async def test_rate_limiting_backs_off_then_reconnects(peer, make_client, monkeypatch):
    monkeypatch.setattr(viva.client, "RATE_LIMITED_BACKOFF", 0.3)
    peer.close_code = 4008
    statuses = []
    client = await make_client(connect=False, on_status=statuses.append)
    await until(lambda: peer.connections >= 1)
    await until(lambda: client.status.retry_in is not None)
    assert client.status.retry_in >= 0.3 * 0.6
    peer.close_code = None
    await client.wait_connected(5)
    assert any("rate limited" in (s.last_error or "") for s in statuses)


async def test_an_unreachable_server_is_retried_with_growing_jittered_pauses(tmp_path):
    from viva.invite import Invite
    invite = Invite(server="http://127.0.0.1:9", token="a.b.c", session_id=1)
    statuses = []
    client = VivaClient(invite, state_dir=tmp_path / "s", on_status=statuses.append)
    task = asyncio.create_task(client.run())
    await until(lambda: len([s for s in statuses if s.retry_in]) >= 3)
    await client.close()
    await task
    pauses = [s.retry_in for s in statuses if s.retry_in]
    assert pauses[2] > pauses[0]
    assert all(p <= viva.client.MAX_BACKOFF for p in pauses)
    assert not client.status.connected and "cannot reach" in client.status.last_error


async def test_answers_given_offline_go_out_after_the_pending_updates(peer, tmp_path):
    client = VivaClient(peer.invite, state_dir=tmp_path / "s")
    await client.send_file("a.py", "x = 1\n")
    assert await client.submit_answer(12, "a set makes lookups O(1)") is False
    assert client.status.answers == 1
    task = asyncio.create_task(client.run())
    try:
        await until(lambda: client.status.answers == 0)
        kinds = [m["type"] for m in peer.received if m["type"] != "heartbeat"]
        assert kinds == ["code_update", "response_submitted"]
        assert peer.graded == {"12": "a set makes lookups O(1)"}
    finally:
        await client.close()
        await task


async def test_a_new_answer_to_the_same_question_replaces_the_one_waiting(peer, tmp_path):
    client = VivaClient(peer.invite, state_dir=tmp_path / "s")
    await client.submit_answer(12, "first thought")
    await client.submit_answer("12", "second thought")
    assert client.pending_answers() == {"12": "second thought"}
    task = asyncio.create_task(client.run())
    try:
        await until(lambda: client.status.answers == 0)
        assert peer.of_type("response_submitted") == [
            {"interaction_id": 12, "response": "second thought"}]
    finally:
        await client.close()
        await task


async def test_an_answer_the_server_could_not_take_yet_is_sent_again(peer, make_client,
                                                                     monkeypatch):
    monkeypatch.setattr(viva.answers, "ANSWER_RETRY", 0.05)
    peer.answer_errors = ["examiner_unavailable"]
    client = await make_client()
    assert await client.submit_answer(5, "because it is quadratic") is True
    await until(lambda: client.status.answers == 0)
    assert len(peer.of_type("response_submitted")) == 2
    assert peer.graded == {"5": "because it is quadratic"}


async def test_an_answer_refused_for_good_is_forgotten_and_not_sent_again(peer, make_client):
    peer.graded["5"] = "someone else's answer"
    client = await make_client()
    await client.submit_answer(5, "mine")
    await until(lambda: client.status.answers == 0)
    await peer.drop_all()  # a reconnect resends every pending answer: there is none
    await until(lambda: peer.connections == 2 and client.status.connected)
    await asyncio.sleep(0.2)
    assert len(peer.of_type("response_submitted")) == 1


async def test_an_answer_the_server_could_never_take_is_refused_before_it_is_kept(
        peer, make_client):
    client = await make_client()
    with pytest.raises(ValueError, match="response"):
        await client.submit_answer(5, "x" * 20_001)
    assert client.pending_answers() == {}
