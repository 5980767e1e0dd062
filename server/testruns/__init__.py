"""Test runs: a session's code run against its pack's tests, in a sandbox (SPEC §4, §5, §7, §10)."""

from server.testruns.runner import Outcome, run_tests_in_sandbox
from server.testruns.sandbox import BwrapExecutor, ExecResult, Executor, Limits, make_executor
from server.testruns.service import TestRuns, view

__all__ = [
    "BwrapExecutor", "ExecResult", "Executor", "Limits", "Outcome", "TestRuns", "make_executor",
    "run_tests_in_sandbox", "view",
]
