"""TypeScript test runs (issue 25): compiled by Debian's tsc, run by Node, over real bubblewrap;
a missing compiler or Node is said as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.packs import shipped_pack
from server.packs.model import Pack
from server.testruns.runner import RunOutcome
from server.testruns.sandbox import Executor
from tests.support.languages import bwrap_executor, check_shipped, own_slot, run_pack

pytestmark = pytest.mark.slow

SLOT = own_slot(59)
"""A sandbox uid of this process's own (see test_languages_javascript)."""


@pytest.fixture
def executor() -> Executor:
    return bwrap_executor()


async def run(executor: Executor, pack: Pack, files: dict[str, str]) -> RunOutcome:
    return await run_pack(executor, pack, files, slot=SLOT, timeout=120)


def test_assessment_check_passes_the_reference_and_fails_the_starter(tmp_path: Path) -> None:
    done = check_shipped("typescript-takehome", tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (15 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: failed (0 passed, 15 failed, 0 errors)" in done.stdout


async def test_hidden_tests_stay_hidden_and_a_forger_cannot_pass(executor: Executor) -> None:
    pack = shipped_pack("typescript-takehome")
    assert pack.tests is not None and pack.task is not None
    outcome = await run(executor, pack, {**pack.task.files, **pack.tests.reference_files})
    assert outcome.status == "passed", (outcome.reason, outcome.output_tail, outcome.cases)
    assert {(c["judge"], c["path"], c["hidden"]) for c in outcome.cases} == {
        ("node", "slots.test.ts", False), ("node", "edges.test.ts", True), ("server", None, True)}
    assert outcome.candidate is not None and "edges.test.ts" not in repr(outcome.candidate.cases)
    forger = pack.task.files["slots.ts"] + """
const value = { start: 1380, end: 1439 };
const line = '0'.repeat(64) + ' 0 call ' + JSON.stringify(JSON.stringify({ ok: true, value }));
process.stdout.write((line + '\\n').repeat(50));
process.exit(0);
"""
    forged = await run(executor, pack, {**pack.task.files, "slots.ts": forger})
    assert forged.status != "passed"
    assert {c["outcome"] for c in forged.cases if c["judge"] == "server"} == {"failed"}


async def test_a_missing_compiler_is_unavailable_with_what_to_install(executor: Executor) -> None:
    data = shipped_pack("typescript-takehome").model_dump(mode="json")
    data["tests"]["runtime"] = "/nonexistent/tsc"
    pack = Pack.model_validate(data)
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "unavailable" and not outcome.cases
    assert outcome.reason == "/nonexistent/tsc is not installed on this server: apt-get install nodejs node-typescript"
