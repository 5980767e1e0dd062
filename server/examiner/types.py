"""Questions, evaluations, the contexts the examiner works in, and the Examiner protocol."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .analysis.finding_facts import JsonObject
from .rubric import Rubric

if TYPE_CHECKING:
    from .findings import Finding

__all__ = ["AskContext", "Asked", "CodeQuestion", "EvaluateContext", "Evaluation", "Examiner"]


@dataclass
class CodeQuestion:
    """A question about one place in the candidate's change."""

    path: str
    line: int
    identifier: str
    skill: str
    """One of the skills in ``questions.SKILLS`` (complexity, edge_cases, security, ...)."""
    kind: str
    """The finding kind the question came from ('loop', 'raise', 'sql', ...)."""
    text: str
    expected: list[str]
    """Concepts a good answer mentions."""
    facts: JsonObject = field(default_factory=dict)
    """Code facts the question relies on, as stored with it (a finding's ``Facts.to_json()``
    with its language, kind and rubric; a test run's name, outcome and message)."""
    rubric: Rubric = field(default_factory=Rubric)
    """Key points, misconceptions for this code, and what the question is about."""


@dataclass
class Evaluation:
    """The grade of one answer."""

    score: int
    """0 to 10."""
    text: str
    """Says what was right and what was missing."""
    matched: list[str] = field(default_factory=list)
    """Key points covered (the older name of ``covered``)."""
    missing: list[str] = field(default_factory=list)
    """Key points missed."""
    covered: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    """Claims the answer states that are wrong for this code."""


@dataclass(frozen=True)
class Asked:
    """A question asked earlier, as stored: where it pointed and what kind it was."""

    path: str
    line: int
    identifier: str
    kind: str
    text: str = ""


@dataclass
class AskContext:
    """What the examiner knows when it decides on the next question."""

    session_id: int
    findings: list[Finding]
    diff: str = ""
    files: dict[str, str] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    """Earlier question texts in this session."""
    history: list[dict[str, str]] = field(default_factory=list)
    """Conversation turns, each {"role": ..., "content": ...}."""
    asked_about: list[Asked] = field(default_factory=list)
    """Earlier questions as stored (path, line, identifier, kind), never re-read from text."""


@dataclass
class EvaluateContext:
    """What the examiner knows when it grades an answer."""

    session_id: int
    question: CodeQuestion
    response: str
    code: str = ""
    history: list[dict[str, str]] = field(default_factory=list)


class Examiner(Protocol):
    """Asks questions about a change and grades the answers."""

    async def ask(self, ctx: AskContext) -> CodeQuestion | None:
        """Return the next question about the change, or None when there is nothing to ask."""
        ...

    async def evaluate(self, ctx: EvaluateContext) -> Evaluation:
        """Grade the candidate's answer to a question."""
        ...
