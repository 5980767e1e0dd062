"""A session's multiple-choice quiz in its report (JSON, Markdown, HTML) and in its summary."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api
from tests.support.assessments import (
    ANSWERS,
    answer,
    load_pack,
    open_assessment,
    recv,
    short_pack,
    start,
    wrong,
)


async def take_quiz(api: Api, right: int) -> int:
    """Run the short pack's 5 questions, the first `right` answered right; the session id."""
    await load_pack(api, short_pack())
    ws = await open_assessment(api, "short")
    started, question = await start(ws, "short")
    for number in range(1, 6):
        qid = question["question_id"]
        await answer(ws, qid, ANSWERS[qid] if number <= right else wrong(ANSWERS[qid]))
        if number < 5:
            question = (await recv(ws, "question"))["data"]
    await recv(ws, "assessment_completed")
    await ws.close()
    return int(started["session_id"])


async def fetch(api: Api, sid: int, fmt: str) -> Any:
    resp = await api.client.get(f"/sessions/{sid}/report?format={fmt}", headers=api.auth())
    assert resp.status == 200, await resp.text()
    return await resp.json() if fmt == "json" else await resp.text()


async def test_the_report_carries_the_quiz_per_question_per_skill_score_and_time(
        sqlite_api: Api) -> None:
    api = sqlite_api
    sid = await take_quiz(api, right=3)
    resp = await api.client.post(f"/sessions/{sid}/generate-report", headers=api.auth())
    assert resp.status == 200, await resp.text()

    data = await fetch(api, sid, "json")
    quiz = data["quiz"]
    assert quiz["correct"] == 3 and quiz["total_questions"] == 5 and quiz["percent"] == 60.0
    assert [q["number"] for q in quiz["questions"]] == [1, 2, 3, 4, 5]
    assert [q["correct"] for q in quiz["questions"]] == [True, True, True, False, False]
    first = quiz["questions"][0]
    assert first["question"] == "Which option is right for q1?"
    assert first["selected"] == first["answer"] == "q1 option A text"
    assert first["skill"] == "Basics" and first["time_taken_seconds"] >= 0
    assert {s["name"]: s["asked"] for s in quiz["skills"]} == {"Basics": 4, "Follow-up": 1}
    assert quiz["time_taken_seconds"] is not None and quiz["score"] > 0
    summary = data["summary"]
    assert summary["quiz"]["correct"] == 3 and summary["quiz"]["percent"] == 60.0
    assert "answered 0 of 0" not in summary["text"]
    assert "3 of 5 quiz questions right (60%" in summary["text"]

    md = await fetch(api, sid, "md")
    assert "## Multiple-choice quiz" in md and "3 of 5 quiz questions right" in md
    assert "| 1 | Basics | Which option is right for q1? | q1 option A text |" in md
    assert "| Follow-up | 1 |" in md
    html = await fetch(api, sid, "html")
    assert "<h2>Multiple-choice quiz</h2>" in html
    assert all(q["question"] in html for q in quiz["questions"])

    one = await (await api.client.get(f"/sessions/{sid}", headers=api.auth())).json()
    assert one["quiz"]["correct"] == 3 and one["quiz"]["total"] == 5
    assert one["quiz"]["percent"] == 60.0
    assert one["score"] is None  # the code questions' average (out of 10): there were none
