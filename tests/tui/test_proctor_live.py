"""The proctor console against the real server on loopback, with scripted candidates."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType, web

from tests.conftest import Api, make_settings
from tui.proctor.actions import MessageDialog
from tui.proctor.api import ApiFailed, RestClient
from tui.proctor.app import ProctorApp
from tui.proctor.codeview import CodeView
from tui.proctor.replay import ReplayScreen
from tui.proctor.session_view import SessionScreen
from tui.proctor.timeline import Timeline
from viva.diffs import make_diff, sha256_text


class Candidate:
    """A scripted candidate on /ws/session: sends real code updates, reads what arrives."""

    def __init__(self, api: Api, session: dict[str, Any]) -> None:
        self.api, self.session = api, session
        self.files: dict[str, str] = {}
        self.seq = 0
        self.ws: Any = None

    async def connect(self) -> Candidate:
        self.ws = await self.api.ws(self.session)
        assert (await self.next("auth_success"))["session_id"] == self.session["session_id"]
        return self

    async def next(self, type_: str, timeout: float = 5) -> dict[str, Any]:
        """The data of the next message of `type_` (others are skipped)."""
        while True:
            msg = await self.ws.receive(timeout=timeout)
            assert msg.type == WSMsgType.TEXT, f"socket ended: {msg.type} {msg.data}"
            frame = json.loads(msg.data)
            if frame.get("type") == type_:
                return dict(frame["data"])

    async def write(self, path: str, content: str) -> None:
        """Send a file's new text: a diff when it existed, whole otherwise; wait for the ack."""
        self.seq += 1
        data: dict[str, Any] = {"path": path, "seq": self.seq, "client_id": "script",
                                "sha256": sha256_text(content)}
        if path in self.files:
            data |= {"diff": make_diff(self.files[path], content, path),
                     "base_sha256": sha256_text(self.files[path])}
        else:
            data["content"] = content
        await self.ws.send_json({"type": "code_update", "data": data})
        assert (await self.next("ack"))["seq"] == self.seq
        self.files[path] = content

    async def delete(self, path: str) -> None:
        self.seq += 1
        await self.ws.send_json({"type": "file_deleted", "data": {
            "path": path, "seq": self.seq, "client_id": "script"}})
        assert (await self.next("ack"))["seq"] == self.seq
        self.files.pop(path, None)


def console(api: Api, **kw: Any) -> ProctorApp:
    """A proctor console on the test server, with a proctor's token."""
    return ProctorApp(str(api.client.make_url("")).rstrip("/"), api.token("proctor", name="pat"), **kw)


async def until(pilot: Any, cond: Callable[[], Any], what: str, timeout: float = 8) -> None:
    """Let the app run until `cond()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not cond():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


def cell(app: ProctorApp, sid: int, column: str) -> str:
    return str(app.table.get_cell(str(sid), column))


async def test_table_lists_sessions_and_updates_live_when_a_candidate_edits(sqlite_api: Api) -> None:
    """The snapshot fills the table; a candidate's edit reaches its row without a reload."""
    ana, bob = await sqlite_api.create_session("ana"), await sqlite_api.create_session("bob")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: set(app.table.order) == {ana["session_id"], bob["session_id"]},
                    "both sessions in the table")
        assert cell(app, ana["session_id"], "candidate") == "ana"
        assert cell(app, ana["session_id"], "activity").strip() == "—"
        cand = await Candidate(sqlite_api, ana).connect()
        await cand.write("main.py", "print('hello')\n")
        await until(pilot, lambda: app.fleet.sessions[ana["session_id"]].edits == 1, "the edit")
        await until(pilot, lambda: cell(app, ana["session_id"], "activity").strip() != "—",
                    "the row repainted")
        assert app.fleet.sessions[bob["session_id"]].edits == 0
        new = await sqlite_api.create_session("cyd")
        await until(pilot, lambda: new["session_id"] in app.table.order, "a new session's row")
        assert cell(app, new["session_id"], "candidate") == "cyd"
        await cand.ws.close()


async def test_the_status_line_counts_one_session_in_the_singular(sqlite_api: Api) -> None:
    """"1 session", then "2 sessions" once another is created."""
    from textual.widgets import Static

    await sqlite_api.create_session("ana")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one("#feed-status", Static)
        await until(pilot, lambda: " 1 session ·" in str(status.render()), "one session counted")
        await sqlite_api.create_session("bob")
        await until(pilot, lambda: " 2 sessions ·" in str(status.render()), "two sessions counted")


async def test_filter_narrows_rows_and_sort_keys_reorder_them(sqlite_api: Api) -> None:
    """Typing in the filter keeps matching rows; `s` and `S` change the sort column and order."""
    ids = {n: (await sqlite_api.create_session(n))["session_id"] for n in ("cyd", "ana", "bob")}
    app = console(sqlite_api)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: len(app.table.order) == 3, "three rows")
        assert app.table.order == sorted(ids.values())
        await pilot.press("slash", "b", "o")
        await until(pilot, lambda: app.table.order == [ids["bob"]], "only bob")
        await pilot.press("enter")  # back to the table
        app.sessions_screen.query_one("#filter").value = ""
        await until(pilot, lambda: len(app.table.order) == 3, "all rows back")
        await pilot.press("s")  # by candidate
        assert app.sessions_screen.sort == "candidate"
        assert app.table.order == [ids["ana"], ids["bob"], ids["cyd"]]
        await pilot.press("S")
        assert app.table.order == [ids["cyd"], ids["bob"], ids["ana"]]
        await pilot.press("slash", *"active")
        await until(pilot, lambda: len(app.table.order) == 3, "status filter")
        await pilot.press(*" bob")  # words are ANDed
        await until(pilot, lambda: app.table.order == [ids["bob"]], "status and name")


async def test_session_view_follows_the_candidates_edits(sqlite_api: Api) -> None:
    """Enter opens the session; the file tree and selected file follow live diffs exactly."""
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(sqlite_api, s).connect()
    await cand.write("main.py", "def f():\n    return 1\n")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session view")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        code = screen.query_one(CodeView)
        await until(pilot, lambda: code.text == "def f():\n    return 1\n", "the loaded file")
        await cand.write("main.py", "def f():\n    return 2\n\n\ndef g():\n    return f()\n")
        await until(pilot, lambda: code.text == cand.files["main.py"], "the live diff")
        assert code.changed == [2, 3, 4, 5, 6]
        await cand.write("pkg/util.py", "X = 1\n")
        await until(pilot, lambda: code.path == "pkg/util.py", "following to the new file")
        assert screen.query_one("#files").paths == ["main.py", "pkg/util.py"]
        await cand.delete("main.py")
        await until(pilot, lambda: "main.py" not in screen.workspace.files, "the deletion")
        assert screen.workspace.files == await sqlite_api.files(sid)
        assert not screen.workspace.stale
        await pilot.press("escape")
        assert not isinstance(app.screen, SessionScreen)
    await cand.ws.close()


async def test_a_session_view_under_a_dialog_takes_its_sessions_events_and_no_others(
        sqlite_api: Api) -> None:
    """A session's events reach its view as messages, also while a dialog is over it; another
    session's edits do not touch it."""
    ana, bob = await sqlite_api.create_session("ana"), await sqlite_api.create_session("bob")
    first = await Candidate(sqlite_api, ana).connect()
    other = await Candidate(sqlite_api, bob).connect()
    await first.write("main.py", "A = 1\n")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(app.table.order) == 2, "both rows")
        await app.push_screen(app.session_screen(ana["session_id"]))
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await until(pilot, lambda: screen.workspace.files == {"main.py": "A = 1\n"}, "the file")
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, MessageDialog), "the dialog")
        await first.write("main.py", "A = 2\n")
        await other.write("bob.py", "B = 1\n")
        await until(pilot, lambda: app.fleet.sessions[bob["session_id"]].edits == 1, "bob's edit")
        await until(pilot, lambda: screen.workspace.files == {"main.py": "A = 2\n"},
                    "ana's edit under the dialog")
        assert screen.workspace.versions == {"main.py": 2} and not screen.workspace.stale
    await first.ws.close()
    await other.ws.close()


@pytest.fixture
async def checkpointing_api(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> Api:
    """The real app with a full-text checkpoint every third version (replay crosses them)."""
    from server.app import create_app

    settings = make_settings(sqlite_url, tmp_path, VIVA_CHECKPOINT_EVERY=3)
    client = await aiohttp_client(create_app(settings, connection="sqlite", announce=False))
    return Api(client, settings)


async def test_replay_rebuilds_the_exact_workspace_at_chosen_moments(checkpointing_api: Api) -> None:
    """At every change, the replayed workspace equals GET /files?at= for that moment."""
    api = checkpointing_api
    s = await api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(api, s).connect()
    text = ""
    for n in range(9):
        text += f"def step_{n}(x):\n    return x + {n}\n\n"
        await cand.write("main.py", text)
        if n % 3 == 1:
            await cand.write("notes.md", f"# notes\n\nafter step {n}\n")
        await asyncio.sleep(0.01)
    await cand.delete("notes.md")
    await cand.write("main.py", text.replace("x + 4", "x * 4"))
    rest = RestClient(str(api.client.make_url("")).rstrip("/"), api.token())
    try:
        timeline = Timeline(await rest.timeline(sid))
        changes = [m for m in timeline.moments if m.is_code]
        assert len(changes) == 14 and not timeline.errors
        for moment in changes:
            served = await rest.files(sid, at=moment.data["at"])
            assert timeline.files_at_time(moment.at) == {p: v["content"] for p, v in served.items()}
    finally:
        await rest.aclose()
    app = console(api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: sid in app.fleet.sessions, "the snapshot")
        app.push_screen(app.replay_screen(sid))
        await until(pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.frame,
                    "the replay")
        screen = app.screen
        assert isinstance(screen, ReplayScreen) and screen.timeline is not None
        await pilot.press("end")
        assert screen.frame is not None and screen.frame.files == await api.files(sid)
        await pilot.press("home", "right", "right", "right")
        moment = screen.timeline.moments[screen.player.index]  # type: ignore[union-attr]
        served = await api.client.get(f"/sessions/{sid}/files", params={"at": moment.data["at"]},
                                      headers=api.auth())
        assert screen.frame.files == {p: v["content"] for p, v in (await served.json()).items()}
        assert screen.query_one(CodeView).text == screen.frame.files[screen.selected]
        before = screen.player.position  # type: ignore[union-attr]
        await pilot.press("left")
        assert screen.player.position < before  # type: ignore[union-attr]
        await pilot.press("plus", "plus", "plus", "plus")
        assert screen.player.speed == 20  # type: ignore[union-attr]
        await pilot.press("space")
        await until(pilot, lambda: not screen.player.playing  # type: ignore[union-attr]
                    and screen.player.position == screen.timeline.duration, "the end of playback")  # type: ignore[union-attr]
        assert screen.frame.files == await api.files(sid)
    await cand.ws.close()


async def test_each_action_reaches_the_candidates_socket(sqlite_api: Api) -> None:
    """Message, pause, resume and end arrive as system_message and session_state."""
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(sqlite_api, s).connect()
    app = console(sqlite_api)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.table.order == [sid] and app.feed and app.feed.connected,
                    "the row")
        await pilot.press("m")
        await pilot.press(*"five minutes left", "enter")
        got = await cand.next("system_message")
        assert got["message"] == "five minutes left"
        await pilot.press("p")
        assert (await cand.next("session_state"))["status"] == "paused"
        await until(pilot, lambda: cell(app, sid, "status") == "paused", "the paused row")
        await pilot.press("p")
        assert (await cand.next("session_state"))["status"] == "resumed"
        await until(pilot, lambda: cell(app, sid, "status") == "active", "the active row")
        await pilot.press("x", "n")
        await pilot.press("x", "y")
        assert (await cand.next("session_state"))["status"] == "completed"
        await until(pilot, lambda: cell(app, sid, "status") == "completed", "the completed row")
        await pilot.press("p")  # a completed session cannot be paused: the server says why
        await until(pilot, lambda: app.errors, "the server's refusal")
        assert "completed" in app.errors[-1]
    await cand.ws.close()


async def test_report_is_generated_and_saved_where_the_proctor_says(sqlite_api: Api,
                                                                    tmp_path: Path) -> None:
    """`g`, HTML, a path: the report is generated and written there."""
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(sqlite_api, s).connect()
    await cand.write("main.py", "print(1)\n")
    app = console(sqlite_api)
    target = tmp_path / "out" / "ana.html"
    target.parent.mkdir()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session view")
        await pilot.press("g")
        await pilot.pause()
        await pilot.click("#html")
        path = app.screen.query_one("#path")
        assert path.value.endswith(f"session-{sid}-report.html")
        path.value = str(target)
        path.focus()
        await pilot.press("enter")
        await until(pilot, target.exists, "the saved report", timeout=15)
    assert b"<html" in target.read_bytes().lower()
    await cand.ws.close()


async def test_report_on_a_server_without_reports_says_so(aiohttp_client: Any) -> None:
    """A server that lacks the report routes gets a clear sentence, not a stack trace."""
    client = await aiohttp_client(web.Application())
    rest = RestClient(str(client.make_url("")).rstrip("/"), "token")
    try:
        with pytest.raises(ApiFailed, match="cannot generate reports yet"):
            await rest.report(1, "md")
        with pytest.raises(ApiFailed, match="does not serve reports yet"):
            await rest.report(1, "md", generate=False)
    finally:
        await rest.aclose()


async def test_feed_reconnects_after_the_server_drops_it(sqlite_api: Api) -> None:
    """A dropped feed comes back by itself, with a fresh snapshot and its watches."""
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    app = console(sqlite_api)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.feed is not None and app.feed.connects == 1, "connected")
        assert app.feed is not None
        await app.feed.watch(sid)
        from server.keys import HUB

        hub = sqlite_api.client.app[HUB]
        await until(pilot, lambda: hub.proctors, "the server's side of the feed")
        for conn in list(hub.proctors):
            await conn.ws.close(code=1012, message=b"restarting")
        await until(pilot, lambda: app.feed.connects == 2 and app.feed.connected, "reconnected")
        await until(pilot, lambda: any(sid in c.watching for c in hub.proctors), "watch resent")
        cand = await Candidate(sqlite_api, s).connect()
        await cand.write("main.py", "x = 1\n")
        await until(pilot, lambda: app.fleet.sessions[sid].edits == 1, "events after reconnect")
        await cand.ws.close()


async def test_a_bad_token_is_refused_and_said_so(sqlite_api: Api) -> None:
    """A candidate's token cannot open the proctor feed; the console says so and stops trying."""
    s = await sqlite_api.create_session("ana")
    app = ProctorApp(str(sqlite_api.client.make_url("")).rstrip("/"), s["candidate_token"])
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.feed_state == "refused", "the refusal", timeout=20)
        assert app.feed is not None and not app.feed.connected


async def test_the_transcript_shows_the_key_points_covered_and_missed(sqlite_api: Api) -> None:
    """A question's rubric shows while it waits; once graded, its key points are marked ✓/✗."""
    from tests.support.examining import PAIRS, REAL_ANSWER
    from tui.proctor.session_view import transcript_text

    s = await sqlite_api.create_session("ana")
    cand = await Candidate(sqlite_api, s).connect()
    await cand.write("main.py", PAIRS)
    question = await cand.next("question")
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [s["session_id"]], "the row")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session view")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await until(pilot, lambda: screen.timeline is not None and screen.timeline.turns,
                    "the question")
        assert screen.timeline is not None
        waiting = screen.timeline.turns[0]
        assert waiting.key_points
        assert f"· {waiting.key_points[0]}" in transcript_text(screen.timeline.turns).plain
        await cand.ws.send_json({"type": "response_submitted", "data": {
            "interaction_id": question["interaction_id"], "response": REAL_ANSWER}})
        await cand.next("evaluation_result")
        await until(pilot, lambda: screen.timeline is not None and screen.timeline.turns
                    and screen.timeline.turns[0].score is not None, "the grade")
        turn = screen.timeline.turns[0]
        assert turn.covered and set(turn.covered) | set(turn.missing) == set(turn.key_points)
        shown = transcript_text(screen.timeline.turns).plain
        assert f"✓ {turn.covered[0]}" in shown
        assert all(f"✗ {claim}" in shown for claim in turn.missing)
    await cand.ws.close()


async def test_the_list_counts_the_signals_the_session_view_found(sqlite_api: Api) -> None:
    """A signal only the timeline holds (none in the session's flags): once the session view
    has found it, the list's ⚑ count says the same as the view's Signals tab."""
    from datetime import UTC, datetime

    from server.storage.models import Event

    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(sqlite_api, s).connect()
    await cand.write("main.py", "def f():\n    return 1\n")
    await Event.create(session_id=sid, kind="integrity_signal", created_at=datetime.now(UTC),
                       data={"kind": "paste_burst", "at": datetime.now(UTC).isoformat(),
                             "path": "main.py", "detail": "900 characters at once",
                             "severity": "warn"})
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        assert "⚑" not in cell(app, sid, "signals")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session view")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await until(pilot, lambda: str(screen.query_one("TabbedContent").get_tab(
            "tab-signals").label) == "Signals (1)", "the view's signal")
        await pilot.press("escape")
        await until(pilot, lambda: cell(app, sid, "signals") == "⚑1", "the list's count")
    await cand.ws.close()
