"""JavaScript test runs (issue 25): the shipped pack over real bubblewrap and a real Node, the
server-judged cases' driver against forgery, and a missing toolchain said as such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server.packs import shipped_pack
from server.packs.model import Pack, is_test_path
from server.testruns.runner import RunOutcome
from server.testruns.sandbox import Executor
from tests.support.languages import bwrap_executor, by_name, check_shipped, own_slot, run_pack

pytestmark = pytest.mark.slow

SLOT = own_slot(62)
"""A sandbox uid of this process's own: a run's end kills every process of its uid, and other
test processes on the machine run as slot 0's."""


@pytest.fixture
def executor() -> Executor:
    return bwrap_executor()


async def run(executor: Executor, pack: Pack, files: dict[str, str], *, hidden: bool = True) -> RunOutcome:
    return await run_pack(executor, pack, files, slot=SLOT, timeout=60, hidden=hidden)


def test_assessment_check_passes_the_reference_and_fails_the_starter(tmp_path: Path) -> None:
    done = check_shipped("javascript-takehome", tmp_path, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (15 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: failed (0 passed, 15 failed, 0 errors)" in done.stdout


async def test_the_reference_passes_visible_hidden_and_server_cases(executor: Executor) -> None:
    pack = shipped_pack("javascript-takehome")
    assert pack.tests is not None and pack.task is not None
    outcome = await run(executor, pack, {**pack.task.files, **pack.tests.reference_files})
    assert outcome.status == "passed", (outcome.reason, outcome.output_tail, outcome.cases)
    judges = {(c["judge"], c["hidden"]) for c in outcome.cases}
    assert judges == {("node", False), ("node", True), ("server", True)}
    assert {c["path"] for c in outcome.cases if c["judge"] == "node" and c["hidden"]} == {"edges.test.js"}
    # the candidate's view is the visible part alone: no hidden file, name or case
    assert outcome.candidate is not None
    shown = outcome.candidate.cases
    assert shown and not any(c["hidden"] for c in shown)
    assert "edges.test.js" not in repr(shown) and "touching ranges" not in repr(shown)


async def test_the_starter_fails_every_case(executor: Executor) -> None:
    pack = shipped_pack("javascript-takehome")
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "failed"
    assert set(by_name(outcome).values()) == {"failed"}
    assert len(outcome.cases) == 15


WRONG = """
'use strict';
function add(a, b) { return a - b; }
module.exports = { add };
"""

CALC: dict[str, Any] = {
    "slug": "js-calc", "title": "JS calc", "time_limit_minutes": 10,
    "task": {"description": "Make `add` add.", "main_file": "calc.js", "files": {
        "calc.js": WRONG,
        "calc.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n"
                        "const { add } = require('./calc.js');\ntest('adds', () => assert.equal(add(2, 3), 5));\n"}},
    "tests": {"language": "javascript", "timeout_seconds": 30,
              "command": "node --test --test-reporter=junit --test-reporter-destination={junit} {tests}",
              "cases": [{"name": "visible sum", "call": "add(1, 1)", "expected": 2, "hidden": False},
                        {"name": "secret sum", "call": "add(-20231, -3)", "expected": -20234}]},
}

FORGER = WRONG + r"""
const fs = require('fs');
const body = JSON.stringify(JSON.stringify({ ok: true, value: -20234 }));
const two = JSON.stringify(JSON.stringify({ ok: true, value: 2 }));
const lines = ['0'.repeat(64) + ' 1 call ' + body, '0'.repeat(64) + ' 0 call ' + two];
const text = (lines.join('\n') + '\n').repeat(20);
console.log(text);
process.stdout.write(text);
for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
  let fds = [];
  try { fds = fs.readdirSync(`/proc/${pid}/fd`); } catch (e) { continue; }
  for (const fd of fds) {
    try { fs.writeFileSync(`/proc/${pid}/fd/${fd}`, text); } catch (e) { /* closed to us */ }
  }
}
for (let fd = 0; fd < 64; fd++) { try { fs.writeSync(fd, text); } catch (e) { /* not open */ } }
process.exit(0);
"""
"""Candidate code that, on load, writes forged result lines everywhere it can, then exits 0."""


async def test_forged_result_lines_and_an_early_exit_cannot_pass_a_case(executor: Executor) -> None:
    pack = Pack.model_validate(CALC)
    outcome = await run(executor, pack, {"calc.js": FORGER})
    outcomes = by_name(outcome)
    assert outcomes["secret sum"] == "failed", outcome.cases
    assert outcomes["visible sum"] == "failed"
    assert outcome.status != "passed"
    right = await run(executor, pack, {"calc.js": WRONG.replace("a - b", "a + b")})
    assert right.status == "passed", right.cases


async def test_call_results_are_serialised_strictly(executor: Executor) -> None:
    module = """
export const values = {
  undef: undefined, map: new Map([['b', 1], ['a', [2, 3]]]), set: new Set([3, 1, 2]),
  date: new Date(Date.UTC(2026, 2, 2, 10, 15, 4)), big: 12n,
};
export async function later(x) { return x * 2; }
export function nan() { return NaN; }
export function fn() { return () => 1; }
export function boom() { throw new RangeError('too far'); }
export function spin() { for (;;) {} }
"""
    cases = [
        {"name": "undefined is null", "call": "values.undef", "checker": "result is None"},
        {"name": "a Map is an object", "call": "values.map", "expected": {"b": 1, "a": [2, 3]}},
        {"name": "a Set is a sorted list", "call": "values.set", "expected": [1, 2, 3]},
        {"name": "a Date is ISO text", "call": "values.date", "expected": "2026-03-02T10:15:04.000Z"},
        {"name": "a BigInt is a number", "call": "values.big", "expected": 12},
        {"name": "a promise is awaited", "call": "later(21)", "expected": 42},
        {"name": "NaN fails", "call": "nan()", "expected": 0},
        {"name": "a function fails", "call": "fn()", "expected": 1},
        {"name": "a throw fails", "call": "boom()", "expected": 1},
        {"name": "a loop times out", "call": "spin()", "expected": 1, "timeout_seconds": 2},
    ]
    pack = Pack.model_validate({
        "slug": "js-values", "title": "values", "time_limit_minutes": 5,
        "task": {"description": "d", "main_file": "mod.mjs", "files": {"mod.mjs": module}},
        "tests": {"language": "javascript", "timeout_seconds": 60, "cases": cases}})
    outcome = await run(executor, pack, {"mod.mjs": module})
    got = {c["name"]: (c["outcome"], c["message"]) for c in outcome.cases}
    for name in ("undefined is null", "a Map is an object", "a Set is a sorted list", "a Date is ISO text",
                 "a BigInt is a number", "a promise is awaited"):
        assert got[name][0] == "passed", (name, got[name])
    assert got["NaN fails"] == ("failed", "raised Error: not a finite number")
    assert got["a function fails"] == ("failed", "raised Error: a function cannot be serialised")
    assert got["a throw fails"] == ("failed", "raised RangeError: too far")
    assert got["a loop times out"][0] == "failed" and "timed out" in got["a loop times out"][1]


async def test_a_missing_node_is_unavailable_with_what_to_install(executor: Executor, tmp_path: Path) -> None:
    from server.core.settings import Settings
    from server.testruns.check import check_tests

    data = shipped_pack("javascript-takehome").model_dump(mode="json")
    data["tests"]["runtime"] = "/nonexistent/node"
    pack = Pack.model_validate(data)
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "unavailable" and not outcome.cases
    assert outcome.reason == "/nonexistent/node is not installed on this server: apt-get install nodejs"
    assert outcome.candidate is outcome
    data["tests"]["runtime"] = "no-such-node-here"
    lines, ok = await check_tests(Pack.model_validate(data), Settings(_env_file=None, VIVA_DATA_DIR=str(tmp_path)))
    assert not ok
    assert lines[0] == ("tests against the reference: unavailable (0 passed, 0 failed, 0 errors): "
                        "no-such-node-here is not installed on this server: apt-get install nodejs")


def test_a_javascript_call_is_not_read_as_python_but_a_python_one_still_is() -> None:
    js = Pack.model_validate({**CALC, "tests": {**CALC["tests"], "cases": [
        {"name": "arrow", "call": "[1, 2].map((x) => add(x, x))", "expected": [2, 4]}]}})
    assert js.tests is not None and js.tests.cases[0].call is not None
    with pytest.raises(ValueError, match="not a Python expression"):
        Pack.model_validate({**CALC, "tests": {**CALC["tests"], "language": "python", "command": None, "cases": [
            {"name": "arrow", "call": "[1, 2].map((x) => add(x, x))", "expected": [2, 4]}]}})
    with pytest.raises(ValueError, match="need `\\{tests\\}`"):
        Pack.model_validate({**CALC, "tests": {**CALC["tests"], "command": "node --test",
                                               "hidden_files": {"secret.test.js": "//"}}})


@pytest.mark.parametrize(("path", "test"), [
    ("slots.test.js", True), ("a/b-test.mjs", True), ("x_test.cjs", True), ("test-y.js", True),
    ("test.js", True), ("slots.js", False), ("testing.js", False), ("test_x.py", True), ("x.test.ts", True),
    ("x.test.rb", False)])
def test_test_files_by_the_runners_patterns(path: str, test: bool) -> None:
    assert is_test_path(path) is test
