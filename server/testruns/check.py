"""`viva assessment check`'s tests step: the pack's tests against its reference and its starter code."""

from __future__ import annotations

from server.core.settings import Settings
from server.packs.model import Pack
from server.testruns.runner import RunOutcome, limits_for, run_tests_in_sandbox
from server.testruns.sandbox import ONE_OFF_SLOT, make_executor, slot_of
from server.testruns.setup import server_paths

__all__ = ["check_tests"]


def _summary(label: str, outcome: RunOutcome) -> str:
    passed, failed, errors = outcome.counts()
    line = f"{label}: {outcome.status} ({passed} passed, {failed} failed, {errors} errors)"
    return f"{line}: {outcome.reason}" if outcome.reason else line


async def check_tests(pack: Pack, settings: Settings) -> tuple[list[str], bool]:
    """Report lines and whether the step passed: the reference must pass every test, visible and
    hidden; the starter code's result is reported (it is expected to fail, not a miss)."""
    tests = pack.tests
    if tests is None:
        return [], True
    if not tests.reference_files:
        return ["tests: no reference_files, so the tests were not checked"], True
    executor, reason = make_executor(settings.sandbox, forbidden=server_paths(settings))
    if executor is None:
        return [f"tests: not run: {reason}"], False
    starter = dict(pack.task.files) if pack.task else {}
    main = pack.task.main_path if pack.task else None
    limits = limits_for(tests, timeout=settings.test_timeout, memory_mb=settings.test_memory_mb)
    slot = slot_of(ONE_OFF_SLOT)  # a uid of this process's own: a run's end kills all of its uid
    reference = await run_tests_in_sandbox(executor, {**starter, **tests.reference_files}, tests,
                                           limits, include_hidden=True, starter=starter, main_file=main,
                                           slot=slot)
    lines = [_summary("tests against the reference", reference)]
    lines += [f"  {c['outcome']}: {c['name']} ({c['path'] or 'case'}){': ' + c['message'] if c['message'] else ''}"
              for c in reference.cases if c["outcome"] not in ("passed", "skipped")]
    if reference.status != "passed" and reference.reason:
        lines.append(f"  {reference.reason}")
    if reference.status != "passed" and not reference.cases:
        lines.append("  " + reference.output_tail.strip()[-800:].replace("\n", "\n  "))
    started = await run_tests_in_sandbox(executor, starter, tests, limits, include_hidden=True,
                                         starter=starter, main_file=main, slot=slot)
    lines.append(_summary("tests against the starter code", started))
    return lines, reference.status == "passed"

