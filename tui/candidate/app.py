"""The candidate companion: task, questions, answers, multiple choice, help chat, finish.

One `CandidateApp` holds its own `VivaClient` (named "tui") on the candidate channel; every
server message about the session reaches it, whoever triggered it. With `watch=True`
(`viva join`) the workspace watcher runs as a task in the same event loop, with its own
client and durable outbox in `DIR/.viva`; its event log feeds the Activity tab and the
"changes waiting" count in the status bar. The TUI's client never queues file changes, so
its state directory is a throwaway temporary one, and the two outboxes never meet.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, TextIO, cast

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, RichLog, Static, TabbedContent, TabPane

from tui.candidate.messages import (
    AnswerSubmitted,
    ChatMessageSent,
    ClientStopped,
    ConnectionChanged,
    OptionChosen,
    ServerMessageReceived,
    SessionInfoLoaded,
    WatcherEventLogged,
)
from tui.candidate.session import (
    SessionInfo,
    SessionUnavailable,
    fetch_session_info,
    finish_session,
)
from tui.candidate.watching import PendingChanges
from tui.candidate.widgets import (
    LETTERS,
    AnswerBox,
    ChatPanel,
    FinishScreen,
    McqPanel,
    ProctorBanner,
    QuestionCard,
    QuestionFeed,
    StatusBar,
)
from viva.invite import Invite

if TYPE_CHECKING:
    from viva.client import ClientStatus, VivaClient
    from viva.protocol import Message

__all__ = ["CandidateApp"]

logger = logging.getLogger("tui.candidate")

EXIT_OK, EXIT_REFUSED = 0, 2
INFO_RETRY_SECONDS = 5.0
"""Pause between attempts to load the session's task and clock while the server is away."""
_SENDER_LABELS: Final = {"proctor": "Proctor: ", "clock": "Time: "}
"""How a `system_message` is introduced in the feed, by its `from` (none: a proctor)."""
FINISH_FALLBACK_SECONDS = 20.0
"""How long to wait for `report_ready` before finishing over REST instead."""


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
        Binding("f10", "finish", "Finish"),
        Binding("escape", "dismiss_banner", "Hide message", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

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
            if self.watching:
                from tui.candidate.widgets.activity import ActivityLog

                with TabPane("Activity", id="activity"):
                    yield ActivityLog(id="activity-log")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_tab" and parameters and parameters[0] == "activity":
            return self.watching
        if action == "finish":
            return None if self.state in ("completed", "expired") else True
        if action == "start_quiz":
            return self.info is not None and self.info.assessment is not None
        return True

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
        self.chat_input = self.query_one("#chat-input", Input)
        self.task_scroll = self.query_one("#task-scroll", VerticalScroll)
        self.activity = self.query_one("#activity-log", RichLog) if self.watching else None

    # --- lifetime --------------------------------------------------------------------

    @property
    def _tearing_down(self) -> bool:
        """Tearing down: screens and widgets are going, messages still trickle in."""
        return self._shut or not self.screen_stack

    def on_mount(self) -> None:
        self._widgets()
        self.set_interval(1.0, self._tick)
        self.query_one("#task-scroll").focus()
        # Connect after the first frame: the client's imports need not delay it.
        self.call_after_refresh(self._start)

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

    # --- clock -----------------------------------------------------------------------

    def _tick(self) -> None:
        now = self.clock()
        if self.info is not None:
            self.status_bar.remaining = self.info.remaining(now)
            self.status_bar.show()
        if self.mcq.display:
            self.mcq.tick(now)

    # --- actions ---------------------------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        """Switch to a tab and put the focus where typing is useful."""
        self.tabs.active = tab
        if tab == "questions":
            self._focus_questions()
        elif tab == "chat":
            self.chat_input.focus()

    def _focus_questions(self) -> None:
        if self.mcq.display:
            self.mcq.focus()
        else:
            self.answer_box.focus()

    async def action_start_quiz(self) -> None:
        """Start (or resume) the assessment's multiple-choice test; its questions follow."""
        if self.client is None or self.info is None or self.info.assessment is None:
            return
        await self.client.send("start_assessment", {"test_id": self.info.assessment})
        self.tabs.active = "questions"

    def action_dismiss_banner(self) -> None:
        self.banner.dismiss()

    def action_finish(self) -> None:
        """Ask for confirmation, then finish the session."""
        if self.state in ("completed", "expired") or self.finishing:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_worker(self._finish(), group="finish")

        self.push_screen(FinishScreen(), confirmed)

    async def _finish(self) -> None:
        self.finishing = True
        self._note_status("finishing…")
        self.feed.add_note("Finishing: your work is being submitted and the report written…")
        if self.client is not None:
            await self.client.send("finish")
        await asyncio.sleep(FINISH_FALLBACK_SECONDS)
        if self.finishing:  # no report_ready: the channel may not take `finish`
            await self._finish_over_rest()

    async def _finish_over_rest(self) -> None:
        if not self.connect:
            return
        try:
            await finish_session(self.invite)
        except SessionUnavailable as exc:
            self.notify(f"Could not finish: {exc}. Try again (F10).", severity="error")
            self.finishing = False
            self._note_status(None)
            return
        self._finished()

    def _finished(self) -> None:
        self.finishing = False
        self._set_state("completed")
        self._note_status("report ready")
        self.tabs.active = "questions"
        self.feed.add_note(Text("Done. Your report has been written; you can close this "
                                "window (ctrl+q).", "bold green"), kind="done")
        self.answer_box.disabled = True

    # --- messages from the widgets ---------------------------------------------------

    async def on_answer_submitted(self, event: AnswerSubmitted) -> None:
        card = self.feed.card(event.interaction_id)
        queued = self.client is not None and not self.client.status.connected
        if self.client is not None:
            await self.client.submit_answer(event.interaction_id, event.response)
        if card is not None:
            card.show_answer(event.response, queued=queued)
        self._target_next_open()

    def _target_next_open(self) -> None:
        for card in self.feed.query(QuestionCard):
            if not card.answered and card.interaction_id is not None:
                self.answer_box.ask(card)
                return

    async def on_option_chosen(self, event: OptionChosen) -> None:
        if self.client is not None:
            await self.client.send("submit_answer", {"question_id": event.question_id,
                                                     "selected_option": event.option})

    async def on_chat_message_sent(self, event: ChatMessageSent) -> None:
        if self.client is not None:
            await self.client.send("chat_message", {"message": event.text})

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

    # --- server messages -------------------------------------------------------------

    def on_server_message_received(self, event: ServerMessageReceived) -> None:
        if self._tearing_down:
            return
        msg = event.message
        handler = getattr(self, f"_on_{msg.type}", None)
        if handler is not None:
            handler(msg)

    def _on_question(self, msg: Message) -> None:
        data = msg.data
        if data.options:
            self._ask_multiple_choice(data)
            return
        card = self.feed.add_question(data.interaction_id, data.question or "", path=data.path,
                                      line=data.line, skill=data.skill)
        target = self.answer_box.target
        if target is None or target.answered:
            self.answer_box.ask(card)
        self._show_questions_for_typing()
        if not self.mcq.display:
            self.bell()

    def _show_questions_for_typing(self) -> None:
        tabs = self.tabs
        chat_input = self.chat_input
        if tabs.active == "chat" and chat_input.value:
            self.notify("New question under Questions (F2).")
            return  # do not take the keyboard away mid-sentence
        tabs.active = "questions"
        self._focus_questions()

    def _ask_multiple_choice(self, data: Any) -> None:
        self.answer_box.display = False
        self.mcq.display = True
        self.mcq.ask(data, self.clock())
        self._show_questions_for_typing()

    def _on_evaluation_result(self, msg: Message) -> None:
        data = msg.data
        card = self.feed.card(data.interaction_id)
        if card is None:
            card = self.feed.add_question(data.interaction_id, "(asked before this window opened)",
                                          path=None, line=None, skill=None)
        card.show_evaluation(data.evaluation, data.score)
        self._target_next_open()

    def _on_system_message(self, msg: Message) -> None:
        text = msg.data.message
        sender = (msg.data.model_extra or {}).get("from")
        if sender == "help" or (sender is None and self.chat.waiting):
            self.chat.answered(text)
            return
        if sender == "clock" and self.info is not None:
            left = (msg.data.model_extra or {}).get("time_left_seconds")
            self.info = self.info.with_state(self.info.status, left, self.clock())
            self._tick()
        self.banner.say(text)
        label = _SENDER_LABELS.get(sender or "proctor", "")
        self.feed.add_note(Text.assemble((label, "bold"), text), kind=sender or "proctor")
        self.bell()

    def _on_session_state(self, msg: Message) -> None:
        status = msg.data.status
        self._set_state(status)
        if self.info is not None:
            left = (msg.data.model_extra or {}).get("time_left_seconds")
            self.info = self.info.with_state(status, left, self.clock())
            self._tick()
        words = {"paused": "The session is paused.", "resumed": "The session resumed.",
                 "active": "The session resumed.", "expired": "Time is up: the session has ended.",
                 "completed": "The session is complete."}
        self.feed.add_note(Text(words.get(status, f"Session {status}."), "bold"), kind="state")
        if status == "completed" and self.finishing:
            self._note_status("writing the report…")

    def _on_report_ready(self, msg: Message) -> None:
        self._finished()

    def _on_error(self, msg: Message) -> None:
        data = msg.data
        if self.finishing and data.code == "unsupported_type":
            self.run_worker(self._finish_over_rest(), group="finish")
            return
        self.notify(f"Server: {data.error}", severity="error", timeout=8)

    def _on_assessment_started(self, msg: Message) -> None:
        extra = msg.data.model_extra or {}
        said = extra.get("message") or (f"{extra.get('test_name') or 'Multiple-choice test'}: "
                                        f"{extra.get('total_questions', '?')} questions.")
        self.feed.add_note(Text(str(said), "bold"), kind="state")

    def _on_answer_feedback(self, msg: Message) -> None:
        extra = msg.data.model_extra or {}
        right = bool(extra.get("is_correct"))
        line = Text("Correct. " if right else "Not quite. ", "bold green" if right else "bold red")
        correct = extra.get("correct_option")
        if not right and correct is not None:
            shown = LETTERS[correct] if isinstance(correct, int) and 0 <= correct < 4 else correct
            line.append(f"The answer was {shown}. ")
        line.append(str(extra.get("explanation") or ""))
        self.feed.add_note(line, kind="feedback")
        self._progress(extra.get("progress"))
        self.mcq.close()

    def _on_progress_update(self, msg: Message) -> None:
        self._progress(msg.data.model_extra)

    def _progress(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        done = data.get("answered", data.get("questions_answered"))
        total = data.get("total", data.get("total_questions"))
        if isinstance(done, (int, float)) and isinstance(total, (int, float)) and total:
            self.mcq.set_progress(done, total)

    def _on_assessment_completed(self, msg: Message) -> None:
        extra = msg.data.model_extra or {}
        self.mcq.close()
        self.mcq.display = False
        self.answer_box.display = True
        results = extra.get("results") or {}
        score = results.get("score", results.get("total_score")) if isinstance(results, dict) else None
        line = Text(str(extra.get("message") or "The multiple-choice test is complete."), "bold")
        if score is not None:
            line.append(f" Score: {score}.")
        self.feed.add_note(line, kind="done")
        self.answer_box.focus()
