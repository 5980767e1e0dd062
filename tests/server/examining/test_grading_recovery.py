"""An answer the server took is graded exactly once, whatever died when: a claimed answer
left ungraded (its process killed between the claim and the grade) is graded when the
client resends it, and at start-up."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from server.examining.feedback import candidate_evaluation
from tests.conftest import Api
from tests.support.examining import PAIRS, REAL_ANSWER, connect, recv, update


async def _claimed_but_ungraded(api: Api) -> tuple[dict, int, object]:
    """A session with its question answered as a process that died right after taking the
    answer leaves it: the response stored, no evaluation."""
    from server.storage.models import Interaction

    s = await api.create_session()
    ws = await connect(api, s)
    await ws.send_json(update("main.py", 1, PAIRS))
    qid = int((await recv(ws, "question"))["data"]["interaction_id"])
    claimed = await Interaction.filter(id=qid, response__isnull=True).update(
        response=REAL_ANSWER, answered_at=datetime.now(UTC))
    assert claimed == 1
    return s, qid, ws


async def test_resending_an_answer_taken_but_never_graded_grades_it_once(exam: Api) -> None:
    from server.storage.models import Interaction

    _, qid, ws = await _claimed_but_ungraded(exam)
    resend = {"type": "response_submitted", "data": {"interaction_id": qid, "response": REAL_ANSWER}}
    await ws.send_json(resend)  # twice at once: two gradings may race, one grade is stored
    await ws.send_json(resend)
    first = (await recv(ws, "evaluation_result"))["data"]
    assert first["interaction_id"] == qid and 0 <= first["score"] <= 10 and first["evaluation"]
    row = await Interaction.get(id=qid)
    shown = candidate_evaluation(row.evaluation, row.score, row.grade, "score")  # the default
    assert row.evaluation and shown == first["evaluation"] and row.score == first["score"]

    await ws.send_json(resend)  # once graded, a resend gets the same grade again
    again = (await recv(ws, "evaluation_result"))["data"]
    assert (again["evaluation"], again["score"]) == (first["evaluation"], first["score"])
    await ws.close()


async def test_a_second_grading_of_the_same_answer_stores_nothing(exam: Api) -> None:
    """Exactly once: a grader that finishes after another stored the grade leaves it as it was."""
    from server.examining.service import ExaminerService
    from server.keys import EXAMINER
    from server.storage.models import Interaction

    s, qid, ws = await _claimed_but_ungraded(exam)
    await Interaction.filter(id=qid).update(evaluation="graded elsewhere", score=7)
    service: ExaminerService = exam.client.app[EXAMINER]
    row = await Interaction.get(id=qid)
    await service._grader._grade(s["session_id"], row)  # a late grader of the same answer
    row = await Interaction.get(id=qid)
    assert (row.evaluation, row.score) == ("graded elsewhere", 7)
    result = (await recv(ws, "evaluation_result"))["data"]
    shown = candidate_evaluation("graded elsewhere", 7, row.grade, "score")
    assert (result["evaluation"], result["score"]) == (shown, 7)
    await ws.close()


async def test_start_up_grades_every_answer_taken_but_never_graded(exam: Api) -> None:
    from server.keys import EXAMINER
    from server.storage.models import Interaction

    _, qid, ws = await _claimed_but_ungraded(exam)
    await ws.close()
    service = exam.client.app[EXAMINER]
    assert await service.grade_ungraded() == 1  # what start-up runs
    for _ in range(200):
        row = await Interaction.get(id=qid)
        if row.evaluation is not None:
            break
        await asyncio.sleep(0.05)
    assert row.evaluation and row.score is not None
    assert await service.grade_ungraded() == 0
