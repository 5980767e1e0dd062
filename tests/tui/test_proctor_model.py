"""The proctor console's pure parts: replay reconstruction, the player, signals, coalescing."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.support.frames import wire
from tui.proctor.coalesce import Coalescer
from tui.proctor.model import Fleet, LiveWorkspace, changed_line_numbers
from tui.proctor.signals import SignalRow, SignalSpotter, merge_signal
from tui.proctor.timeline import CHECKPOINT_EVERY, Player, Timeline
from viva.diffs import make_diff
from viva.protocol import Message, SessionSummary

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def at(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat()


def change(seconds: float, path: str, version: int, *, content: str | None = None,
           diff: str | None = None, kind: str | None = None, chars: int = 0, lines: int = 0) -> dict[str, Any]:
    return {"type": "file_deleted" if kind == "delete" else "code_update", "at": at(seconds),
            "path": path, "version": version, "kind": kind or ("full" if content is not None else "diff"),
            "content": content, "diff": diff, "chars_added": chars, "lines_added": lines}


def scripted_session(n: int, seed: int = 7) -> tuple[dict[str, Any], list[tuple[float, dict[str, str]]]]:
    """A timeline body of `n` random edits to three files, and the true workspace after each."""
    rng = random.Random(seed)
    files: dict[str, str] = {}
    versions: dict[str, int] = {}
    events: list[dict[str, Any]] = [{"type": "session_created", "at": at(0), "candidate": "ana"}]
    truth: list[tuple[float, dict[str, str]]] = []
    t = 0.0
    for i in range(n):
        t += rng.choice([0.5, 1, 2, 30, 400])
        path = rng.choice(["main.py", "util.py", "pkg/x.py"])
        versions[path] = versions.get(path, 0) + 1
        before = files.get(path)
        if before is not None and rng.random() < 0.08:
            events.append(change(t, path, versions[path], kind="delete"))
            del files[path]
        else:
            lines = (before or "").splitlines(keepends=True)
            pos = rng.randint(0, len(lines))
            new = "".join([*lines[:pos], f"line {i} of {path}\n", *lines[pos + 1:]])
            if before is None or versions[path] % 5 == 0:
                events.append(change(t, path, versions[path], content=new))
            else:
                events.append(change(t, path, versions[path], diff=make_diff(before, new, path)))
            files[path] = new
        truth.append((t, dict(files)))
        if i % 17 == 3:
            events.append({"type": "question", "at": at(t + 0.1), "interaction_id": i,
                           "question": f"why line {i}?", "path": path, "line": 1})
    return {"session_id": 1, "started_at": at(0), "events": events}, truth


def test_timeline_rebuilds_every_moment_exactly_across_checkpoints() -> None:
    """Diffs in order, full texts at checkpoints, deletions: every moment matches the truth."""
    body, truth = scripted_session(3 * CHECKPOINT_EVERY + 5)
    timeline = Timeline(body)
    assert not timeline.errors
    for t, files in truth:
        assert timeline.files_at_time(T0 + timedelta(seconds=t)) == files
    assert timeline.files_at(-1) == {}
    assert timeline.files_at(len(timeline.moments) - 1) == truth[-1][1]


def test_timeline_sorts_by_time_and_keeps_order_within_one_instant() -> None:
    """The server sorts by time; equal times keep the order they were stored in."""
    body = {"started_at": at(0), "events": [
        {"type": "question", "at": at(5), "interaction_id": 1, "question": "q?"},
        change(2, "a.py", 1, content="one\n"),
        change(2, "a.py", 2, diff=make_diff("one\n", "one\ntwo\n")),
        {"type": "answer", "at": at(9), "interaction_id": 1, "response": "r", "score": 7},
    ]}
    timeline = Timeline(body)
    assert [m.type for m in timeline.moments] == ["code_update", "code_update", "question", "answer"]
    assert timeline.files_at_time(T0 + timedelta(seconds=2)) == {"a.py": "one\ntwo\n"}
    frame = timeline.frame(1)
    assert frame.path == "a.py" and frame.changed == [2]
    assert [(t.question, t.response, t.score) for t in timeline.turns] == [("q?", "r", 7.0)]
    assert [m.kind for m in timeline.marks] == ["question"]


def test_a_diff_that_does_not_fit_is_reported_not_invented() -> None:
    """A gap in the history shows as an error; the file keeps its last known text."""
    body = {"events": [change(1, "a.py", 1, content="x\n"),
                       change(2, "a.py", 2, diff=make_diff("nope\n", "nope!\n"))]}
    timeline = Timeline(body)
    assert timeline.files_at(1) == {"a.py": "x\n"}
    assert len(timeline.errors) == 1 and "a.py v2" in timeline.errors[0]


def test_player_steps_scrubs_plays_skips_idle_and_jumps_to_marks() -> None:
    """Keys move by moments, play runs at its speed, idle stretches shrink, marks are reachable."""
    body = {"started_at": at(0), "events": [
        change(0, "a.py", 1, content="a\n"), change(10, "a.py", 2, content="b\n"),
        {"type": "question", "at": at(20), "interaction_id": 1, "question": "why?"},
        change(1000, "a.py", 3, content="c\n", chars=900, lines=30),
        change(1001, "a.py", 4, content="d\n"),
    ]}
    player = Player(Timeline(body), idle_gap=10.0)
    assert player.index == 0
    player.step(1)
    assert player.position == 10 and player.index == 1
    player.step(-1)
    assert player.position == 0
    player.seek_fraction(1.0)
    assert player.index == 4
    player.seek(0)
    assert player.jump(True, "question") and player.position == 20
    assert player.jump(True, "flag") and player.position == 1000  # paste burst after idle
    assert not player.jump(True, "flag")
    player.seek(20)
    player.playing, player.speed = True, 20
    player.tick(0.1)  # the 980 s idle is skipped: it lands just before the next change
    assert 999 <= player.position <= 1001
    player.skip_idle, player.playing = False, True
    player.seek(20)
    player.tick(1.0)
    assert player.position == 40
    player.change_speed(True)
    assert player.speed == 20
    for _ in range(6):
        player.change_speed(False)
    assert player.speed == 1
    player.speed, player.playing = 20, True
    player.seek(1000)
    player.tick(5)
    assert player.position == 1001 and not player.playing


def test_spotter_flags_paste_bursts_and_long_idles_but_not_typing() -> None:
    """Large insertions faster than typing, or after a long idle, raise signals; typing does not."""
    spot = SignalSpotter()
    assert spot.see(T0, "a.py", 3000, 90) is None  # the first change is the starter code
    assert spot.see(T0 + timedelta(seconds=5), "a.py", 30, 1) is None
    burst = spot.see(T0 + timedelta(seconds=6), "a.py", 900, 25)
    assert burst is not None and burst.kind == "paste_burst" and burst.severity == "warn"
    assert spot.see(T0 + timedelta(seconds=200), "a.py", 450, 16) is None  # 2.25 chars/s
    idle = spot.see(T0 + timedelta(seconds=800), "b.py", 250, 8)
    assert idle is not None and idle.kind == "idle_then_burst"


def test_the_servers_copy_of_a_signal_replaces_the_consoles() -> None:
    """Same kind, path and moment (within seconds): one signal, the server's wording."""
    mine = SignalRow("paste_burst", T0, "a.py", "ours", "info", "console")
    theirs = SignalRow("paste_burst", T0 + timedelta(seconds=1), "a.py", "theirs", "warn", "server")
    signals: list[SignalRow] = []
    merge_signal(signals, mine)
    merge_signal(signals, theirs)
    merge_signal(signals, mine)
    assert signals == [theirs]


def summary(sid: int, name: str, **kw: Any) -> dict[str, Any]:
    return {"id": sid, "status": "active", "candidate": {"name": name}, "assessment": "py",
            "created_at": at(0), "last_activity": None, "questions_asked": 0, "open_questions": 0,
            "score": None, "edits": 0, "flags": [], **kw}


def event(sid: int, type_: str, data: dict[str, Any], seconds: float = 0) -> Message:
    return wire({"type": "session_event", "data": {"session_id": sid, "event": {
        "type": type_, "data": data, "ts": at(seconds)}}})


def test_fleet_applies_snapshot_and_every_kind_of_event() -> None:
    """State, questions, scores, flags and edits all land on the right row."""
    fleet = Fleet()
    fleet.apply_frame(wire({"type": "sessions_snapshot", "data": {"sessions": [
        summary(1, "ana", questions_asked=2, open_questions=1, score=6.0),
        summary(2, "bob", flags=[{"kind": "similarity", "at": None, "path": None,
                                 "detail": "91% like session 1", "severity": "warn"}])]}}))
    fleet.apply_frame(event(1, "code_update", {"path": "a.py", "version": 1, "chars_added": 5,
                                               "lines_added": 1}, 61))
    fleet.apply_frame(event(1, "session_state", {"status": "paused", "by": "pat"}))
    fleet.apply_frame(event(1, "evaluation_result", {"interaction_id": 4, "score": 8}))
    fleet.apply_frame(event(1, "question", {"interaction_id": 5, "question": "?"}))
    fleet.apply_frame(event(1, "integrity_signal", {"kind": "paste_burst", "at": at(61),
                                                    "path": "a.py", "detail": "900 chars",
                                                    "severity": "warn"}))
    fleet.apply_frame(event(3, "session_created", {"candidate": "cyd", "assessment": None}))
    ana, bob, cyd = (fleet.sessions[i] for i in (1, 2, 3))
    assert (ana.status, ana.edits, ana.open_questions, ana.questions_asked) == ("paused", 1, 1, 3)
    assert ana.score == 7.0  # (6 + 8) / 2
    assert ana.last_activity == T0 + timedelta(seconds=61)
    assert ana.edits_per_minute(T0 + timedelta(seconds=125), 3) == [0, 1, 0]
    assert [s.kind for s in ana.signals] == ["paste_burst"] and ana.warnings == 1
    assert bob.warnings == 1 and cyd.candidate == "cyd"
    fleet.apply_frame(event(1, "session_state", {"status": "resumed"}))
    assert ana.status == "active"
    assert [r.id for r in fleet.rows("BO")] == [2]
    assert [r.id for r in fleet.rows("active py")] == [1, 2]
    assert [r.id for r in fleet.rows(sort="candidate", reverse=True)] == [3, 2, 1]
    assert [r.id for r in fleet.rows(sort="signals", reverse=True)][:2] == [2, 1]


def test_the_time_left_counts_down_freezes_when_paused_and_follows_the_server() -> None:
    """From the snapshot's figure the row counts down by itself; pauses and warnings re-anchor it."""
    now = [T0]
    fleet = Fleet(clock=lambda: now[0])
    fleet.apply_frame(wire({"type": "sessions_snapshot", "data": {"sessions": [
        summary(1, "ana", time_left_seconds=600.0, started_at=at(0)),
        summary(2, "bob", time_left_seconds=900.0, started_at=None),
        summary(3, "cyd", time_left_seconds=None)]}}))
    ana, bob, cyd = (fleet.sessions[i] for i in (1, 2, 3))
    later = T0 + timedelta(seconds=100)
    assert ana.left(later) == 500 and bob.left(later) == 900 and cyd.left(later) is None
    fleet.apply_frame(event(2, "clock_started", {"time_left_seconds": 900.0}, 40))
    assert bob.left(later) == 840
    fleet.apply_frame(event(1, "session_state", {"status": "paused", "by": "pat",
                                                  "time_left_seconds": 500.0}, 100))
    assert ana.left(T0 + timedelta(hours=1)) == 500
    fleet.apply_frame(event(1, "session_state", {"status": "resumed", "by": "pat",
                                                  "time_left_seconds": 500.0}, 400))
    assert ana.left(T0 + timedelta(seconds=460)) == 440
    fleet.apply_frame(event(1, "time_warning", {"minutes_left": 5, "time_left_seconds": 299.0},
                            600))
    assert ana.left(T0 + timedelta(seconds=610)) == 289
    # an older server's state changes carry no time: the row freezes its own count
    fleet.apply_frame(event(2, "session_state", {"status": "paused"}, 100))
    assert bob.left(T0 + timedelta(hours=2)) == 840
    assert [r.id for r in fleet.rows(sort="left")] == [1, 2, 3]


def test_coalescing_bounds_repaints_and_loses_no_event() -> None:
    """200 busy sessions, 20,000 events between 50 ticks: ≤ 50 repaints, every edit counted."""
    fleet = Fleet()
    fleet.apply_frame(wire({"type": "sessions_snapshot", "data": {
        "sessions": [summary(i, f"c{i}") for i in range(200)]}}))
    fleet.changed.drain()
    rng = random.Random(3)
    sent = [0] * 200
    repaints, rows_repainted = 0, 0
    for tick in range(50):
        for _ in range(400):
            sid = rng.randrange(200)
            sent[sid] += 1
            fleet.apply_frame(event(sid, "code_update", {"path": "a.py", "version": sent[sid],
                                                         "chars_added": 1}, tick))
        dirty = fleet.changed.drain()
        repaints += 1 if dirty else 0
        rows_repainted += len(dirty)
    assert repaints <= 50 and rows_repainted <= 50 * 200
    assert [fleet.sessions[i].edits for i in range(200)] == sent
    assert fleet.changed.marks == 20_000 + 200
    assert not fleet.changed.pending


def test_coalescer_marks_once_per_key_between_drains() -> None:
    coalescer: Coalescer[int] = Coalescer()
    for n in range(1000):
        coalescer.mark(n % 3)
    assert coalescer.drain() == {0, 1, 2} and coalescer.drain() == set()
    assert coalescer.drains == 1 and coalescer.marks == 1000


def test_live_workspace_applies_next_versions_skips_old_and_flags_gaps() -> None:
    """Version n+1 applies, ≤ n is skipped, a jump or a misfit diff asks for a reload."""
    ws = LiveWorkspace()
    def upd(v, before, after, kind="diff"):
        return {"type": "code_update", "data": {
            "path": "a.py", "version": v, "kind": kind}, "detail": {"diff": make_diff(before, after)}}
    ws.apply(upd(3, "x\n", "x\ny\n"))  # arrives while loading: waits
    ws.load({"a.py": "x\n"}, {"a.py": 2})
    assert ws.files == {"a.py": "x\ny\n"} and ws.latest["a.py"] == [2]
    assert not ws.apply(upd(3, "x\n", "x\ny\n"))
    assert not ws.apply(upd(5, "x\ny\n", "z\n")) and ws.stale
    ws.load({"a.py": "x\ny\n"}, {"a.py": 3})
    assert ws.apply(upd(4, "x\ny\n", "", "delete")) and ws.files == {}


def test_changed_line_numbers_name_inserted_and_rewritten_lines() -> None:
    assert changed_line_numbers("a\nb\nc\n", "a\nB\nc\nd\n") == [2, 4]
    assert changed_line_numbers(None, "a\nb\n") == [1, 2]
    assert changed_line_numbers("a\nb\n", "a\n") == []


def test_a_turn_carries_the_rubric_and_the_grade_and_the_transcript_marks_them() -> None:
    """Key points from the question's rubric; covered, missed and wrong claims from the answer."""
    from tui.proctor.session_view import transcript_text

    body = {"started_at": "2026-01-01T10:00:00+00:00", "events": [
        {"type": "question", "at": "2026-01-01T10:01:00+00:00", "interaction_id": 1,
         "question": "Why?", "path": "a.py", "line": 3, "skill": "security",
         "rubric": {"key_points": [{"id": "k1", "claim": "binds parameters"},
                                   {"id": "k2", "claim": "names the injection"}, "junk"]}},
        {"type": "answer", "at": "2026-01-01T10:02:00+00:00", "interaction_id": 1,
         "response": "it escapes quotes", "evaluation": "Score 3/10.", "score": 3,
         "covered": ["names the injection"], "missing": ["binds parameters"],
         "misconceptions": ["escaping quotes\nis enough"]},
        {"type": "question", "at": "2026-01-01T10:03:00+00:00", "interaction_id": 2,
         "question": "And then?", "rubric": None},
    ]}
    first, second = Timeline(body).turns
    assert first.key_points == ["binds parameters", "names the injection"]
    assert (first.covered, first.missing, first.misconceptions) == (
        ["names the injection"], ["binds parameters"], ["escaping quotes\nis enough"])
    assert second.key_points == [] and second.covered == []
    shown = transcript_text([first, second]).plain
    assert "✓ names the injection" in shown and "✗ binds parameters" in shown
    assert "! wrong: escaping quotes is enough" in shown


def _run(status: str, outcomes: list[str], *, hidden: int = 0) -> dict[str, Any]:
    cases = [{"name": f"test_{n}", "outcome": o, "hidden": n < hidden} for n, o in enumerate(outcomes)]
    return {"run_id": 1, "trigger": "proctor", "status": status, "cases": cases,
            "passed": outcomes.count("passed"), "failed": outcomes.count("failed"),
            "errors": outcomes.count("error"), "hidden_total": hidden,
            "hidden_passed": sum(o == "passed" for o in outcomes[:hidden])}


def _feed(fleet: Fleet, sid: int, type_: str, data: dict[str, Any]) -> None:
    fleet.apply_frame(wire({"type": "session_event", "data": {"session_id": sid, "event": {
        "type": type_, "ts": at(1), "data": data}}}))


def test_test_runs_fill_the_tests_column_running_then_passed_over_total() -> None:
    """`test_run` shows …; `test_result` passed/total with hidden tests, red when any fails."""
    from tui.proctor.table import tests_text

    fleet = Fleet(clock=lambda: T0)
    _feed(fleet, 1, "session_created", {"candidate": "ana"})
    assert tests_text(fleet.sessions[1]).plain == "—"
    _feed(fleet, 1, "test_run", {"run_id": 1, "trigger": "proctor", "status": "running"})
    assert fleet.sessions[1].tests_running and tests_text(fleet.sessions[1]).plain == "…"
    _feed(fleet, 1, "test_result", _run("failed", ["passed", "failed", "passed", "error", "passed"],
                                        hidden=2))
    row = fleet.sessions[1]
    assert not row.tests_running and row.tests_score == (3, 5)
    cell = tests_text(row)
    assert cell.plain == "3/5" and "red" in str(cell.style)
    _feed(fleet, 1, "test_result", _run("passed", ["passed", "passed"]))
    cell = tests_text(fleet.sessions[1])
    assert cell.plain == "2/2" and str(cell.style) == "green"
    _feed(fleet, 1, "test_result", {"run_id": 3, "trigger": "expiry", "status": "timeout",
                                    "passed": 0, "failed": 0, "errors": 0, "cases": []})
    assert tests_text(fleet.sessions[1]).plain == "t/o"


def test_sorting_by_tests_puts_failing_sessions_first_and_never_run_last() -> None:
    """Ascending by the share of tests passed; sessions without a run at the end."""
    fleet = Fleet(clock=lambda: T0)
    for sid in (1, 2, 3):
        _feed(fleet, sid, "session_created", {"candidate": f"c{sid}"})
    _feed(fleet, 1, "test_result", _run("passed", ["passed", "passed"]))
    _feed(fleet, 3, "test_result", _run("failed", ["passed", "failed"]))
    assert [r.id for r in fleet.rows(sort="tests")] == [3, 1, 2]


def test_timeline_runs_become_marks_that_the_player_jumps_to() -> None:
    """Each stored `test_result` is a mark (failing or not) and in `test_runs`, oldest first."""
    body = {"started_at": at(0), "events": [
        {"type": "session_created", "at": at(0), "candidate": "ana"},
        {"type": "test_result", "kind": "test_result", "at": at(60), **_run("passed", ["passed"])},
        {"type": "test_result", "kind": "test_result", "at": at(120),
         **_run("failed", ["passed", "failed"], hidden=1)},
    ]}
    timeline = Timeline(body)
    runs = [m for m in timeline.marks if m.kind == "test"]
    assert [(m.offset, m.failing) for m in runs] == [(60.0, False), (120.0, True)]
    assert [r["status"] for r in timeline.test_runs] == ["passed", "failed"]
    player = Player(timeline)
    assert player.jump(True, "test") and player.position == 60.0
    assert player.jump(True, "test") and player.position == 120.0
    assert not player.jump(True, "test")


def test_a_summary_of_the_same_run_keeps_the_cases_the_feed_gave() -> None:
    """A session summary carries a run's figures only; it never replaces that run's full event."""
    fleet = Fleet(clock=lambda: T0)
    _feed(fleet, 1, "session_created", {"candidate": "ana"})
    _feed(fleet, 1, "test_result", _run("failed", ["passed", "failed"]))
    figures = {k: v for k, v in _run("failed", ["passed", "failed"]).items() if k != "cases"}
    fleet.apply_summary(SessionSummary.model_validate(
        {"id": 1, "candidate": {"name": "ana"}, "status": "active", "last_test_run": figures}))
    assert fleet.sessions[1].last_run is not None and fleet.sessions[1].last_run["cases"]
    newer = {**figures, "run_id": 2}
    fleet.apply_summary(SessionSummary.model_validate(
        {"id": 1, "candidate": {"name": "ana"}, "status": "active", "last_test_run": newer}))
    assert fleet.sessions[1].last_run == newer


def test_a_quiz_shows_in_the_list_the_header_and_the_transcript() -> None:
    """A quiz-only session: the list's score is its share right, the header and the transcript
    carry its answers (never "—" beside a score elsewhere, nor "No questions yet")."""
    from tui.proctor.session_view import transcript_text
    from tui.proctor.table import _cells

    fleet = Fleet()
    row = fleet.apply_summary(SessionSummary.model_validate({"id": 7, "candidate": {"name": "ana"}, "status": "active",
                               "score": None, "quiz": {"correct": 1, "answered": 1, "total": 4,
                                                       "percent": 25.0, "score": 10}}))
    assert row.quiz_text == "1/4 right (25%)"
    fleet.apply_event(7, {"type": "mcq_answer", "ts": "2026-01-01T10:02:00+00:00",
                          "data": {"question_id": "q2", "is_correct": True, "score_gained": 20}})
    assert row.quiz is not None and row.quiz["correct"] == 2 and row.quiz["percent"] == 50.0
    fleet.apply_event(7, {"type": "assessment_completed", "ts": "2026-01-01T10:03:00+00:00",
                          "data": {"correct": 3, "percent": 75.0, "score": 60}})
    assert row.quiz_text == "3/4 right (75%)"
    assert _cells(row, datetime(2026, 1, 1, tzinfo=UTC), {"edits": 8})["score"].plain == "75%"

    body = {"started_at": "2026-01-01T10:00:00+00:00", "events": [
        {"type": "mcq_answer", "at": "2026-01-01T10:01:00+00:00", "question_id": "q1",
         "question": "Which status code means created?", "number": 1, "is_correct": True,
         "time_taken_seconds": 12.4},
        {"type": "mcq_answer", "at": "2026-01-01T10:02:00+00:00", "question_id": "q2",
         "question": "What does idempotent mean?", "number": 2, "is_correct": False}]}
    timeline = Timeline(body)
    shown = transcript_text(timeline.turns, timeline.quiz).plain
    assert "No questions yet" not in shown and "Quiz: 1 of 2 answered right" in shown
    assert "1. +01:00 ✓ right in 12 s  Which status code means created?" in shown
    assert "2. +02:00 ✗ wrong  What does idempotent mean?" in shown
