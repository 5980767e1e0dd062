"""The first screen: every session in a live table, a filter above it, the feed's state below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar, Final

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from tui.proctor.messages import ActionRequested, SessionOpened
from tui.proctor.model import SORT_KEYS, Fleet
from tui.proctor.table import SessionTable

__all__ = ["SessionsScreen"]

_SORT_NAMES: Final = {"id": "session", "activity": "last activity", "edits": "edits",
                      "questions": "open questions", "tests": "tests passed", "signals": "flags"}
_DESCENDING_FIRST: Final = ("activity", "edits", "questions", "score", "signals")


class SessionsScreen(Screen[None]):
    """Sessions, filtered and sorted; Enter opens one (`SessionOpened`), the keys ask for
    actions (`ActionRequested`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "leave_filter", show=False),
        Binding("s", "sort", "Sort"),
        Binding("S", "reverse", "Reverse", show=False),
        Binding("m", "act('message')", "Message"),
        Binding("p", "act('pause')", "Pause/Resume"),
        Binding("x", "act('end')", "End"),
        Binding("g", "act('report')", "Report"),
        Binding("t", "act('tests')", "Tests", tooltip="Run the selected session's tests"),
        Binding("r", "act('replay')", "Replay"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, fleet: Fleet, *, server: str, clock: Callable[[], datetime],
                 feed_state: str) -> None:
        super().__init__()
        self.fleet = fleet
        self.server = server
        """The server's address, shown under the table."""
        self.clock = clock
        self.feed_state = feed_state
        """The live feed's state, shown under the table."""
        self.filter_text = ""
        self.sort = "id"
        self.reverse = False
        self.layout_changed = True

    @property
    def table(self) -> SessionTable:
        """The sessions table."""
        return self.query_one(SessionTable)

    def compose(self) -> ComposeResult:
        yield Header(icon="◉")
        yield Input(placeholder="/ to filter by candidate, assessment or status", id="filter")
        yield SessionTable(self.clock, id="sessions")
        yield Static("", id="feed-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.table.focus()

    def on_resize(self) -> None:
        self.layout_changed = True

    def show_feed_state(self, state: str) -> None:
        """Say the feed's new state under the table at the next repaint."""
        self.feed_state = state
        self.layout_changed = True

    def repaint(self, changed: set[int]) -> None:
        """Bring the table up to date: `changed` rows, or everything after a layout change."""
        if not changed and not self.layout_changed and not self.table.stale:
            return
        self.layout_changed = False
        fleet = self.fleet
        rows = fleet.rows(self.filter_text, self.sort, self.reverse)
        self.table.show(rows, sort=self.sort, reverse=self.reverse, changed=changed)
        arrow = "▼" if self.reverse else "▲"
        shown = f" · {len(rows)} shown" if self.filter_text else ""
        count = len(fleet.sessions)
        self.query_one("#feed-status", Static).update(
            f"{self.feed_state} · {self.server} · "
            f"{count} session{'' if count == 1 else 's'}"
            f"{shown} · sorted by {_SORT_NAMES.get(self.sort, self.sort)} {arrow}")

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value.strip()
        self.layout_changed = True
        self.repaint(set())

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.table.focus()

    def action_focus_filter(self) -> None:
        """Type to filter."""
        self.query_one("#filter", Input).focus()

    def action_leave_filter(self) -> None:
        """Back to the table (the filter stays)."""
        self.table.focus()

    def action_sort(self) -> None:
        """Sort by the next column."""
        self.sort = SORT_KEYS[(SORT_KEYS.index(self.sort) + 1) % len(SORT_KEYS)]
        self.reverse = self.sort in _DESCENDING_FIRST
        self._resort()

    def action_reverse(self) -> None:
        """Flip the sort order."""
        self.reverse = not self.reverse
        self._resort()

    def _resort(self) -> None:
        self.table.mark_sort(self.sort, self.reverse)
        self.layout_changed = True
        self.repaint(set())

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        if key == self.sort:
            self.reverse = not self.reverse
        else:
            self.sort, self.reverse = key, key in _DESCENDING_FIRST
        self._resort()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.post_message(SessionOpened(int(event.row_key.value)))

    def action_act(self, action: str) -> None:
        """An action on the session under the cursor."""
        sid = self.table.current_session
        if sid is None:
            self.notify("No session selected", severity="warning")
            return
        self.post_message(ActionRequested(sid, action))
