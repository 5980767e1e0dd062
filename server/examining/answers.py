"""Answers and help: taking a candidate's answer once, grading it in the background, helping.

An answer is claimed in the database before anything else (a different second answer to the
same question is refused; the same one again, as a reconnecting client resends it, gets the
grade again, or is graded now if the process that took it died before grading it; start-up
grades every such answer too), then graded by a task of its own, and the grade stored only
if none is yet (exactly once, whoever grades): the code and chat history are read
in a slot, the model is called outside the slots, and the grade is stored and published in a
slot again. A grader that fails falls back to the offline grader, so no answer stays
ungraded.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from server.core.errors import Conflict, Forbidden, NotFound
from server.examiner import CodeQuestion, EvaluateContext, Evaluation, OfflineExaminer
from server.examiner.rubric import Rubric
from server.examining.conversation import number_of, question_payload
from server.examining.feedback import candidate_evaluation, session_feedback, without_score
from server.live.events import Events
from server.packs import help_reply
from server.storage.models import Interaction
from server.storage.workspace import rebuild_files
from viva.protocol import EvaluationResult, SystemMessage, decimal_id, frame_data, now_iso

if TYPE_CHECKING:
    from server.examiner import Examiner
    from server.examining.background import Background
    from server.examining.state import SessionWork
    from server.examining.stores import Stores

__all__ = ["Grader", "grade_of"]

logger = logging.getLogger(__name__)


def grade_of(evaluation: Evaluation) -> dict[str, list[str]]:
    """What an evaluation found against the rubric, as stored in `Interaction.grade`."""
    return {"covered": [str(c) for c in evaluation.covered or evaluation.matched],
            "missing": [str(c) for c in evaluation.missing],
            "misconceptions": [str(c) for c in evaluation.misconceptions]}


class Grader:
    """Takes answers and grades them in the background; replies to help messages."""

    def __init__(self, events: Events, examiner: Examiner, stores: Stores,
                 background: Background, work: Mapping[int, SessionWork]) -> None:
        self.events = events
        self.examiner = examiner
        self._stores = stores
        self._background = background
        self._work = work
        """The sessions being examined: their workspace is the code an answer is about."""
        self._grading: set[int] = set()
        """Interactions this process is grading now: a resend of their answer waits for it."""

    async def submit_answer(self, session_id: int, interaction_id: int | str,
                            response: str) -> None:
        """Take an answer (once) and grade it in the background; raise ApiError to refuse."""
        raw = str(interaction_id).strip()
        number = decimal_id(raw)
        row = await Interaction.get_or_none(id=number) if number is not None else None
        if row is None:
            raise NotFound(f"there is no question {raw!r}", "unknown_interaction")
        if row.session_id != session_id:  # type: ignore[attr-defined]
            raise Forbidden("that question belongs to another session", "forbidden_interaction")
        now = datetime.now(UTC)
        claimed = await Interaction.filter(id=row.id, response__isnull=True).update(
            response=response, answered_at=now)
        if not claimed:
            await self._answered_before(session_id, row.id, response)
            return
        row.response, row.answered_at = response, now
        # every companion shows it answered, not only the one it was typed in
        await self.events.emit(session_id, "answer_taken", {"interaction_id": row.id},
                               to="session", message=question_payload(row, await number_of(row)),
                               store=False)
        self._spawn_grading(session_id, row)

    def _spawn_grading(self, session_id: int, row: Interaction) -> None:
        """Grade `row` in the background unless this process is grading it already."""
        if row.id in self._grading:
            return
        self._grading.add(row.id)
        self._background.spawn(self._grade(session_id, row), f"grading interaction {row.id}")

    async def grade_ungraded(self) -> int:
        """Grade every answer taken but never graded (the process that took it died first);
        the number found. Run at start-up: grading is deterministic offline, and only the
        first grade stored counts, so two servers recovering at once store one grade."""
        rows = await Interaction.filter(response__isnull=False, evaluation__isnull=True) \
            .order_by("id")
        for row in rows:
            self._spawn_grading(row.session_id, row)  # type: ignore[attr-defined]
        if rows:
            logger.info("grading %d answers taken but never graded", len(rows))
        return len(rows)

    async def _answered_before(self, session_id: int, interaction_id: int, response: str) -> None:
        """The same answer again (a client resending after a reconnect) is taken like an ack:
        its grade is sent again, or follows when grading ends; another answer is refused."""
        row = await Interaction.get(id=interaction_id)
        if row.response != response:
            raise Conflict(f"question {row.id} has already been answered", "already_answered")
        if row.evaluation is not None:
            await self._resend_grade(session_id, row)
        else:  # taken, never graded (the grader died with its process): grade it now
            self._spawn_grading(session_id, row)

    async def _resend_grade(self, session_id: int, row: Interaction) -> None:
        shown = candidate_evaluation(row.evaluation, row.score, row.grade,
                                     await session_feedback(session_id))
        # graded: its evaluation and score are stored together, so there is one to show
        assert shown is not None and row.score is not None
        result = EvaluationResult(interaction_id=row.id, evaluation=shown, score=row.score)
        await self.events.emit(session_id, "evaluation_result", frame_data(result), to="session",
                               message=result, store=False)

    async def _grade(self, session_id: int, row: Interaction) -> None:
        try:
            await self._grade_once(session_id, row)
        finally:
            self._grading.discard(row.id)

    async def _grade_once(self, session_id: int, row: Interaction) -> None:
        # a question stored before rubrics has none: the grader builds one from `expected`
        rubric = Rubric.from_json(row.rubric) if isinstance(row.rubric, dict) else Rubric()
        question = CodeQuestion(row.path, row.line, row.identifier, row.skill, row.kind, row.question,
                            list(row.expected or []), dict(row.facts or {}), rubric)
        async with self._background.slots:
            work = self._work.get(session_id)
            code = work.current.get(row.path) if work is not None else None
            if code is None:
                code = (await rebuild_files(session_id)).get(row.path, "")
            ctx = EvaluateContext(session_id, question, row.response or "", code,
                                  await self._stores.history(session_id))
        try:  # outside the slots: a model call holds up no other session
            evaluation = await self.examiner.evaluate(ctx)
        except Exception:  # an examiner bug must not leave the answer ungraded
            logger.exception("examiner: grading interaction %s failed; graded offline", row.id)
            evaluation = await OfflineExaminer().evaluate(ctx)
        score = max(0, min(10, int(evaluation.score)))
        found = grade_of(evaluation)
        async with self._background.slots:
            # exactly once: only the first grade stored counts (another server, or this one
            # recovering, may have graded the same answer meanwhile)
            stored = await Interaction.filter(id=row.id, evaluation__isnull=True).update(
                evaluation=evaluation.text, score=score, grade=found)
            if not stored:
                await self._resend_grade(session_id, await Interaction.get(id=row.id))
                return
            await self._stores.remember(session_id, "user", row.response or "")
            await self._stores.remember(session_id, "assistant",  # the score once
                                        f"Score {score}/10. {without_score(evaluation.text)}")
            payload = {"interaction_id": row.id, "evaluation": evaluation.text, "score": score}
            shown = candidate_evaluation(evaluation.text, score, found,
                                         await session_feedback(session_id))
            # proctors see what the grade found against the rubric; the candidate gets
            # SPEC's {interaction_id, evaluation, score}, the evaluation as the pack's
            # `feedback` allows (`server.examining.feedback`)
            assert shown is not None  # an evaluation was just given
            await self.events.emit(session_id, "evaluation_result", {**payload, **found},
                                   to="all", store=False, message=EvaluationResult(
                                       interaction_id=row.id, evaluation=shown, score=score))

    async def chat(self, session_id: int, message: str) -> str:
        """Answer a help message with concepts and rules, never the open question's answer."""
        open_question = await Interaction.filter(session_id=session_id, response__isnull=True) \
            .order_by("-id").first()
        context = {"question": open_question.question} if open_question is not None else None
        reply = help_reply(message, current_question=context)
        await self._stores.remember(session_id, "user", message)
        await self._stores.remember(session_id, "assistant", reply)
        await self.events.emit(session_id, "chat_message", {"message": message, "reply": reply},
                               to="all", message=SystemMessage(message=reply, timestamp=now_iso(),
                                                               sender="help"))
        return reply
