"""The whole take-home flow over real sockets, as a candidate and a proctor live it (server
half): invite over REST → /join → starter files streamed on the candidate's socket → edits →
a question and its answer → tests (`run_tests`) → the quiz → finish → the report, in JSON,
Markdown and HTML, with the questions, the quiz and the tests. Real PostgreSQL, real
bubblewrap, the shipped demo pack (task, tests, quiz)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType

from server.packs.loader import shipped_pack
from tests.conftest import Api, drop_pg_database, make_settings, new_pg_database
from tests.support.examining import REAL_ANSWER, update

SOLVED_TOP = '''

def top_words(text: str, n: int) -> list[tuple[str, int]]:
    """The n most frequent words with their counts; ties in alphabetical order."""
    counts = word_counts(text)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:n]
'''


class Candidate:
    """The candidate's socket: frames read in order, kept by type for later looks."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []
        self.seq = 0

    async def next(self, type_: str, timeout: float = 30) -> dict[str, Any]:
        """The next frame of `type_` (frames of other types are kept in `seen`)."""
        deadline = time.monotonic() + timeout
        while True:
            msg = await self.ws.receive(timeout=max(0.1, deadline - time.monotonic()))
            assert msg.type == WSMsgType.TEXT, f"expected text, got {msg.type} {msg.data}"
            frame = json.loads(msg.data)
            self.seen.append(frame)
            if frame.get("type") == type_:
                return dict(frame["data"])

    def earlier(self, type_: str) -> list[dict[str, Any]]:
        return [f["data"] for f in self.seen if f.get("type") == type_]

    async def write(self, path: str, content: str) -> None:
        self.seq += 1
        await self.ws.send_json(update(path, self.seq, content))
        while True:
            ack = await self.next("ack")
            if ack.get("seq") == self.seq:
                return

    async def send(self, type_: str, **data: Any) -> None:
        await self.ws.send_json({"type": type_, "data": data})


async def test_invite_join_edit_answer_test_quiz_finish_and_report(
        aiohttp_client: Any, tmp_path: Path) -> None:
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=60)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    try:
        await flow(api)
    finally:
        await client.close()
        await drop_pg_database(url)


async def flow(api: Api) -> None:
    # the proctor invites; the invite leads to the session, its task, files and tests
    resp = await api.client.post("/sessions/", headers=api.auth("proctor"), json={
        "assessment": "demo", "candidate": {"name": "Ana", "email": "ana@example.com"}})
    assert resp.status == 201, await resp.text()
    invite = await resp.json()
    token, sid = invite["invite"].rsplit("/join/", 1)[1], invite["session_id"]
    joined = await (await api.client.get(f"/join/{token}")).json()
    assert joined["session_id"] == sid and joined["tests"] is True
    starter: dict[str, str] = joined["starter_files"]
    assert set(starter) == {"main.py", "test_main.py"}

    ws = await api.client.ws_connect(f"/ws/session/{sid}?token={token}")
    ana = Candidate(ws)
    await ana.next("auth_success")
    for path, text in starter.items():  # the client streams what it wrote into the folder
        await ana.write(path, text)

    # an edit: top_words implemented; the examiner asks about it, the candidate answers
    main = starter["main.py"].replace(
        '\n\ndef top_words(text: str, n: int) -> list[tuple[str, int]]:\n'
        '    """The n most frequent words with their counts; ties in alphabetical order."""\n'
        '    raise NotImplementedError\n', SOLVED_TOP)
    assert main != starter["main.py"]
    await ana.write("main.py", main)
    question = await ana.next("question")
    assert question["number"] == 1 and question["path"] == "main.py"
    await ana.send("response_submitted", interaction_id=question["interaction_id"],
                   response=REAL_ANSWER)
    graded = await ana.next("evaluation_result")
    assert graded["interaction_id"] == question["interaction_id"] and 0 <= graded["score"] <= 10
    assert "Missed:" not in graded["evaluation"]  # the candidate never gets the rubric

    # the tests: top_words passes now, the rest still fail; hidden tests are not named
    await ana.send("run_tests")
    started = await ana.next("test_run")
    result = await ana.next("test_result", timeout=90)
    assert result["run_id"] == started["run_id"] and result["status"] == "failed"
    outcomes = {c["name"]: c["outcome"] for c in result["cases"]}
    assert outcomes["test_top_words_most_frequent_first"] == "passed"
    assert outcomes["test_average_word_length"] == "failed"
    assert not any("edge_cases" in name or "apostrophes" in name for name in outcomes)

    # the quiz on the same socket: two right, one wrong
    quiz = shipped_pack("demo").mcq
    assert quiz is not None
    key = {q.id: q.answer for q in quiz.questions}
    await ana.send("start_assessment", test_id="demo")
    await ana.next("assessment_started")
    for number in range(1, quiz.total_questions + 1):
        asked = await ana.next("question")
        while "question_id" not in asked:  # a code question announced again, answered
            asked = await ana.next("question")
        right = key[asked["question_id"]]
        chosen = right if number < quiz.total_questions else (right + 1) % len(asked["options"])
        await ana.send("submit_answer", question_id=asked["question_id"],
                       selected_option="ABCD"[chosen])
        await ana.next("answer_feedback")
    done = await ana.next("assessment_completed")
    assert done["results"]["correct"] == quiz.total_questions - 1

    # finish: the final run (hidden tests too), then the report
    await ana.send("finish")
    assert (await ana.next("report_ready", timeout=120))["session_id"] == sid
    await ws.close()

    data = await report(api, sid, "json")
    assert data["status"] == "completed"
    asked_q, *more = data["interactions"]
    # the failing run asked about a failing visible test as it finished (never a hidden one)
    assert [i["skill"] for i in more] == ["testing"] and more[0]["question"].startswith("`test_")
    assert asked_q["question"] == question["question"] and asked_q["response"] == REAL_ANSWER
    assert asked_q["score"] == graded["score"]
    assert data["quiz"]["correct"] == quiz.total_questions - 1
    assert len(data["quiz"]["questions"]) == quiz.total_questions
    assert "quiz questions right" in data["summary"]["text"]
    tests = data["tests"]
    assert [r["trigger"] for r in tests["runs"]] == ["candidate", "finish"]
    assert tests["last"]["hidden_total"] == 3  # staff see the hidden tests
    assert data["files"]["main.py"] == main

    md = await report(api, sid, "md")
    html = await report(api, sid, "html")
    for text in (md, html):
        assert question["question"].split("`")[0][:30] in text
        assert "Multiple-choice quiz" in text and "Tests" in text
        assert "test_average_word_length" in text
    assert "## Coding timeline" in md and "<svg" in html


async def report(api: Api, sid: int, fmt: str) -> Any:
    resp = await api.client.get(f"/sessions/{sid}/report?format={fmt}", headers=api.auth("proctor"))
    assert resp.status == 200, await resp.text()
    return await resp.json() if fmt == "json" else await resp.text()
