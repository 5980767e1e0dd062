"""What the watcher did (`viva join` only): one line per event, as `viva watch` prints them."""

from __future__ import annotations

from textual.widgets import RichLog

__all__ = ["ActivityLog"]


class ActivityLog(RichLog):
    """The watcher's log lines, newest last."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, max_lines=500, wrap=False, markup=False, highlight=False)
