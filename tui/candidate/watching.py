"""The watcher (`viva join`) inside the companion: its task, and what its event log tells.

The watcher (`watch_directory`) runs as a task in the companion's event loop, with its own
client and durable outbox in `DIR/.viva`; what the companion sees of it is the event log,
line by line (`LineSink`) and event by event. `PendingChanges` counts from those events the
changes still waiting for the server: a `sent` or `deleted` event puts a seq in flight for
its path; `acked` clears that path's seqs up to the acked one (a later update of a path
supersedes the earlier ones still queued); `synced` means the outbox is empty.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, cast

from viva.invite import Invite

__all__ = ["LineSink", "PendingChanges", "WatcherTask"]

STOP_SECONDS = 5.0
"""How long the watcher may take to drain its outbox when the companion stops."""


class LineSink:
    """A text stream for the watcher's `EventLog` that hands each line to a callback."""

    def __init__(self, on_line: Callable[[str], None]) -> None:
        self._on_line = on_line

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line:
                self._on_line(line)
        return len(text)

    def flush(self) -> None:
        """Nothing is buffered."""


class WatcherTask:
    """`watch_directory` over the workspace as a task, stopped with a short drain (the
    watcher itself is `watcher.sync.WorkspaceWatcher`).

    The watcher is imported when it starts, so the first paint does not wait for it."""

    def __init__(self, workspace: Path, invite: Invite, options: dict[str, Any]) -> None:
        self.workspace = workspace
        self.invite = invite
        self.options = options
        """Extra keyword arguments for `watch_directory` (tests shorten its timings)."""
        self._stop = asyncio.Event()
        self._task: asyncio.Task[int] | None = None

    def start(self, *, on_line: Callable[[str], None], on_event: Callable[[dict[str, Any]], None],
              on_exit: Callable[[int], None]) -> None:
        """Start watching: each log line to `on_line`, each event to `on_event`, and a
        non-zero exit code to `on_exit`."""
        self._task = asyncio.create_task(self._run(on_line, on_event, on_exit))

    async def _run(self, on_line: Callable[[str], None],
                   on_event: Callable[[dict[str, Any]], None],
                   on_exit: Callable[[int], None]) -> int:
        from watcher.cli import watch_directory
        from watcher.log import EventLog

        log = EventLog(cast(TextIO, LineSink(on_line)), on_event=on_event)
        code = await watch_directory(self.workspace, self.invite, log=log,
                                     stop_event=self._stop, **self.options)
        if code:
            on_exit(code)
        return code

    async def stop(self) -> None:
        """Ask the watcher to stop and give it `STOP_SECONDS` to drain."""
        self._stop.set()
        if self._task is not None:
            await asyncio.wait([self._task], timeout=STOP_SECONDS)


class PendingChanges:
    """Seqs sent by the watcher and not yet acked, per path."""

    def __init__(self) -> None:
        self._seqs: dict[str, set[int]] = {}

    @property
    def count(self) -> int:
        """Changes waiting for the server's ack."""
        return sum(len(seqs) for seqs in self._seqs.values())

    def record(self, event: dict[str, Any]) -> None:
        """Take one event of the watcher's log into account."""
        kind, path, seq = event.get("event"), event.get("path"), event.get("seq")
        if kind == "synced":
            self._seqs.clear()
        elif kind in ("sent", "deleted") and path and isinstance(seq, int):
            self._seqs.setdefault(path, set()).add(seq)
        elif kind == "acked" and path and isinstance(seq, int) and path in self._seqs:
            left = {s for s in self._seqs[path] if s > seq}
            if left:
                self._seqs[path] = left
            else:
                del self._seqs[path]
