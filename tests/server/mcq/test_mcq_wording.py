"""Counts in what a quiz says agree with their nouns: `1 question`, not `1 questions`."""

from __future__ import annotations

from tests.conftest import Api
from tests.support.assessments import answer, load_pack, open_assessment, recv, start

ONE = """slug = "one"
title = "One question"
time_limit_minutes = 1
[[mcq.skills]]
id = "s"
name = "S"
questions = 1
[[mcq.questions]]
id = "q"
skill = "s"
question = "Which?"
options = ["this", "that"]
answer = "A"
"""


async def test_a_one_question_quiz_says_one_question_and_one_minute(sqlite_api: Api) -> None:
    await load_pack(sqlite_api, ONE)
    ws = await open_assessment(sqlite_api, "one")
    started, question = await start(ws, "one")
    assert "'One question': 1 question, 1 minute left." in started["message"], started["message"]
    await answer(ws, question["question_id"], "A")
    done = (await recv(ws, "assessment_completed"))["data"]
    # the score is in `results`, which clients show beside the message: not said twice
    assert done["message"] == "Assessment completed: 1 of 1 correct (100%)."
    assert done["results"]["score"] == 10
    await ws.close()
