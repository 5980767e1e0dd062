"""Replay, as data: a session's `/timeline` turned into moments, workspaces and a player.

The workspace at any moment is rebuilt here, on the client: full texts at checkpoints,
diffs applied in order in between (`viva.diffs.apply_diff`), deletions drop the path. It
matches what `GET /sessions/{id}/files?at=` answers for the same time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from tui.proctor.model import changed_line_numbers, run_score
from tui.proctor.signals import SignalRow, SignalSpotter, merge_signal, parse_time, signal_from
from viva.diffs import DiffError, apply_diff

__all__ = ["SPEEDS", "Frame", "Mark", "Moment", "Player", "Timeline", "Turn"]

SPEEDS: Final = (1, 2, 5, 10, 20)
"""Playback speeds, times real time."""
CHECKPOINT_EVERY: Final = 32
"""Moments between cached workspaces, so a scrub never replays the whole session."""
_CODE: Final = ("code_update", "file_deleted")
_SIGNAL_TYPES: Final = ("integrity_signal", "signal", "flag", "flags", "integrity")
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Moment:
    """One timeline event at its place in the session."""

    index: int
    at: datetime
    offset: float
    """Seconds since the session started."""
    type: str
    data: dict[str, Any]

    @property
    def is_code(self) -> bool:
        """Whether this moment changed the workspace."""
        return self.type in _CODE


@dataclass(frozen=True, slots=True)
class Mark:
    """A moment worth jumping to: a question or a flagged change."""

    offset: float
    kind: str
    """`question`, `flag` or `test` (a test run's result)."""
    label: str
    failing: bool = False
    """For a test run: whether any test failed (or the run did not pass)."""


@dataclass
class Turn:
    """One question of the transcript, its answer and score."""

    interaction_id: Any
    question: str
    asked_offset: float
    path: str | None = None
    line: int | None = None
    skill: str | None = None
    response: str | None = None
    evaluation: str | None = None
    score: float | None = None
    key_points: list[str] = field(default_factory=list)
    """The rubric's key points: claims a good answer makes."""
    covered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    """Claims in the answer that are wrong for this code."""


@dataclass(frozen=True, slots=True)
class Frame:
    """The workspace just after a moment, and what that moment changed."""

    index: int
    files: dict[str, str]
    path: str | None = None
    """The file the moment changed, if it was a change."""
    changed: list[int] = field(default_factory=list)
    """Lines of `path` the moment inserted or rewrote."""


def _apply(files: dict[str, str], moment: Moment) -> str | None:
    """Apply a code moment to `files` in place; an error sentence when a diff does not fit."""
    data = moment.data
    path = data.get("path")
    if not isinstance(path, str):
        return None
    if moment.type == "file_deleted" or data.get("kind") == "delete":
        files.pop(path, None)
    elif data.get("content") is not None:
        files[path] = data["content"]
    elif data.get("diff"):
        try:
            files[path] = apply_diff(files.get(path, ""), data["diff"])
        except DiffError as exc:
            return f"{path} v{data.get('version')}: {exc}"
    return None


def _claims(value: Any) -> list[str]:
    """A list of claims from the server, tolerant of a missing or malformed field."""
    return [str(v) for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _run_mark(moment: Moment) -> Mark:
    passed, total = run_score(moment.data)
    failing = moment.data.get("status") != "passed" or passed != total
    return Mark(moment.offset, "test", f"tests {passed}/{total}", failing=failing)


class Timeline:
    """A whole session, ready to replay."""

    def __init__(self, body: dict[str, Any]) -> None:
        raw = [e for e in body.get("events") or [] if isinstance(e, dict)]
        stamped = [(parse_time(e.get("at")) or _EPOCH, n, e) for n, e in enumerate(raw)]
        stamped.sort(key=lambda t: (t[0], t[1]))
        first = stamped[0][0] if stamped else None
        self.start: datetime = parse_time(body.get("started_at")) or first or _EPOCH
        if first is not None and first < self.start:
            self.start = first
        self.moments = [Moment(i, at, (at - self.start).total_seconds(), str(e.get("type")), e)
                        for i, (at, _n, e) in enumerate(stamped)]
        self.offsets = [m.offset for m in self.moments]
        self.errors: list[str] = []
        """Diffs that did not fit (a gap in the history), as sentences."""
        self.broken_paths: set[str] = set()
        self._checkpoints: dict[int, dict[str, str]] = {}
        self._build_checkpoints()
        self.turns = self._transcript()
        self.signals = self._signals()
        self.test_runs = [m.data for m in self.moments if m.type == "test_result"]
        self.quiz = [(m.offset, m.data) for m in self.moments if m.type == "mcq_answer"]
        """The quiz's answers: (seconds since the start, the `mcq_answer` event)."""
        """Every finished test run, oldest first (the staff view: hidden tests included)."""
        self.marks = sorted(
            [Mark(t.asked_offset, "question", t.question) for t in self.turns]
            + [Mark((s.at - self.start).total_seconds(), "flag", s.detail)
               for s in self.signals if s.at is not None]
            + [_run_mark(m) for m in self.moments if m.type == "test_result"],
            key=lambda m: m.offset)

    @property
    def duration(self) -> float:
        """Seconds from the start to the last moment."""
        return self.offsets[-1] if self.offsets else 0.0

    def index_at(self, offset: float) -> int:
        """The last moment at or before `offset` seconds; -1 before the first."""
        return bisect.bisect_right(self.offsets, offset + 1e-7) - 1

    def offset_of(self, at: datetime) -> float:
        """Seconds since the start of a wall-clock time."""
        return (at - self.start).total_seconds()

    def _build_checkpoints(self) -> None:
        files: dict[str, str] = {}
        self._checkpoints[-1] = {}
        for m in self.moments:
            if m.is_code:
                error = _apply(files, m)
                if error:
                    self.errors.append(error)
                    self.broken_paths.add(str(m.data.get("path")))
            if m.index % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1:
                self._checkpoints[m.index] = dict(files)

    def files_at(self, index: int) -> dict[str, str]:
        """The workspace just after moment `index` (-1: before anything)."""
        index = min(index, len(self.moments) - 1)
        base = max((k for k in self._checkpoints if k <= index), default=-1)
        files = dict(self._checkpoints[base])
        for m in self.moments[base + 1:index + 1]:
            if m.is_code:
                _apply(files, m)
        return files

    def files_at_time(self, at: datetime) -> dict[str, str]:
        """The workspace as it stood at a wall-clock time."""
        return self.files_at(self.index_at(self.offset_of(at)))

    def frame(self, index: int) -> Frame:
        """The workspace after moment `index`, with the lines that moment touched."""
        if index < 0 or not self.moments:
            return Frame(-1, {})
        moment = self.moments[min(index, len(self.moments) - 1)]
        before = self.files_at(moment.index - 1)
        after = dict(before)
        if not moment.is_code:
            return self._pointing_frame(moment, before)
        _apply(after, moment)
        path = moment.data.get("path")
        changed: list[int] = []
        if isinstance(path, str) and path in after:
            changed = changed_line_numbers(before.get(path), after[path])
        return Frame(moment.index, after, path if isinstance(path, str) else None, changed)

    def _pointing_frame(self, moment: Moment, files: dict[str, str]) -> Frame:
        """A flag or question names a path: show it, with the change it points to marked."""
        path = moment.data.get("path")
        if not isinstance(path, str) or path not in files:
            return Frame(moment.index, files)
        for m in reversed(self.moments[:moment.index]):
            if m.offset < moment.offset - 2.0:
                break
            if m.is_code and m.data.get("path") == path:
                return Frame(moment.index, files, path, self.frame(m.index).changed)
        line = moment.data.get("line")
        return Frame(moment.index, files, path, [line] if isinstance(line, int) else [])

    def versions(self) -> dict[str, int]:
        """Each path's latest version number."""
        out: dict[str, int] = {}
        for m in self.moments:
            if m.is_code and isinstance(m.data.get("path"), str):
                out[m.data["path"]] = max(out.get(m.data["path"], 0), int(m.data.get("version") or 0))
        return out

    def edits_per_minute(self) -> list[int]:
        """Changes in each minute of the session, from the start to the last moment."""
        counts = [0] * (int(self.duration // 60) + 1)
        for m in self.moments:
            if m.is_code:
                counts[int(m.offset // 60)] += 1
        return counts

    def _transcript(self) -> list[Turn]:
        turns: dict[Any, Turn] = {}
        for m in self.moments:
            iid = m.data.get("interaction_id")
            if m.type == "question":
                rubric = m.data.get("rubric")
                points = rubric.get("key_points") if isinstance(rubric, dict) else None
                turns[iid] = Turn(iid, str(m.data.get("question") or ""), m.offset,
                                  m.data.get("path"), m.data.get("line"), m.data.get("skill"),
                                  key_points=[str(k["claim"]) for k in points or []
                                              if isinstance(k, dict) and k.get("claim")])
            elif m.type == "answer" and iid in turns:
                turn = turns[iid]
                turn.response, turn.evaluation = m.data.get("response"), m.data.get("evaluation")
                score = m.data.get("score")
                turn.score = float(score) if score is not None else None
                turn.covered, turn.missing, turn.misconceptions = (
                    _claims(m.data.get(k)) for k in ("covered", "missing", "misconceptions"))
        return list(turns.values())

    def _signals(self) -> list[SignalRow]:
        found: list[SignalRow] = []
        spotter = SignalSpotter()
        for m in self.moments:
            if m.type in _SIGNAL_TYPES:
                for raw in m.data.get("signals") or m.data.get("flags") or [m.data]:
                    signal = signal_from(raw)
                    if signal is not None:
                        found.append(signal if signal.at else SignalRow(
                            signal.kind, m.at, signal.path, signal.detail, signal.severity))
            elif m.type == "code_update":
                signal = spotter.see(m.at, m.data.get("path"), int(m.data.get("chars_added") or 0),
                                     int(m.data.get("lines_added") or 0))
                if signal is not None:
                    found.append(signal)
        unique: list[SignalRow] = []
        for s in found:
            merge_signal(unique, s)
        return sorted(unique, key=lambda s: s.at or self.start)


class Player:
    """A position in a timeline, moved by keys, a slider or the playback clock."""

    def __init__(self, timeline: Timeline, *, idle_gap: float = 10.0) -> None:
        self.timeline = timeline
        self.position = timeline.moments[0].offset if timeline.moments else 0.0
        self.playing = False
        self.speed = 1
        self.skip_idle = True
        self.idle_gap = idle_gap
        """Seconds of session time without events that playback skips when `skip_idle`."""

    @property
    def index(self) -> int:
        """The moment the position stands on."""
        return self.timeline.index_at(self.position)

    def seek(self, offset: float) -> None:
        """Move to `offset` seconds (clamped to the session)."""
        self.position = min(max(offset, 0.0), self.timeline.duration)

    def seek_fraction(self, fraction: float) -> None:
        """Move to a fraction (0..1) of the session."""
        self.seek(fraction * self.timeline.duration)

    def step(self, moments: int) -> None:
        """Move by whole moments (negative: back), landing on each moment's time."""
        offsets = self.timeline.offsets
        if not offsets:
            return
        if moments > 0:
            i = bisect.bisect_right(offsets, self.position + 1e-7)
            i = min(i + moments - 1, len(offsets) - 1)
        else:
            i = bisect.bisect_left(offsets, self.position - 1e-7) + moments
            i = max(i, 0)
        self.position = offsets[i]

    def jump(self, forward: bool, kind: str | None = None) -> bool:
        """Move to the next (or previous) mark, of `kind` if given; False when there is none."""
        marks = [m for m in self.timeline.marks if kind is None or m.kind == kind]
        if forward:
            ahead = [m for m in marks if m.offset > self.position + 1e-6]
            target = ahead[0] if ahead else None
        else:
            behind = [m for m in marks if m.offset < self.position - 1e-6]
            target = behind[-1] if behind else None
        if target is None:
            return False
        self.position = target.offset
        return True

    def change_speed(self, faster: bool) -> None:
        """Next speed up or down."""
        i = SPEEDS.index(self.speed) if self.speed in SPEEDS else 0
        self.speed = SPEEDS[min(i + 1, len(SPEEDS) - 1) if faster else max(i - 1, 0)]

    def tick(self, real_seconds: float) -> None:
        """Advance playback by `real_seconds` of wall time; stops at the end."""
        if not self.playing:
            return
        offsets = self.timeline.offsets
        nxt = bisect.bisect_right(offsets, self.position + 1e-7)
        if self.skip_idle and nxt < len(offsets) and offsets[nxt] - self.position > self.idle_gap:
            self.position = offsets[nxt] - 1.0
        self.seek(self.position + real_seconds * self.speed)
        if self.position >= self.timeline.duration:
            self.playing = False
