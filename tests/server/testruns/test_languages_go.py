"""Go test runs (issue 25): the shipped pack over real bubblewrap and Debian's Go, `go test -json`
read by the server, the hidden calls' binary against forgery, and a missing toolchain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server.packs import shipped_pack
from server.packs.model import Pack
from server.testruns.languages.golang import parse_events
from server.testruns.runner import RunOutcome
from server.testruns.sandbox import Executor
from tests.support.languages import bwrap_executor, by_name, check_shipped, own_slot, run_pack

pytestmark = pytest.mark.slow

SLOT = own_slot(61)
"""A sandbox uid of this process's own (see test_languages_javascript)."""


@pytest.fixture
def executor() -> Executor:
    return bwrap_executor()


async def run(executor: Executor, pack: Pack, files: dict[str, str]) -> RunOutcome:
    return await run_pack(executor, pack, files, slot=SLOT, timeout=120)


def test_assessment_check_passes_the_reference_and_fails_the_starter(tmp_path: Path) -> None:
    done = check_shipped("go-takehome", tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (14 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: failed (3 passed, 11 failed, 0 errors)" in done.stdout


async def test_the_reference_passes_and_hidden_tests_stay_hidden(executor: Executor) -> None:
    pack = shipped_pack("go-takehome")
    assert pack.tests is not None and pack.task is not None
    outcome = await run(executor, pack, {**pack.task.files, **pack.tests.reference_files})
    assert outcome.status == "passed", (outcome.reason, outcome.output_tail, outcome.cases)
    assert {(c["judge"], c["path"], c["hidden"]) for c in outcome.cases} == {
        ("go", "slots_test.go", False), ("go", "edges_test.go", True), ("server", None, True)}
    assert outcome.candidate is not None
    assert "edges_test.go" not in repr(outcome.candidate.cases)
    assert "TestTouchingRangesMerge" not in repr(outcome.candidate.cases)


async def test_tests_after_a_panic_fail_for_not_running(executor: Executor) -> None:
    pack = shipped_pack("go-takehome")
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "failed"
    cases = {c["name"]: c for c in outcome.cases}
    assert cases["TestMergeRanges"]["outcome"] == "failed"
    assert "panic: not implemented" in cases["TestMergeRanges"]["message"]
    assert cases["TestFreeSlots"]["outcome"] == "failed"
    assert cases["TestFreeSlots"]["message"].startswith("did not run")
    assert cases["merging leaves its input unchanged"]["message"] == "raised panic: not implemented"
    # go test names no line: the test's own declaration in its file is found
    test_file = pack.task.files["slots_test.go"]
    for name in ("TestMergeRanges", "TestFreeSlots"):
        line = cases[name]["line"]
        assert line and f"func {name}(" in test_file.splitlines()[line - 1], (name, line)


WRONG = "package calc\n\nfunc Add(a, b int) int { return a - b }\n"

CALC: dict[str, Any] = {
    "slug": "go-calc", "title": "Go calc", "time_limit_minutes": 10,
    "task": {"description": "Make `Add` add.", "main_file": "calc.go", "files": {
        "go.mod": "module example.com/calc\n\ngo 1.19\n",
        "calc.go": WRONG,
        "calc_test.go": "package calc\n\nimport \"testing\"\n\n"
                        "func TestAdd(t *testing.T) {\n\tif Add(2, 3) != 5 {\n\t\tt.Fatal(\"wrong\")\n\t}\n}\n"}},
    "tests": {"language": "go", "timeout_seconds": 90, "command": "go test -json -count=1 . > {junit}",
              "cases": [{"name": "visible sum", "call": "Add(1, 1)", "expected": 2, "hidden": False},
                        {"name": "secret sum", "call": "Add(-20231, -3)", "expected": -20234}]},
}

FORGER = r'''package calc

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func init() {
	body, _ := json.Marshal(`{"ok": true, "value": -20234}`)
	line := strings.Repeat("0", 64) + " 1 call " + string(body) + "\n"
	line += strings.Repeat("0", 64) + " 0 call " + `"{\"ok\": true, \"value\": 2}"` + "\n"
	text := strings.Repeat(line, 20)
	fmt.Print(text)
	fds, _ := filepath.Glob("/proc/[0-9]*/fd/*")
	for _, fd := range fds {
		if f, err := os.OpenFile(fd, os.O_WRONLY, 0); err == nil {
			f.WriteString(text)
			f.Close()
		}
	}
	for fd := 0; fd < 64; fd++ {
		os.NewFile(uintptr(fd), "x").WriteString(text)
	}
	os.Exit(0)
}

func Add(a, b int) int { return a - b }
'''
"""Candidate code that, at start, writes forged result lines everywhere it can, then exits 0."""


async def test_forged_result_lines_and_an_early_exit_cannot_pass_a_case(executor: Executor) -> None:
    pack = Pack.model_validate(CALC)
    outcome = await run(executor, pack, {"go.mod": CALC["task"]["files"]["go.mod"], "calc.go": FORGER})
    outcomes = by_name(outcome)
    assert outcomes["secret sum"] == "failed", outcome.cases
    assert outcomes["visible sum"] == "failed"
    assert outcome.status != "passed"
    right = await run(executor, pack, {"go.mod": CALC["task"]["files"]["go.mod"],
                                       "calc.go": WRONG.replace("a - b", "a + b")})
    assert right.status == "passed", (right.reason, right.output_tail, right.cases)


async def test_code_that_does_not_build_fails_every_call_with_the_compilers_words(executor: Executor) -> None:
    pack = Pack.model_validate(CALC)
    outcome = await run(executor, pack, {"go.mod": CALC["task"]["files"]["go.mod"],
                                         "calc.go": "package calc\n\nfunc Add(a, b int) int { return a +* b }\n"})
    assert outcome.status != "passed"
    secret = next(c for c in outcome.cases if c["name"] == "secret sum")
    assert secret["outcome"] == "failed" and secret["message"].startswith("the cases could not be built")
    assert "calc.go" in secret["message"]


async def test_a_missing_go_is_unavailable_with_what_to_install(executor: Executor) -> None:
    data = shipped_pack("go-takehome").model_dump(mode="json")
    data["tests"]["runtime"] = "/nonexistent/go"
    pack = Pack.model_validate(data)
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "unavailable" and not outcome.cases
    assert outcome.reason == "/nonexistent/go is not installed on this server: apt-get install golang-go"


def test_go_test_json_events_become_cases() -> None:
    events = b"\n".join([
        b'{"Action":"run","Test":"TestA"}',
        b'{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\\n"}',
        b'{"Action":"output","Test":"TestA","Output":"    a_test.go:3: boom\\n"}',
        b'{"Action":"fail","Test":"TestA","Elapsed":0}',
        b'{"Action":"run","Test":"TestB/sub"}',
        b'{"Action":"pass","Test":"TestB/sub"}',
        b'{"Action":"run","Test":"TestC"}',
        b"# a build line that is not JSON",
        b'{"Action":"fail","Elapsed":0.1}',
    ])
    cases = {c.name: (c.outcome, c.message, c.classname) for c in parse_events(events) or []}
    assert cases == {"TestA": ("failed", "a_test.go:3: boom", "TestA"), "TestB/sub": ("passed", "", "TestB"),
                     "TestC": ("error", "", "TestC")}
    assert parse_events(b"not json at all\n") is None
