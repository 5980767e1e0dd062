"""The paste rules of SPEC §8 are one rule (`viva.pastes`): the server's report and the proctor's
console flag the same changes, the same way; a session's first change is the server's to judge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.examiner.integrity import ChangeRecord, detect_signals
from tui.proctor.model import Fleet
from tui.proctor.signals import SignalSpotter, signal_from
from viva.pastes import BURST_CHARS, IDLE_SECONDS, TYPING_CPS, judge_change

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

# (seconds since T0, path, characters added, lines added)
HISTORY = [(0, "a.py", 2000, 60),  # the first change: beyond the starter file, large
           (5, "a.py", 30, 1),  # typing
           (6, "a.py", 900, 25),  # 900 characters a second later: a paste
           (200, "a.py", 450, 16),  # 2.3 characters a second: typed
           (230, "b.py", 500, 10),  # 16.7 a second, large: a paste, not a warning
           (900, "b.py", 250, 8),  # after 11 minutes without edits
           (905, "b.py", 120, 20)]  # 20 lines: large, 24 a second


def test_the_first_change_of_a_session_is_judged_as_a_paste_of_unknown_speed() -> None:
    """Nothing earlier times it: a large one is a paste burst at `info`, a small one nothing."""
    burst = judge_change(None, 3000, 90)
    assert burst is not None and (burst.kind, burst.severity, burst.rate) == ("paste_burst", "info", None)
    assert judge_change(None, BURST_CHARS - 1, 3) is None


def test_the_rule_weighs_speed_size_and_idleness() -> None:
    assert judge_change(2, 900, 30).severity == "warn"  # type: ignore[union-attr]
    assert judge_change(120, 500, 16) is None  # slower than typing
    assert judge_change(BURST_CHARS / TYPING_CPS - 1, BURST_CHARS, 1) is not None
    idle = judge_change(IDLE_SECONDS, 600, 20)
    assert idle is not None and idle.kind == "idle_then_burst" and idle.severity == "warn"


def test_the_server_and_the_console_flag_the_same_changes_the_same_way() -> None:
    """Every change after the first: the same kind, severity, path and moment on both sides;
    the first is the server's alone, and the console shows the server's signal for it."""
    changes = [ChangeRecord(T0 + timedelta(seconds=s), path, lines, chars, 0)
               for s, path, chars, lines in HISTORY]
    server = [(s.kind, s.severity, s.path, s.at) for s in detect_signals(changes)]
    spotter = SignalSpotter()
    console = []
    for s, path, chars, lines in HISTORY:
        seen = spotter.see(T0 + timedelta(seconds=s), path, chars, lines)
        if seen is not None:
            console.append((seen.kind, seen.severity, seen.path, seen.at))
    assert server[0] == ("paste_burst", "info", "a.py", T0)
    assert console == server[1:]
    assert [k for k, *_ in console] == ["paste_burst", "paste_burst", "idle_then_burst", "paste_burst"]

    # live: the console's own signals and the server's `integrity_signal`s merge to the server's
    fleet = Fleet(clock=lambda: T0)
    for s, path, chars, lines in HISTORY:
        fleet.apply_event(1, {"type": "code_update", "ts": (T0 + timedelta(seconds=s)).isoformat(),
                              "data": {"path": path, "chars_added": chars, "lines_added": lines}})
    for signal in detect_signals(changes):
        raw = {"kind": signal.kind, "at": signal.at.isoformat() if signal.at else None,
               "path": signal.path, "detail": signal.detail, "severity": signal.severity}
        fleet.apply_event(1, {"type": "integrity_signal", "ts": raw["at"], "data": raw})
        assert signal_from(raw) is not None
    shown = sorted(((s.kind, s.severity, s.path, s.at, s.source) for s in fleet.sessions[1].signals),
                   key=lambda shown: shown[3])
    assert shown == [(*flag, "server") for flag in server]
