"""Test runs: a session's code run against its pack's tests, in a sandbox (SPEC §4, §5, §7, §10)."""

from server.testruns.runner import RunOutcome, run_tests_in_sandbox
from server.testruns.sandbox import (
    BwrapExecutor,
    ExecResult,
    Executor,
    SandboxLimits,
    make_executor,
)
from server.testruns.service import SandboxRuns, view

__all__ = [
    "BwrapExecutor", "ExecResult", "Executor", "RunOutcome", "SandboxLimits", "SandboxRuns",
    "make_executor", "run_tests_in_sandbox", "view",
]
