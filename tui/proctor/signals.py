"""Integrity signals (SPEC §8): what the server flagged, plus what the console sees itself.

The console looks at every change summary it receives for the two patterns of §8 that
one change reveals (a large insertion faster than typing; a large insertion after a long
idle), with the server's rule (`viva.pastes`), so a proctor sees them live, before any
report exists. A change with no earlier one seen here is left to the server, which alone
knows the starter files and the session's first change. Signals are prompts to look, never
verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from viva.pastes import judge_change
from viva.words import counted

__all__ = ["SignalRow", "SignalSpotter", "merge_signal", "parse_time", "signal_from"]


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 string (or epoch seconds) as an aware datetime; None when absent or bad."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(float(value), UTC)
        parsed = datetime.fromisoformat(str(value))
    except (ValueError, OverflowError, OSError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


@dataclass(frozen=True, slots=True)
class SignalRow:
    """A signal as the console lists it: something worth a proctor's look, the moment it
    points to, and who saw it (the server or the console)."""

    kind: str
    """`paste_burst`, `idle_then_burst`, `similarity`, or whatever the server names."""
    at: datetime | None
    path: str | None
    detail: str
    severity: str = "info"
    """`info` or `warn`."""
    source: str = "server"
    """`server` (flagged by the examiner) or `console` (seen here)."""

    @property
    def key(self) -> tuple[str, str | None, int | None]:
        """What makes two signals the same (to merge server and console copies)."""
        return (self.kind, self.path, int(self.at.timestamp()) if self.at else None)


def signal_from(raw: Any) -> SignalRow | None:
    """A signal from the server's JSON (a flag, an event's data or a report entry)."""
    if isinstance(raw, str):
        return SignalRow(raw, None, None, raw.replace("_", " "))
    if not isinstance(raw, dict):
        return None
    kind = str(raw.get("kind") or raw.get("type") or "signal")
    return SignalRow(kind, parse_time(raw.get("at") or raw.get("ts")), raw.get("path"),
                  str(raw.get("detail") or raw.get("message") or kind.replace("_", " ")),
                  "warn" if raw.get("severity") == "warn" else "info")


class SignalSpotter:
    """Watches one session's changes, in time order, for the patterns of §8."""

    def __init__(self) -> None:
        self._previous: datetime | None = None

    def see(self, at: datetime | None, path: str | None, chars_added: int,
            lines_added: int) -> SignalRow | None:
        """Look at one stored change; the signal it raises, if any."""
        if at is None:
            return None
        previous, self._previous = self._previous, at
        if previous is None:  # nothing to time it against: the server judges it (`viva.pastes`)
            return None
        burst = judge_change((at - previous).total_seconds(), chars_added, lines_added)
        if burst is None:
            return None
        size = f"{counted(chars_added, 'character')} ({counted(lines_added, 'line')})"
        if burst.kind == "idle_then_burst":
            detail = f"{size} in one change after {(burst.gap or 0) / 60:.0f} min without edits"
        else:
            detail = f"{size} in one change, {burst.rate or 0:.0f} chars/s"
        return SignalRow(burst.kind, at, path, detail, burst.severity, "console")


def merge_signal(signals: list[SignalRow], new: SignalRow, *, within: float = 5.0) -> None:
    """Add `new` to `signals` unless it is already there; the server's copy wins over ours.

    The console and the server may both see one change: the same path within `within`
    seconds is the same signal when the kinds match, or when one side is ours (the two
    may name one change differently, e.g. a paste burst that followed an idle).
    """
    for i, old in enumerate(signals):
        same_moment = (old.at is None and new.at is None) or (
            old.at is not None and new.at is not None
            and abs((old.at - new.at).total_seconds()) <= within)
        same_kind = old.kind == new.kind or ("console" in (old.source, new.source)
                                              and old.source != new.source)
        if same_kind and old.path == new.path and same_moment:
            if old.source == "console" and new.source == "server":
                signals[i] = new
            return
    signals.append(new)
