"""What the watcher did (`viva join` only): one line per event, as `viva watch` prints them."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import RichLog

__all__ = ["ActivityLog", "LineSink"]


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


class ActivityLog(RichLog):
    """The watcher's log lines, newest last."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, max_lines=500, wrap=False, markup=False, highlight=False)
