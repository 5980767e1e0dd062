"""The Task and Questions tabs: panes that own what they show and where typing goes."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static, TabPane

from tui.candidate.widgets.mcq import McqPanel
from tui.candidate.widgets.questions import (
    AnswerBox,
    CardAnswer,
    CardGrade,
    CardQuestion,
    QuestionCard,
    QuestionFeed,
)
from viva.protocol import (
    AnswerFeedback,
    AssessmentCompleted,
    AssessmentStarted,
    EvaluationResult,
    McqProgress,
    ProgressUpdate,
    Question,
)
from viva.words import counted

__all__ = ["QuestionsTab", "TaskTab"]


class TaskTab(TabPane):
    """The task, Markdown, once the session's info has arrived."""

    def __init__(self, *, id: str) -> None:
        super().__init__("Task", id=id)
        self.scroll = VerticalScroll(id="task-scroll")

    def compose(self) -> ComposeResult:
        with self.scroll:
            yield Static("Loading the task…", id="task-loading", markup=False)

    def say(self, line: str) -> None:
        """Instead of the task (which will not come): one line on why, and what to do."""
        for loading in self.scroll.query("#task-loading").results(Static):
            loading.update(Text(line, "bold red"))

    def show(self, text: str) -> None:
        """Show the task (Markdown), or show it again."""
        # markdown-it is loaded here, once the task is known, not before the first paint
        from textual.widgets import Markdown

        existing = self.scroll.query(Markdown)
        if existing:
            existing.first().update(text)
            return
        self.scroll.query("#task-loading").remove()
        self.scroll.mount(Markdown(text, id="task-text"))


class QuestionsTab(TabPane):
    """The question feed, and under it the answer box, or the multiple-choice panel while a
    multiple-choice test runs. Typing answers the first open code question."""

    def __init__(self, workspace: Path | None, *, id: str) -> None:
        super().__init__("Questions", id=id)
        self.feed = QuestionFeed(workspace, id="feed")
        self.mcq = McqPanel(id="mcq")
        self.mcq.display = False
        self.answer_box = AnswerBox(id="answer")
        self.quiz_done = False
        """The multiple-choice test's end has been shown."""

    def compose(self) -> ComposeResult:
        yield self.feed
        yield self.mcq
        yield self.answer_box

    @property
    def multiple_choice(self) -> bool:
        """Whether a multiple-choice question stands where the answer box was."""
        return bool(self.mcq.display)

    def focus_input(self) -> None:
        """Put the keyboard where it answers: the options, else the answer box."""
        (self.mcq if self.mcq.display else self.answer_box).focus()

    def tick(self, now: float) -> None:
        """Count the multiple-choice question's time down."""
        if self.mcq.display:
            self.mcq.tick(now)

    def note(self, text: str | Text, *, kind: str = "info") -> None:
        """Add a line about what happened to the feed."""
        self.feed.add_note(text, kind=kind)

    def close(self) -> None:
        """The session is over: nothing more can be answered."""
        self.answer_box.disabled = True
        self.answer_box.placeholder = "Nothing more can be answered here"
        self.mcq.close()

    # --- code questions --------------------------------------------------------------

    def question(self, data: Question, now: float) -> bool:
        """Show a `question` (multiple choice: counted down from `now`); True when it is new
        here and open."""
        if data.options:
            self.answer_box.display = False
            self.mcq.display = True
            self.mcq.ask(data, now)
            return True
        # the same question again (replayed on a reconnect, or answered elsewhere) is one card
        card = self.feed.card(data.interaction_id) if data.interaction_id is not None else None
        new = card is None
        if card is not None and card.unseen and data.question:  # its grade came first
            card.asked = CardQuestion(card.number if data.number is None else data.number,
                                      data.question, data.path, data.line, data.skill)
            self.feed.count = max(self.feed.count, card.number)
        if card is None:
            card = self.feed.add_question(data.interaction_id, data.question or "",
                                          path=data.path, line=data.line, skill=data.skill,
                                          number=data.number)
        if data.response is not None:  # taken by the server: no longer "queued", if it was
            card.answer = CardAnswer(data.response)
        if card.answered:
            if self.answer_box.target is card:
                self.target_next_open()
            return False
        target = self.answer_box.target
        if target is None or target.answered:
            self.answer_box.ask(card)
        return new

    def answered(self, interaction_id: int | str, response: str, *, queued: bool) -> None:
        """The candidate answered here: show it, and point the box at the next open question."""
        card = self.feed.card(interaction_id)
        if card is not None:
            card.answer = CardAnswer(response, queued=queued)
        self.target_next_open()

    def evaluated(self, data: EvaluationResult) -> None:
        """Show an `evaluation_result` on its question's card."""
        card = self.feed.card(data.interaction_id)
        if card is None:
            card = self.feed.add_question(data.interaction_id, None, path=None, line=None,
                                          skill=None, number=data.number)
        card.grade = CardGrade(data.evaluation, data.score)
        self.target_next_open()

    def target_next_open(self) -> None:
        """Point the answer box at the first question still open."""
        for card in self.feed.query(QuestionCard):
            if not card.answered and card.interaction_id is not None:
                self.answer_box.ask(card)
                return
        self.answer_box.ask(None)  # not a question answered meanwhile in another companion

    # --- the multiple-choice test ----------------------------------------------------

    def test_started(self, started: AssessmentStarted) -> None:
        """`assessment_started`: say which test and how many questions."""
        said = started.message or (f"{started.test_name or 'Multiple-choice test'}: "
                                   f"{counted(started.total_questions, 'question')}.")
        self.note(Text(said, "bold"), kind="state")

    def feedback(self, feedback: AnswerFeedback) -> None:
        """`answer_feedback`: right or not, the right option, the explanation, the progress."""
        right = feedback.is_correct
        line = Text("Correct. " if right else "Not quite. ", "bold green" if right else "bold red")
        if not right:
            line.append(f"The answer was {feedback.correct_option}. ")
        line.append(feedback.explanation)
        self.note(line, kind="feedback")
        self.progress(feedback.progress)
        self.mcq.close()

    def progress(self, progress: McqProgress | ProgressUpdate) -> None:
        """Questions answered out of the test's total, from `progress_update` or feedback."""
        if progress.total:
            self.mcq.set_progress(progress.answered, progress.total)

    def test_completed(self, completed: AssessmentCompleted) -> None:
        """`assessment_completed`: the score, and the answer box back."""
        self.quiz_done = True
        self.mcq.close()
        self.mcq.display = False
        self.answer_box.display = True
        results = completed.results
        score = results.get("score", results.get("total_score"))
        line = Text(completed.message or "The multiple-choice test is complete.", "bold")
        if score is not None:
            line.append(f" Score: {score}.")
        self.note(line, kind="done")
        self.answer_box.focus()
