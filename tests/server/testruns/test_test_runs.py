"""Test runs end to end over real sockets, real bubblewrap and real PostgreSQL: results,
per-test outcomes, timeouts, hidden tests, the REST routes, the feed and the finish."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Api, drop_pg_database, make_settings, new_pg_database
from tests.support.testruns import HIDDEN_MARKERS, AckWatch, candidate, load_pack, recv


async def _app(aiohttp_client: Any, tmp_path: Path, **overrides: Any) -> Api:
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=15, VIVA_TEST_MEMORY_MB=256, **overrides)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    api.db_url = url  # type: ignore[attr-defined]
    await load_pack(api)
    return api


@pytest.fixture
async def tapi(aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Api]:
    """The real app on PostgreSQL with small test-run limits and the calculator pack."""
    api = await _app(aiohttp_client, tmp_path)
    yield api
    await api.client.close()
    await drop_pg_database(api.db_url)  # type: ignore[attr-defined]


def _names(result: dict[str, Any]) -> str:
    return repr(result)


async def test_a_passing_run_reports_each_test(tapi: Api) -> None:
    ana = await candidate(tapi)
    started, result = await ana.run_tests()
    assert started["status"] == "running"
    assert result["status"] == "passed" and result["trigger"] == "candidate"
    assert (result["passed"], result["failed"], result["errors"]) == (1, 0, 0)
    case = result["cases"][0]
    assert case["name"] == "test_add" and case["outcome"] == "passed" and case["path"] == "test_calc.py"
    assert case["line"] == 4  # 1-based, where `def test_add` is
    assert not any(m in _names(result) for m in HIDDEN_MARKERS)
    await ana.ws.close()


async def test_a_failing_run_gives_per_test_outcomes_and_messages(tapi: Api) -> None:
    ana = await candidate(tapi)
    await ana.write("calc.py", "def add(a, b):\n    return a - b\n")
    await ana.write("test_more.py", "from calc import add\n\n\ndef test_zero():\n    assert add(0, 0) == 0\n\n\n"
                                    "def test_broken():\n    raise RuntimeError('boom here')\n")
    _, result = await ana.run_tests()
    assert result["status"] == "failed"
    by_name = {c["name"]: c for c in result["cases"]}
    assert by_name["test_zero"]["outcome"] == "passed"
    assert by_name["test_add"]["outcome"] == "failed" and "assert -1 == 5" in by_name["test_add"]["message"]
    assert by_name["test_broken"]["outcome"] == "failed" and "boom here" in by_name["test_broken"]["message"]
    assert (result["passed"], result["failed"]) == (1, 2)
    assert "boom here" in result["output_tail"]
    await ana.ws.close()


@pytest.mark.slow
async def test_a_run_past_its_time_limit_is_a_timeout(tapi: Api) -> None:
    ana = await candidate(tapi)
    await ana.write("test_slow.py", "import time\n\n\ndef test_forever():\n    time.sleep(60)\n")
    _, result = await ana.run_tests()
    assert result["status"] == "timeout"
    assert result["duration_ms"] < 20000
    await ana.ws.close()


async def test_an_update_sent_just_before_run_tests_is_in_the_run(tapi: Api) -> None:
    from tests.support.testruns import update

    ana = await candidate(tapi)
    # no wait for the ack: an editor saves and runs at once
    await ana.ws.send_json(update("calc.py", 1, "def add(a, b):\n    return a * b\n"))
    _, result = await ana.run_tests()
    assert result["status"] == "failed" and "assert 6 == 5" in result["cases"][0]["message"]
    await ana.ws.close()


async def test_a_second_request_while_one_runs_gets_the_same_run(tapi: Api) -> None:
    ana = await candidate(tapi)
    await ana.write("test_wait.py", "import time\n\n\ndef test_wait():\n    time.sleep(1)\n")
    await ana.ws.send_json({"type": "run_tests", "data": {}})
    first = await recv(ana.ws, "test_run")
    resp = await tapi.client.post(f"/sessions/{ana.id}/test-runs", headers=tapi.auth())
    assert resp.status == 202
    assert (await resp.json())["run_id"] == first["data"]["run_id"]
    await ana.ws.send_json({"type": "run_tests", "data": {}})
    assert (await recv(ana.ws, "test_run"))["data"]["run_id"] == first["data"]["run_id"]
    result = await recv(ana.ws, "test_result")
    assert result["data"]["run_id"] == first["data"]["run_id"]
    runs = (await (await tapi.client.get(f"/sessions/{ana.id}/test-runs", headers=tapi.auth())).json())["runs"]
    assert len(runs) == 1
    await ana.ws.close()


async def test_hidden_tests_are_invisible_to_the_candidate_and_visible_to_the_proctor(tapi: Api) -> None:
    ana = await candidate(tapi)
    join = await (await tapi.client.get(f"/join/{ana.session['candidate_token']}")).json()
    assert not any(m in repr(join) for m in HIDDEN_MARKERS)
    # the candidate's own run: visible tests only
    _, mine = await ana.run_tests()
    assert [c["name"] for c in mine["cases"]] == ["test_add"]
    # a proctor's run from the feed: every test to the feed, visible ones to the candidate
    feed = await tapi.client.ws_connect(f"/ws/proctor?token={tapi.token('proctor', name='pat')}")
    await recv(feed, "sessions_snapshot")
    await feed.send_json({"type": "run_tests", "data": {"session_id": ana.id}})
    while True:
        event = (await recv(feed, "session_event"))["data"]
        if event["session_id"] == ana.id and event["event"]["type"] == "test_run":
            assert event["event"]["data"]["trigger"] == "proctor"
            break
    while True:
        event = (await recv(feed, "session_event"))["data"]
        if event["session_id"] == ana.id and event["event"]["type"] == "test_result":
            staff = event["event"]["data"]
            break
    hidden = [c for c in staff["cases"] if c["hidden"]]
    assert [c["name"] for c in hidden] == ["test_add_negative_numbers"]
    assert staff["hidden_total"] == 1 and staff["hidden_passed"] == 1 and staff["trigger"] == "proctor"
    told = (await recv(ana.ws, "test_result"))["data"]
    assert told["trigger"] == "proctor" and not any(m in repr(told) for m in HIDDEN_MARKERS)
    assert [c["name"] for c in told["cases"]] == ["test_add"]
    # the REST listing, as the candidate and as staff
    cand = await tapi.client.get(f"/sessions/{ana.id}/test-runs",
                                 headers={"Authorization": f"Bearer {ana.session['candidate_token']}"})
    assert cand.status == 200
    listing = await cand.text()
    assert "test_add" in listing and not any(m in listing for m in HIDDEN_MARKERS)
    staff_runs = (await (await tapi.client.get(f"/sessions/{ana.id}/test-runs", headers=tapi.auth())).json())["runs"]
    assert [r["trigger"] for r in staff_runs] == ["candidate", "proctor"]
    assert "test_add_negative_numbers" in repr(staff_runs[1]["cases"])
    # the session's summary: the last run's figures, hidden ones for staff only
    summary = await (await tapi.client.get(f"/sessions/{ana.id}", headers={
        "Authorization": f"Bearer {ana.session['candidate_token']}"})).json()
    assert summary["last_test_run"]["passed"] == 1 and "hidden_total" not in summary["last_test_run"]
    summary = await (await tapi.client.get(f"/sessions/{ana.id}", headers=tapi.auth())).json()
    assert summary["last_test_run"]["passed"] == 2 and summary["last_test_run"]["hidden_total"] == 1
    # another candidate's token reaches neither the runs nor the trigger
    other = await candidate(tapi, name="bo")
    bo = {"Authorization": f"Bearer {other.session['candidate_token']}"}
    assert (await tapi.client.get(f"/sessions/{ana.id}/test-runs", headers=bo)).status == 403
    assert (await tapi.client.post(f"/sessions/{ana.id}/test-runs", headers=bo)).status == 403
    for ws in (feed, ana.ws, other.ws):
        await ws.close()


async def test_finish_runs_every_test_before_the_report(tapi: Api) -> None:
    ana = await candidate(tapi)
    await ana.write("calc.py", "def add(a, b):\n    return abs(a) + abs(b)\n")
    await ana.ws.close()
    cand = {"Authorization": f"Bearer {ana.session['candidate_token']}"}
    resp = await tapi.client.post(f"/sessions/{ana.id}/finish", headers=cand)
    assert resp.status == 200, await resp.text()
    runs = (await (await tapi.client.get(f"/sessions/{ana.id}/test-runs", headers=tapi.auth())).json())["runs"]
    final = runs[-1]
    assert final["trigger"] == "finish" and final["status"] == "failed"
    assert {c["name"]: c["outcome"] for c in final["cases"]} == {
        "test_add": "passed", "test_add_negative_numbers": "failed"}
    report = await (await tapi.client.get(f"/sessions/{ana.id}/report/?format=json", headers=tapi.auth())).json()
    assert report["tests"]["last"]["run_id"] == final["run_id"]
    md = await (await tapi.client.get(f"/sessions/{ana.id}/report/?format=md", headers=tapi.auth())).text()
    assert "test_add_negative_numbers" in md
    timeline = await (await tapi.client.get(f"/sessions/{ana.id}/timeline", headers=tapi.auth())).json()
    marks = [e for e in timeline["events"] if e["type"] == "test_result"]
    assert marks and marks[-1]["kind"] == "test_result" and marks[-1]["run_id"] == final["run_id"]


async def test_a_second_finish_waits_for_the_final_run_before_the_report(tapi: Api) -> None:
    # the candidate's companion finishes over the socket and, when the report is slow to come,
    # again over REST: the second finish must not write the report before the final run ends
    ana = await candidate(tapi)
    await ana.write("calc.py", "import time\n\n\ndef add(a, b):\n    time.sleep(1)\n"
                               "    return a + b\n")
    await ana.ws.send_json({"type": "finish", "data": {}})
    for _ in range(100):  # the final run has started
        runs = (await (await tapi.client.get(f"/sessions/{ana.id}/test-runs",
                                             headers=tapi.auth())).json())["runs"]
        if runs and runs[-1]["trigger"] == "finish":
            break
        await asyncio.sleep(0.1)
    assert runs and runs[-1]["trigger"] == "finish" and runs[-1]["status"] == "running"
    cand = {"Authorization": f"Bearer {ana.session['candidate_token']}"}
    resp = await tapi.client.post(f"/sessions/{ana.id}/finish", headers=cand)
    assert resp.status == 200, await resp.text()
    report = await (await tapi.client.get(f"/sessions/{ana.id}/report/?format=json",
                                          headers=tapi.auth())).json()
    last = (report.get("tests") or {}).get("last")  # none: written before the run ended
    assert last is not None and last["trigger"] == "finish" and last["status"] == "passed"
    await ana.ws.close()


async def test_a_failing_visible_test_becomes_the_next_question(aiohttp_client: Any, tmp_path: Path) -> None:
    api = await _app(aiohttp_client, tmp_path, MIN_CODE_CHANGE_LINES=3, MIN_TIME_BETWEEN_INTERACTIONS=0)
    try:
        ana = await candidate(api)
        await ana.write("calc.py", "def add(a, b):\n    return a - b\n")
        first = (await recv(ana.ws, "question"))["data"]  # the examiner's own, about `add`
        await ana.ws.send_json({"type": "response_submitted", "data": {
            "interaction_id": first["interaction_id"], "response": "negative numbers"}})
        await recv(ana.ws, "evaluation_result")
        _, result = await ana.run_tests()
        assert result["status"] == "failed"
        # asked as the run finishes: about the code the run was made of (a later change would
        # make the run stale, and no question about it is asked then)
        question = (await recv(ana.ws, "question"))["data"]
        assert question["question"].startswith("`test_add` fails with")
        assert "assert -1 == 5" in question["question"]
        assert question["path"] == "test_calc.py" and question["line"] == 4 and question["skill"] == "testing"
        await ana.ws.close()
    finally:
        await api.client.close()
        await drop_pg_database(api.db_url)  # type: ignore[attr-defined]


async def test_expiry_runs_every_test_before_the_report(tapi: Api) -> None:
    from datetime import timedelta

    from server.keys import CLOCK
    from server.storage.models import Session

    ana = await candidate(tapi)
    session = await Session.get(id=ana.id)
    assert session.started_at is not None
    await Session.filter(id=ana.id).update(started_at=session.started_at - timedelta(hours=2))
    assert (await tapi.client.server.app[CLOCK].check()).expired == [ana.id]
    runs = (await (await tapi.client.get(f"/sessions/{ana.id}/test-runs", headers=tapi.auth())).json())["runs"]
    assert [(r["trigger"], r["status"], r["passed"]) for r in runs] == [("expiry", "passed", 2)]
    report = await (await tapi.client.get(f"/sessions/{ana.id}/report/?format=json", headers=tapi.auth())).json()
    assert report["tests"]["last"]["trigger"] == "expiry"
    told = (await recv(ana.ws, "test_result"))["data"]
    assert told["trigger"] == "expiry" and told["passed"] == 1
    assert not any(marker in json.dumps(told) for marker in HIDDEN_MARKERS)
    await ana.ws.close()


async def test_a_session_without_tests_says_so(tapi: Api) -> None:
    session = await tapi.create_session("cy")
    resp = await tapi.client.post(f"/sessions/{session['session_id']}/test-runs", headers=tapi.auth())
    assert resp.status == 409 and (await resp.json())["code"] == "no_tests"


async def test_the_shipped_take_home_fails_on_its_starter_code_with_reasons(tapi: Api) -> None:
    ana = await candidate(tapi, slug="python-takehome")
    watch = AckWatch(await candidate(tapi, slug="python-takehome", name="bo"))
    watch.start()
    _, result = await ana.run_tests()
    await watch.stop()
    watch.check()
    assert result["status"] == "failed" and result["failed"] == 7
    assert all("NotImplementedError" in c["message"] for c in result["cases"])
    assert not any("messy" in c["path"] for c in result["cases"])
    await ana.ws.close()
    await watch.other.ws.close()


async def test_openapi_lists_the_test_run_paths(tapi: Api) -> None:
    spec = await (await tapi.client.get("/openapi.json")).json()
    assert {"get", "post"} <= set(spec["paths"]["/sessions/{id}/test-runs"])


async def test_without_a_sandbox_runs_are_unavailable_and_nothing_executes(
        aiohttp_client: Any, tmp_path: Path) -> None:
    api = await _app(aiohttp_client, tmp_path, VIVA_SANDBOX="off")
    marker = tmp_path / "ran-bare"
    try:
        ana = await candidate(api)
        await ana.write("test_marker.py", f"open({str(marker)!r}, 'w').write('ran')\n\n\ndef test_x():\n    pass\n")
        _, result = await ana.run_tests()
        assert result["status"] == "unavailable" and "VIVA_SANDBOX=off" in result["reason"]
        assert result["cases"] == [] and not marker.exists()
        await ana.ws.close()
    finally:
        await api.client.close()
        await drop_pg_database(api.db_url)  # type: ignore[attr-defined]
