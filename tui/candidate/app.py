"""The candidate companion: task, questions, answers, multiple choice, help chat, finish.

`CandidateApp` composes widgets that own their state: the status bar, the proctor's banner and
the tabs (`TaskTab`, `QuestionsTab`, `ChatPanel`, `TestsPanel`, with `viva join` the
`ActivityLog`); it tells them what happened and they show it. Its own client (named "tui", made
by `CompanionClient`) is on the candidate channel: one connection worker runs it, and every
frame, change of the connection and refusal reaches the app as a message
(`ServerMessageReceived`, `ConnectionChanged`, `ClientStopped`), whoever triggered it; each
server message type has its handler, named in an explicit table (`_server_handlers`).
Another worker loads the session's title, task and clock over REST (`SessionInfoLoaded`).
With `watch=True` (`viva join`) the workspace watcher runs in the same event loop
(`WatcherTask`), with its own client and durable outbox in `DIR/.viva`; its event log feeds
the Activity tab and the "changes waiting" count (`WatcherEventLogged`). F10's finish is one
worker, `_finish`.

The session's `state`, its `info` and a `refusal` are reactives that refresh the keys
(`check_action` reads them), and the status bar is bound to `state`. News from outside the
UI (the connection, REST, the watcher) is handled `_while_running`: once the app is being
torn down it is dropped, in that one place.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.widgets import Footer, RichLog, TabbedContent, TabPane

from tui.candidate.connection import CompanionClient
from tui.candidate.messages import (
    AnswerSubmitted,
    ChatMessageSent,
    ClientStopped,
    ConnectionChanged,
    OptionChosen,
    ServerMessageReceived,
    SessionInfoLoaded,
    TestsRequested,
    WatcherEventLogged,
)
from tui.candidate.session import (
    SessionInfo,
    SessionRefused,
    SessionStatus,
    SessionUnavailable,
    fetch_session_info,
    finish_session,
)
from tui.candidate.watching import PendingChanges, WatcherTask
from tui.candidate.widgets import (
    ChatPanel,
    FinishScreen,
    ProctorBanner,
    QuestionsTab,
    StatusBar,
    TaskTab,
    TestsPanel,
)
from tui.candidate.widgets.tests import result_summary
from viva.invite import Invite

if TYPE_CHECKING:
    from viva.client import ClientStatus, VivaClient
    from viva.protocol import Message
    from viva.refusal import Refusal
    from viva.starter import StarterFiles

__all__ = ["EXIT_OK", "EXIT_REFUSED", "FINISH_FALLBACK_SECONDS", "INFO_RETRY_SECONDS",
           "CandidateApp"]

logger = logging.getLogger("tui.candidate")

EXIT_OK, EXIT_REFUSED = 0, 2
INFO_RETRY_SECONDS: Final = 5.0
"""Pause between attempts to load the session's task and clock while the server is away."""
FINISH_FALLBACK_SECONDS: Final = 20.0
"""How long to wait for `report_ready` before finishing over REST instead."""
_SENDER_LABELS: Final = {"proctor": "Proctor: ", "clock": "Time: ", "assessment": "Test: "}
"""How a `system_message` is introduced in the feed, by its `from` (none: a proctor)."""
_TEST_TRIGGERS: Final = {"candidate": "Your tests", "proctor": "The proctor ran your tests",
                         "finish": "Tests at the finish", "expiry": "Tests at the end of time"}
"""How a `test_result` notification starts, by what started the run."""
_STATE_WORDS: Final = {"paused": "The session is paused.", "resumed": "The session resumed.",
                       "active": "The session resumed.",
                       "expired": "Time is up: the session has ended.",
                       "completed": "The session is complete."}
"""The feed's line for each `session_state`."""

_News = TypeVar("_News")


def _while_running(handler: Callable[[CandidateApp, _News], None]
                   ) -> Callable[[CandidateApp, _News], None]:
    """A handler of news from outside the UI that does nothing once the app is being torn
    down: screens and widgets are going, and messages still trickle in."""
    @functools.wraps(handler)
    def handle(app: CandidateApp, news: _News) -> None:
        if not app.tearing_down:
            handler(app, news)

    return handle


def _task_text(info: SessionInfo) -> str:
    """The Task tab's Markdown: the task, how to start the multiple-choice test if there is
    one, or what to do when there is no written task."""
    title = info.title or "Free coding session"
    quiz = ("> **Multiple-choice test**: press **F5** to start it (or to carry on with it): "
            "its questions appear under **Questions** (F2), one at a time, each with its own "
            "time; answer with the keys 1-4 or A-D.\n\n") if info.has_quiz else ""
    if info.task.strip():
        return quiz + info.task.strip()
    if info.has_quiz:
        return (f"# {title}\n\n{quiz}This assessment is a multiple-choice test: there is no "
                "code to write.")
    return (f"# {title}\n\nThere is no written task: code as you were asked to, and answer the "
            "questions that appear under **Questions** (F2).")


class CandidateApp(App[int]):
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

    state: reactive[SessionStatus] = reactive(SessionStatus.ACTIVE, bindings=True, init=False)
    """Where the session stands: F6 and F10 follow it, and so does the status bar."""
    info: reactive[SessionInfo | None] = reactive(None, bindings=True, init=False)
    """The session's title, task and clock, once loaded: F5 and F6 follow what it offers."""
    refusal: reactive[Refusal | None] = reactive(None, bindings=True, init=False)
    """Why the server refused the invite, once it has: the attempt is over, its keys too."""

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
        self.finishing = False
        self.pending_changes = PendingChanges()
        self.companion_client = CompanionClient(invite, workspace)
        self.watcher = (WatcherTask(workspace, invite, watch_options or {})
                        if watch and workspace is not None else None)
        self.starter: StarterFiles | None = None
        """What writing the task's starter files into the workspace did (`viva join`)."""
        self._asking_quiz = False
        """A `get_question` went out on connect to resume a multiple-choice test under way:
        its `not_started` error is expected, not news."""
        self._finish_refused = asyncio.Event()
        """Set when the channel does not take `finish`: then finish over REST at once."""
        self._shut = False
        self._exit_code = EXIT_OK
        self._server_handlers: dict[str, Callable[[Message], None]] = {
            "auth_success": self._server_auth_success,
            "question": self._server_question,
            "evaluation_result": self._server_evaluation_result,
            "system_message": self._server_system_message,
            "session_state": self._server_session_state,
            "report_ready": self._server_report_ready,
            "error": self._server_error,
            "test_run": self._server_test_run,
            "test_result": self._server_test_result,
            "assessment_started": self._server_assessment_started,
            "answer_feedback": self._server_answer_feedback,
            "progress_update": self._server_progress_update,
            "assessment_completed": self._server_assessment_completed,
        }
        """What each server message type does here; other types are ignored."""

    @property
    def client(self) -> VivaClient | None:
        """The companion's client on the candidate channel, once it is made."""
        return self.companion_client.client

    # --- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusBar(watching=self.watching, id="status").data_bind(CandidateApp.state)
        banner = ProctorBanner(id="banner", markup=False)
        banner.display = False
        yield banner
        with TabbedContent(initial="task", id="tabs"):
            yield TaskTab(id="task")
            yield QuestionsTab(self.workspace, id="questions")
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
        if self.refusal is not None and action in ("finish", "run_tests", "start_quiz"):
            return False  # the server refused the invite: nothing more can be done here
        if action == "show_tab" and parameters and parameters[0] == "activity":
            return self.watching
        if action == "finish":
            return None if self.state.over else True
        if action == "run_tests":  # a free session, or an assessment without [tests]
            if self.info is not None and not self.info.has_tests:
                return False
            return None if self.state.over else True
        if action == "start_quiz":
            return self.info is not None and self.info.has_quiz
        return True

    def on_mount(self) -> None:
        # Looked up once: messages and ticks that arrive while the app is being torn down
        # then update detached widgets instead of failing to find them.
        self.status_bar = self.query_one(StatusBar)
        self.banner = self.query_one(ProctorBanner)
        self.tabs = self.query_one("#tabs", TabbedContent)
        self.task_tab = self.query_one(TaskTab)
        self.questions = self.query_one(QuestionsTab)
        self.chat = self.query_one(ChatPanel)
        self.tests = self.query_one(TestsPanel)
        self.activity = self.query_one("#activity-log", RichLog) if self.watching else None
        self.set_interval(1.0, self._tick)
        self.task_tab.scroll.focus()
        # Connect after the first frame: the client's imports need not delay it.
        self.call_after_refresh(self._start)

    @property
    def tearing_down(self) -> bool:
        """Tearing down: screens and widgets are going, messages still trickle in (the app
        stops running before its screens go, and a test's pilot may end it at any moment)."""
        return self._shut or not self.is_running or not self.screen_stack

    # --- actions ---------------------------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        """Switch to a tab and put the focus where typing is useful."""
        self.tabs.active = tab
        if tab == "questions":
            self.questions.focus_input()
        elif tab == "chat":
            self.chat.input.focus()

    async def action_start_quiz(self) -> None:
        """Start (or resume) the assessment's multiple-choice test; its questions follow."""
        if (self.client is None or self.info is None or self.info.assessment is None
                or not self.info.has_quiz):
            return
        await self.client.send("start_assessment", {"test_id": self.info.assessment})
        self.tabs.active = "questions"

    async def action_run_tests(self) -> None:
        """Run the tests against the code as it is now; the Tests tab shows the run."""
        self.tabs.active = "tests"
        if self.state.over:
            return
        self.tests.asked()
        self._show_tests_label()
        if self.client is not None:
            await self.client.send("run_tests")

    def action_dismiss_banner(self) -> None:
        self.banner.dismiss()

    def action_finish(self) -> None:
        """Ask for confirmation, then finish the session."""
        if self.state.over or self.finishing:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._finish()

        self.push_screen(FinishScreen(), confirmed)

    async def action_quit(self) -> None:
        await self.shutdown()
        self.exit(self._exit_code)

    # --- messages from the widgets ---------------------------------------------------

    async def on_answer_submitted(self, event: AnswerSubmitted) -> None:
        queued = self.client is not None and not self.client.status.connected
        if self.client is not None:
            await self.client.submit_answer(event.interaction_id, event.response)
        self.questions.answered(event.interaction_id, event.response, queued=queued)

    async def on_option_chosen(self, event: OptionChosen) -> None:
        if self.client is not None:
            await self.client.send("submit_answer", {"question_id": event.question_id,
                                                     "selected_option": event.option})

    async def on_tests_requested(self, event: TestsRequested) -> None:
        await self.action_run_tests()

    async def on_chat_message_sent(self, event: ChatMessageSent) -> None:
        if self.client is not None:
            await self.client.send("chat_message", {"message": event.text})

    # --- the connection, the session's info and the watcher --------------------------

    def _start(self) -> None:
        """Connect, load the session's info and start the watcher."""
        if self._shut or not self.connect:
            return
        self._run_connection()
        self._load_info()
        if self.watcher is not None:
            self.watcher.start(on_line=self._activity_line, on_event=self._watcher_event,
                               on_exit=self._watcher_stopped)

    @work(group="connection", exit_on_error=False)
    async def _run_connection(self) -> None:
        """Make the client and run it until it is closed or refused: each frame, each change
        of the connection and a refusal come to the app as messages."""
        from viva.client import AuthRefused

        def heard(message: Message) -> None:
            self.post_message(ServerMessageReceived(message))

        def changed(status: ClientStatus) -> None:
            self.post_message(ConnectionChanged(status))

        client = self.companion_client.open(on_message=heard, on_status=changed)
        try:
            await client.run()
        except AuthRefused as exc:
            self.post_message(ClientStopped(exc.refusal))

    @work(group="info", exit_on_error=False)
    async def _load_info(self) -> None:
        """Ask the server about the session until it answers or refuses the invite."""
        while True:
            try:
                info = await fetch_session_info(self.invite, clock=self.clock)
            except SessionRefused as exc:
                self.post_message(ClientStopped(exc.refusal))
                return
            except SessionUnavailable as exc:
                logger.info("cannot load the session yet: %s", exc)
                await asyncio.sleep(INFO_RETRY_SECONDS)
                continue
            self.post_message(SessionInfoLoaded(info))
            return

    def _activity_line(self, line: str) -> None:
        """One line of the watcher's log, to the Activity tab."""
        if self.activity is not None:
            self.activity.write(line)

    def _watcher_event(self, record: dict[str, Any]) -> None:
        self.post_message(WatcherEventLogged(record))

    def _watcher_stopped(self, code: int) -> None:
        # a refusal (exit 2) is said once, by the app, whose own connection is refused too;
        # a session that ended stops the watcher as meant
        if (not self._shut and self.refusal is None and code != EXIT_REFUSED
                and not self.state.over):
            self.notify(f"The watcher stopped (exit {code}); see the Activity tab.",
                        severity="error", timeout=10)

    async def shutdown(self) -> None:
        """Stop the watcher (it drains briefly) and close the connection; idempotent."""
        if self._shut:
            return
        self._shut = True
        if self.watcher is not None:
            await self.watcher.stop()
        await self.companion_client.close()
        self.workers.cancel_group(self, "connection")
        self.workers.cancel_group(self, "info")

    async def on_unmount(self) -> None:
        await self.shutdown()

    @_while_running
    def on_connection_changed(self, event: ConnectionChanged) -> None:
        bar, status = self.status_bar, event.status
        bar.connected = status.connected
        bar.retry_in = status.retry_in
        bar.connecting = not status.connected and status.last_error is None
        bar.error = None

    @_while_running
    def on_client_stopped(self, event: ClientStopped) -> None:
        if self.refusal is not None:
            return
        refusal = event.refusal
        self.status_bar.connected, self.status_bar.retry_in = False, None
        ended = refusal.session_ended
        if ended is not None:  # the session ended (maybe while away): not the invite's fault
            self.status_bar.error = "closed"
            self.state = SessionStatus(ended)
            if self.finishing:
                self._show_finished()
            elif self.info is None:
                self.task_tab.say(refusal.line)
            return
        self.refusal = refusal
        self._exit_code = EXIT_REFUSED
        self.status_bar.error = "refused"
        self.banner.refuse(refusal.line)
        if self.info is None:
            self.task_tab.say(refusal.line)
        self.questions.note(Text(refusal.line, "bold red"), kind="refused")
        self.questions.close()
        self.chat.close()
        self.workers.cancel_group(self, "info")
        if self.watcher is not None:
            self.run_worker(self.watcher.stop(), group="stopping", exit_on_error=False)

    @_while_running
    def on_session_info_loaded(self, event: SessionInfoLoaded) -> None:
        if self.refusal is not None:
            return
        self.info = info = event.info
        self._write_starter_files(info.starter_files)
        self.status_bar.title = info.title
        if not info.has_tests:  # a free session, or an assessment without [tests]
            self.tabs.hide_tab("tests")
        self._set_state(info.status)
        self.task_tab.show(self.intro + self._workspace_words() + _task_text(info))
        self._tick()
        self._resume_quiz()

    def _write_starter_files(self, files: dict[str, str]) -> None:
        """`viva join`: the task's starter files into the workspace, where it has none."""
        if not self.watching or self.workspace is None or not files:
            return
        from viva.starter import write_starter_files

        self.starter = result = write_starter_files(self.workspace, files)
        said = result.summary()
        if said:
            self.notify(said, severity="warning" if result.kept or result.refused
                        else "information", timeout=12)

    @_while_running
    def on_watcher_event_logged(self, event: WatcherEventLogged) -> None:
        record = event.record
        self.pending_changes.record(record)
        if record.get("event") == "connected":
            self.status_bar.watcher_online = True
        elif record.get("event") == "disconnected":
            self.status_bar.watcher_online = False
        elif record.get("event") == "error":
            self.notify(f"Watcher: {record.get('error')}", severity="error", timeout=10)
        self.status_bar.pending = self.pending_changes.count

    def _workspace_words(self) -> str:
        """What the Task tab says above the task about the starter files written (`viva join`)."""
        if self.starter is None or not (self.starter.written or self.starter.kept
                                        or self.starter.refused):
            return ""
        return f"> **Your workspace** `{self.workspace}`: {self.starter.summary()}\n\n"

    # --- the session's state and clock -----------------------------------------------

    def _tick(self) -> None:
        now = self.clock()
        if self.info is not None:
            self.status_bar.remaining = self.info.remaining(now)
        self.questions.tick(now)

    def _set_state(self, word: str | None) -> None:
        """The state a server's word names (a word naming none changes nothing)."""
        status = SessionStatus.of(word)
        if status is not None:
            self.state = status

    def watch_state(self, state: SessionStatus) -> None:
        if state.over:
            self.questions.close()

    def _show_tests_label(self) -> None:
        """The Tests tab's label follows the last run: `Tests 3/5`, `Tests …`."""
        self.tabs.get_tab("tests").label = self.tests.summary()

    def _show_questions_for_typing(self) -> None:
        if self.tabs.active == "chat" and self.chat.typing:
            self.notify("New question under Questions (F2).")
            return  # do not take the keyboard away mid-sentence
        self.tabs.active = "questions"
        self.questions.focus_input()

    # --- finishing -------------------------------------------------------------------

    @work(group="finish")
    async def _finish(self) -> None:
        """Send `finish` and wait for the report; when it does not come in time, or the
        channel does not take `finish`, finish over REST."""
        self.finishing = True
        self._finish_refused.clear()
        self.status_bar.note = "finishing…"
        self.questions.note("Finishing: your work is being submitted and the report written…")
        if self.client is not None:
            await self.client.send("finish")
        with suppress(TimeoutError):
            await asyncio.wait_for(self._finish_refused.wait(), FINISH_FALLBACK_SECONDS)
        if not self.finishing or not self.connect:
            return  # finished meanwhile (report_ready), or nowhere to finish over REST
        try:
            await finish_session(self.invite)
        except SessionUnavailable as exc:
            self.notify(f"Could not finish: {exc}. Try again (F10).", severity="error")
            self.finishing = False
            self.status_bar.note = None
            return
        self._show_finished()

    def _show_finished(self) -> None:
        self.finishing = False
        self.state = SessionStatus.COMPLETED
        self.status_bar.note = "report ready"
        self.tabs.active = "questions"
        self.questions.note(Text("Done. Your report has been written; you can close this "
                                 "window (ctrl+q).", "bold green"), kind="done")

    # --- server messages, one `_server_<type>` each, named in `_server_handlers` ------------

    @_while_running
    def on_server_message_received(self, event: ServerMessageReceived) -> None:
        msg = event.message
        handler = self._server_handlers.get(msg.type)
        if handler is not None:
            handler(msg)

    def _server_auth_success(self, msg: Message) -> None:
        # a pause, a resume or the end that came while this companion was away
        status = msg.data.status
        shown = SessionStatus.of(status)
        if shown is not None and shown != self.state and self.info is not None:
            from viva.protocol import Message, SessionState

            self._server_session_state(Message("session_state", SessionState(status=status)))
        self._resume_quiz()

    @work(group="quiz", exclusive=True, exit_on_error=False)
    async def _resume_quiz(self) -> None:
        """On every connect, once the session is known: a multiple-choice test under way
        carries on where it stood (the server answers `get_question` with the current
        question and its time left; a test not started yet answers `not_started`)."""
        info, client = self.info, self.client
        if (info is None or not info.has_quiz or client is None or not client.status.connected
                or self.refusal is not None or self.state.over):
            return
        self._asking_quiz = True
        await client.send("get_question")

    def _server_question(self, msg: Message) -> None:
        data = msg.data
        if data.options:
            self._asking_quiz = False
        if self.questions.question(data, self.clock()):
            self._show_questions_for_typing()
            if not self.questions.multiple_choice and not data.replayed:
                self.bell()

    def _server_evaluation_result(self, msg: Message) -> None:
        self.questions.evaluated(msg.data)

    def _server_system_message(self, msg: Message) -> None:
        text = msg.data.message
        sender = msg.data.sender
        if sender == "help" or (sender is None and self.chat.waiting):
            self.chat.answered(text)
            return
        if sender == "clock" and self.info is not None:
            left = msg.data.time_left_seconds
            self.info = self.info.with_state(self.info.status, left, self.clock())
            self._tick()
        label = _SENDER_LABELS.get(sender or "proctor", "")
        self.banner.say(text, label)
        self.questions.note(Text.assemble((label, "bold"), text), kind=sender or "proctor")
        self.bell()

    def _server_session_state(self, msg: Message) -> None:
        status = msg.data.status
        self._set_state(status)
        if self.info is not None:
            left = msg.data.time_left_seconds
            self.info = self.info.with_state(status, left, self.clock())
            self._tick()
        self.questions.note(Text(_STATE_WORDS.get(status, f"Session {status}."), "bold"),
                            kind="state")
        if status == "completed" and self.finishing:
            self.status_bar.note = "writing the report…"
        if status in ("resumed", "active"):
            self._resume_quiz()  # a test under way goes on where the pause stopped it

    def _server_report_ready(self, msg: Message) -> None:
        # a proctor may write a report during the session: only `session_state` ends it
        if self.state.over:
            self._show_finished()

    def _server_error(self, msg: Message) -> None:
        data = msg.data
        if self._asking_quiz and data.code in ("not_started", "assessment_paused"):
            self._asking_quiz = False  # no test under way: F5 starts it, the Task tab says so
            return
        if self.finishing and data.code == "unsupported_type":
            self._finish_refused.set()
            return
        if self.tests.refused(f"The tests did not start: {data.error}"):
            self._show_tests_label()
        self.notify(f"Server: {data.error}", severity="error", timeout=8)

    def _server_test_run(self, msg: Message) -> None:
        self.tests.started(msg.data.run_id)
        self._show_tests_label()

    def _server_test_result(self, msg: Message) -> None:
        result = msg.data
        self.tests.finished(result)
        self._show_tests_label()
        if self.tabs.active != "tests":  # a proctor's or the finish's run: say it, take nothing
            who = _TEST_TRIGGERS.get(result.trigger, "Tests")
            self.notify(f"{who}: {result_summary(result)} (see the Tests tab).",
                        severity="information" if result.status == "passed" else "warning")

    def _server_assessment_started(self, msg: Message) -> None:
        self.questions.test_started(msg.data)

    def _server_answer_feedback(self, msg: Message) -> None:
        self.questions.feedback(msg.data)

    def _server_progress_update(self, msg: Message) -> None:
        self.questions.progress(msg.data)

    def _server_assessment_completed(self, msg: Message) -> None:
        if self._asking_quiz and self.questions.quiz_done:
            self._asking_quiz = False  # said already, before this reconnect
            return
        self._asking_quiz = False
        self.questions.test_completed(msg.data)
