"""Helpers of the per-language test-run tests: a pack's tests in real bubblewrap, and
`viva assessment check` on a shipped pack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from server.packs.model import Pack
from server.testruns.runner import RunOutcome, limits_for, run_tests_in_sandbox
from server.testruns.sandbox import Executor, make_executor, slot_of

ROOT = Path(__file__).resolve().parents[2]


def own_slot(offset: int) -> int:
    """A sandbox uid slot of this process's own: a run's end kills every process of its uid,
    so two test processes (or two files) never share one."""
    return slot_of(offset)


def bwrap_executor() -> Executor:
    """The real bubblewrap sandbox (the test fails where it is missing)."""
    executor, why = make_executor("bwrap")
    assert executor is not None, why
    return executor


def by_name(outcome: RunOutcome) -> dict[str, str]:
    """Each case's outcome by its name."""
    return {c["name"]: c["outcome"] for c in outcome.cases}


async def run_pack(executor: Executor, pack: Pack, files: dict[str, str], *, slot: int,
                   timeout: float, hidden: bool = True) -> RunOutcome:
    """Run `pack`'s tests on `files` (a workspace), hidden ones too unless `hidden` is False."""
    assert pack.tests is not None and pack.task is not None
    return await run_tests_in_sandbox(executor, files, pack.tests,
                                      limits_for(pack.tests, timeout=timeout, memory_mb=512),
                                      include_hidden=hidden, starter=dict(pack.task.files),
                                      main_file=pack.task.main_path, slot=slot)


def check_shipped(name: str, cwd: Path, *, timeout: float) -> subprocess.CompletedProcess[str]:
    """`viva assessment check` on the shipped pack `name`, in `cwd`."""
    pack = ROOT / "server" / "packs" / "data" / f"{name}.toml"
    return subprocess.run([sys.executable, "-m", "viva.cli", "assessment", "check", str(pack)],
                          check=False, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                          env={**os.environ, "VIVA_DATA_DIR": str(cwd / ".viva")})
