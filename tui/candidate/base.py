"""What every part of the candidate companion shares: its state, its widgets, their updates.

`CompanionBase` is the root of `CandidateApp`'s parts (`connection`, `finishing`,
`server_messages`): it holds the constructor's settings, the session's state and the widgets
looked up once at mount, and the few updates more than one part makes (the state, the status
note, the clock, where the answer box points).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Input, RichLog, TabbedContent

from tui.candidate.watching import PendingChanges
from tui.candidate.widgets import (
    AnswerBox,
    ChatPanel,
    McqPanel,
    ProctorBanner,
    QuestionCard,
    QuestionFeed,
    StatusBar,
    TestsPanel,
)
from viva.invite import Invite

if TYPE_CHECKING:
    from tui.candidate.session import SessionInfo
    from viva.client import VivaClient

__all__ = ["EXIT_OK", "EXIT_REFUSED", "CompanionBase"]

EXIT_OK, EXIT_REFUSED = 0, 2


class CompanionBase(App[int]):
    """The companion's state and widgets; `CandidateApp` is built on it."""

    def __init__(self, invite: Invite, *, workspace: Path | None = None, watch: bool = False,
                 connect: bool = True, clock: Callable[[], float] = time.time,
                 watch_options: dict[str, Any] | None = None, intro: str = "") -> None:
        super().__init__()
        self.intro = intro
        """Markdown shown above the task (the demo says where the workspace is)."""
        self.invite = invite
        self.workspace = workspace
        """Where the candidate's files are: excerpts are read here, and watched with `watch`."""
        self.watching = watch and workspace is not None
        """Whether the watcher runs in this process (`viva join`)."""
        self.connect = connect
        """False: no network at all (layout tests feed messages in by hand)."""
        self.clock = clock
        self.watch_options = watch_options or {}
        self.info: SessionInfo | None = None
        self.state = "active"
        self.finishing = False
        self.pending_changes = PendingChanges()
        self.client: VivaClient | None = None
        self._state_dir: tempfile.TemporaryDirectory[str] | None = None
        self._stop_watching = asyncio.Event()
        self._tasks: list[asyncio.Task[Any]] = []
        self._watcher: asyncio.Task[int] | None = None
        self._shut = False
        self._exit_code = EXIT_OK

    def _widgets(self) -> None:
        # Looked up once: messages and ticks that arrive while the app is being torn down
        # then update detached widgets instead of failing to find them.
        self.status_bar = self.query_one("#status", StatusBar)
        self.feed = self.query_one("#feed", QuestionFeed)
        self.answer_box = self.query_one("#answer", AnswerBox)
        self.mcq = self.query_one("#mcq", McqPanel)
        self.chat = self.query_one("#chat-panel", ChatPanel)
        self.banner = self.query_one("#banner", ProctorBanner)
        self.tabs = self.query_one("#tabs", TabbedContent)
        self.tests = self.query_one("#tests-panel", TestsPanel)
        self.chat_input = self.query_one("#chat-input", Input)
        self.task_scroll = self.query_one("#task-scroll", VerticalScroll)
        self.activity = self.query_one("#activity-log", RichLog) if self.watching else None

    @property
    def _tearing_down(self) -> bool:
        """Tearing down: screens and widgets are going, messages still trickle in."""
        return self._shut or not self.screen_stack

    # --- clock -----------------------------------------------------------------------

    def _tick(self) -> None:
        now = self.clock()
        if self.info is not None:
            self.status_bar.remaining = self.info.remaining(now)
            self.status_bar.show()
        if self.mcq.display:
            self.mcq.tick(now)

    # --- state and status ------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = "active" if state == "resumed" else state
        self.status_bar.state = self.state
        self.status_bar.show()
        if self.state in ("completed", "expired"):
            self.answer_box.disabled = True
            self.mcq.close()
        self.refresh_bindings()

    def _note_status(self, note: str | None) -> None:
        self.status_bar.note = note
        self.status_bar.show()

    def _show_tests_label(self) -> None:
        """The Tests tab's label follows the last run: `Tests 3/5`, `Tests …`."""
        self.tabs.get_tab("tests").label = self.tests.summary()

    # --- the questions tab -----------------------------------------------------------

    def _focus_questions(self) -> None:
        if self.mcq.display:
            self.mcq.focus()
        else:
            self.answer_box.focus()

    def _target_next_open(self) -> None:
        for card in self.feed.query(QuestionCard):
            if not card.answered and card.interaction_id is not None:
                self.answer_box.ask(card)
                return
        self.answer_box.ask(None)  # not a question answered meanwhile in another companion
