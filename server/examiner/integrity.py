"""Integrity signals (SPEC §8): facts for a proctor to look at, never a verdict."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from viva.diffs import diff_stats, make_diff

__all__ = ["ChangeRecord", "IntegritySignal", "detect_signals", "without_starter"]

BURST_CHARS: Final = 400
"""A single change inserting at least this many characters is a large insertion."""
BURST_LINES: Final = 15
TYPING_CPS: Final = 8.0
"""Characters per second a fast typist sustains (about 100 words a minute)."""
IDLE_SECONDS: Final = 300.0
IDLE_BURST_CHARS: Final = 200


@dataclass
class ChangeRecord:
    """One stored change of one file, as the integrity checks see it."""

    ts: datetime
    path: str
    lines_added: int
    chars_added: int
    lines_removed: int


@dataclass
class IntegritySignal:
    """Something worth a look: 'paste_burst', 'idle_then_burst' or 'similarity'."""

    kind: str
    at: datetime | None
    path: str | None
    detail: str
    severity: str
    """'info' or 'warn'."""


def without_starter(record: ChangeRecord, text: str | None, starter: str | None) -> ChangeRecord:
    """A file's first change as the candidate's doing: what its `text` adds to the pack's
    `starter` file for that path (the starter text, synced on first connect, is not theirs)."""
    if text is None or starter is None:
        return record
    added, removed = diff_stats(make_diff(starter, text, record.path))
    return replace(record, lines_added=added, lines_removed=removed,
                   chars_added=max(0, len(text) - len(starter)))


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"


def detect_signals(changes: list[ChangeRecord], *, burst_chars: int = BURST_CHARS,
                   burst_lines: int = BURST_LINES, typing_cps: float = TYPING_CPS,
                   idle_seconds: float = IDLE_SECONDS,
                   idle_burst_chars: int = IDLE_BURST_CHARS) -> list[IntegritySignal]:
    """Find paste bursts and long idles followed by large insertions, in time order."""
    signals: list[IntegritySignal] = []
    previous: ChangeRecord | None = None
    for change in sorted(changes, key=lambda c: c.ts):
        gap = (change.ts - previous.ts).total_seconds() if previous else None
        size = f"{change.chars_added} characters ({change.lines_added} lines)"
        large = change.chars_added >= burst_chars or change.lines_added >= burst_lines
        if gap is not None and gap >= idle_seconds and change.chars_added >= idle_burst_chars:
            signals.append(IntegritySignal(
                "idle_then_burst", change.ts, change.path,
                f"{size} inserted in one change after {_minutes(gap)} without edits", "warn"))
        elif large and gap is None:
            signals.append(IntegritySignal(
                "paste_burst", change.ts, change.path,
                f"{size} inserted in the first change (starter code or a paste)", "info"))
        elif large and gap is not None and change.chars_added > typing_cps * max(gap, 1.0):
            rate = change.chars_added / max(gap, 1.0)
            severity = "warn" if change.chars_added >= 2 * burst_chars else "info"
            signals.append(IntegritySignal(
                "paste_burst", change.ts, change.path,
                f"{size} inserted in one change, {rate:.0f} characters a second "
                f"(typing is about {typing_cps:.0f})", severity))
        previous = change
    return signals
