"""Integrity signals (SPEC §8): facts for a proctor to look at, never a verdict.

The paste rules and their thresholds are `viva.pastes`, which the proctor's console applies
too; this module runs them over a session's stored changes and words what they find.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from viva.diffs import diff_stats, make_diff
from viva.pastes import TYPING_CPS, Burst, judge_change

__all__ = ["ChangeRecord", "IntegritySignal", "detect_signals", "without_starter"]


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


def detect_signals(changes: list[ChangeRecord]) -> list[IntegritySignal]:
    """Find paste bursts and long idles followed by large insertions, in time order (the
    first change as measured against its starter file: see `without_starter`)."""
    signals: list[IntegritySignal] = []
    previous: ChangeRecord | None = None
    for change in sorted(changes, key=lambda c: c.ts):
        gap = (change.ts - previous.ts).total_seconds() if previous else None
        burst = judge_change(gap, change.chars_added, change.lines_added)
        if burst is not None:
            signals.append(IntegritySignal(burst.kind, change.ts, change.path, _detail(burst, change),
                                  burst.severity))
        previous = change
    return signals


def _detail(burst: Burst, change: ChangeRecord) -> str:
    """What a report and a proctor read about a change the paste rules flagged."""
    size = f"{change.chars_added} characters ({change.lines_added} lines)"
    if burst.kind == "idle_then_burst" and burst.gap is not None:
        return f"{size} inserted in one change after {_minutes(burst.gap)} without edits"
    if burst.gap is None:
        return f"{size} inserted in the first change (nothing earlier to time it against)"
    return (f"{size} inserted in one change, {burst.rate or 0:.0f} characters a second "
            f"(typing is about {TYPING_CPS:.0f})")
