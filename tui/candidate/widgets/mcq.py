"""Multiple-choice mode: the question, its options by key, a countdown and the progress."""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from tui.candidate.messages import OptionChosen
from tui.candidate.session import format_remaining
from viva.protocol import Question

__all__ = ["LETTERS", "McqPanel"]

LETTERS: Final = "ABCD"


class McqPanel(Vertical, can_focus=True):
    """One multiple-choice question at a time; keys 1-4 or A-D choose an option."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # not in the footer (it has no room at 80 columns): the countdown line says the keys
        *(Binding(str(i + 1), f"choose({i})", "Choose", show=False) for i in range(4)),
        *(Binding(letter.lower(), f"choose({i})", show=False) for i, letter in enumerate(LETTERS)),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question_id: int | str | None = None
        self.options: list[str] = []
        self.deadline: float | None = None
        """When the question's time runs out (the app's clock)."""
        self.chosen: int | None = None
        self.timed_out = False
        self._heading = Static("", id="mcq-heading")
        self._progress = ProgressBar(total=1, show_eta=False, id="mcq-progress")
        self._question = Static("", id="mcq-question", markup=False)
        self._options = Static("", id="mcq-options")
        self._countdown = Static("", id="mcq-countdown")

    def compose(self) -> ComposeResult:
        yield self._heading
        yield self._progress
        yield self._question
        yield self._options
        yield self._countdown

    def ask(self, data: Question, now: float) -> None:
        """Show a `question` with `question_id` and `options`; start its countdown at `now`."""
        self.question_id = data.question_id
        self.options = list(data.options or [])[:len(LETTERS)]
        limit = data.time_limit_seconds
        self.deadline = now + float(limit) if limit is not None and limit > 0 else None
        self.chosen = None
        self.timed_out = False
        number, total = data.question_number, data.total_questions
        heading = Text()
        if number and total:
            heading.append(f"Question {number} of {total}", "bold")
        else:
            heading.append("Multiple choice", "bold")
        if data.skill_being_tested:
            heading.append(f"  · {data.skill_being_tested}", "dim")
        self._heading.update(heading)
        if number is not None and total is not None and total > 0:
            self.set_progress(number - 1, total)
        self._question.update(data.question_text or data.question or "")
        self._show_options()
        self.tick(now)

    def set_progress(self, done: float, total: float) -> None:
        """Questions finished out of the total."""
        self._progress.update(total=max(total, 1), progress=done)

    def _show_options(self) -> None:
        lines = Text()
        for i, option in enumerate(self.options):
            chosen = i == self.chosen
            style = "bold reverse" if chosen else ""
            lines.append(f" {i + 1}/{LETTERS[i]} ", "bold cyan" if not chosen else "bold reverse cyan")
            lines.append(f" {option}", style)
            if i < len(self.options) - 1:
                lines.append("\n")
        self._options.update(lines)

    def tick(self, now: float) -> None:
        """Update the countdown; at zero the question closes (the server moves on)."""
        box = self._countdown
        if self.question_id is None:
            box.update("")
            return
        if self.chosen is not None:
            box.update(Text(f"Answer {LETTERS[self.chosen]} sent; waiting for feedback…", "italic"))
            return
        if self.deadline is None:
            box.update(Text("Press 1-4 or A-D to answer", "dim"))
            return
        left = max(0.0, self.deadline - now)
        if left <= 0:
            self.timed_out = True
            box.update(Text("Time is up for this question; the next one follows.", "bold red"))
            return
        box.update(Text.assemble((f"{format_remaining(left)} left", "bold red" if left < 10 else "bold"),
                                 ("  · press 1-4 or A-D to answer", "dim")))

    def action_choose(self, index: int) -> None:
        """Choose option `index` (0-based) and send it."""
        if (self.question_id is None or self.chosen is not None or self.timed_out
                or index >= len(self.options)):
            self.app.bell()
            return
        self.chosen = index
        self._show_options()
        self.post_message(OptionChosen(self.question_id, LETTERS[index]))
        self._countdown.update(
            Text(f"Answer {LETTERS[index]} sent; waiting for feedback…", "italic"))

    def close(self) -> None:
        """No question open (the assessment is over, or the next question is awaited)."""
        self.question_id = None
        self.deadline = None
