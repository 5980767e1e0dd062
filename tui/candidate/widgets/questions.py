"""The question feed: code questions with their excerpt, answers, evaluations, notes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Input, Static

from tui.candidate.excerpt import read_excerpt
from tui.candidate.messages import AnswerSubmitted

if TYPE_CHECKING:
    from rich.syntax import Syntax

__all__ = ["AnswerBox", "CardAnswer", "CardGrade", "CardQuestion", "QuestionCard", "QuestionFeed"]

UNSEEN_QUESTION = "(asked before this window opened)"
"""A card's text while only the question's evaluation has arrived."""

EMPTY_FEED = ("No questions yet. Keep coding in your editor: questions about what you "
              "write appear here, and you answer them in the box below.")


@dataclass(frozen=True, slots=True)
class CardQuestion:
    """A code question as its card shows it: its number, its words and where it points."""

    number: int
    question: str | None = None
    """None while only the question's evaluation has arrived: the question may follow."""
    path: str | None = None
    line: int | None = None
    skill: str | None = None


@dataclass(frozen=True, slots=True)
class CardAnswer:
    """What the candidate answered (in this companion or another)."""

    response: str
    queued: bool = False
    """Typed while the connection was down: it goes out once the connection is back."""


@dataclass(frozen=True, slots=True)
class CardGrade:
    """The examiner's evaluation of the answer, and its score (0 to 10)."""

    evaluation: str
    score: int | None = None


class QuestionCard(Vertical):
    """One code question: where it points, the code there, the answer and its evaluation.

    What it shows is three reactives, each drawn by its `watch_` method into the child
    widgets the card is made with (as Textual's `ProgressBar` does): setting one shows it
    whether the card is composed, mounted or neither yet. `.card-code` is there only while
    the workspace has the code the question points at."""

    asked: reactive[CardQuestion] = reactive(CardQuestion(0))
    answer: reactive[CardAnswer | None] = reactive(None)
    grade: reactive[CardGrade | None] = reactive(None)

    def __init__(self, asked: CardQuestion, interaction_id: int | str | None, *,
                 workspace: Path | None = None) -> None:
        super().__init__(classes="card")
        self.interaction_id = interaction_id
        self.workspace = workspace
        """Where the code the question points at is read."""
        self._title = Static(classes="card-title")
        self._question = Static(classes="card-question", markup=False)
        self._code = Static()
        self._answer = Static(classes="card-answer", markup=False)
        self._grade = Static(classes="card-evaluation")
        self.asked = asked

    @property
    def number(self) -> int:
        """The question's number in the session (`Q2`)."""
        return self.asked.number

    @property
    def unseen(self) -> bool:
        """Only the evaluation has arrived so far: the question itself may follow."""
        return self.asked.question is None

    @property
    def answered(self) -> bool:
        """Answered, here or elsewhere, or graded: no longer open."""
        return self.answer is not None or self.grade is not None

    def compose(self) -> ComposeResult:
        yield from (self._title, self._question, self._code, self._answer, self._grade)

    def watch_asked(self, asked: CardQuestion) -> None:
        title = Text.assemble((f"Q{asked.number}", "bold"))
        if asked.path:
            title.append(f"  {asked.path}" + (f":{asked.line}" if asked.line else ""), "cyan")
        if asked.skill:
            title.append(f"  · {asked.skill}", "dim")
        self._title.update(title)
        self._question.update(Text(UNSEEN_QUESTION if asked.question is None
                                   else asked.question))
        code = self._excerpt(asked)
        self._code.update(code or "")
        self._code.set_class(code is not None, "card-code")
        self._code.display = code is not None

    def watch_answer(self, answer: CardAnswer | None) -> None:
        if answer is not None:
            self._answer.update(Text.assemble(
                ("You: ", "bold"), answer.response,
                (" (queued until reconnected)", "italic yellow") if answer.queued else ""))
        self._answer.display = answer is not None

    def watch_grade(self, grade: CardGrade | None) -> None:
        if grade is not None:
            self._grade.update(_grade_line(grade))
        self._grade.display = grade is not None
        self.set_class(grade is not None, "-evaluated")

    def _excerpt(self, asked: CardQuestion) -> Syntax | None:
        """The code the question points at, highlighted, if the workspace has it."""
        excerpt = read_excerpt(self.workspace, asked.path, asked.line)
        if excerpt is None:
            return None
        from rich.syntax import Syntax  # pygments: loaded with the first question, not at start

        return Syntax(excerpt.text, Syntax.guess_lexer(excerpt.path, excerpt.text),
                      line_numbers=True, line_range=(excerpt.first, excerpt.last),
                      highlight_lines={excerpt.line}, theme="ansi_dark", word_wrap=False)


def _grade_line(grade: CardGrade) -> Text:
    """`Score 8/10  the evaluation`, the score coloured by how good it is."""
    line, evaluation = Text(), grade.evaluation
    if grade.score is not None:
        # the examiner may lead with the score itself; say it once
        evaluation = evaluation.removeprefix(f"Score {grade.score}/10.").lstrip()
        style = ("bold green" if grade.score >= 7 else "bold yellow" if grade.score >= 4
                 else "bold red")
        line.append(f"Score {grade.score}/10", style)
        line.append("  ")
    line.append(evaluation)
    return line


class QuestionFeed(VerticalScroll):
    """Every question and note of the session, newest at the bottom."""

    def __init__(self, workspace: Path | None, *, id: str | None = None) -> None:
        super().__init__(id=id, can_focus=False)
        self.workspace = workspace
        self.cards: dict[str, QuestionCard] = {}
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static(EMPTY_FEED, id="feed-empty", markup=False)

    def _append(self, widget: Static | Vertical) -> None:
        self.query("#feed-empty").remove()
        self.mount(widget)
        self.call_after_refresh(self.scroll_end, animate=False)

    def add_question(self, interaction_id: int | str | None, question: str | None, *,
                     path: str | None, line: int | None, skill: str | None,
                     number: int | None = None) -> QuestionCard:
        """Add a code question card, numbered as the server numbers it (else the next number);
        `question` None: only its evaluation has arrived so far."""
        self.count = self.count + 1 if number is None else max(self.count, number)
        asked = CardQuestion(self.count if number is None else number, question, path, line, skill)
        card = QuestionCard(asked, interaction_id, workspace=self.workspace)
        if interaction_id is not None:
            self.cards[str(interaction_id)] = card
        later = [c for c in self.cards.values() if c is not card and number is not None
                 and c.number > number and c.is_attached]
        if later:  # one published during the replay of earlier ones: keep the session's order
            self.mount(card, before=min(later, key=lambda c: c.number))
        else:
            self._append(card)
        return card

    def card(self, interaction_id: int | str) -> QuestionCard | None:
        """The card of a question, if it is shown."""
        return self.cards.get(str(interaction_id))

    def add_note(self, text: str | Text, *, kind: str = "info") -> None:
        """Add a line about what happened (proctor words, state changes, MCQ feedback)."""
        self._append(Static(text, classes=f"note -{kind}", markup=False))


class AnswerBox(Input):
    """Where the candidate types the answer to the open code question; Enter submits."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="No open question yet", id=id, max_length=20_000)
        self.target: QuestionCard | None = None

    def ask(self, card: QuestionCard | None) -> None:
        """Make `card` the question that typing answers (None: there is none open)."""
        if card is None and self.target is None:
            return  # keep saying the answer was sent
        self.target = card
        self.placeholder = ("No open question yet" if card is None
                            else f"Answer Q{card.number} here and press Enter")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        if self.target is None or self.target.interaction_id is None:
            self.app.notify("There is no open question to answer yet.", severity="warning")
            return
        self.post_message(AnswerSubmitted(self.target.interaction_id, text))
        self.value = ""
        self.target = None
        self.placeholder = "Answer sent. The next question appears above."
