"""What a candidate is told of a grade (`[examiner] feedback`), on every candidate path, and a
live session's report brought up to date when it is fetched."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api
from tests.support.assessments import load_pack
from tests.support.examining import (
    PAIRS,
    answer_question,
    connect,
    proctor_event,
    recv,
    update,
)

PARTIAL = "It loops over the items twice, so it gets slow on a long list."
"""Covers some of the rubric's key points, not all: the evaluation names what it missed."""


def pack(feedback: str | None) -> str:
    """A one-file task whose `[examiner]` chooses `feedback` (or leaves the default)."""
    lines = ['slug = "fb"', 'title = "Feedback"', "time_limit_minutes = 30", "[task]",
             'description = "Write main.py"', "[task.files]", '"main.py" = "x = 1\\n"',
             "[examiner]", "min_code_change_lines = 3"]
    if feedback:
        lines.append(f'feedback = "{feedback}"')
    return "\n".join(lines) + "\n"


async def graded(api: Api, feedback: str | None) -> tuple[dict[str, Any], dict[str, Any],
                                                          dict[str, Any], Any]:
    """A session asked about PAIRS and answered in part: (session, candidate's
    evaluation_result, proctor's evaluation event, the candidate socket)."""
    await load_pack(api, pack(feedback))
    s = await api.create_session("ana", assessment="fb")
    ws = await connect(api, s)
    proctor = await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")
    await recv(proctor, "sessions_snapshot")
    await ws.send_json(update("main.py", 1, PAIRS))
    question = (await recv(ws, "question"))["data"]
    mine = await answer_question(ws, question["interaction_id"], PARTIAL)
    staff = (await proctor_event(proctor, "evaluation_result"))["event"]["data"]
    await proctor.close()
    return s, mine, staff, ws


async def candidate_report(api: Api, s: dict[str, Any], fmt: str) -> Any:
    sid = s["session_id"]
    resp = await api.client.get(f"/sessions/{sid}/report?format={fmt}",
                                headers={"Authorization": f"Bearer {s['candidate_token']}"})
    assert resp.status == 200, await resp.text()
    return await resp.json() if fmt == "json" else await resp.text()


async def test_by_default_the_candidate_gets_the_score_and_a_comment_never_the_key_points(
        exam: Api) -> None:
    s, mine, staff, ws = await graded(exam, None)
    missed = staff["missing"]
    assert missed and "Missed:" in staff["evaluation"]  # proctors get it all
    assert "Missed" not in mine["evaluation"] and "Covered" not in mine["evaluation"]
    assert not any(claim in mine["evaluation"] for claim in missed + staff["covered"])
    assert mine["evaluation"].startswith(("A partial answer", "The answer misses"))
    assert not mine["evaluation"].lower().startswith("score")  # the frame has the score

    again = await connect(exam, s)  # the replay on connect (the editor bridge reads it too)
    replayed = (await recv(again, "evaluation_result"))["data"]
    assert replayed["evaluation"] == mine["evaluation"] and replayed["score"] == mine["score"]

    await exam.client.post(f"/sessions/{s['session_id']}/generate-report", headers=exam.auth())
    data = await candidate_report(exam, s, "json")
    item = data["interactions"][0]
    assert item["evaluation"] == mine["evaluation"] and item["rubric"] is None
    assert item["missing"] == [] and item["covered"] == []
    for fmt in ("md", "html"):
        text = await candidate_report(exam, s, fmt)
        assert "Grades against the rubric" not in text and "Missed:" not in text
        assert not any(claim in text for claim in missed)
    staff_md = await (await exam.client.get(f"/sessions/{s['session_id']}/report?format=md",
                                            headers=exam.auth())).text()
    assert "Grades against the rubric" in staff_md and missed[0] in staff_md
    for sock in (ws, again):
        await sock.close()


async def test_a_pack_may_show_the_candidate_the_points_covered_and_missed(exam: Api) -> None:
    _s, mine, staff, ws = await graded(exam, "points")
    assert "Missed:" in mine["evaluation"] and staff["missing"][0] in mine["evaluation"]
    assert not mine["evaluation"].lower().startswith("score")
    await ws.close()


async def test_a_live_sessions_report_is_brought_up_to_date_when_fetched(exam: Api) -> None:
    s, _mine, _staff, ws = await graded(exam, None)
    sid = s["session_id"]
    await exam.client.post(f"/sessions/{sid}/generate-report", headers=exam.auth())
    before = await (await exam.client.get(f"/sessions/{sid}/report", headers=exam.auth())).json()
    assert len(before["files"]["main.py"].splitlines()) == len(PAIRS.splitlines())
    await ws.send_json(update("main.py", 2, PAIRS + "\n\nLIMIT = 10\n"))
    await recv(ws, "ack")
    now = await (await exam.client.get(f"/sessions/{sid}/report", headers=exam.auth())).json()
    assert now["files"]["main.py"].endswith("LIMIT = 10\n")  # not the saved one
    assert now["generated_at"] > before["generated_at"]
    md = await (await exam.client.get(f"/sessions/{sid}/report?format=md",
                                      headers=exam.auth())).text()
    assert "the session is still going: fetch the report again" in md
    await ws.close()
