"""Counts in the clients' words: the singular for one only."""

from __future__ import annotations

from viva.words import counted


def test_counts_are_said_in_the_singular_for_one_only() -> None:
    assert counted(1, "question") == "1 question"
    assert [counted(n, "question") for n in (0, 2)] == ["0 questions", "2 questions"]
    assert counted("?", "question") == "? questions" and counted(True, "file") == "True files"
