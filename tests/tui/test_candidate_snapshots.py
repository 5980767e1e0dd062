"""Snapshots of the companion's main layouts at fixed sizes, with a frozen clock, offline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from tui.candidate import CandidateApp
from tui.candidate.messages import (
    ConnectionChanged,
    ServerMessageReceived,
    SessionInfoLoaded,
    WatcherEventLogged,
)
from tui.candidate.session import SessionInfo
from viva.client import ClientStatus
from viva.invite import Invite
from viva.protocol import parse_server_frame

NOW = 1_800_000_000.0
SMALL = (80, 24)
INVITE = Invite(server="http://127.0.0.1:9", token="a.b.c", session_id=7)
TASK = """# Word statistics

`main.py` already counts words. Finish it:

1. Implement `top_words(text, n)`: the `n` most frequent words, most frequent first.
2. Implement `average_word_length(text)`: the mean length of the words.
"""
INFO = SessionInfo(session_id=7, title="viva demo: word statistics", task=TASK,
                   time_limit_minutes=15, started_at=NOW - 125)
CODE = '''def words(text):
    return text.lower().split()


def top_words(text, n):
    counts = {}
    for word in words(text):
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:n]
'''


def _frame(type_: str, data: dict[str, Any]) -> Any:
    import json

    return parse_server_frame(json.dumps({"type": type_, "data": data}))


def _app(tmp_path: Path, **kwargs: Any) -> CandidateApp:
    root = tmp_path / "workspace"
    root.mkdir(exist_ok=True)
    (root / "main.py").write_text(CODE)
    return CandidateApp(INVITE, workspace=root, connect=False, clock=lambda: NOW, **kwargs)


async def _online(pilot: Pilot[Any]) -> None:
    app = pilot.app
    for box in app.query(Input):
        box.cursor_blink = False  # a blinking cursor makes the picture depend on timing
    app.post_message(SessionInfoLoaded(INFO))
    app.post_message(ConnectionChanged(ClientStatus(connected=True, session_id=7)))
    await pilot.pause()


async def _send(pilot: Pilot[Any], type_: str, data: dict[str, Any]) -> None:
    pilot.app.post_message(ServerMessageReceived(_frame(type_, data)))
    await pilot.pause()


QUESTION = {"interaction_id": 1, "question": "What does `top_words` return when two words "
            "have the same count, and why?", "path": "main.py", "line": 9, "skill": "sorting"}


def test_the_task_tab_at_80x24(snap_compare, tmp_path: Path) -> None:
    """Opening: the task, the status line with the time left, the bindings."""
    assert snap_compare(_app(tmp_path), terminal_size=SMALL, run_before=_online)


def test_a_code_question_with_its_excerpt_answer_and_score_at_80x24(snap_compare, tmp_path) -> None:
    """The question feed: file and line, the highlighted code, the answer, the score."""
    async def run_before(pilot: Pilot[Any]) -> None:
        await _online(pilot)
        await _send(pilot, "question", QUESTION)
        await pilot.press(*"Ties keep alphabetical order", "enter")
        await _send(pilot, "evaluation_result", {
            "interaction_id": 1, "score": 7,
            "evaluation": "Right: the key sorts by count, then word. Missing: stability."})
        await _send(pilot, "question", {**QUESTION, "interaction_id": 2, "line": 6,
                                        "question": "Why a dict and not a Counter?"})

    assert snap_compare(_app(tmp_path), terminal_size=SMALL, run_before=run_before)


def test_multiple_choice_with_countdown_and_progress_at_80x24(snap_compare, tmp_path) -> None:
    """Multiple choice: question 2 of 5, options by key, 45 seconds left."""
    async def run_before(pilot: Pilot[Any]) -> None:
        await _online(pilot)
        await _send(pilot, "question", {
            "question_id": "demo-basics-2", "node_id": "python-basics",
            "question_text": "Which key sorts (word, count) pairs by count descending, "
                             "then word ascending?",
            "options": ["key=lambda p: (p[1], p[0])", "key=lambda p: (-p[1], p[0])",
                        "key=lambda p: (p[0], -p[1])", "key=lambda p: -p[0]"],
            "time_limit_seconds": 45, "question_number": 2, "total_questions": 5,
            "skill_being_tested": "Python basics", "difficulty_level": 2})

    assert snap_compare(_app(tmp_path), terminal_size=SMALL, run_before=run_before)


def test_the_finish_confirmation_at_80x24(snap_compare, tmp_path: Path) -> None:
    """F10 asks before ending the session."""
    async def run_before(pilot: Pilot[Any]) -> None:
        await _online(pilot)
        await pilot.press("f10")

    assert snap_compare(_app(tmp_path), terminal_size=SMALL, run_before=run_before)


def test_join_with_changes_waiting_and_a_proctor_message_at_100x32(snap_compare, tmp_path) -> None:
    """`viva join`: the watcher's waiting changes in the status line, the proctor's banner."""
    async def run_before(pilot: Pilot[Any]) -> None:
        await _online(pilot)
        for event in ({"event": "connected"}, {"event": "sent", "path": "main.py", "seq": 1},
                      {"event": "sent", "path": "util.py", "seq": 2},
                      {"event": "acked", "path": "main.py", "seq": 1}):
            pilot.app.post_message(WatcherEventLogged(event))
        await _send(pilot, "question", QUESTION)
        await _send(pilot, "system_message", {"message": "Please explain your approach "
                                              "before you optimise.", "from": "proctor"})

    assert snap_compare(_app(tmp_path, watch=True), terminal_size=(100, 32),
                        run_before=run_before)


def test_the_tests_tab_with_a_failing_run_and_every_key_at_80x24(snap_compare, tmp_path) -> None:
    """F6: per-test pass/fail and the failure's message; every key still fits the footer."""
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        for box in app.query(Input):
            box.cursor_blink = False
        app.post_message(SessionInfoLoaded(replace(INFO, assessment="python-take-home",
                                                   has_tests=True, has_quiz=True)))
        app.post_message(ConnectionChanged(ClientStatus(connected=True, session_id=7)))
        await pilot.pause()
        await pilot.press("f6")
        await _send(pilot, "test_run", {"run_id": 3, "status": "running"})
        await _send(pilot, "test_result", {
            "run_id": 3, "trigger": "candidate", "status": "failed", "passed": 2, "failed": 1,
            "errors": 0, "duration_ms": 1840, "output_tail": "1 failed, 2 passed in 0.31s",
            "cases": [
                {"name": "test_top_words_counts", "outcome": "passed", "message": ""},
                {"name": "test_empty_text", "outcome": "failed", "path": "test_main.py",
                 "line": 14, "message": "AssertionError: assert [('', 1)] == []"},
                {"name": "test_average_word_length", "outcome": "passed", "message": ""}]})

    assert snap_compare(_app(tmp_path, watch=True), terminal_size=SMALL, run_before=run_before)
