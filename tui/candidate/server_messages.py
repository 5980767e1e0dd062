"""What the companion does with each message the server sends on the candidate channel.

`on_server_message_received` hands a frame to `_on_<type>`; types without a handler are
ignored. The handlers fill the question feed, the multiple-choice panel, the help chat and
the banner, and follow the session's state and clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from rich.text import Text

from tui.candidate.finishing import Finishing
from tui.candidate.messages import ServerMessageReceived
from tui.candidate.widgets import LETTERS
from tui.candidate.widgets.tests import result_summary

if TYPE_CHECKING:
    from viva.protocol import Message

__all__ = ["ServerMessages"]

_SENDER_LABELS: Final = {"proctor": "Proctor: ", "clock": "Time: "}
"""How a `system_message` is introduced in the feed, by its `from` (none: a proctor)."""
_TEST_TRIGGERS: Final = {"candidate": "Your tests", "proctor": "The proctor ran your tests",
                         "finish": "Tests at the finish", "expiry": "Tests at the end of time"}
"""How a `test_result` notification starts, by what started the run."""


class ServerMessages(Finishing):
    """The companion's handlers of server messages, one `_on_<type>` per message type."""

    def on_server_message_received(self, event: ServerMessageReceived) -> None:
        if self._tearing_down:
            return
        msg = event.message
        handler = getattr(self, f"_on_{msg.type}", None)
        if handler is not None:
            handler(msg)

    # --- questions and answers -------------------------------------------------------

    def _on_question(self, msg: Message) -> None:
        data = msg.data
        if data.options:
            self._ask_multiple_choice(data)
            return
        # the same question again (replayed on a reconnect, or answered elsewhere) is one card
        card = self.feed.card(data.interaction_id) if data.interaction_id is not None else None
        new = card is None
        if card is None:
            card = self.feed.add_question(data.interaction_id, data.question or "",
                                          path=data.path, line=data.line, skill=data.skill,
                                          number=data.number)
        if data.response is not None:  # taken by the server: no longer "queued", if it was
            card.show_answer(data.response)
        if card.answered:
            if self.answer_box.target is card:
                self._target_next_open()
            return
        target = self.answer_box.target
        if target is None or target.answered:
            self.answer_box.ask(card)
        if new:
            self._show_questions_for_typing()
            if not self.mcq.display and not data.replayed:
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
                                          path=None, line=None, skill=None, number=data.number)
        card.show_evaluation(data.evaluation, data.score)
        self._target_next_open()

    # --- the proctor, the help chat, the clock and the session -----------------------

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
        # a proctor may write a report during the session: only `session_state` ends it
        if self.state in ("completed", "expired"):
            self._finished()

    def _on_error(self, msg: Message) -> None:
        data = msg.data
        if self.finishing and data.code == "unsupported_type":
            self.run_worker(self._finish_over_rest(), group="finish")
            return
        if self.tests.results.requested:  # the answer to run_tests, which never says "started"
            self.tests.refused(f"The tests did not start: {data.error}")
            self._show_tests_label()
        self.notify(f"Server: {data.error}", severity="error", timeout=8)

    # --- test runs -------------------------------------------------------------------

    def _on_test_run(self, msg: Message) -> None:
        self.tests.started(msg.data.run_id)
        self._show_tests_label()

    def _on_test_result(self, msg: Message) -> None:
        result = msg.data
        self.tests.finished(result)
        self._show_tests_label()
        if self.tabs.active != "tests":  # a proctor's or the finish's run: say it, take nothing
            who = _TEST_TRIGGERS.get(result.trigger, "Tests")
            self.notify(f"{who}: {result_summary(result)} (see the Tests tab).",
                        severity="information" if result.status == "passed" else "warning")

    # --- the multiple-choice test ----------------------------------------------------

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
