"""A session's code questions as its candidate connections see them: numbered, replayed on connect.

Every connection of a session shows the same conversation: a question's `number` is its place
among the session's questions (by id), so a companion that joins later numbers them as the
others do. On connect, a connection is sent every question so far (`replayed: true`), each
with the candidate's `response` once answered and followed by its `evaluation_result` once
graded; an answer, once taken, is announced to every connection as its `question` again with
the `response`, so every companion shows it answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from server.examining.feedback import candidate_evaluation, session_feedback
from server.storage.models import Interaction
from viva.protocol import EvaluationResult, Question

if TYPE_CHECKING:
    from server.live.hub import ClientSocket

__all__ = ["evaluation_payload", "number_of", "question_payload", "replay"]


def question_payload(row: Interaction, number: int, **extra: Any) -> Question:
    """The `question` message of a code question; with its `response` once it is answered
    (`extra`: `replayed`)."""
    if row.response is not None:
        extra["response"] = row.response
    return Question(interaction_id=row.id, question=row.question, path=row.path, line=row.line,
                    skill=row.skill, number=number, **extra)


def evaluation_payload(row: Interaction, evaluation: str, score: int,
                       number: int | None = None, **extra: Any) -> EvaluationResult:
    """The `evaluation_result` message of a graded question, its `evaluation` as the candidate
    may see it (`extra`: `replayed`)."""
    if number is not None:
        extra["number"] = number
    return EvaluationResult(interaction_id=row.id, evaluation=evaluation, score=score, **extra)


async def number_of(row: Interaction) -> int:
    """The question's place among its session's questions, from 1."""
    return await Interaction.filter(session_id=row.session_id,  # type: ignore[attr-defined]
                                    id__lte=row.id).count()


async def replay(conn: ClientSocket, session_id: int) -> None:
    """Send a connection the session's conversation so far, in order (a candidate's, with
    each evaluation as the pack's `feedback` allows)."""
    rows = await Interaction.filter(session_id=session_id).order_by("id")
    feedback = None if conn.principal.is_staff else await session_feedback(session_id)
    for number, row in enumerate(rows, 1):
        conn.send(question_payload(row, number, replayed=True))
        if row.evaluation is not None and row.score is not None:
            shown = row.evaluation if feedback is None else candidate_evaluation(
                row.evaluation, row.score, row.grade, feedback)
            assert shown is not None  # there is an evaluation to show
            conn.send(evaluation_payload(row, shown, row.score, number, replayed=True))
