"""The companion's links to the outside: its client, the session's REST info, the watcher.

Each starts after the first frame, reports back through the companion's own messages
(`ConnectionChanged`, `ClientStopped`, `SessionInfoLoaded`, `WatcherEventLogged`), handled
here, and stops in `shutdown`. `viva.client` and the watcher are imported only when they
start, so the first paint does not wait for them.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from tui.candidate.base import EXIT_REFUSED
from tui.candidate.finishing import Finishing
from tui.candidate.messages import (
    ClientStopped,
    ConnectionChanged,
    ServerMessageReceived,
    SessionInfoLoaded,
    WatcherEventLogged,
)
from tui.candidate.session import SessionUnavailable, fetch_session_info

if TYPE_CHECKING:
    from viva.client import ClientStatus, VivaClient
    from viva.protocol import Message

__all__ = ["INFO_RETRY_SECONDS", "Connection"]

logger = logging.getLogger("tui.candidate")

INFO_RETRY_SECONDS = 5.0
"""Pause between attempts to load the session's task and clock while the server is away."""


class Connection(Finishing):
    """Starting, following and stopping the client, the REST info and the watcher."""

    # --- start and stop --------------------------------------------------------------

    def _start(self) -> None:
        if self._shut or not self.connect:
            return
        from viva.client import VivaClient
        from viva.outbox import OutboxBusy

        def client_in(state_dir: Path) -> VivaClient:
            return VivaClient(self.invite, state_dir=state_dir, name="tui",
                              on_message=self._message_received, on_status=self._status_changed)

        try:
            state_dir = self._lasting_state_dir()
            state_dir.mkdir(parents=True, exist_ok=True)
            self.client = client_in(state_dir)
        except (OSError, OutboxBusy) as exc:  # e.g. a second companion on this session
            logger.info("keeping the companion's outbox in a temporary directory: %s", exc)
            self._state_dir = tempfile.TemporaryDirectory(prefix="viva-tui-")
            self.client = client_in(Path(self._state_dir.name))
        self._tasks.append(asyncio.create_task(self._run_client()))
        self._tasks.append(asyncio.create_task(self._load_info()))
        if self.watching:
            self._watcher = asyncio.create_task(self._run_watcher())

    def _lasting_state_dir(self) -> Path:
        """Where the companion's outbox (its answers) outlives a quit: beside the watcher's
        in the workspace, else under the user's state directory, one per server and session."""
        if self.workspace is not None:
            return self.workspace / ".viva" / "tui"
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
        key = hashlib.sha256(f"{self.invite.server}\n{self.invite.session_id}".encode())
        return base / "viva" / "tui" / key.hexdigest()[:16]

    def _message_received(self, message: Message) -> None:
        self.post_message(ServerMessageReceived(message))

    def _status_changed(self, status: ClientStatus) -> None:
        self.post_message(ConnectionChanged(status))

    def _watcher_event(self, record: dict[str, Any]) -> None:
        self.post_message(WatcherEventLogged(record))

    async def _run_client(self) -> None:
        from viva.client import AuthRefused

        assert self.client is not None
        try:
            await self.client.run()
        except AuthRefused as exc:
            self.post_message(ClientStopped(str(exc), exc.reason))

    async def _load_info(self) -> None:
        while True:
            try:
                info = await fetch_session_info(self.invite, clock=self.clock)
            except SessionUnavailable as exc:
                logger.info("cannot load the session yet: %s", exc)
                await asyncio.sleep(INFO_RETRY_SECONDS)
                continue
            self.post_message(SessionInfoLoaded(info))
            return

    async def _run_watcher(self) -> int:
        from tui.candidate.widgets.activity import LineSink
        from watcher.cli import watch_directory
        from watcher.log import EventLog

        assert self.workspace is not None
        log = EventLog(cast(TextIO, LineSink(self._activity_line)), on_event=self._watcher_event)
        code = await watch_directory(self.workspace, self.invite, log=log,
                                     stop_event=self._stop_watching, **self.watch_options)
        if code and not self._shut:
            self.notify(f"The watcher stopped (exit {code}); see the Activity tab.",
                        severity="error", timeout=10)
        return code

    def _activity_line(self, line: str) -> None:
        """One line of the watcher's log, to the Activity tab."""
        if self.activity is not None:
            self.activity.write(line)

    async def shutdown(self) -> None:
        """Stop the watcher (it drains briefly) and close the connection; idempotent."""
        if self._shut:
            return
        self._shut = True
        self._stop_watching.set()
        if self._watcher is not None:
            await asyncio.wait([self._watcher], timeout=5)
        if self.client is not None:
            await self.client.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._state_dir is not None:
            self._state_dir.cleanup()

    async def action_quit(self) -> None:
        await self.shutdown()
        self.exit(self._exit_code)

    async def on_unmount(self) -> None:
        await self.shutdown()

    # --- state from the connection, the watcher and REST -----------------------------

    def on_connection_changed(self, event: ConnectionChanged) -> None:
        if self._tearing_down:
            return
        bar, status = self.status_bar, event.status
        bar.connected = status.connected
        bar.retry_in = status.retry_in
        bar.connecting = not status.connected and status.last_error is None
        bar.error = None
        bar.show()

    def on_client_stopped(self, event: ClientStopped) -> None:
        if self._tearing_down:
            return
        reason = event.reason.lower()
        for state in ("completed", "expired"):
            if state in reason:
                self._set_state(state)
                if self.finishing:
                    self._finished()
                return
        self._exit_code = EXIT_REFUSED
        bar = self.status_bar
        bar.connected, bar.error = False, event.error
        bar.show()
        self.banner.say(event.error)

    def on_session_info_loaded(self, event: SessionInfoLoaded) -> None:
        if self._tearing_down:
            return
        self.info = info = event.info
        self.status_bar.title = info.title
        if not info.has_tests:  # a free session, or an assessment without [tests]
            self.tabs.hide_tab("tests")
        self._set_state(info.status)
        self._show_task(self.intro + (
            info.task.strip() or f"# {info.title or 'Free coding session'}\n\n"
            "There is no written task: code as you were asked to, and answer the questions "
            "that appear under **Questions** (F2)."))
        self._tick()

    def _show_task(self, text: str) -> None:
        # markdown-it is loaded here, once the task is known, not before the first paint
        from textual.widgets import Markdown

        existing = self.task_scroll.query(Markdown)
        if existing:
            existing.first().update(text)
            return
        self.task_scroll.query("#task-loading").remove()
        self.task_scroll.mount(Markdown(text, id="task-text"))

    def on_watcher_event_logged(self, event: WatcherEventLogged) -> None:
        if self._tearing_down:
            return
        bar = self.status_bar
        record = event.record
        self.pending_changes.record(record)
        if record.get("event") == "connected":
            bar.watcher_online = True
        elif record.get("event") == "disconnected":
            bar.watcher_online = False
        elif record.get("event") == "error":
            self.notify(f"Watcher: {record.get('error')}", severity="error", timeout=10)
        bar.pending = self.pending_changes.count
        bar.show()
