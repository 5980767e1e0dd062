"""When to ask: enough change since the last question, enough time, few open questions."""

from __future__ import annotations

from .findings import changed_line_count

__all__ = ["lines_changed_in", "lines_since_question", "should_ask"]


def should_ask(*, lines_changed: int, seconds_since_last: float | None, open_questions: int,
               min_lines: int, min_seconds: float, max_open: int) -> bool:
    """Decide whether a stored change should trigger a question (SPEC §6).

    ``lines_changed`` is measured against the workspace as it stood at the last question, not
    against the previous update, so a stream of small edits cannot slip past the cooldown.
    ``seconds_since_last`` is None when the session has not been asked anything yet.
    """
    if open_questions >= max_open:
        return False
    if lines_changed < min_lines:
        return False
    return seconds_since_last is None or seconds_since_last >= min_seconds


def lines_changed_in(before: str | None, after: str | None) -> int:
    """Lines added plus removed in one file between two versions (None: absent)."""
    if before == after:
        return 0
    if after is None:
        return len((before or "").splitlines())
    return changed_line_count(before, after)


def lines_since_question(snapshot: dict[str, str], files: dict[str, str]) -> int:
    """Lines added plus removed across the workspace since the snapshot of the last question."""
    return sum(lines_changed_in(snapshot.get(path), files.get(path))
               for path in snapshot.keys() | files.keys())
