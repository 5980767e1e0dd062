"""The proctor console's test runs against the real server and a real bubblewrap sandbox:
`t` runs the selected session's tests, hidden ones included; the row, the session view and
the replay timeline show the result."""

from __future__ import annotations

from typing import Any

import pytest
from test_proctor_live import Candidate, cell, console, until

from tests.conftest import Api
from tests.support.testruns import load_pack
from tui.proctor.replay import ReplayScreen, Scrubber
from tui.proctor.session_view import SessionScreen

pytestmark = pytest.mark.slow

PASSES_VISIBLE_ONLY = "def add(a, b):\n    return abs(a) + abs(b)\n"
"""Right for test_add (2 + 3), wrong for the hidden test on negative numbers."""


def _tests_tab(app: Any) -> str:
    return str(app.screen.query_one("#tests").content)


async def test_t_runs_the_selected_sessions_tests_hidden_ones_included_and_every_view_shows_it(
        sqlite_api: Api) -> None:
    """`t` → the feed's run_tests → `…`, then 1/2 in red; the session view marks the hidden
    test that failed; replay marks the run."""
    await load_pack(sqlite_api)
    session = await sqlite_api.create_session("ana", assessment="sandbox-calc")
    sid = session["session_id"]
    cand = await Candidate(sqlite_api, session).connect()
    await cand.write("calc.py", PASSES_VISIBLE_ONLY)
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [sid] and app.feed_state == "connected",
                    "the row and the feed")
        assert cell(app, sid, "tests") == "—"
        await pilot.press("t")
        await until(pilot, lambda: app.fleet.sessions[sid].tests_running
                    or app.fleet.sessions[sid].last_run is not None, "the run to start")
        await until(pilot, lambda: cell(app, sid, "tests") == "1/2", "the result", timeout=30)
        run = app.fleet.sessions[sid].last_run
        assert run is not None and run["trigger"] == "proctor" and run["status"] == "failed"
        assert app.table.get_cell(str(sid), "tests").style == "bold red"

        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen)
                    and "hidden test_add_negative_numbers" in _tests_tab(app), "the Tests tab")
        shown = _tests_tab(app)
        assert "✔ test_add" in shown and "✘ hidden test_add_negative_numbers" in shown
        assert "Tests 1/2 passed (hidden 0/1)" in shown and "by a proctor" in shown

        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReplayScreen)
                    and app.screen.timeline is not None, "the replay")
        replay = app.screen
        assert isinstance(replay, ReplayScreen) and replay.timeline is not None
        marks = [m for m in replay.timeline.marks if m.kind == "test"]
        assert len(marks) == 1 and marks[0].failing
        assert "✗" in replay.query_one(Scrubber).render().plain
        await pilot.press("home", "t")
        assert replay.player is not None and replay.player.position == marks[0].offset
        assert "Tests 1/2 passed" in str(replay.query_one("#moment").content)
    await cand.ws.close()


async def test_the_candidate_sees_the_proctors_run_without_the_hidden_tests(
        sqlite_api: Api) -> None:
    """The same run reaches the candidate's socket with the visible test only."""
    await load_pack(sqlite_api)
    session = await sqlite_api.create_session("ana", assessment="sandbox-calc")
    cand = await Candidate(sqlite_api, session).connect()
    await cand.write("calc.py", PASSES_VISIBLE_ONLY)
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.feed_state == "connected", "the feed")
        assert await app.send_action("run_tests", session["session_id"])
        result = await cand.next("test_result", timeout=30)
    assert result["trigger"] == "proctor" and result["status"] == "passed"
    assert [c["name"] for c in result["cases"]] == ["test_add"]
    await cand.ws.close()


async def test_t_on_a_session_without_tests_says_why(sqlite_api: Api) -> None:
    """A free session has no tests: the server's refusal shows, the cell stays empty."""
    session = await sqlite_api.create_session("bob")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [session["session_id"]]
                    and app.feed_state == "connected", "the row and the feed")
        await pilot.press("t")
        await until(pilot, lambda: app.errors, "the server's answer")
        assert "no tests" in app.errors[-1]
        assert cell(app, session["session_id"], "tests") == "—"


def test_a_runs_text_from_candidate_code_is_inert_and_cannot_imitate_our_marks() -> None:
    """Escapes that set a terminal's title and wipe its screen, a bidi override, and a name that
    dresses up as a passing hidden test: all shown as text, our marks only where we put them."""
    from tui.proctor.runs import run_text

    run = {"run_id": 3, "trigger": "proctor", "status": "failed", "passed": 1, "failed": 1, "errors": 0,
           "hidden_passed": 0, "hidden_total": 1, "duration_ms": 10, "reason": "\x1b[2J",
           "output_tail": "\x1b]0;pwned\x07\x1b[2J\nmore", "cases": [
               {"name": "spoof ✔ hidden test_x", "outcome": "passed", "judge": "pytest"},
               {"name": "test_\u202eevil", "outcome": "failed", "message": "\x1b]0;pwned\x07", "hidden": True,
                "judge": "server", "path": "t\x1b[1m.py", "line": 2}]}
    text = run_text(run)
    plain = text.plain
    assert "\x1b" not in plain and "\x07" not in plain and "\u202e" not in plain
    assert "\\x1b]0;pwned\\x07" in plain and "test_\\u202eevil" in plain
    assert "spoof ? hidden test_x" in plain  # the name's ✔ is not ours
    assert "✘ hidden server test_\\u202eevil" in plain
    assert "can influence" in plain  # pytest verdicts are said to be open to candidate code
    styles = {span.style for span in text.spans if text.plain[span.start:span.end] == "hidden "}
    assert styles == {"magenta"}  # the only "hidden " in our style is our own mark
