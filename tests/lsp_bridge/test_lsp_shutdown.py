"""`shutdown` sends what is still gathering at once and waits for acks only as long as an
editor allows: Neovim kills a language server 500 ms after asking it to shut down."""

from __future__ import annotations

import asyncio
import base64
import json
import time

from lsp_harness import Editor
from websockets.asyncio.server import serve

from tests.viva.conftest import SessionPeer

SHUTDOWN_BUDGET = 0.5
"""Seconds Neovim gives a language server between `shutdown` and killing it."""


def _token(session_id: int) -> str:
    claims = base64.urlsafe_b64encode(json.dumps({"sid": session_id}).encode()).decode().rstrip("=")
    return f"header.{claims}.signature"


async def _until(predicate, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.02)


async def test_shutdown_sends_a_pending_edit_at_once_and_does_not_outwait_the_editor(tmp_path):
    peer = SessionPeer(hold_acks=True)  # a server that stores but is slow to ack
    async with serve(peer.handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        root = tmp_path / "task"
        root.mkdir()
        editor = await Editor(root, f"http://127.0.0.1:{port}/join/{_token(7)}",
                              tmp_path / "lsp.log").start()
        try:
            uri = editor.open("a.py", "x = 1\n")
            await _until(lambda: peer.files.get("a.py") == "x = 1\n")
            editor.edit(uri, (0, 4), (0, 5), "2")  # gathered for the debounce, then quit
            started = time.monotonic()
            await asyncio.wait_for(editor.client.shutdown_async(None), 5)
            took = time.monotonic() - started
            assert peer.files.get("a.py") == "x = 2\n"  # sent before shutdown answered
            assert took < SHUTDOWN_BUDGET, f"shutdown took {took:.2f} s"
        finally:
            await editor.stop()
