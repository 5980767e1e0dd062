"""The candidate companion: task, questions, answers, multiple choice, help chat, finish.

One `CandidateApp` holds its own `VivaClient` (named "tui") on the candidate channel; every
server message about the session reaches it, whoever triggered it. With `watch=True`
(`viva join`) the workspace watcher runs as a task in the same event loop, with its own
client and durable outbox in `DIR/.viva`; its event log feeds the Activity tab and the
"changes waiting" count in the status bar. The TUI's client never queues file changes, so
its state directory is a throwaway temporary one, and the two outboxes never meet.

This module holds the layout, the keys and what the widgets ask for; the rest is in parts:
`base` (state and widgets), `connection` (client, REST info, watcher), `server_messages`
(one handler per server message type) and `finishing` (F10).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static, TabbedContent, TabPane

from tui.candidate.connection import Connection
from tui.candidate.messages import AnswerSubmitted, ChatMessageSent, OptionChosen, TestsRequested
from tui.candidate.server_messages import ServerMessages
from tui.candidate.widgets import (
    AnswerBox,
    ChatPanel,
    McqPanel,
    ProctorBanner,
    QuestionFeed,
    StatusBar,
    TestsPanel,
)

__all__ = ["CandidateApp"]


class CandidateApp(Connection, ServerMessages):
    """The candidate's companion beside their editor."""

    CSS_PATH = Path(__file__).with_name("candidate.tcss")
    """Absolute, so subclasses defined elsewhere find it too."""
    TITLE = "viva"
    ENABLE_COMMAND_PALETTE = False
    """Every action has its key in the footer; the palette's entry would crowd it at 80 columns."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "show_tab('task')", "Task"),
        Binding("f2", "show_tab('questions')", "Questions"),
        Binding("f3", "show_tab('chat')", "Help"),
        Binding("f4", "show_tab('activity')", "Activity"),
        Binding("f5", "start_quiz", "Quiz", tooltip="Start the assessment's multiple-choice test"),
        Binding("f6", "run_tests", "Tests", tooltip="Run the task's tests against your code now"),
        Binding("f10", "finish", "Finish"),
        Binding("escape", "dismiss_banner", "Hide message", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    # --- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusBar(watching=self.watching, id="status")
        banner = ProctorBanner(id="banner", markup=False)
        banner.display = False
        yield banner
        with TabbedContent(initial="task", id="tabs"):
            with TabPane("Task", id="task"), VerticalScroll(id="task-scroll"):
                yield Static("Loading the task…", id="task-loading", markup=False)
            with TabPane("Questions", id="questions"):
                yield QuestionFeed(self.workspace, id="feed")
                mcq = McqPanel(id="mcq")
                mcq.display = False
                yield mcq
                yield AnswerBox(id="answer")
            with TabPane("Help chat", id="chat"):
                yield ChatPanel(id="chat-panel")
            with TabPane("Tests", id="tests"):
                yield TestsPanel(id="tests-panel")
            if self.watching:
                from tui.candidate.widgets.activity import ActivityLog

                with TabPane("Activity", id="activity"):
                    yield ActivityLog(id="activity-log")
        yield Footer(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_tab" and parameters and parameters[0] == "activity":
            return self.watching
        if action == "finish":
            return None if self.state in ("completed", "expired") else True
        if action == "run_tests":  # a free session, or an assessment without [tests]
            if self.info is not None and not self.info.has_tests:
                return False
            return None if self.state in ("completed", "expired") else True
        if action == "start_quiz":
            return self.info is not None and self.info.assessment is not None
        return True

    def on_mount(self) -> None:
        self._widgets()
        self.set_interval(1.0, self._tick)
        self.query_one("#task-scroll").focus()
        # Connect after the first frame: the client's imports need not delay it.
        self.call_after_refresh(self._start)

    # --- actions ---------------------------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        """Switch to a tab and put the focus where typing is useful."""
        self.tabs.active = tab
        if tab == "questions":
            self._focus_questions()
        elif tab == "chat":
            self.chat_input.focus()

    async def action_start_quiz(self) -> None:
        """Start (or resume) the assessment's multiple-choice test; its questions follow."""
        if self.client is None or self.info is None or self.info.assessment is None:
            return
        await self.client.send("start_assessment", {"test_id": self.info.assessment})
        self.tabs.active = "questions"

    async def action_run_tests(self) -> None:
        """Run the tests against the code as it is now; the Tests tab shows the run."""
        self.tabs.active = "tests"
        if self.state in ("completed", "expired"):
            return
        self.tests.asked()
        self._show_tests_label()
        if self.client is not None:
            await self.client.send("run_tests")

    def action_dismiss_banner(self) -> None:
        self.banner.dismiss()

    # --- messages from the widgets ---------------------------------------------------

    async def on_answer_submitted(self, event: AnswerSubmitted) -> None:
        card = self.feed.card(event.interaction_id)
        queued = self.client is not None and not self.client.status.connected
        if self.client is not None:
            await self.client.submit_answer(event.interaction_id, event.response)
        if card is not None:
            card.show_answer(event.response, queued=queued)
        self._target_next_open()

    async def on_option_chosen(self, event: OptionChosen) -> None:
        if self.client is not None:
            await self.client.send("submit_answer", {"question_id": event.question_id,
                                                     "selected_option": event.option})

    async def on_tests_requested(self, event: TestsRequested) -> None:
        await self.action_run_tests()

    async def on_chat_message_sent(self, event: ChatMessageSent) -> None:
        if self.client is not None:
            await self.client.send("chat_message", {"message": event.text})
