"""Questions about failing tests are about the code as it is: asked when a run finishes, never
about a run that a later change has made stale (over real sockets, bubblewrap, PostgreSQL)."""

from __future__ import annotations

import json
import time
from typing import Any

from aiohttp import WSMsgType

from server.testruns.questions import question_for
from tests.conftest import Api, drop_pg_database, make_settings, new_pg_database
from tests.support.testruns import PACK, Candidate, candidate, load_pack

BROKEN = "def add(a, b):\n    return a - b\n"
FIXED = ("def add(a, b):\n    total = a\n    total += b\n    return total\n\n\n"
         "def double(x):\n    return add(x, x)\n")
TESTS = ("from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n\n\n"
         "def test_sum_three():\n    assert add(1, 2) == 3\n")
PACK_TWO = {**PACK, "task": {**PACK["task"], "files": {**PACK["task"]["files"], "test_calc.py": TESTS}},
            "tests": {**PACK["tests"], "timeout_seconds": 30},
            "examiner": {"max_open_questions": 5}}
"""The calculator with two visible tests that `a - b` fails, and time for a busy machine."""


async def read_for(ws: Any, seconds: float, until: str | None = None) -> list[dict[str, Any]]:
    """Every frame in the next `seconds` (or up to and including the first of type `until`)."""
    frames: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            msg = await ws.receive(timeout=left)
        except TimeoutError:
            break
        if msg.type != WSMsgType.TEXT:
            break
        frames.append(json.loads(msg.data))
        if until is not None and frames[-1]["type"] == until:
            break
    return frames


def questions(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f["data"] for f in frames if f["type"] == "question"]


async def answer_all(ana: Candidate, asked: list[dict[str, Any]]) -> None:
    for q in asked:
        await ana.ws.send_json({"type": "response_submitted", "data": {
            "interaction_id": q["interaction_id"], "response": "it subtracts b instead of "
            "adding it, because the operator is a minus where a plus was expected"}})
    frames = await read_for(ana.ws, 10 * len(asked) + 5)
    graded = {f["data"]["interaction_id"] for f in frames if f["type"] == "evaluation_result"}
    assert graded >= {q["interaction_id"] for q in asked}


async def test_a_failing_run_asks_at_once_and_a_later_change_makes_it_stale(
        aiohttp_client: Any, tmp_path: Any) -> None:
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=30, VIVA_TEST_MEMORY_MB=256,
                             MIN_CODE_CHANGE_LINES=3, MIN_TIME_BETWEEN_INTERACTIONS=0)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    try:
        await load_pack(api, PACK_TWO)
        ana = await candidate(api)
        await ana.write("calc.py", BROKEN)
        await ana.ws.send_json({"type": "run_tests", "data": {}})
        frames = await read_for(ana.ws, 40, until="test_result")
        assert frames[-1]["type"] == "test_result" and frames[-1]["data"]["status"] == "failed"
        frames += await read_for(ana.ws, 3)  # the run's own question comes as it finishes
        asked = questions(frames)
        about_tests = [q for q in asked if q["question"].startswith("`test_add` fails with")]
        assert len(about_tests) == 1, asked
        await answer_all(ana, asked)

        await ana.write("calc.py", FIXED)  # fixes `test_sum_three` too: that run is stale now
        later = questions(await read_for(ana.ws, 4))
        assert not any("fails with" in q["question"] for q in later), later
    finally:
        await client.close()
        await drop_pg_database(url)


async def test_runs_are_numbered_within_their_session(aiohttp_client: Any, tmp_path: Any) -> None:
    """What people see is the run's number in its session (run_id counts every session's)."""
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=30, VIVA_TEST_MEMORY_MB=256)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    try:
        await load_pack(api, PACK_TWO)
        ana, bo = await candidate(api), await candidate(api, name="bo")
        numbers = []
        for who in (ana, bo, bo):
            await who.ws.send_json({"type": "run_tests", "data": {}})
            frames = await read_for(who.ws, 40, until="test_result")
            started = next(f["data"] for f in frames if f["type"] == "test_run")
            result = frames[-1]["data"]
            assert result["number"] == started["number"]
            numbers.append((result["run_id"], result["number"]))
        assert numbers == [(1, 1), (2, 1), (3, 2)]
        timeline = await (await client.get(f"/sessions/{bo.id}/timeline", headers=api.auth())).json()
        assert [e["number"] for e in timeline["events"] if e["type"] == "test_result"] == [1, 2]
    finally:
        await client.close()
        await drop_pg_database(url)


def test_a_reported_test_without_a_line_is_found_where_its_file_declares_it() -> None:
    """JUnit, go test and the JavaScript runners give no line: the question points at the
    test's declaration, not at the file's first line."""
    from server.testruns.runner import declared_at

    java = "import x;\n\nclass SlotsTest {\n    @Test\n    void emptyDay() {\n    }\n}\n"
    go = "package slots\n\nfunc TestEmpty(t *testing.T) {\n\tt.Run(\"a\", nil)\n}\n"
    js = "const t = require('node:test');\n\nt.test('merges touching ranges', () => {});\n"
    assert declared_at(java, "emptyDay()") == 5
    assert declared_at(java, "SlotsTest.emptyDay") == 5
    assert declared_at(go, "TestEmpty/a") == 3
    assert declared_at(js, "merges touching ranges") == 3
    assert declared_at(java, "missingTest") is None
    assert declared_at(java, "") is None


def test_a_long_message_is_cut_after_a_whole_word_and_says_so() -> None:
    long = ("AssertionError: assert Request(time=...ration_ms=123) == Request(time=...ration_ms="
            "123) Omitting 4 identical items, use -vv to show Differing attributes: ['time'] "
            "Drill down into differing attribute time")
    question = question_for({"name": "test_parse", "outcome": "failed", "message": long})
    shown = question.facts["message"]
    assert shown.endswith(" …") and len(shown) <= 162 and long.startswith(shown[:-2])
    assert not shown[:-2].endswith(("[", "'", "['time"))
    short = question_for({"name": "test_parse", "outcome": "failed", "message": "assert 1 == 2"})
    assert short.facts["message"] == "assert 1 == 2"
