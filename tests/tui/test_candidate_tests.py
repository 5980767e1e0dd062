"""The companion's Tests tab against the real server: F6 asks for a run, results show per test."""

from __future__ import annotations

from typing import Any

from candidate_harness import connected, invite_for, publish, wait_for, workspace_with
from textual.widgets import TabbedContent

from tui.candidate import CandidateApp
from tui.candidate.widgets import TestResults

SIZE = (100, 32)

FAILED = {
    "run_id": 7, "trigger": "candidate", "status": "failed", "passed": 2, "failed": 1,
    "errors": 0, "duration_ms": 1840, "output_tail": "1 failed, 2 passed in 0.31s",
    "cases": [
        {"name": "test_counts_words", "outcome": "passed", "message": ""},
        {"name": "test_empty_log", "outcome": "failed",
         "message": "AssertionError: assert [('', 1)] == []", "path": "test_solution.py",
         "line": 14},
        {"name": "test_ties_sorted", "outcome": "passed", "message": ""},
    ],
}


async def _takehome(api: Any) -> dict[str, Any]:
    """A session of an assessment with tests (a small calculator pack)."""
    from tests.support.testruns import load_pack

    await load_pack(api)
    return dict(await api.create_session(assessment="sandbox-calc"))


def _shown(app: CandidateApp) -> str:
    return app.query_one(TestResults).render().plain


def _label(app: CandidateApp) -> str:
    return str(app.query_one("#tabs", TabbedContent).get_tab("tests").label)


async def test_a_run_shows_running_then_each_tests_outcome_and_the_failure_message(
        sqlite_api) -> None:
    """`test_run` says running; `test_result` gives pass/fail per test and the message."""
    session = await _takehome(sqlite_api)
    app = CandidateApp(invite_for(sqlite_api, session))
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        assert "No test run yet" in _shown(app)
        await publish(sqlite_api, session["session_id"], "test_run", {"run_id": 7,
                                                                      "status": "running"})
        await wait_for(pilot, lambda: "Running the tests…" in _shown(app), what="running…")
        assert _label(app) == "Tests …"

        await publish(sqlite_api, session["session_id"], "test_result", FAILED)
        await wait_for(pilot, lambda: "2/3 tests passed" in _shown(app), what="the results")
        shown = _shown(app)
        assert "Running" not in shown
        assert "✔ test_counts_words" in shown and "✔ test_ties_sorted" in shown
        assert "✘ test_empty_log  test_solution.py:14" in shown
        assert "AssertionError: assert [('', 1)] == []" in shown
        assert "1 failed, 2 passed in 0.31s" in shown  # the output's tail, for a failing run
        assert _label(app) == "Tests 2/3"


async def test_a_run_the_proctor_started_updates_the_tab_without_taking_the_keyboard(
        sqlite_api) -> None:
    """A proctor's run: the results and the label change, the candidate stays where they were."""
    session = await _takehome(sqlite_api)
    app = CandidateApp(invite_for(sqlite_api, session))
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await pilot.press("f2")
        passed = {**FAILED, "run_id": 8, "trigger": "proctor", "status": "passed", "passed": 3,
                  "failed": 0, "cases": [{**c, "outcome": "passed", "message": ""}
                                         for c in FAILED["cases"]]}
        await publish(sqlite_api, session["session_id"], "test_result", passed)
        await wait_for(pilot, lambda: _label(app) == "Tests 3/3", what="the tab's label")
        assert app.query_one("#tabs", TabbedContent).active == "questions"
        assert "3/3 tests passed" in _shown(app) and "run by the proctor" in _shown(app)
        assert "✘" not in _shown(app) and "Output" not in _shown(app)
        notes = [str(n.message) for n in app._notifications]
        assert any("The proctor ran your tests: 3/3 tests passed" in n for n in notes)


async def test_a_run_that_could_not_happen_says_why(sqlite_api) -> None:
    """`unavailable` (no sandbox on the server): no cases, the reason from the output."""
    session = await _takehome(sqlite_api)
    app = CandidateApp(invite_for(sqlite_api, session))
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        result: dict[str, Any] = {"run_id": 9, "trigger": "candidate", "status": "unavailable",
                                  "passed": 0, "failed": 0, "errors": 0, "duration_ms": 0,
                                  "cases": [], "output_tail": "",
                                  "reason": "no sandbox: bubblewrap is missing"}
        await publish(sqlite_api, session["session_id"], "test_result", result)
        await wait_for(pilot, lambda: "tests unavailable" in _shown(app).lower(),
                       what="the refusal")
        assert "cannot run on this server" in _shown(app)
        assert "bubblewrap is missing" in _shown(app)
        assert _label(app) == "Tests unavailable"


async def test_f6_runs_the_real_tests_in_the_sandbox_and_shows_the_failure(
        sqlite_api, tmp_path) -> None:
    """`viva join`: a broken `add` is saved, F6 runs the pack's tests, the failure shows."""
    session = await _takehome(sqlite_api)
    root = workspace_with(tmp_path, {"calc.py": "def add(a, b):\n    return a + b\n"})
    app = CandidateApp(invite_for(sqlite_api, session), workspace=root, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await pilot.press("f6")
        await wait_for(pilot, lambda: "1/1 test passed" in _shown(app), what="a passing run")
        assert "✔ test_add" in _shown(app) and "test_add_negative" not in _shown(app)

        (root / "calc.py").write_text("def add(a, b):\n    return a - b\n")
        for _ in range(400):  # the watcher sends it; the run takes the stored workspace
            if "a - b" in (await sqlite_api.files(session["session_id"])).get("calc.py", ""):
                break
            await pilot.pause(0.05)
        else:
            raise AssertionError("the broken calc.py never reached the server")
        await pilot.press("f6")
        await wait_for(pilot, lambda: "0/1 test passed" in _shown(app), what="a failing run")
        shown = _shown(app)
        assert "✘ test_add  test_calc.py:4" in shown and "assert -1 == 5" in shown
        assert _label(app) == "Tests 0/1"
        assert "secret_cases" not in shown  # hidden tests never reach the candidate


async def test_a_free_session_has_no_tests_tab_and_no_f6(sqlite_api) -> None:
    """Without an assessment there are no tests: the tab and the key are hidden."""
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session))
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        await pilot.pause()
        tabs = app.query_one("#tabs", TabbedContent)
        assert not tabs.get_tab("tests").display
        assert app.check_action("run_tests", ()) is False
        assert "f6" not in {b.binding.key for b in app.active_bindings.values() if b.enabled}


UNTESTED = """slug = "untested"
title = "A task without tests"
time_limit_minutes = 15
[task]
description = "Write main.py"
[task.files]
"main.py" = "x = 1\\n"
"""
"""A pack with a task and no `[tests]` (the demo has tests)."""


async def _untested_companion(api) -> CandidateApp:  # type: ignore[no-untyped-def]
    """A companion on a session of an assessment without `[tests]`."""
    loaded = await api.client.post("/assessments", data=UNTESTED, headers={
        **api.auth(), "Content-Type": "application/toml"})
    assert loaded.status in (200, 201), await loaded.text()
    resp = await api.client.post("/sessions/", headers=api.auth(), json={
        "assessment": "untested", "candidate": {"name": "ana"}})
    return CandidateApp(invite_for(api, await resp.json()))


async def test_an_assessment_without_tests_has_no_tests_tab_and_no_f6(sqlite_api) -> None:
    """An assessment without `[tests]`: `/join` says so, and the tab and key are hidden."""
    app = await _untested_companion(sqlite_api)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        await pilot.pause()
        assert app.info is not None and app.info.assessment == "untested" and not app.info.has_tests
        assert not app.query_one("#tabs", TabbedContent).get_tab("tests").display
        assert app.check_action("run_tests", ()) is False


async def test_f6_says_so_when_the_server_refuses_the_run(sqlite_api) -> None:
    """A server that refuses (here: one that did not say the assessment has no tests)."""
    import dataclasses

    app = await _untested_companion(sqlite_api)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        assert app.info is not None
        app.info = dataclasses.replace(app.info, has_tests=True)
        await pilot.press("f6")
        await wait_for(pilot, lambda: "did not start" in _shown(app), what="the refusal")
        assert "has no tests to run" in _shown(app) and "Starting" not in _shown(app)
        assert _label(app) == "Tests"
