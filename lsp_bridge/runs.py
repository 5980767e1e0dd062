"""Test runs in the editor: `viva.runTests`, failing tests as diagnostics, a one-line summary.

Each `test_result` with per-test outcomes (status `passed`, `failed` or `error`) replaces
the failing tests shown so far: a failing test is an Error diagnostic (source `viva tests`)
at its line, or at line 1 of its file when the run names no line; a passing run clears
them all. A run that timed out or could not happen says nothing about the tests, so what
is shown stays. Tests the run names no file for appear only in the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from lsprotocol import types

from lsp_bridge.questions import line_range
from viva.protocol import validate_path
from viva.words import counted

__all__ = [
    "RUN_TESTS_COMMAND",
    "TEST_SOURCE",
    "FailingTest",
    "FailingTests",
    "failure_diagnostic",
    "run_summary",
]

RUN_TESTS_COMMAND: Final = "viva.runTests"
"""The `workspace/executeCommand` command that runs the session's tests (no arguments)."""
TEST_SOURCE: Final = "viva tests"
"""The `source` of failing tests' diagnostics (questions' are `viva`)."""
MAX_MESSAGE_CHARS: Final = 2000
"""A failure message longer than this is cut (the whole output is in the companion)."""
_REPLACING: Final = ("passed", "failed", "error")
"""Statuses whose results say which tests fail now."""
_NAMED: Final = 3
"""Failing tests named in the summary before `and N more`."""
_TRIGGERS: Final = {"proctor": "the proctor ran your tests: ", "finish": "tests at the finish: ",
                    "expiry": "tests at the end of time: "}


@dataclass(frozen=True, slots=True)
class FailingTest:
    """A test that failed (or errored) in the last run, where the editor shows it."""

    __test__ = False  # not a pytest class, whatever its name

    name: str
    outcome: str
    message: str
    path: str
    line: int
    """1-based; 1 when the run names no line."""


class FailingTests:
    """The last run's failing tests, by workspace path."""

    __test__ = False

    def __init__(self) -> None:
        self._by_path: dict[str, list[FailingTest]] = {}

    def take(self, result: Any, normalise: Callable[[str], str | None]) -> set[str] | None:
        """Take a `test_result`; the paths whose diagnostics change, or None when it changes
        nothing (a timeout, an unavailable sandbox). `normalise` maps a run's path to the
        workspace's."""
        if result.status not in _REPLACING:
            return None
        before = set(self._by_path)
        self._by_path = {}
        for case in result.cases:
            if case.outcome not in ("failed", "error") or not case.path:
                continue
            try:
                path = normalise(validate_path(case.path))
            except ValueError:
                continue
            if path is None:
                continue
            line = case.line if isinstance(case.line, int) and case.line > 0 else 1
            self._by_path.setdefault(path, []).append(
                FailingTest(case.name, case.outcome, case.message or "", path, line))
        return before | set(self._by_path)

    def on_path(self, path: str) -> list[FailingTest]:
        """Failing tests shown in one workspace file."""
        return list(self._by_path.get(path, []))

    def paths(self) -> set[str]:
        """Files that show failing tests."""
        return set(self._by_path)


def failure_diagnostic(test: FailingTest, lines: Sequence[str], units: Any = len) -> types.Diagnostic:
    """The Error diagnostic of a failing test at its line."""
    message = test.message.strip()
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[:MAX_MESSAGE_CHARS] + "…"
    verb = "failed" if test.outcome == "failed" else "errored"
    return types.Diagnostic(range=line_range(test.line, lines, units),
                            message=f"{test.name} {verb}" + (f": {message}" if message else ""),
                            severity=types.DiagnosticSeverity.Error, source=TEST_SOURCE,
                            code=test.name)


_SHOWN_LINES: Final = 3
"""The last lines of a run's output a summary shows when the tests could not run."""


def run_summary(result: Any) -> tuple[types.MessageType, str]:
    """The message that sums a run up: `viva: 3/5 tests passed; failing: test_a, test_b`."""
    total = result.passed + result.failed + result.errors
    said = _TRIGGERS.get(result.trigger, "")
    tail = [line for line in (result.output_tail or "").strip().splitlines() if line.strip()]
    why = result.reason.strip() or (tail[-1].strip() if tail else "")
    last = f": {why}" if why else ""
    if result.status == "timeout":
        return types.MessageType.Warning, f"viva: {said}the tests took too long and were stopped"
    if result.status == "unavailable":
        return types.MessageType.Warning, f"viva: {said}the tests cannot run on this server{last}"
    if result.status == "error" and not total:
        # what the command printed last says why (a compile error), beside the reason
        shown = "\n".join(line.rstrip() for line in tail[-_SHOWN_LINES:]) \
            if result.reason.strip() and tail else ""
        return types.MessageType.Error, f"viva: {said}the tests could not run{last}" + \
            (f"\n{shown}" if shown else "")
    text = f"viva: {said}{result.passed}/{counted(total, 'test')} passed"
    failing = [c.name for c in result.cases if c.outcome in ("failed", "error")]
    if failing:
        more = f" and {len(failing) - _NAMED} more" if len(failing) > _NAMED else ""
        text += f"; failing: {', '.join(failing[:_NAMED])}{more}"
    kind = types.MessageType.Info if result.status == "passed" else types.MessageType.Warning
    return kind, text
