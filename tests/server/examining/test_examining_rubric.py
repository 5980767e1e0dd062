"""The rubric stored with each question and shown to proctors with the grade (SPEC §6).

Candidates get SPEC's shapes only: a question never carries its rubric, and an evaluation is
`{interaction_id, evaluation, score}`. Proctors see the rubric on the question, and the key
points covered and missed and the wrong claims on the grade: live, in the timeline and in
the report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from server.examining.report_rubric import (
    insert_html,
    insert_markdown,
    rubric_html,
    rubric_markdown,
)
from tests.conftest import Api
from tests.support.examining import (
    answer_question,
    asked_with_proctor,
    connect,
    proctor_event,
    settle,
)

GRADE_KEYS = {"covered", "missing", "misconceptions"}


async def test_the_rubric_is_stored_with_the_question_and_only_proctors_see_it(exam: Api) -> None:
    """The row keeps the rubric; the proctor feed's question has it; the candidate's has not."""
    from server.storage.models import Interaction

    _s, question, ws, proctor = await asked_with_proctor(exam)
    assert set(question) == {"interaction_id", "question", "path", "line", "skill", "number"}
    event = await proctor_event(proctor, "question")
    rubric = event["event"]["data"]["rubric"]
    assert rubric["key_points"] and all(k["claim"] and k["id"] for k in rubric["key_points"])
    assert rubric["about"]["path"] == "main.py" and rubric["about"]["identifier"] == "pairs"
    row = await Interaction.get(id=question["interaction_id"])
    assert row.rubric == rubric
    assert row.grade is None
    await ws.close()
    await proctor.close()


async def test_the_grade_tells_proctors_what_was_covered_missed_and_wrong(exam: Api) -> None:
    """The candidate's evaluation keeps SPEC's shape; proctors, the row and the timeline get
    the key points covered and missed (the rubric's own claims) and the wrong claims."""
    from server.storage.models import Interaction

    s, question, ws, proctor = await asked_with_proctor(exam)
    iid = question["interaction_id"]
    result = await answer_question(ws, iid)
    assert set(result) == {"interaction_id", "evaluation", "score"}
    event = (await proctor_event(proctor, "evaluation_result"))["event"]["data"]
    assert set(event) >= GRADE_KEYS and event["score"] == result["score"]
    row = await Interaction.get(id=iid)
    claims = {k["claim"] for k in (row.rubric or {})["key_points"]}
    assert row.grade == {k: event[k] for k in GRADE_KEYS}
    assert set(row.grade["covered"]) | set(row.grade["missing"]) == claims
    assert row.grade["covered"], "a correct answer covers at least one key point"
    await settle(exam)
    resp = await exam.client.get(f"/sessions/{s['session_id']}/timeline", headers=exam.auth())
    events = (await resp.json())["events"]
    asked = next(e for e in events if e["type"] == "question")
    answered = next(e for e in events if e["type"] == "answer")
    assert asked["rubric"] == row.rubric
    assert {k: answered[k] for k in GRADE_KEYS} == row.grade
    await ws.close()
    await proctor.close()


async def test_the_report_shows_each_grade_against_its_rubric(exam_lite: Api) -> None:
    """Markdown, HTML and JSON carry the rubric section, placed before the coding timeline."""
    api = exam_lite
    s, question, ws, proctor = await asked_with_proctor(api)
    await answer_question(ws, question["interaction_id"])
    await settle(api)
    sid = s["session_id"]
    resp = await api.client.post(f"/sessions/{sid}/generate-report", headers=api.auth())
    assert resp.status == 200, await resp.text()
    body = await (await api.client.get(f"/sessions/{sid}/report/?format=json",
                                       headers=api.auth())).json()
    item = body["interactions"][0]
    assert item["rubric"]["key_points"] and item["covered"]
    md = await (await api.client.get(f"/sessions/{sid}/report/?format=md",
                                     headers=api.auth())).text()
    assert "## Grades against the rubric" in md
    assert md.index("## Grades against the rubric") < md.index("## Coding timeline")
    assert "**Key points covered:**" in md and item["covered"][0] in md
    html = await (await api.client.get(f"/sessions/{sid}/report/?format=html",
                                       headers=api.auth())).text()
    assert html.index("Grades against the rubric") < html.index("<h2>Coding timeline</h2>")
    await ws.close()
    await proctor.close()


async def test_a_report_made_mid_session_keeps_an_open_questions_rubric_from_its_candidate(
        exam_lite: Api) -> None:
    """The candidate may read the report: an unanswered question's key points stay out of it
    until the session is over."""
    api = exam_lite
    s, _question, ws, proctor = await asked_with_proctor(api)
    sid = s["session_id"]
    await api.client.post(f"/sessions/{sid}/generate-report", headers=api.auth())
    mine = {"Authorization": f"Bearer {s['candidate_token']}"}
    body = await (await api.client.get(f"/sessions/{sid}/report/?format=json",
                                       headers=mine)).json()
    assert body["interactions"][0]["rubric"] is None
    md = await (await api.client.get(f"/sessions/{sid}/report/?format=md", headers=mine)).text()
    assert "Grades against the rubric" not in md
    await ws.close()
    await proctor.close()
    resp = await api.client.post(f"/sessions/{sid}/finish", headers=api.auth())
    assert resp.status == 200
    body = await (await api.client.get(f"/sessions/{sid}/report/?format=json",
                                       headers=api.auth())).json()
    assert body["interactions"][0]["rubric"]["key_points"]


async def test_a_question_stored_before_rubrics_is_still_graded(exam_lite: Api) -> None:
    """A row without a rubric (asked by an older server) is graded from its expected concepts."""
    from server.storage.models import Interaction

    api = exam_lite
    s = await api.create_session()
    ws = await connect(api, s)
    row = await Interaction.create(
        session_id=s["session_id"], path="main.py", line=3, identifier="pairs",
        skill="complexity", kind="loop", question="What does pairs cost as items grows?",
        expected=["O(n^2)"], facts={}, rubric=None, asked_at=datetime.now(UTC))
    result = await answer_question(ws, row.id)
    assert result["score"] > 0
    await settle(api)
    await row.refresh_from_db()
    assert row.grade is not None and row.grade["covered"]
    await ws.close()


def _report(**item: Any) -> dict[str, Any]:
    return {"interactions": [{"index": 1, "path": "a.py", "line": 2, "question": "q",
                              "response": "r", "score": 4, **item}]}


def test_rubric_claims_are_escaped_in_html_and_flattened_in_markdown() -> None:
    """Claims are data: HTML-escaped, and one line each in Markdown."""
    report = _report(rubric={"key_points": [{"id": "k1", "claim": "<script>x</script>"}],
                             "misconceptions": [{"id": "m1", "claim": "it is\nO(1)"}],
                             "about": {"path": "a.py", "line": 2, "identifier": "f"}},
                     covered=[], missing=["<script>x</script>"], misconceptions=["it is\nO(1)"])
    html = rubric_html(report)
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = rubric_markdown(report)
    assert "  - it is O(1)" in md and "a.py line 2, f" in md


def test_the_section_goes_before_the_timeline_or_at_the_end() -> None:
    """Placed before the coding timeline heading; appended when a report has none."""
    section = rubric_markdown(_report(rubric=None, covered=["a"], missing=[], misconceptions=[]))
    assert section.startswith("## Grades against the rubric")
    assert insert_markdown("# R\n\n## Coding timeline\n\nx\n", section).index("## Grades") < \
        insert_markdown("# R\n\n## Coding timeline\n\nx\n", section).index("## Coding")
    assert insert_markdown("# R\n", section).endswith(section)
    assert insert_html("<body><p>x</p></body>", "<h2>G</h2>") == "<body><p>x</p><h2>G</h2></body>"
    assert rubric_markdown({"interactions": [{"index": 1, "rubric": None}]}) == ""
