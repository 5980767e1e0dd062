"""One test run, storage aside: files into a fresh directory, the command in the sandbox, the outcome.

Used by the server (`server.testruns.service`) and by `viva assessment check`, so both run a
pack's tests exactly the same way.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from server.packs.model import Tests
from server.testruns.junit import parse_junit, read_junit
from server.testruns.sandbox import WORKDIR, ExecResult, Executor, Limits
from viva.protocol import validate_path

__all__ = ["Outcome", "limits_for", "outcome_of", "run_tests_in_sandbox", "write_tree"]

OUTPUT_TAIL: Final = 4000
"""Characters of the output's end kept with a run."""


@dataclass(slots=True)
class Outcome:
    """What a run found: its status, every case (`hidden` marked), counts and the output's end."""

    status: str
    cases: list[dict[str, Any]] = field(default_factory=list)
    duration_ms: int = 0
    output_tail: str = ""
    reason: str = ""

    def counts(self, cases: list[dict[str, Any]] | None = None) -> tuple[int, int, int]:
        """Passed, failed and errored cases (of `cases`, default all)."""
        chosen = self.cases if cases is None else cases
        return (sum(c["outcome"] == "passed" for c in chosen),
                sum(c["outcome"] == "failed" for c in chosen),
                sum(c["outcome"] == "error" for c in chosen))


def limits_for(tests: Tests, *, timeout: float, memory_mb: int) -> Limits:
    """The server's limits, lowered (never raised) by the pack's."""
    wall = min(timeout, tests.timeout_seconds or timeout)
    memory = min(memory_mb, tests.memory_mb or memory_mb)
    return Limits(wall_seconds=wall, cpu_seconds=max(1, int(wall)), memory_mb=memory)


def write_tree(root: Path, files: Mapping[str, str]) -> None:
    """Write `files` under `root`; paths are checked again, since they come from storage."""
    for raw, text in files.items():
        path = root / validate_path(raw)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def status_of(result: ExecResult, cases: list[dict[str, Any]] | None) -> tuple[str, str]:
    """The run's status and, when the cases do not tell it, why."""
    if result.timed_out:
        return "timeout", "the tests ran past their time limit and were stopped"
    if result.output_exceeded:
        return "error", "the tests wrote more output than allowed and were stopped"
    if result.signal is not None:
        if result.signal in (9, 24):  # SIGKILL from RLIMIT_CPU's hard limit, or SIGXCPU
            return "timeout", "the tests used up their CPU time and were stopped"
        return "error", f"the test command was killed by signal {result.signal}"
    if cases:
        if any(c["outcome"] == "failed" for c in cases):
            return "failed", ""
        if any(c["outcome"] == "error" for c in cases):
            return "error", ""
        return ("passed", "") if result.exit_code == 0 else \
            ("error", f"every test passed but the command exited with {result.exit_code}")
    if result.exit_code == 0:
        return "passed", ""
    return "failed", f"the test command exited with {result.exit_code}"


def outcome_of(result: ExecResult, report: bytes | None, hidden: set[str]) -> Outcome:
    """Turn an executor's result and the JUnit report (if any) into an Outcome."""
    parsed = parse_junit(report) if report is not None else None
    cases = [{"name": c.name, "outcome": c.outcome, "message": c.message, "path": c.path,
              "line": c.line, "hidden": c.path in hidden} for c in parsed or []]
    status, reason = status_of(result, cases)
    tail = result.output.decode("utf-8", "replace")[-OUTPUT_TAIL:]
    return Outcome(status=status, cases=cases, duration_ms=result.duration_ms,
                   output_tail=tail, reason=reason)


async def run_tests_in_sandbox(executor: Executor, files: Mapping[str, str], tests: Tests,
                               limits: Limits, *, include_hidden: bool, slot: int = 0) -> Outcome:
    """Run `tests` against `files` (the workspace) in a fresh directory that is removed after."""
    top = Path(tempfile.mkdtemp(prefix="viva-run-"))
    try:
        work = top / "work"
        work.mkdir()
        write_tree(work, files)
        hidden = set(tests.hidden_files) if include_hidden else set()
        if include_hidden:
            write_tree(work, tests.hidden_files)  # the pack's version wins over the candidate's
        name = f".viva-junit-{secrets.token_hex(8)}.xml"
        command = tests.command.replace("{junit}", f"{WORKDIR}/{name}")
        result = await executor.run(work, command, limits, slot=slot)
        report = read_junit(work / name) if "{junit}" in tests.command else None
        return outcome_of(result, report, hidden)
    finally:
        shutil.rmtree(top, ignore_errors=True)
