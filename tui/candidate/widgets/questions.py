"""The question feed: code questions with their excerpt, answers, evaluations, notes."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from tui.candidate.excerpt import read_excerpt
from tui.candidate.messages import AnswerSubmitted

__all__ = ["AnswerBox", "QuestionCard", "QuestionFeed"]

UNSEEN_QUESTION = "(asked before this window opened)"
"""A card's text while only the question's evaluation has arrived."""

EMPTY_FEED = ("No questions yet. Keep coding in your editor: questions about what you "
              "write appear here, and you answer them in the box below.")


class QuestionCard(Vertical):
    """One code question: where it points, the code there, the answer and its evaluation."""

    def __init__(self, number: int, interaction_id: int | str | None, question: str, *,
                 path: str | None = None, line: int | None = None, skill: str | None = None,
                 workspace: Path | None = None) -> None:
        super().__init__(classes="card")
        self.number = number
        self.interaction_id = interaction_id
        self.question = question
        self.path, self.line, self.skill = path, line, skill
        self.workspace = workspace
        self.answered = False
        self.unseen = question == UNSEEN_QUESTION
        """Only the evaluation has arrived so far: the question itself may follow."""
        self._answer: Text | None = None
        self._evaluation: Text | None = None

    def fill(self, question: str, *, path: str | None, line: int | None, skill: str | None,
             number: int | None) -> None:
        """The question of a card made for its evaluation, which came first (a grade
        published while the conversation was being replayed to this window)."""
        self.question, self.path, self.line, self.skill = question, path, line, skill
        self.number = number if number is not None else self.number
        self.unseen = False
        titles = self.query(".card-title").results(Static)
        title = next(titles, None)
        if title is None:
            return  # not composed yet: compose shows it all
        # in place, at once: the answer and evaluation already shown stay where they are
        # (a card composed but not yet mounted would miss a recompose)
        title.update(self._title())
        self.query_one(".card-question", Static).update(Text(self.question))
        self.query(".card-code").remove()
        code = self._code()
        if code is not None:
            self.mount(code, after=self.query_one(".card-question"))

    def _title(self) -> Text:
        title = Text.assemble((f"Q{self.number}", "bold"))
        if self.path:
            title.append(f"  {self.path}" + (f":{self.line}" if self.line else ""), "cyan")
        if self.skill:
            title.append(f"  · {self.skill}", "dim")
        return title

    def _code(self) -> Static | None:
        """The code the question points at, highlighted, if the workspace has it."""
        excerpt = read_excerpt(self.workspace, self.path, self.line)
        if excerpt is None:
            return None
        from rich.syntax import Syntax  # pygments: loaded with the first question, not at start

        code = Syntax(excerpt.text, Syntax.guess_lexer(excerpt.path, excerpt.text),
                      line_numbers=True, line_range=(excerpt.first, excerpt.last),
                      highlight_lines={excerpt.line}, theme="ansi_dark", word_wrap=False)
        return Static(code, classes="card-code")

    def compose(self) -> ComposeResult:
        yield Static(self._title(), classes="card-title")
        yield Static(self.question, classes="card-question", markup=False)
        code = self._code()
        if code is not None:
            yield code
        # what arrived before the card was composed (a replayed conversation comes at once)
        answer = Static(self._answer or "", classes="card-answer", markup=False)
        answer.display = self._answer is not None
        yield answer
        evaluation = Static(self._evaluation or "", classes="card-evaluation")
        evaluation.display = self._evaluation is not None
        yield evaluation

    def _show(self, selector: str, text: Text) -> None:
        for box in self.query(selector).results(Static):  # none yet: compose shows it
            box.update(text)
            box.display = True

    def show_answer(self, response: str, *, queued: bool = False) -> None:
        """Show what the candidate answered (in this companion or another)."""
        self.answered = True
        self._answer = Text.assemble(("You: ", "bold"), response,
                                     (" (queued until reconnected)", "italic yellow") if queued else "")
        self._show(".card-answer", self._answer)

    def show_evaluation(self, evaluation: str, score: int | None) -> None:
        """Show the examiner's evaluation and score (0 to 10)."""
        self.answered = True
        line = Text()
        if score is not None:
            # the examiner may lead with the score itself; say it once
            evaluation = evaluation.removeprefix(f"Score {score}/10.").lstrip()
            style = "bold green" if score >= 7 else "bold yellow" if score >= 4 else "bold red"
            line.append(f"Score {score}/10", style)
            line.append("  ")
        line.append(evaluation)
        self._evaluation = line
        self._show(".card-evaluation", line)
        self.add_class("-evaluated")


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

    def add_question(self, interaction_id: int | str | None, question: str, *, path: str | None,
                     line: int | None, skill: str | None, number: int | None = None) -> QuestionCard:
        """Add a code question card, numbered as the server numbers it (else the next number)."""
        self.count = self.count + 1 if number is None else max(self.count, number)
        card = QuestionCard(self.count if number is None else number, interaction_id, question,
                            path=path, line=line, skill=skill, workspace=self.workspace)
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
