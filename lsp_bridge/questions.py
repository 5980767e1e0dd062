"""The examiner's open questions, as the editor shows them: diagnostics and hover text.

A question stays open from its `question` message until its `evaluation_result`. The open
questions are kept in a small JSON file in the bridge's state directory, so an editor that
restarts still shows the questions waiting for an answer.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Final

from lsprotocol import types

from viva.protocol import decimal_id

__all__ = ["ANSWER_COMMAND", "OpenQuestion", "QuestionBook", "diagnostic_for", "hover_text",
           "interaction_id", "line_range"]

logger = logging.getLogger(__name__)

ANSWER_COMMAND: Final = "viva.answer"
"""The `workspace/executeCommand` command that answers: arguments `[interaction_id, answer]`."""
SOURCE: Final = "viva"
"""The `source` of every diagnostic the bridge publishes."""


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A code question not yet evaluated."""

    interaction_id: int | str
    question: str
    path: str | None
    """Workspace path the question is about; None when it names none."""
    line: int
    """1-based line the question is about; 0 when it names none."""
    skill: str | None = None
    answered: bool = False
    """An answer was sent; the evaluation has not come back yet."""
    number: int | None = None
    """Its place among the session's questions (the server's `number`): what the companion
    calls Q1, Q2, and the editor "question 1", "question 2"."""

    @property
    def key(self) -> str:
        """The interaction id as a dictionary key (the wire allows numbers and strings)."""
        return str(self.interaction_id)

    @property
    def label(self) -> str:
        """How the candidate reads its name: "question 2" (its number, as in the companion)."""
        return f"question {self.number if self.number is not None else self.interaction_id}"


def interaction_id(value: Any) -> int | str:
    """An interaction id from a command argument: numbers stay numbers, even as text."""
    if isinstance(value, bool):
        raise TypeError("an interaction id is a number or a string")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip():
        text = value.strip().lstrip("#")
        number = decimal_id(text, max_digits=18)
        return text if number is None else number
    raise TypeError("an interaction id is a number or a string")


class QuestionBook:
    """Open questions by interaction id, saved to `file` after every change."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file
        self._open: dict[str, OpenQuestion] = {}
        if file is not None:
            self._load(file)

    def _load(self, file: Path) -> None:
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
            for item in raw:
                q = OpenQuestion(**item)
                self._open[q.key] = q
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError):
            logger.warning("ignoring unreadable saved questions in %s", file, exc_info=True)

    def _save(self) -> None:
        if self.file is None:
            return
        tmp = self.file.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps([asdict(q) for q in self._open.values()]), encoding="utf-8")
            os.replace(tmp, self.file)
        except OSError:
            logger.warning("could not save open questions to %s", self.file, exc_info=True)

    def add(self, question: OpenQuestion) -> None:
        """Record a question (a repeated one replaces the earlier copy)."""
        self._open[question.key] = question
        self._save()

    def label(self, iid: int | str, number: int | None = None) -> str:
        """"question N" for an interaction id: the server's `number`, else the one on record."""
        if number is None:
            known = self._open.get(str(iid))
            number = known.number if known is not None else None
        return f"question {number if number is not None else iid}"

    def get(self, iid: int | str) -> OpenQuestion | None:
        """The open question with this interaction id."""
        return self._open.get(str(iid))

    def answered(self, iid: int | str) -> OpenQuestion | None:
        """Mark a question answered; the question, or None when it is not open."""
        q = self._open.get(str(iid))
        if q is not None and not q.answered:
            q = self._open[q.key] = replace(q, answered=True)
            self._save()
        return q

    def close(self, iid: int | str) -> OpenQuestion | None:
        """Forget a question (its evaluation arrived); the question, if it was open."""
        q = self._open.pop(str(iid), None)
        if q is not None:
            self._save()
        return q

    def all(self) -> list[OpenQuestion]:
        """Every open question, oldest first."""
        return list(self._open.values())

    def on_path(self, path: str) -> list[OpenQuestion]:
        """Open questions about one workspace path."""
        return [q for q in self._open.values() if q.path == path]

    def paths(self) -> set[str]:
        """Paths that have open questions."""
        return {q.path for q in self._open.values() if q.path is not None}


def line_range(line: int, lines: Sequence[str], units: Any) -> types.Range:
    """The whole of 1-based `line` (clamped into the document when it is known), in the
    client's units; an empty range at the line's start when the text is not known."""
    index = max(line, 1) - 1
    end = 0
    if lines:
        index = min(index, len(lines) - 1)
        end = units(lines[index].rstrip("\r\n"))
    return types.Range(start=types.Position(line=index, character=0),
                       end=types.Position(line=index, character=end))


def diagnostic_for(q: OpenQuestion, lines: Sequence[str], units: Any = len) -> types.Diagnostic:
    """The Information diagnostic that shows a question at its line.

    `units` counts a line's length in the client's position encoding (UTF-16 by default).
    """
    status = " (answered; waiting for the evaluation)" if q.answered else ""
    return types.Diagnostic(range=line_range(q.line, lines, units),
                            message=f"viva asks: {q.question}{status}",
                            severity=types.DiagnosticSeverity.Information,
                            source=SOURCE, code=q.interaction_id)


def hover_text(questions: Sequence[OpenQuestion]) -> str:
    """Markdown shown when hovering a line that has questions: each, and how to answer."""
    parts = []
    for q in questions:
        skill = f" · {q.skill}" if q.skill else ""
        state = "\n\n_Answered; the evaluation will follow._" if q.answered else ""
        parts.append(f"**viva {q.label}**{skill}\n\n{q.question}{state}")
    first = questions[0]
    parts.append(
        "**To answer**: write your answer anywhere (a comment, a scratch buffer), select it "
        f"and pick the code action *viva: answer {first.label}*; or run the command "
        f"`{ANSWER_COMMAND}` with the arguments "
        f"`[{json.dumps(first.interaction_id)}, \"your answer\"]` (its interaction id).")
    return "\n\n---\n\n".join(parts)
