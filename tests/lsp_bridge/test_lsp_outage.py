"""The server going away and coming back: edits made meanwhile arrive, nothing is lost."""

from __future__ import annotations

import asyncio
import time

import pytest
from lsp_harness import eventually
from lsprotocol import types

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
