"""The server going away and coming back: edits and answers made meanwhile arrive, nothing is
lost, not even when the editor restarts before the server is back."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from lsp_harness import RestartableServer, eventually
from lsprotocol import types

from tests.conftest import make_settings

pytestmark = pytest.mark.slow


async def _wait_files(server, session_id, expected, timeout=15.0):
    deadline = time.monotonic() + timeout
    files = None
    while time.monotonic() < deadline:
        files = await server.files(session_id)
        if files == expected:
            return
        await asyncio.sleep(0.05)
    assert files == expected


async def test_edits_made_while_the_server_is_down_arrive_when_it_is_back(restartable_server, start_editor):
    server = restartable_server
    session = await server.create_session()
    sid = session["session_id"]
    editor = await start_editor(f"{server.url}/join/{session['candidate_token']}")
    uri = editor.open("main.py", "def main():\n")
    editor.type_text(uri, "    pass\n")
    await _wait_files(server, sid, {"main.py": "def main():\n    pass\n"})

    await server.stop()
    await eventually(lambda: editor.shown("lost the connection", types.MessageType.Warning),
                     what="the outage notice")
    editor.edit(uri, (1, 4), (1, 8), "return 42")
    other = editor.open("util.py", "X = 1\n")
    editor.edit(other, (0, 4), (0, 5), "2")
    await asyncio.sleep(0.3)  # the edits are debounced into the outbox while the server is away

    await server.start()
    await eventually(lambda: editor.shown("connected; edits made meanwhile", types.MessageType.Info), timeout=20,
                     what="the reconnection notice")
    await _wait_files(server, sid, {"main.py": "def main():\n    return 42\n", "util.py": "X = 2\n"})


async def test_an_editor_started_while_the_server_is_down_says_so_once_and_catches_up(
        restartable_server, start_editor):
    server = restartable_server
    session = await server.create_session()
    await server.stop()
    editor = await start_editor(f"{server.url}/join/{session['candidate_token']}")
    uri = editor.open("late.py", "")
    editor.type_text(uri, "x = 1\n")
    await eventually(lambda: editor.shown("cannot reach the server", types.MessageType.Warning),
                     what="the unreachable notice")
    await server.start()
    await eventually(lambda: editor.shown("viva: connected", types.MessageType.Info), timeout=20,
                     what="the connection notice")
    await _wait_files(server, session["session_id"], {"late.py": "x = 1\n"})
    assert len(editor.shown("cannot reach")) == 1


PAIRS = ("def pairs(items):\n    out = []\n    for a in items:\n        for b in items:\n"
         "            if a < b:\n                out.append((a, b))\n    return out\n")
ANSWER = "O(n^2): two nested loops over items compare every pair"


@pytest.fixture
async def asking_server(sqlite_url, tmp_path):
    """The real app on a fixed port whose examiner asks after any three changed lines."""
    server = RestartableServer(make_settings(sqlite_url, tmp_path, MIN_CODE_CHANGE_LINES=3,
                                             MIN_TIME_BETWEEN_INTERACTIONS=0))
    await server.start()
    yield server
    await server.stop()


async def test_an_answer_given_while_the_server_is_down_arrives_after_the_editor_restarts(
        asking_server, start_editor, tmp_path):
    server = asking_server
    session = await server.create_session()
    invite = f"{server.url}/join/{session['candidate_token']}"
    root = tmp_path / "task"
    editor = await start_editor(invite, root)
    uri = editor.open("pairs.py", PAIRS)
    [question] = await eventually(lambda: editor.diagnostics.get(uri), what="the question")
    iid = question.code

    await server.stop()
    await eventually(lambda: editor.shown("lost the connection", types.MessageType.Warning),
                     what="the outage notice")
    result = await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="viva.answer", arguments=[iid, ANSWER]))
    assert result["sent"] is False
    assert await editor.stop() == 0  # the answer is only on disk now

    again = await start_editor(invite, root)
    await server.start()
    await eventually(lambda: again.shown(f"answer to question {iid} scored", types.MessageType.Info),
                     timeout=30, what="the evaluation")
    async with httpx.AsyncClient(base_url=server.url, headers=server._headers()) as http:
        events = (await http.get(f"/sessions/{session['session_id']}/timeline")).json()["events"]
    assert [(e["interaction_id"], e["response"]) for e in events if e["type"] == "answer"] == [
        (iid, ANSWER)]
    assert not again.shown("already been answered")
