"""The proctor console's save-report dialog and the session view's tabs, from the keyboard."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, RadioSet, TabbedContent

from tests.conftest import Api
from tests.tui.test_proctor_live import Candidate, console, until
from tui.proctor.actions import ReportDialog
from tui.proctor.app import ProctorApp
from tui.proctor.session_view import SessionScreen


def _said(app: ProctorApp) -> list[str]:
    """Every notification the app shows, in order (wraps `notify`)."""
    said: list[str] = []
    original = app.notify

    def notify(message: str, **kw: Any) -> None:
        said.append(message)
        original(message, **kw)

    app.notify = notify  # type: ignore[method-assign]
    return said


@pytest.fixture
def in_a_git_work_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The console started in a git work tree, with a home that has a Downloads folder."""
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(repo / "src")
    return home


def test_the_default_folder_is_never_a_git_work_tree(tmp_path: Path) -> None:
    from tui.proctor.actions import default_report_folder

    home, repo, plain = tmp_path / "home", tmp_path / "repo", tmp_path / "plain"
    for d in (home, repo / "deep", plain):
        d.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    assert default_report_folder(repo / "deep", home) == home
    (home / "Downloads").mkdir()
    assert default_report_folder(repo / "deep", home) == home / "Downloads"
    assert default_report_folder(plain, home) == plain


async def test_enter_saves_from_the_format_choice_and_says_where(
        sqlite_api: Api, in_a_git_work_tree: Path) -> None:
    """g; the arrows and space choose HTML; Enter saves to ~/Downloads, and says so."""
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    cand = await Candidate(sqlite_api, s).connect()
    await cand.write("main.py", "print(1)\n")
    app = console(sqlite_api)
    said = _said(app)
    target = in_a_git_work_tree / "Downloads" / f"session-{sid}-report.html"
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, ReportDialog), "the dialog")
        path = app.screen.query_one("#path")
        assert path.value == f"~/Downloads/session-{sid}-report.md"
        await pilot.press("shift+tab")
        assert isinstance(app.focused, RadioSet)
        await pilot.press("down", "space")
        await until(pilot, lambda: path.value.endswith(".html"), "the HTML file name")
        await pilot.press("enter")
        await until(pilot, target.exists, "the saved report", timeout=15)
        await until(pilot, lambda: any("Saved" in m for m in said), "the word that it was saved")
    assert b"<html" in target.read_bytes().lower()
    assert not list(Path.cwd().iterdir())  # nothing landed in the work tree
    await cand.ws.close()


async def test_escape_cancels_and_says_so(sqlite_api: Api, in_a_git_work_tree: Path) -> None:
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    app = console(sqlite_api)
    said = _said(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, ReportDialog), "the dialog")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ReportDialog), "the dialog to go")
        await until(pilot, lambda: said, "a word about it")
        assert "not saved" in said[-1]
    assert not list((in_a_git_work_tree / "Downloads").iterdir())


async def test_the_transcript_and_signals_tabs_are_reachable_from_the_keyboard(
        sqlite_api: Api) -> None:
    s = await sqlite_api.create_session("ana")
    sid = s["session_id"]
    app = console(sqlite_api)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.table.order == [sid], "the row")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session view")
        keys = {k.description: k.key for k in app.screen.query("FooterKey")}
        assert (keys.get("Transcript"), keys.get("Signals"), keys.get("Tests")) == ("1", "2", "3")
        tabs = app.screen.query_one("#side", TabbedContent)
        await pilot.press("2")
        assert tabs.active == "tab-signals" and isinstance(app.focused, OptionList)
        await pilot.press("3")
        assert tabs.active == "tab-tests"
        assert app.focused is not None and app.focused.id == "tests-scroll"
        await pilot.press("1")
        assert tabs.active == "tab-transcript"
        assert app.focused is not None and app.focused.id == "transcript-scroll"
