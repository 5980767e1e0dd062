"""Snapshots of the proctor console: the table, a session and its replay, from fixed data.

No server and no wall clock: the console runs offline with a stub REST client that
answers from the timeline below, and its clock is fixed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.support.frames import wire
from tui.proctor.api import RestClient
from tui.proctor.app import ProctorApp
from tui.proctor.session_view import SessionScreen
from tui.proctor.timeline import Timeline
from viva.diffs import make_diff, sha256_text
from viva.protocol import Message

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
NOW = T0 + timedelta(minutes=14, seconds=30)

V1 = "def mean(xs):\n    return sum(xs) / len(xs)\n"
V2 = ("def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
      "    return sum(xs) / len(xs)\n")
V3 = V2 + "\n\ndef median(xs):\n    s = sorted(xs)\n    mid = len(s) // 2\n    return s[mid]\n"
PASTE = V3 + "".join(f"\n\ndef stat_{n}(xs):\n    return [x * {n} for x in xs]\n" for n in range(6))
TEST = "from stats import mean\n\n\ndef test_mean():\n    assert mean([1, 2, 3]) == 2\n"


def at(minutes: float) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat()


def code(minutes: float, path: str, version: int, before: str | None, after: str) -> dict[str, Any]:
    full = before is None
    added = after.count("\n") - (before or "").count("\n")
    return {"type": "code_update", "at": at(minutes), "path": path, "version": version,
            "kind": "full" if full else "diff", "content": after if full else None,
            "diff": None if full else make_diff(before, after, path), "sha256": sha256_text(after),
            "lines_added": max(added, 0), "lines_removed": 0,
            "chars_added": max(len(after) - len(before or ""), 0)}


def run(run_id: int, trigger: str, outcomes: dict[str, str], *, hidden: tuple[str, ...] = (),
        status: str | None = None) -> dict[str, Any]:
    """A test run as staff see it: every test, the hidden ones marked."""
    cases = [{"name": name, "outcome": outcome, "hidden": name in hidden,
              "message": "" if outcome == "passed" else "AssertionError: assert 2.5 == 2",
              "path": "tests/test_stats.py", "line": 4} for name, outcome in outcomes.items()]
    counts = {k: sum(c["outcome"] == o for c in cases)
              for k, o in (("passed", "passed"), ("failed", "failed"), ("errors", "error"))}
    hidden_cases = [c for c in cases if c["hidden"]]
    return {"run_id": run_id, "trigger": trigger,
            "status": status or ("passed" if counts["passed"] == len(cases) else "failed"),
            **counts, "duration_ms": 1430, "cases": cases,
            "output_tail": "1 failed, 4 passed in 0.42s" if counts["failed"] else "",
            "hidden_passed": sum(c["outcome"] == "passed" for c in hidden_cases),
            "hidden_total": len(hidden_cases), "include_hidden": bool(hidden)}


RUN_FAILING = run(3, "candidate", {"test_mean": "passed", "test_mean_empty": "passed",
                                   "test_median_even": "failed", "test_median_odd": "passed",
                                   "test_stat_scale": "passed"}, hidden=("test_median_even",
                                                                         "test_stat_scale"))
RUN_PASSING = run(2, "candidate", {"test_mean": "passed", "test_mean_empty": "passed"})

TIMELINE: dict[str, Any] = {"session_id": 1, "status": "active", "started_at": at(0), "events": [
    {"type": "session_created", "at": at(0), "candidate": "Ana Lima", "assessment": "python-takehome"},
    code(0.5, "stats.py", 1, None, V1),
    code(2, "stats.py", 2, V1, V2),
    {"type": "question", "at": at(2.5), "interaction_id": 1, "path": "stats.py", "line": 2,
     "skill": "errors", "question": "Why does `mean` raise ValueError on an empty list?"},
    {"type": "answer", "at": at(4), "interaction_id": 1, "score": 8,
     "response": "Dividing by len([]) would fail with ZeroDivisionError; a clear error is better.",
     "evaluation": "Names the failure and why the explicit error helps."},
    code(5, "tests/test_stats.py", 1, None, TEST),
    {"type": "test_result", "kind": "test_result", "at": at(5.5), **RUN_PASSING},
    code(6, "stats.py", 3, V2, V3),
    {"type": "proctor_message", "at": at(7), "message": "Ten minutes left", "by": "pat"},
    code(12.5, "stats.py", 4, V3, PASTE),
    {"type": "integrity_signal", "at": at(12.5), "kind": "paste_burst", "path": "stats.py",
     "detail": "330 characters (18 lines) in one change after 6 min without edits",
     "severity": "warn"},
    {"type": "question", "at": at(13), "interaction_id": 2, "path": "stats.py", "line": 9,
     "skill": "complexity", "question": "What does `median` return for an even-length list?"},
    {"type": "test_result", "kind": "test_result", "at": at(13.5), **RUN_FAILING},
]}
FILES = {"stats.py": PASTE, "tests/test_stats.py": TEST}


class CannedRest(RestClient):
    """The REST client, answering from the fixed session above."""

    def __init__(self) -> None:
        self.server = "http://viva.test"

    async def aclose(self) -> None:
        return None

    async def timeline(self, session_id: int) -> dict[str, Any]:
        return TIMELINE

    async def files(self, session_id: int, at: str | None = None) -> dict[str, dict[str, str]]:
        return {p: {"content": c, "sha256": sha256_text(c)} for p, c in FILES.items()}

    async def similarity(self, slug: str) -> list[dict[str, Any]]:
        return [{"sessions": [1, 4], "similarity": 0.93, "longest_fragment": 120, "fragments": [
            {"left": {"path": "stats.py", "lines": [1, 9], "provenance": "pasted"},
             "right": {"path": "stats.py", "lines": [2, 10], "provenance": "typed"},
             "provenance": "pasted"}]}]


def summary(sid: int, name: str, assessment: str | None, status: str, last: float | None,
            **kw: Any) -> dict[str, Any]:
    return {"id": sid, "status": status, "candidate": {"name": name}, "assessment": assessment,
            "created_at": at(0), "last_activity": at(last) if last is not None else None,
            "questions_asked": 0, "open_questions": 0, "score": None, "edits": 0, "flags": [], **kw}


def event(sid: int, type_: str, data: dict[str, Any], minutes: float) -> Message:
    return wire({"type": "session_event", "data": {"session_id": sid, "event": {
        "type": type_, "ts": at(minutes), "data": data}}})


def edit(sid: int, minutes: float, chars: int = 40) -> Message:
    return wire({"type": "session_event", "data": {"session_id": sid, "event": {
        "type": "code_update", "ts": at(minutes),
        "data": {"path": "stats.py", "version": 1, "chars_added": chars, "lines_added": 2}}}})


def offline_console() -> ProctorApp:
    """A console with six sessions and some minutes of edits, its clock at 09:14:30."""
    app = ProctorApp("http://viva.test", "token", rest=CannedRest(), connect=False,
                     clock=lambda: NOW)
    app.fleet.apply_frame(wire({"type": "sessions_snapshot", "data": {"sessions": [
        summary(1, "Ana Lima", "python-takehome", "active", 13, questions_asked=2,
                open_questions=1, score=8.0, edits=4, time_left_seconds=4530.0,
                started_at=at(0), flags=[
                    {"kind": "paste_burst", "at": at(12.5), "path": "stats.py",
                     "detail": "330 characters in one change", "severity": "warn"}]),
        summary(2, "Bruno Costa", "python-takehome", "paused", 9, questions_asked=1, score=5.5,
                edits=31, time_left_seconds=1500.0, started_at=at(0)),
        summary(3, "Chen Wei", "backend-mcq", "active", 14.2, questions_asked=3, score=9.0,
                edits=58, time_left_seconds=240.0, started_at=at(0)),
        summary(4, "Dana Okafor-Whitfield", "python-takehome", "completed", 2, score=6.0,
                edits=12, questions_asked=2, time_left_seconds=2000.0, started_at=at(0)),
        summary(5, "Eve", None, "active", None),
        summary(6, "Farid", "scenarios", "expired", 1, time_left_seconds=0.0, started_at=at(0),
                flags=[
            {"kind": "similarity", "at": None, "path": None,
             "detail": "final code is 93% similar to session 4's", "severity": "info"}]),
    ]}}))
    for minute, count in ((3, 2), (5, 5), (6, 9), (9, 4), (10, 7), (12, 12), (13, 6), (14, 3)):
        for n in range(count):
            app.fleet.apply_frame(edit(3, minute + n / 60))
    for minute in (8, 9, 11, 12, 13):
        app.fleet.apply_frame(edit(1, minute))
    app.fleet.apply_frame(event(1, "test_result", RUN_FAILING, 13.5))
    app.fleet.apply_frame(event(2, "test_run", {"run_id": 8, "trigger": "proctor",
                                                "status": "running"}, 14))
    app.fleet.apply_frame(event(3, "test_result", {**RUN_PASSING, "run_id": 5}, 14))
    app.fleet.apply_frame(event(6, "test_result", {
        "run_id": 9, "trigger": "expiry", "status": "unavailable", "passed": 0, "failed": 0,
        "errors": 0, "duration_ms": 0, "cases": [], "output_tail": ""}, 1))
    return app


async def _settle(pilot: Any) -> None:
    await pilot.pause()
    pilot.app.repaint()
    await pilot.pause()


def test_sessions_table_at_80x24(snap_compare: Any) -> None:
    """Six sessions: status colours, ages from the fixed clock, sparklines, scores, flags."""
    assert snap_compare(offline_console(), terminal_size=(80, 24), run_before=_settle)


def test_sessions_table_sorted_by_activity_at_120x40(snap_compare: Any) -> None:
    """Sorted by last activity, newest first; wider columns at 120 columns."""
    async def run_before(pilot: Any) -> None:
        for _ in range(5):
            await pilot.press("s")
        await pilot.press("S")
        await _settle(pilot)

    assert snap_compare(offline_console(), terminal_size=(120, 40), run_before=run_before)


def test_sessions_table_filtered(snap_compare: Any) -> None:
    """The filter keeps the rows whose candidate, assessment or status match."""
    async def run_before(pilot: Any) -> None:
        await pilot.press("slash", *"python", "enter")
        await _settle(pilot)

    assert snap_compare(offline_console(), terminal_size=(100, 20), run_before=run_before)


async def _open_session(pilot: Any) -> None:
    app = pilot.app
    await app.push_screen(app.session_screen(1))
    for _ in range(50):
        await pilot.pause(0.02)
        screen = app.screen
        if isinstance(screen, SessionScreen) and screen.timeline is not None:
            break
    app.repaint()
    await pilot.pause()


def test_session_view_at_120x40(snap_compare: Any) -> None:
    """Tree, the latest edited file with its change marked, the transcript with scores."""
    assert snap_compare(offline_console(), terminal_size=(120, 40), run_before=_open_session)


def test_session_view_signals_at_80x24(snap_compare: Any) -> None:
    """At 80 columns the side panel sits under the code; the signals tab lists the flag."""
    async def run_before(pilot: Any) -> None:
        await _open_session(pilot)
        pilot.app.screen.query_one("TabbedContent").active = "tab-signals"
        await pilot.pause()

    assert snap_compare(offline_console(), terminal_size=(80, 24), run_before=run_before)


def test_replay_at_a_flagged_moment_at_120x40(snap_compare: Any) -> None:
    """Jumped to the paste burst: slider, marks, the pasted lines marked, the moment described."""
    async def run_before(pilot: Any) -> None:
        await pilot.app.push_screen(pilot.app.replay_screen(1, timeline=Timeline(TIMELINE)))
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(offline_console(), terminal_size=(120, 40), run_before=run_before)


def test_replay_after_the_first_question_at_80x24(snap_compare: Any) -> None:
    """Next question, then one step on: the answer and its score."""
    async def run_before(pilot: Any) -> None:
        await pilot.app.push_screen(pilot.app.replay_screen(1, timeline=Timeline(TIMELINE)))
        await pilot.pause()
        await pilot.press("n", "right")
        await pilot.pause()

    assert snap_compare(offline_console(), terminal_size=(80, 24), run_before=run_before)


def test_session_view_tests_tab_at_80x24(snap_compare: Any) -> None:
    """The last run in full: each test with its outcome, hidden ones marked, the failure."""
    async def run_before(pilot: Any) -> None:
        await _open_session(pilot)
        pilot.app.screen.query_one("TabbedContent").active = "tab-tests"
        await pilot.pause()

    assert snap_compare(offline_console(), terminal_size=(80, 24), run_before=run_before)
