"""Reports and integrity signals: finish, generate-report, the three formats, paste bursts,
similarity between candidates, and `viva report` against the real server."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from tests.conftest import Api
from tests.support.examining import (
    PAIRS,
    REAL_ANSWER,
    answer_question,
    connect,
    proctor_event,
    recv,
    send_code,
    update,
)

PASTE = "".join(f"def helper_{i}(value):\n    return value + {i}\n\n" for i in range(30))
"""About 900 characters in one change: a paste burst when it lands a moment after typing."""


async def report(api: Api, sid: int, fmt: str | None = None,
                 headers: dict[str, str] | None = None) -> Any:
    """GET the report (as admin unless `headers` say otherwise)."""
    query = f"?format={fmt}" if fmt else ""
    return await api.client.get(f"/sessions/{sid}/report/{query}", headers=headers or api.auth())


async def test_finish_stores_the_report_and_says_so_on_every_connection(exam: Api) -> None:
    """404 report_not_ready before; finish → report_ready; then JSON, Markdown and HTML."""
    s = await exam.create_session("ana")
    sid = s["session_id"]
    ws, tui = await connect(exam, s), await connect(exam, s)
    await ws.send_json(update("main.py", 1, PAIRS))
    q = (await recv(ws, "question"))["data"]
    score = (await answer_question(ws, q["interaction_id"]))["score"]
    resp = await report(exam, sid)
    assert resp.status == 404
    assert await resp.json() == {"error": f"the report of session {sid} has not been generated yet",
                                 "code": "report_not_ready"}
    await tui.send_json({"type": "finish"})
    assert (await recv(ws, "report_ready"))["data"] == {"session_id": sid}
    assert (await recv(tui, "report_ready"))["data"] == {"session_id": sid}

    data = await (await report(exam, sid)).json()
    assert data["session_id"] == sid and data["status"] == "completed"
    assert data["candidate"] == "ana"
    assert [i["question"] for i in data["interactions"]] == [q["question"]]
    assert data["interactions"][0]["response"] == REAL_ANSWER
    assert data["interactions"][0]["score"] == score
    assert data["skills"][q["skill"]]["answered"] == 1
    assert data["files"] == {"main.py": PAIRS}
    assert data["timeline"]["edits"] == 1

    md = await report(exam, sid, "md")
    assert md.status == 200 and md.content_type == "text/markdown"
    text = await md.text()
    assert text.startswith("# Assessment report: ana") and q["question"] in text

    html = await report(exam, sid, "html")
    assert html.status == 200 and html.content_type == "text/html"
    page = await html.text()
    assert "<svg" in page and "cdn" not in page.lower()
    for sock in (ws, tui):
        await sock.close()


async def test_report_access_follows_the_token(exam_lite: Api) -> None:
    """Its candidate may read it; another session's candidate gets 403; bad format is 400."""
    api = exam_lite
    s, other = await api.create_session("ana"), await api.create_session("bo")
    sid = s["session_id"]
    resp = await api.client.post(f"/sessions/{sid}/finish", headers=api.auth())
    assert resp.status == 200 and (await resp.json())["report_ready"] is True
    mine = await report(api, sid, headers=api.auth("candidate", session_id=sid, name="ana"))
    assert mine.status == 200
    theirs = await report(api, sid, headers=api.auth("candidate", session_id=other["session_id"],
                                                     name="bo"))
    assert theirs.status == 403 and (await theirs.json())["code"] == "forbidden_session"
    bad = await report(api, sid, "pdf")
    assert bad.status == 400 and (await bad.json())["code"] == "invalid_format"
    missing = await report(api, 424242)
    assert missing.status == 404 and (await missing.json())["code"] == "session_not_found"
    denied = await api.client.post(f"/sessions/{sid}/generate-report",
                                   headers=api.auth("candidate", session_id=sid, name="ana"))
    assert denied.status == 403


async def test_generate_report_regenerates_in_place(exam: Api) -> None:
    """generate-report answers {session_id, generated_at} and replaces the stored report."""
    from server.storage.models import Report

    s = await exam.create_session()
    sid = s["session_id"]
    first = await exam.client.post(f"/sessions/{sid}/generate-report", headers=exam.auth("proctor"))
    assert first.status == 200
    body = await first.json()
    assert set(body) == {"session_id", "generated_at"} and body["session_id"] == sid
    assert (await (await report(exam, sid)).json())["files"] == {}
    ws = await connect(exam, s)
    await send_code(exam, ws, "main.py", 1, "x = 1\n")
    again = await (await exam.client.post(f"/sessions/{sid}/generate-report",
                                          headers=exam.auth())).json()
    assert again["generated_at"] >= body["generated_at"]
    assert (await (await report(exam, sid)).json())["files"] == {"main.py": "x = 1\n"}
    assert await Report.filter(session_id=sid).count() == 1
    await ws.close()


async def test_a_paste_burst_is_flagged_for_proctors_and_in_the_report(exam: Api) -> None:
    """A large insertion right after typing shows in flags, the proctor feed and the report."""
    s = await exam.create_session()
    sid = s["session_id"]
    proctor = await exam.client.ws_connect(f"/ws/proctor?token={exam.token('proctor')}")
    await recv(proctor, "sessions_snapshot")
    ws = await connect(exam, s)
    await send_code(exam, ws, "notes.txt", 1, "start\n")
    await send_code(exam, ws, "notes.txt", 2, "start\n" + PASTE)
    event = await proctor_event(proctor, "integrity_signal")
    assert event["session_id"] == sid
    flag = event["event"]["data"]
    assert flag["kind"] == "paste_burst" and flag["path"] == "notes.txt"
    assert set(flag) == {"kind", "at", "path", "detail", "severity"}
    summary = await (await exam.client.get(f"/sessions/{sid}", headers=exam.auth())).json()
    assert [f["kind"] for f in summary["flags"]] == ["paste_burst"]
    await ws.send_json({"type": "finish"})
    await recv(ws, "report_ready")
    data = await (await report(exam, sid)).json()
    assert [i["kind"] for i in data["integrity"]] == ["paste_burst"]
    assert data["summary"]["signals"] == 1
    assert "not a verdict" in data["summary"]["text"]
    await ws.close()
    await proctor.close()


async def test_candidates_of_one_assessment_with_the_same_final_code_are_flagged(
        exam_lite: Api) -> None:
    """On finish, very similar final code marks both sessions, as a signal, not a verdict."""
    from server.storage.models import Assessment

    api = exam_lite
    await Assessment.create(slug="same", title="Same", time_limit_minutes=30, pack={
        "slug": "same", "title": "Same", "time_limit_minutes": 30})
    sessions = [await api.create_session(name, assessment="same") for name in ("ana", "bo")]
    solution = PAIRS + "\n\ndef total(values):\n    return sum(v for v in values if v > 0)\n"
    for s in sessions:
        ws = await connect(api, s)
        await send_code(api, ws, "main.py", 1, solution)
        await ws.send_json({"type": "finish"})
        await recv(ws, "report_ready", timeout=30)
        await ws.close()
    first, second = (s["session_id"] for s in sessions)
    data = await (await report(api, second)).json()
    similar = [i for i in data["integrity"] if i["kind"] == "similarity"]
    assert len(similar) == 1 and f"session {first}'s" in similar[0]["detail"]
    summary = await (await api.client.get(f"/sessions/{first}", headers=api.auth())).json()
    assert any(f["kind"] == "similarity" and f"session {second}'s" in f["detail"]
               for f in summary["flags"])


async def test_viva_report_fetches_and_generates_against_the_server(
        exam_lite: Api, tmp_path: Path) -> None:
    """`viva report ID --format md -o FILE` generates a missing report and writes it."""
    from viva.commands import run_report

    api = exam_lite
    s = await api.create_session("ana")
    out = tmp_path / "report.md"
    args = argparse.Namespace(token=api.token(), server=str(api.client.make_url("")),
                              session_id=s["session_id"], format="md", output=str(out))
    assert await asyncio.to_thread(run_report, args) == 0
    assert out.read_text().startswith("# Assessment report: ana")


async def test_the_report_routes_are_in_the_openapi_document(exam_lite: Api) -> None:
    """/openapi.json lists generate-report and the report with its format parameter."""
    spec = await (await exam_lite.client.get("/openapi.json")).json()
    assert "post" in spec["paths"]["/sessions/{id}/generate-report"]
    params = spec["paths"]["/sessions/{id}/report/"]["get"]["parameters"]
    assert any(p["name"] == "format" for p in params)



async def test_the_packs_starter_files_synced_on_first_connect_are_no_paste_burst(
        exam_lite: Api) -> None:
    """Only what differs from the starter file is the candidate's: a pasted addition to it
    still is a paste burst, the starter text itself is none."""
    from server.storage.models import Assessment

    api = exam_lite
    await Assessment.create(slug="big-starter", title="Big starter", time_limit_minutes=30, pack={
        "slug": "big-starter", "title": "Big starter", "time_limit_minutes": 30,
        "task": {"description": "Extend it.", "files": {"lib.py": PASTE, "notes.md": "Notes\n"}}})
    s = await api.create_session(assessment="big-starter")
    sid = s["session_id"]
    ws = await connect(api, s)
    await send_code(api, ws, "lib.py", 1, PASTE)  # the watcher's first sync
    await send_code(api, ws, "notes.md", 2, "Notes\n" + PASTE)  # the starter and a paste
    flags = (await (await api.client.get(f"/sessions/{sid}", headers=api.auth())).json())["flags"]
    assert [(f["kind"], f["path"]) for f in flags] == [("paste_burst", "notes.md")]
    # nor is it the candidate's in the report's coding timeline
    await api.client.post(f"/sessions/{sid}/generate-report", headers=api.auth())
    timeline = (await (await report(api, sid)).json())["timeline"]
    assert timeline["chars_added"] == len(PASTE)
    assert [i["path"] for i in timeline["largest_insertions"]] == ["notes.md"]
    await ws.close()
