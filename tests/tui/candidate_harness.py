"""Helpers for the candidate companion's tests: invites to the test server, waiting, the bus."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from tui.candidate import CandidateApp
from viva.invite import Invite, parse_invite


def invite_for(api: Any, session: dict[str, Any]) -> Invite:
    """The invite of a session on the test server, built from the server's own address."""
    base = str(api.client.server.make_url("/"))
    return parse_invite(f"{base}join/{session['candidate_token']}")


async def publish(api: Any, session_id: int, type_: str, data: dict[str, Any]) -> None:
    """Send a message to the session's candidate connections through the server's bus."""
    from server.keys import BUS

    bus = api.client.server.app[BUS]
    await bus.publish({"session_id": session_id, "to": "session", "type": type_, "data": data})


async def wait_for(pilot: Pilot[Any], predicate: Callable[[], Any], timeout: float = 30.0,
                   what: str = "the condition") -> Any:
    """Let the app run until `predicate()` is truthy; its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await pilot.pause(0.03)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


async def connected(pilot: Pilot[Any], app: CandidateApp) -> None:
    """Wait until the app's own connection is up."""
    await wait_for(pilot, lambda: app.client is not None and app.client.status.connected,
                   what="the TUI to connect")


def text_of(widget: Any) -> str:
    """The plain text a Static shows, or another widget draws (`render`)."""
    content = widget.content if isinstance(widget, Static) else widget.render()
    return str(getattr(content, "plain", content))


class SentFrames:
    """Records what the app sends on its connection (wraps `VivaClient.send`)."""

    def __init__(self, app: CandidateApp) -> None:
        assert app.client is not None
        self.frames: list[tuple[str, dict[str, Any]]] = []
        original = app.client.send

        async def send(type_: str, data: dict[str, Any] | None = None) -> None:
            self.frames.append((type_, data or {}))
            await original(type_, data)

        app.client.send = send  # type: ignore[method-assign]

    def of_type(self, type_: str) -> list[dict[str, Any]]:
        return [data for t, data in self.frames if t == type_]


def workspace_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """A workspace folder holding `files`."""
    root = tmp_path / "workspace"
    root.mkdir()
    for rel, text in files.items():
        (root / rel).write_text(text)
    return root


async def settle() -> None:
    """Give background tasks a turn."""
    await asyncio.sleep(0)
