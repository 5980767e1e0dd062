"""Answers are durable: the real server, real sockets and real outbox files, with the server
going away and the client restarting in between."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect

from tests.conftest import SECRET, make_settings
from tests.support.examining import PAIRS
from viva.client import VivaClient
from viva.invite import Invite
from viva.outbox import Outbox
from viva.protocol import Message

ANSWER = ("It is O(n^2) time because of the two nested loops over items: every pair is "
          "compared, so a list ten times longer takes a hundred times as long.")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """The real app on a fixed loopback port that can stop and start again on the same
    port and database, asking a question after any three changed lines."""

    def __init__(self, sqlite_url: str, tmp_path: Path) -> None:
        self.settings = make_settings(sqlite_url, tmp_path, MIN_CODE_CHANGE_LINES=3,
                                      MIN_TIME_BETWEEN_INTERACTIONS=0)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._runner: Any = None

    async def start(self) -> None:
        from aiohttp import web

        from server.app import create_app

        self._runner = web.AppRunner(create_app(self.settings, connection="sqlite",
                                                announce=False))
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()

    async def stop(self) -> None:
        from server.keys import HUB

        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.app[HUB].close_all()  # as a server going away would
            await runner.cleanup()

    def _http(self) -> httpx.AsyncClient:
        from server.core.auth import mint_token

        token = mint_token(SECRET, role="admin", name="answer-tests")
        return httpx.AsyncClient(base_url=self.url, headers={"Authorization": f"Bearer {token}"})

    async def invite(self) -> Invite:
        """A new session's invite."""
        async with self._http() as http:
            resp = await http.post("/sessions/", json={"candidate": {"name": "ana"}})
        assert resp.status_code == 201, resp.text
        body = resp.json()
        return Invite(server=self.url, token=body["candidate_token"],
                      session_id=body["session_id"])

    async def answers(self, session_id: int) -> list[tuple[int, str]]:
        """The answers the server stored: (interaction id, response), from the timeline."""
        async with self._http() as http:
            resp = await http.get(f"/sessions/{session_id}/timeline")
        assert resp.status_code == 200, resp.text
        return [(e["interaction_id"], e["response"]) for e in resp.json()["events"]
                if e["type"] == "answer"]


@dataclass
class Candidate:
    """A running VivaClient and every message it was given."""

    client: VivaClient
    task: asyncio.Task[None]
    seen: list[Message] = field(default_factory=list)

    def of_type(self, type_: str) -> list[Any]:
        return [m.data for m in self.seen if m.type == type_]

    async def stop(self) -> None:
        await self.client.close()
        await asyncio.gather(self.task, return_exceptions=True)


Start = Callable[..., Awaitable[Candidate]]


@pytest.fixture
async def server(sqlite_url: str, tmp_path: Path) -> AsyncIterator[Server]:
    running = Server(sqlite_url, tmp_path)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def start(tmp_path: Path) -> AsyncIterator[Start]:
    """Start a client on a state directory under tmp_path; every one is closed at the end."""
    started: list[Candidate] = []

    async def run(invite: Invite, state: str = "lsp", *, connect: bool = True) -> Candidate:
        seen: list[Message] = []
        client = VivaClient(invite, state_dir=tmp_path / state, name=state,
                            on_message=seen.append)
        candidate = Candidate(client, asyncio.create_task(client.run()), seen)
        started.append(candidate)
        if connect:
            await client.wait_connected(10)
        return candidate

    yield run
    for candidate in started:
        await candidate.stop()


async def until(predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while not (value := predicate()):
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)
    return value


async def asked(candidate: Candidate) -> int:
    """Write PAIRS through `candidate` and return the interaction id of the question."""
    await candidate.client.send_file("pairs.py", PAIRS)
    questions = await until(lambda: candidate.of_type("question"))
    return int(questions[0].interaction_id)


async def test_an_answer_given_offline_survives_a_client_restart_and_is_stored_once(
        server, start):
    """Given with the server down, kept on disk across a restart, sent once when it is back."""
    invite = await server.invite()
    first = await start(invite)
    iid = await asked(first)
    await server.stop()
    await until(lambda: not first.client.status.connected)
    assert await first.client.submit_answer(iid, ANSWER) is False
    await first.stop()  # the process exits before the server is back

    second = await start(invite, connect=False)
    assert second.client.pending_answers() == {str(iid): ANSWER}
    assert second.client.status.answers == 1
    await server.start()
    [graded] = await until(lambda: second.of_type("evaluation_result"), timeout=30)
    assert graded.interaction_id == iid
    await until(lambda: second.client.status.answers == 0)
    assert second.of_type("error") == []  # never sent twice: nothing refused as answered
    await second.stop()

    third = await start(invite)  # nothing left to resend after another restart
    assert third.client.pending_answers() == {}
    await asyncio.sleep(0.3)
    assert third.of_type("error") == []
    assert await server.answers(invite.session_id) == [(iid, ANSWER)]


async def test_an_answer_graded_by_the_server_leaves_the_outbox_file(server, start, tmp_path):
    """evaluation_result confirms the answer: it is gone from outbox.db."""
    invite = await server.invite()
    candidate = await start(invite)
    iid = await asked(candidate)
    assert await candidate.client.submit_answer(iid, ANSWER) is True
    assert candidate.client.status.answers == 1
    await until(lambda: candidate.of_type("evaluation_result"))
    await until(lambda: candidate.client.status.answers == 0)
    await candidate.stop()
    box = Outbox(tmp_path / "lsp")
    try:
        assert box.answers() == []
    finally:
        box.close()


async def test_an_answer_whose_grade_was_missed_is_resent_and_graded_again_not_refused(
        server, start, tmp_path):
    """The server took the answer, but the connection died before its grade came: the
    client still holds it, resends it, and gets the same grade instead of a refusal."""
    invite = await server.invite()
    first = await start(invite)
    iid = await asked(first)
    await first.client.submit_answer(iid, ANSWER)
    [graded] = await until(lambda: first.of_type("evaluation_result"))
    await first.stop()
    box = Outbox(tmp_path / "lsp")  # as if the grade had never reached this client
    try:
        box.add_answer(str(iid), ANSWER)
    finally:
        box.close()

    second = await start(invite)
    # the grade comes back for the resent answer, and (since the conversation is replayed on
    # connect) it may come a second time, replayed: every copy is the same grade
    grades = await until(lambda: second.of_type("evaluation_result"))
    assert {(g.interaction_id, g.score) for g in grades} == {(graded.interaction_id, graded.score)}
    await until(lambda: second.client.status.answers == 0)
    assert second.of_type("error") == []
    assert await server.answers(invite.session_id) == [(iid, ANSWER)]


async def test_an_answer_to_a_question_already_answered_is_refused_once_and_forgotten(
        server, start):
    """The refusal names the question; the answer leaves the outbox and is never resent."""
    invite = await server.invite()
    tui, lsp = await start(invite, "tui"), await start(invite, "lsp")
    iid = await asked(tui)
    await until(lambda: lsp.of_type("question"))
    await tui.client.submit_answer(iid, ANSWER)
    await until(lambda: lsp.of_type("evaluation_result"))
    await lsp.client.submit_answer(iid, "a second opinion")
    [refusal] = await until(lambda: lsp.of_type("error"))
    assert refusal.code == "already_answered"
    await until(lambda: lsp.client.status.answers == 0)

    await server.stop()  # a reconnect resends every pending answer: there is none
    await until(lambda: not lsp.client.status.connected)
    await server.start()
    await until(lambda: lsp.client.status.connected, timeout=30)
    await asyncio.sleep(0.3)
    assert len(lsp.of_type("error")) == 1
    assert await server.answers(invite.session_id) == [(iid, ANSWER)]


async def test_an_answer_to_an_unknown_question_is_refused_and_forgotten(server, start):
    invite = await server.invite()
    candidate = await start(invite)
    await candidate.client.submit_answer(987654, ANSWER)
    [refusal] = await until(lambda: candidate.of_type("error"))
    assert refusal.code == "unknown_interaction"
    await until(lambda: candidate.client.status.answers == 0)
    assert candidate.client.pending_answers() == {}


@pytest.mark.parametrize("interaction_id", [987654, "not-a-number"])
async def test_a_refused_answer_s_error_frame_names_its_question(server, interaction_id):
    """On the wire: the error carries the interaction_id as it was sent."""
    invite = await server.invite()
    async with connect(invite.ws_url) as ws:
        assert json.loads(await ws.recv())["type"] == "auth_success"
        await ws.send(json.dumps({"type": "response_submitted", "data": {
            "interaction_id": interaction_id, "response": ANSWER}}))
        while (frame := json.loads(await asyncio.wait_for(ws.recv(), 10)))["type"] != "error":
            pass
    assert frame["data"]["code"] == "unknown_interaction"
    assert frame["data"]["interaction_id"] == interaction_id
