"""A whole multiple-choice run in the companion against the server's real MCQ engine."""

from __future__ import annotations

import re
from pathlib import Path

from candidate_harness import connected, invite_for, text_of, wait_for

from tests.support.assessments import ANSWERS, load_pack, short_pack
from tui.candidate import CandidateApp
from tui.candidate.widgets import AnswerBox, McqPanel


async def test_a_multiple_choice_run_by_keys_with_a_question_left_to_time_out(
        sqlite_api, tmp_path: Path) -> None:
    """F5 starts the pack's test; keys answer; a question left alone times out; the run ends."""
    await load_pack(sqlite_api, short_pack("quick", seconds=3))
    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": "quick", "candidate": {"name": "ana"}})
    session = await resp.json()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        await pilot.press("f5")
        mcq = app.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.display and mcq.question_id, what="the first question")
        assert "Question 1 of 5" in text_of(mcq.query_one("#mcq-heading"))
        # the server's 3 s, counted down here: by this check a second may have gone by
        assert re.search(r"0:0[1-3] left", text_of(mcq.query_one("#mcq-countdown")))
        await wait_for(pilot, lambda: app.focused is mcq, what="the options' focus")

        first = mcq.question_id
        await pilot.press(ANSWERS[first].lower())
        await wait_for(pilot, lambda: app.query(".note.-feedback"), what="feedback")
        assert "Correct" in text_of(app.query(".note.-feedback").last())

        await wait_for(pilot, lambda: mcq.question_id not in (None, first), what="question 2")
        second = mcq.question_id
        await wait_for(pilot, lambda: mcq.timed_out, timeout=10, what="the countdown to end")
        await wait_for(pilot, lambda: mcq.question_id not in (None, second), timeout=15,
                       what="the question after the timed-out one")

        while mcq.display:
            current = mcq.question_id
            if current is not None and mcq.chosen is None and not mcq.timed_out:
                await pilot.press(ANSWERS[current].lower())
            await wait_for(pilot, lambda asked=current: not mcq.display or mcq.question_id != asked,
                           what="the next question or the end")
        assert app.query_one(AnswerBox).display
        assert "complete" in text_of(app.query(".note.-done").last()).lower()


async def test_a_companion_reopened_mid_test_carries_on_with_the_question_without_f5(
        sqlite_api, tmp_path: Path) -> None:
    """Reopening the companion mid-test shows the current question with its time running,
    not "No questions yet"; the Task tab of a test-only assessment says F5 starts it."""
    from tui.candidate.widgets import TaskTab

    await load_pack(sqlite_api, short_pack("again", seconds=60))
    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": "again", "candidate": {"name": "ana"}})
    session = await resp.json()
    first = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with first.run_test(size=(100, 32)) as pilot:
        await connected(pilot, first)
        await wait_for(pilot, lambda: first.info is not None, what="the session's info")
        task = first.query_one(TaskTab)
        await wait_for(pilot, lambda: task.query("#task-text"), what="the task")
        said = str(task.query_one("#task-text")._markdown)
        assert "press **F5** to start it" in said and "no written task" not in said
        assert not first.query_one(McqPanel).display  # nothing starts before the candidate asks
        assert not first._notifications  # the probe's `not_started` is not news
        await pilot.press("f5")
        mcq = first.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.display and mcq.question_id, what="the first question")
        asked = mcq.question_id
    again = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        mcq = again.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.display and mcq.question_id, what="the question again")
        assert mcq.question_id == asked
        assert re.search(r"[01]:\d\d left", text_of(mcq.query_one("#mcq-countdown")))
        assert not again.query(".note.-refused") and not again._notifications


async def test_a_pause_and_resume_missed_while_away_are_caught_up_and_the_test_goes_on(
        sqlite_api, tmp_path: Path) -> None:
    """The companion is away (its socket closed, reconnecting) when the proctor resumes the
    session: on reconnect it shows the session resumed, not paused forever, and the test's
    question is back with its time, without F5."""
    from server.keys import HUB

    await load_pack(sqlite_api, short_pack("away", seconds=60))
    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": "away", "candidate": {"name": "ana"}})
    session = await resp.json()
    sid = session["session_id"]
    desk = await sqlite_api.client.ws_connect(f"/ws/proctor?token={sqlite_api.token('proctor')}")
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        await pilot.press("f5")
        mcq = app.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.display and mcq.question_id, what="the first question")
        asked = mcq.question_id
        await desk.send_json({"type": "pause_session", "data": {"session_id": sid}})
        await wait_for(pilot, lambda: app.state == "paused", what="the pause")
        for conn in list(sqlite_api.client.server.app[HUB].session_connections(sid)):
            await conn.ws.close(code=4008, message=b"rate limited")  # back in 3 s at the soonest
        await wait_for(pilot, lambda: not app.client.status.connected, what="the companion away")
        await desk.send_json({"type": "resume_session", "data": {"session_id": sid}})

        async def status() -> str:
            got = await sqlite_api.client.get(f"/sessions/{sid}", headers=sqlite_api.auth())
            return str((await got.json())["status"])

        while await status() != "active":
            await pilot.pause(0.05)
        assert app.state == "paused" and not app.client.status.connected  # it missed the resume
        await wait_for(pilot, lambda: app.state == "active", timeout=20, what="the resume caught up")
        assert "The session resumed." in text_of(app.query(".note.-state").last())
        await wait_for(pilot, lambda: mcq.display and mcq.question_id == asked and not mcq.timed_out,
                       what="the question back")
        assert not [n for n in app._notifications if "paused" in str(n.message)]
    await desk.close()
