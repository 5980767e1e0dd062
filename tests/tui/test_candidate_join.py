"""`viva join INVITE DIR` as a new candidate meets it: the starter files arrive in an empty
folder, a refused invite ends the attempt with one line about what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from candidate_harness import connected, invite_for, text_of, wait_for
from textual.widgets import Input, TabbedContent

from tui.candidate import CandidateApp
from tui.candidate.app import EXIT_REFUSED
from tui.candidate.widgets import AnswerBox, ProctorBanner, QuestionCard, TaskTab
from viva.invite import Invite

SIZE = (100, 32)

ADDED = '''

def count_statuses(requests):
    counts = {}
    for request in requests:
        key = f"{request.status // 100}xx"
        counts[key] = counts.get(key, 0) + 1
    return counts
'''


async def _starter(api, session) -> dict[str, str]:
    joined = await (await api.client.get(f"/join/{session['candidate_token']}")).json()
    files: dict[str, str] = joined["starter_files"]
    return files


async def test_the_take_home_from_an_empty_folder_to_the_report(
        sqlite_api, tmp_path: Path) -> None:
    """Invite → join in an empty folder → the starter files (solution.py, test_solution.py)
    appear and reach the server, no paste or large-insertion flag → an edit brings a question
    → the answer is graded → F6 runs the tests → F10 finishes → the report has it all, and
    the starter code is not among the candidate's insertions."""
    session = await sqlite_api.create_session("ana", assessment="python-takehome")
    starter = await _starter(sqlite_api, session)
    root = tmp_path / "empty"
    root.mkdir()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=root, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.starter is not None, what="the starter files")
        for rel, text in starter.items():
            assert (root / rel).read_text(encoding="utf-8") == text
        assert sorted(app.starter.written) == sorted(starter)
        task = app.query_one(TaskTab)
        await wait_for(pilot, lambda: task.query("#task-text"), what="the task")
        shown = str(task.query_one("#task-text")._markdown)
        assert "Wrote the task's starter files" in shown and "solution.py" in shown
        sid = session["session_id"]
        server_has: dict[str, str] = {}

        async def synced() -> bool:
            server_has.update(await sqlite_api.files(sid))
            return all(server_has.get(rel) == text for rel, text in starter.items())

        for _ in range(300):
            if await synced():
                break
            await pilot.pause(0.1)
        assert all(server_has.get(rel) == text for rel, text in starter.items())
        with (root / "solution.py").open("a", encoding="utf-8") as out:
            out.write(ADDED)
        card = (await wait_for(pilot, lambda: list(app.query(QuestionCard)), what="a question"))[0]
        await wait_for(pilot, lambda: isinstance(app.focused, AnswerBox), what="the answer box")
        await pilot.press(*"It counts each status class in a dict; an empty list gives {}", "enter")
        await wait_for(pilot, lambda: card.has_class("-evaluated"), what="the grade")
        await pilot.press("f6")
        tests_tab = app.query_one("#tabs", TabbedContent).get_tab("tests")
        await wait_for(pilot, lambda: "/" in str(tests_tab.label), timeout=60, what="the run")
        await pilot.press("f10")
        await wait_for(pilot, lambda: app.screen.query("#finish-dialog"), what="the question")
        await pilot.press("y")
        await wait_for(pilot, lambda: app.status_bar.note == "report ready", timeout=60,
                       what="the report")
    state = await (await sqlite_api.client.get(f"/sessions/{sid}", headers=sqlite_api.auth())).json()
    assert not [f for f in state["flags"] if f.get("kind") in ("paste_burst", "idle_then_burst")]
    resp = await sqlite_api.client.get(f"/sessions/{sid}/report/", params={"format": "json"},
                                       headers=sqlite_api.auth())
    report = await resp.json()
    # the one answer given (a failing test's question, asked as F6's run ended, stays open)
    assert [q["response"] for q in report["interactions"] if q["response"]] == [
        "It counts each status class in a dict; an empty list gives {}"]
    assert report["tests"]["runs"] and not report["integrity"]
    biggest = max(i["chars_added"] for i in report["timeline"]["largest_insertions"])
    assert biggest <= len(ADDED) < min(len(text) for text in starter.values() if len(text) > 400)


async def test_a_file_of_the_candidates_own_is_kept_and_the_companion_says_so(
        sqlite_api, tmp_path: Path) -> None:
    session = await sqlite_api.create_session("ana", assessment="python-takehome")
    root = tmp_path / "mine"
    root.mkdir()
    (root / "solution.py").write_text("# my own start\n")
    app = CandidateApp(invite_for(sqlite_api, session), workspace=root, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.starter is not None, what="the starter files")
        assert (root / "solution.py").read_text() == "# my own start\n"
        assert app.starter.kept == ["solution.py"] and "test_solution.py" in app.starter.written
        await wait_for(pilot, lambda: any("Kept your file solution.py" in str(n.message)
                                          for n in app._notifications), what="the notice")


def _expired_invite(api, session) -> Invite:
    token = api.token("candidate", name="ana", session_id=session["session_id"], ttl=-1)
    return invite_for(api, {"candidate_token": token})


def _forged_invite(api, session) -> Invite:
    from server.core.auth import mint_token

    token = mint_token("another-secret-key-that-is-long-enough-for-hs256", role="candidate",
                       name="ana", session_id=session["session_id"], ttl_minutes=10)
    return invite_for(api, {"candidate_token": token})


@pytest.mark.parametrize(("make", "line"), [
    (_expired_invite, "This invite has expired: ask whoever sent it for a new one."),
    (_forged_invite, ("The server does not accept this invite (Signature verification failed): "
                      "check that you copied all of it, or ask for a new one.")),
])
async def test_a_refused_invite_ends_the_attempt_with_one_line_about_what_to_do(
        sqlite_api, tmp_path: Path, make, line) -> None:
    """Not "reconnecting" and "Loading the task…" forever, not a proctor's banner, not
    "expired" as the session's state; nothing left to type into; exit code 2."""
    session = await sqlite_api.create_session("ana", assessment="python-takehome")
    root = tmp_path / "ws"
    root.mkdir()
    app = CandidateApp(make(sqlite_api, session), workspace=root, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.refusal is not None, what="the refusal")
        assert app.refusal.line == line
        banner = app.query_one(ProctorBanner)
        await wait_for(pilot, lambda: app.query_one(TaskTab).query_one("#task-loading"))
        assert text_of(banner) == line and "Proctor" not in text_of(banner)
        assert banner.has_class("-refused")
        assert text_of(app.query_one(TaskTab).query_one("#task-loading")) == line
        bar = text_of(app.status_bar)
        assert "refused" in bar and "reconnecting" not in bar and "expired" not in bar
        assert app.state == "active"  # the session is not what expired
        assert app.query_one(AnswerBox).disabled and app.query_one("#chat-input", Input).disabled
        assert not app.query("#task-text")  # no task was loaded for a refused invite
        assert line in text_of(app.query(".note.-refused").last())
        await pilot.pause(0.5)  # the watcher, refused too, says nothing more
        assert [str(n.message) for n in app._notifications if "atcher" in str(n.message)] == []
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: app.return_value is not None, what="the exit")
    assert app.return_value == EXIT_REFUSED  # what `viva join` exits with
