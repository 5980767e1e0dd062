"""Where a matched fragment came from in one candidate's history: `typed`, `pasted` or `starter`.

A file's stored versions are replayed in order; the fragment arrived with the first version
that holds at least half of its (non-blank) lines. It is `starter` when that is the first
version and the pack's starter file for the path already holds those lines; `pasted` when
the change that brought most of it is one the integrity rules call a paste burst or a long
idle followed by a burst (`server.examiner.detect_signals`, the same rule the proctor's
feed uses); `typed` otherwise (it grew over several changes, or in a change too small or
too slow to be a paste).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from server.examiner import ChangeRecord, detect_signals
from server.examiner.integrity import without_starter
from server.storage.models import Change
from viva.diffs import DiffError, apply_diff

__all__ = ["History", "load_history", "provenance", "strongest"]

_ARRIVED: Final = 0.5
"""Share of a fragment's lines a version must hold for the fragment to have arrived."""
_PASTE_KINDS: Final = frozenset({"paste_burst", "idle_then_burst"})
_ORDER: Final = ("typed", "starter", "pasted")


@dataclass
class History:
    """A session's file versions, oldest first, with the moments of its paste bursts."""

    versions: dict[str, list[tuple[datetime, set[str]]]]
    """path -> (when, the version's stripped lines) of every version."""
    bursts: set[tuple[str, datetime]]
    """(path, when) of every change the paste rules flag."""
    starter: Mapping[str, str]


def _stripped(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


async def load_history(session_id: int, starter: Mapping[str, str],
                       paths: set[str] | None = None) -> History:
    """Replay a session's stored changes (of `paths`, or every path) into its history."""
    query = Change.filter(session_id=session_id)
    if paths is not None:
        query = query.filter(path__in=sorted(paths))
    rows = await query.order_by("path", "version").values(
        "path", "version", "kind", "content", "diff", "created_at", "lines_added",
        "chars_added", "lines_removed")
    versions: dict[str, list[tuple[datetime, set[str]]]] = {}
    records: list[ChangeRecord] = []
    text: dict[str, str] = {}
    for row in rows:
        path = row["path"]
        if row["kind"] == "full":
            text[path] = row["content"] or ""
        elif row["kind"] == "delete":
            text[path] = ""
        else:
            with suppress(DiffError):  # a gap in the history: keep the last text we had
                text[path] = apply_diff(text.get(path, ""), row["diff"] or "")
        versions.setdefault(path, []).append((row["created_at"], _stripped(text.get(path, ""))))
        records.append(_record(row, text.get(path), starter))
    bursts = {(s.path, s.at) for s in detect_signals(records)
              if s.kind in _PASTE_KINDS and s.path is not None and s.at is not None}
    return History(versions, bursts, starter)


def _record(row: dict[str, Any], text: str | None, starter: Mapping[str, str]) -> ChangeRecord:
    """A stored change as the paste rules see it (a first version less its starter file)."""
    record = ChangeRecord(row["created_at"], row["path"], row["lines_added"],
                          row["chars_added"], row["lines_removed"])
    if row["version"] == 1 and row["path"] in starter:
        return without_starter(record, text, starter[row["path"]])
    return record


def provenance(history: History, path: str, lines: list[str]) -> str:
    """`typed`, `pasted` or `starter`: how the fragment `lines` (its text) of `path` arrived."""
    wanted = _stripped("\n".join(lines))
    if not wanted:
        return "typed"
    starter = _stripped(history.starter.get(path, ""))
    need = max(1, int(len(wanted) * _ARRIVED + 0.5))
    before = 0
    for index, (when, present) in enumerate(history.versions.get(path, [])):
        held = len(wanted & present)
        if held >= need:
            if index == 0 and len(wanted & starter) >= need:
                return "starter"
            # pasted when most of it came in this one change, and the change was a burst
            if (path, when) in history.bursts and held - before >= need:
                return "pasted"
            return "typed"
        before = held
    return "typed"


def strongest(left: str, right: str) -> str:
    """One provenance for a fragment: `pasted` on either side outweighs `starter`, which
    outweighs `typed`."""
    return max(left, right, key=_ORDER.index)
