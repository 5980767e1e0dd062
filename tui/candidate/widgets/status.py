"""The one-line status bar and the banner that carries the proctor's words."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from tui.candidate.session import format_remaining

__all__ = ["ProctorBanner", "StatusBar"]

_STATE_STYLE = {"active": "green", "paused": "yellow", "expired": "red", "completed": "cyan"}


class StatusBar(Widget):
    """Connection, changes waiting, session state, time left and the assessment's title.

    Each field is `reactive`: setting it redraws the line (`render`)."""

    connected: reactive[bool] = reactive(False)
    connecting: reactive[bool] = reactive(True)
    """Not connected yet, and no attempt has failed."""
    retry_in: reactive[float | None] = reactive(None)
    error: reactive[str | None] = reactive(None)
    """A word on why the connection ended for good ("refused", "closed")."""
    pending: reactive[int] = reactive(0)
    """Changes in the watcher's outbox, not yet acked by the server."""
    watcher_online: reactive[bool | None] = reactive(None)
    state: reactive[str] = reactive("active")
    remaining: reactive[float | None] = reactive(None)
    title: reactive[str] = reactive("")
    note: reactive[str | None] = reactive(None)
    """A transient word on what is happening (finishing, report ready)."""

    def __init__(self, *, watching: bool, id: str | None = None) -> None:
        super().__init__(id=id)
        self.watching = watching
        """Whether a watcher runs in this process (`viva join`): then its outbox is shown."""

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        if self.connected:
            line.append("● connected", "bold green")
        elif self.error:
            line.append(f"✖ {self.error}", "bold red")
        elif self.connecting and self.retry_in is None:
            line.append("◌ connecting…", "yellow")
        else:
            line.append("◌ reconnecting", "bold yellow")
            if self.retry_in is not None:
                line.append(f" in {self.retry_in:.0f} s", "yellow")
        if self.error == "refused":  # nothing is watched or counted any more
            return line
        if self.watching:
            line.append(" │ ")
            if self.watcher_online is False:
                line.append(f"watcher offline, {self.pending} waiting", "yellow")
            elif self.pending:
                line.append(f"{self.pending} change{'s' if self.pending != 1 else ''} waiting",
                            "yellow")
            else:
                line.append("all changes saved", "green")
        line.append(" │ ")
        line.append(self.state, _STATE_STYLE.get(self.state, "bold"))
        if self.remaining is not None and self.state not in ("completed", "expired"):
            line.append(" │ ")
            line.append(f"{format_remaining(self.remaining)} left",
                        "bold red" if self.remaining < 300 else "bold")
        if self.note:
            line.append(" │ ")
            line.append(self.note, "italic")
        if self.title:
            line.append(" │ ")
            line.append(self.title, "dim")
        return line


class ProctorBanner(Static):
    """A message from the proctor (or the server's time warnings), hard to miss; or, once,
    the server's refusal of the invite."""

    def say(self, text: str, label: str = "Proctor: ") -> None:
        """Show `text` until dismissed, introduced by who says it."""
        self.remove_class("-refused")
        self.update(Text.assemble((label, "bold"), text))
        self.display = True

    def refuse(self, line: str) -> None:
        """Show the refusal's one line, in the server's name, not the proctor's."""
        self.add_class("-refused")
        self.update(Text(line, "bold"))
        self.display = True

    def dismiss(self) -> None:
        """Hide the banner."""
        self.display = False
