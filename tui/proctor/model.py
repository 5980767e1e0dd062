"""The console's live data: every session as the feed describes it, and one watched workspace.

Pure data, no drawing: feed frames go in through `Fleet.apply_frame`, rows come out through
`Fleet.rows`. Each applied event marks its session in `Fleet.changed`, which the screen
drains at its own pace (see `coalesce`); `apply_frame` hands back the session event it
applied, which the app passes on to a view of that session as a message.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from tui.proctor.coalesce import Coalescer
from tui.proctor.signals import SignalRow, SignalSpotter, merge_signal, parse_time, signal_from
from viva.diffs import DiffError, apply_diff
from viva.protocol import Message, SessionEvent, SessionsSnapshot, SessionSummary

__all__ = ["SORT_KEYS", "Fleet", "LiveWorkspace", "SessionRow", "changed_line_numbers",
           "run_score"]

SPARK_MINUTES: Final = 12
"""Minutes of edit history the table's sparkline shows."""
_ANSWER_TYPES: Final = ("answer", "evaluation_result", "evaluation", "answer_evaluated")
_SIGNAL_TYPES: Final = ("integrity_signal", "signal", "flag", "flags", "integrity")
_SHOWN_STATUS: Final = {"resumed": "active"}


def run_score(run: dict[str, Any]) -> tuple[int, int]:
    """A test run's passed and total (passed, failed and errored) tests."""
    counts = [run.get(k) for k in ("passed", "failed", "errors")]
    if all(isinstance(c, int) for c in counts):
        passed, failed, errors = (int(c or 0) for c in counts)
    else:  # counted from the cases when the figures are missing
        outcomes = [c.get("outcome") for c in run.get("cases") or [] if isinstance(c, dict)]
        passed, failed, errors = (outcomes.count(o) for o in ("passed", "failed", "error"))
    return passed, passed + failed + errors


@dataclass
class SessionRow:
    """One session as the table shows it."""

    id: int
    candidate: str = ""
    assessment: str = ""
    status: str = "active"
    created_at: datetime | None = None
    last_activity: datetime | None = None
    edits: int = 0
    questions_asked: int = 0
    open_questions: int = 0
    score: float | None = None
    scored: int = 0
    """How many answers `score` averages."""
    signals: list[SignalRow] = field(default_factory=list)
    edit_minutes: Counter[int] = field(default_factory=Counter)
    """Edits seen live, by minute since the epoch."""
    events: int = 0
    """Feed events applied to this row."""
    spotter: SignalSpotter = field(default_factory=SignalSpotter, repr=False)
    time_left: float | None = None
    """Seconds left under the time limit at `time_as_of`, as the server said; None: no limit."""
    time_as_of: datetime | None = None
    clock_running: bool = False
    """Whether the time left is running down (started, not paused, not over)."""
    last_run: dict[str, Any] | None = None
    """The last finished test run, as the feed's `test_result` (every test, hidden ones too)."""
    tests_running: bool = False
    """A test run is going now."""
    quiz: dict[str, Any] | None = None
    """The multiple-choice quiz's figures (correct, answered, total, percent, score), if any."""

    @property
    def quiz_text(self) -> str | None:
        """`3/5 right (60%)`, None without a quiz."""
        if not self.quiz:
            return None
        q = self.quiz
        return f"{q.get('correct', 0)}/{q.get('total', '?')} right ({float(q.get('percent') or 0):g}%)"

    @property
    def tests_score(self) -> tuple[int, int] | None:
        """Passed and total tests of the last run (hidden ones included); None before any."""
        return run_score(self.last_run) if self.last_run is not None else None

    def left(self, now: datetime) -> float | None:
        """Seconds left at `now`; None without a time limit."""
        if self.time_left is None:
            return None
        if not self.clock_running or self.time_as_of is None:
            return self.time_left
        return max(0.0, self.time_left - (now - self.time_as_of).total_seconds())

    def set_time_left(self, seconds: Any, as_of: datetime, *, running: bool) -> None:
        """Take the server's time left (a number, or None for no limit)."""
        number = isinstance(seconds, int | float) and not isinstance(seconds, bool)
        self.time_left = float(seconds) if number else None
        self.time_as_of = as_of
        self.clock_running = running and self.status == "active"

    def edits_per_minute(self, now: datetime, minutes: int = SPARK_MINUTES) -> list[int]:
        """Edits in each of the last `minutes` minutes, oldest first."""
        current = int(now.timestamp() // 60)
        return [self.edit_minutes.get(m, 0) for m in range(current - minutes + 1, current + 1)]

    def matches(self, needle: str) -> bool:
        """Whether the filter text occurs in the candidate, assessment or status."""
        if not needle:
            return True
        hay = f"{self.candidate}\n{self.assessment}\n{self.status}\n#{self.id}".lower()
        return all(word in hay for word in needle.lower().split())

    @property
    def warnings(self) -> int:
        """Signals marked `warn`."""
        return sum(1 for s in self.signals if s.severity == "warn")

    def add_signal(self, signal: SignalRow) -> None:
        """Keep a signal unless the same one is already here."""
        merge_signal(self.signals, signal)


def _count_quiz(row: SessionRow, kind: str, data: dict[str, Any]) -> None:
    """A quiz answer (or the quiz's end) as the feed tells it, into the row's quiz figures."""
    quiz: dict[str, Any] = row.quiz if row.quiz is not None else {
        "correct": 0, "answered": 0, "total": None, "percent": 0.0, "score": 0}
    row.quiz = quiz
    if kind == "mcq_answer":
        correct = int(quiz.get("correct") or 0) + bool(data.get("is_correct"))
        quiz["answered"] = int(quiz.get("answered") or 0) + 1
        quiz["correct"] = correct
        quiz["score"] = int(quiz.get("score") or 0) + int(data.get("score_gained") or 0)
        total = quiz.get("total")
        if isinstance(total, int) and total:
            quiz["percent"] = round(100.0 * correct / total, 1)
    elif kind == "assessment_completed":
        for key in ("correct", "percent", "score"):
            if data.get(key) is not None:
                quiz[key] = data[key]
        quiz["completed"] = True


def _sort_value(row: SessionRow, key: str) -> Any:
    if key == "candidate":
        return (row.candidate.lower(), row.id)
    if key == "assessment":
        return (row.assessment.lower(), row.id)
    if key == "status":
        return (row.status, row.id)
    if key == "left":  # by deadline; paused ones after, no limit last
        if row.time_left is None:
            return (float("inf"), row.id)
        if row.clock_running and row.time_as_of is not None:
            return (row.time_as_of.timestamp() + row.time_left, row.id)
        return (1e12 + row.time_left, row.id)
    if key == "activity":
        return (row.last_activity.timestamp() if row.last_activity else 0.0, row.id)
    if key == "edits":
        return (row.edits, row.id)
    if key == "questions":
        return (row.open_questions, row.questions_asked, row.id)
    if key == "score":
        return (row.score if row.score is not None else -1.0, row.id)
    if key == "signals":
        return (row.warnings, len(row.signals), row.id)
    if key == "tests":  # failing first when ascending; never run last
        score = row.tests_score
        if score is None:
            return (2.0, row.id)
        return (score[0] / score[1] if score[1] else 1.5, row.id)
    return row.id


SORT_KEYS: Final = ("id", "candidate", "assessment", "status", "left", "activity", "edits",
                    "questions", "score", "tests", "signals")
"""What the table sorts by, in the order the sort key cycles."""


class Fleet:
    """Every session the feed has told us about."""

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self.clock = clock or (lambda: datetime.now(UTC))
        self.sessions: dict[int, SessionRow] = {}
        self.changed: Coalescer[int] = Coalescer()
        self.frames = 0

    def apply_frame(self, frame: Message) -> tuple[int, dict[str, Any]] | None:
        """Apply one feed message (`sessions_snapshot` or `session_event`; others are ignored);
        a `session_event`'s session and event, once applied."""
        self.frames += 1
        data = frame.data
        if isinstance(data, SessionsSnapshot):
            for summary in data.sessions:
                self.apply_summary(summary)
        elif isinstance(data, SessionEvent) and data.session_id is not None:
            event = data.event.model_dump(exclude_unset=True)
            self.apply_event(data.session_id, event)
            return data.session_id, event
        return None

    def apply_summary(self, summary: SessionSummary) -> SessionRow:
        """Take a session's server summary (snapshot, `GET /sessions/`, `watching`)."""
        sid = summary.id
        row = self.sessions.get(sid) or SessionRow(sid)
        self.sessions[sid] = row
        row.candidate = summary.candidate.get("name") or row.candidate
        row.assessment = summary.assessment or row.assessment or ""
        row.status = summary.status or row.status
        row.created_at = parse_time(summary.created_at) or row.created_at
        if "time_left_seconds" in summary.model_fields_set:
            row.set_time_left(summary.time_left_seconds, self.clock(),
                              running=summary.started_at is not None)
        last = parse_time(summary.last_activity)
        if last and (row.last_activity is None or last > row.last_activity):
            row.last_activity = last
        row.edits = max(row.edits, summary.edits)
        row.questions_asked = summary.questions_asked or row.questions_asked
        row.open_questions = summary.open_questions
        if summary.score is not None:
            row.score = summary.score
            row.scored = max(row.scored, row.questions_asked - row.open_questions, 1)
        if summary.quiz is not None:
            row.quiz = dict(summary.quiz)
        last_run = summary.last_test_run
        if last_run is not None and (
                row.last_run is None or row.last_run.get("run_id") != last_run.get("run_id")):
            row.last_run = last_run  # figures only: the feed's event of the same run has its cases
        for raw in summary.flags:
            signal = signal_from(raw)
            if signal is not None:
                row.add_signal(signal)
        self.changed.mark(sid)
        return row

    def apply_event(self, session_id: int, event: dict[str, Any]) -> SessionRow:
        """Apply one `session_event` to its row."""
        row = self.sessions.get(session_id)
        if row is None:
            row = self.sessions[session_id] = SessionRow(session_id, candidate=f"session {session_id}")
        kind = str(event.get("type") or "")
        raw_data = event.get("data")
        data: dict[str, Any] = raw_data if isinstance(raw_data, dict) else {}
        ts = parse_time(event.get("ts"))
        row.events += 1
        if kind == "code_update":
            _count_edit(row, data, ts)
        elif kind == "watching":
            self.apply_summary(SessionSummary.model_validate(data))
        elif kind == "session_created":
            row.candidate = str(data.get("candidate") or row.candidate)
            row.assessment = str(data.get("assessment") or row.assessment)
            row.created_at = row.created_at or ts
        elif kind == "session_state":
            status = str(data.get("status") or row.status)
            row.status = _SHOWN_STATUS.get(status, status)
            moment = ts or self.clock()
            # an older server says nothing of the time: freeze (or go on) from our own count
            left = data["time_left_seconds"] if "time_left_seconds" in data else row.left(moment)
            row.set_time_left(left, moment, running=True)
        elif kind in ("clock_started", "time_warning"):
            row.set_time_left(data.get("time_left_seconds"), ts or self.clock(), running=True)
        elif kind == "question":
            row.questions_asked += 1
            row.open_questions += 1
        elif kind in _ANSWER_TYPES:
            row.open_questions = max(0, row.open_questions - 1)
            if data.get("score") is not None:
                score = float(data["score"])
                total = (row.score or 0.0) * row.scored + score
                row.scored += 1
                row.score = round(total / row.scored, 2)
            _touch(row, ts)
        elif kind in ("mcq_answer", "mcq_timed_out", "assessment_completed"):
            _count_quiz(row, kind, data)
        elif kind == "test_run":
            row.tests_running = data.get("status", "running") == "running"
        elif kind == "test_result":
            row.tests_running = False
            row.last_run = data
        elif kind in _SIGNAL_TYPES:
            items = data.get("signals") or data.get("flags") or [data]
            for raw in items:
                signal = signal_from(raw)
                if signal is not None:
                    row.add_signal(signal if signal.at else _at(signal, ts))
        self.changed.mark(session_id)
        return row

    def rows(self, needle: str = "", sort: str = "id", reverse: bool = False) -> list[SessionRow]:
        """The rows that match `needle`, sorted."""
        shown = [r for r in self.sessions.values() if r.matches(needle)]
        shown.sort(key=lambda r: _sort_value(r, sort), reverse=reverse)
        return shown


def _touch(row: SessionRow, ts: datetime | None) -> None:
    if ts and (row.last_activity is None or ts > row.last_activity):
        row.last_activity = ts


def _at(signal: SignalRow, ts: datetime | None) -> SignalRow:
    return SignalRow(signal.kind, ts, signal.path, signal.detail, signal.severity, signal.source)


def _count_edit(row: SessionRow, data: dict[str, Any], ts: datetime | None) -> None:
    row.edits += 1
    _touch(row, ts)
    if ts is not None:
        row.edit_minutes[int(ts.timestamp() // 60)] += 1
    signal = row.spotter.see(ts, data.get("path"), int(data.get("chars_added") or 0),
                             int(data.get("lines_added") or 0))
    if signal is not None:
        row.add_signal(signal)


def changed_line_numbers(before: str | None, after: str) -> list[int]:
    """1-based line numbers of `after` that a change inserted or rewrote."""
    old, new = (before or "").splitlines(), after.splitlines()
    lines: list[int] = []
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            lines.extend(range(j1 + 1, j2 + 1))
    return lines


class LiveWorkspace:
    """A watched session's files, kept current from `code_update` details.

    Loaded from the server with each path's version; a detail whose version is the next one
    applies, an older one is skipped, and a gap (or a diff that does not fit) sets `stale`,
    which tells the view to load again. Events that arrive while loading wait in order.
    """

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        self.latest: dict[str, list[int]] = {}
        """Per path, the lines its latest change touched."""
        self.last_path: str | None = None
        self.loaded = False
        self.stale = False
        self._waiting: list[dict[str, Any]] = []

    def load(self, files: dict[str, str], versions: dict[str, int]) -> None:
        """Start from the server's workspace, then apply what arrived meanwhile."""
        self.files, self.versions = dict(files), dict(versions)
        self.loaded, self.stale = True, False
        waiting, self._waiting = self._waiting, []
        for event in waiting:
            self.apply(event)

    def apply(self, event: dict[str, Any]) -> bool:
        """Apply a `code_update` event; True when the workspace changed."""
        if event.get("type") != "code_update":
            return False
        if not self.loaded:
            self._waiting.append(event)
            return False
        data = event.get("data") or {}
        path, version = data.get("path"), int(data.get("version") or 0)
        if not isinstance(path, str):
            return False
        known = self.versions.get(path, 0)
        if version and version <= known:
            return False
        detail = event.get("detail") or {}
        if (version and version != known + 1) or "diff" not in detail:
            self.stale = True
            return False
        before = self.files.get(path)
        if data.get("kind") == "delete":
            self.files.pop(path, None)
            self.latest.pop(path, None)
        else:
            try:
                after = apply_diff(before or "", detail.get("diff") or "")
            except DiffError:
                self.stale = True
                return False
            self.files[path] = after
            self.latest[path] = changed_line_numbers(before, after)
        self.versions[path] = version
        self.last_path = path
        return True
