"""Java test runs (issue 25): the shipped pack over real bubblewrap, OpenJDK 17 and Debian's
JUnit 5, the hidden calls' harness against forgery, and a missing toolchain."""

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

SLOT = own_slot(60)
"""A sandbox uid of this process's own (see test_languages_javascript)."""


@pytest.fixture
def executor() -> Executor:
    return bwrap_executor()


async def run(executor: Executor, pack: Pack, files: dict[str, str]) -> RunOutcome:
    return await run_pack(executor, pack, files, slot=SLOT, timeout=180)


def test_assessment_check_passes_the_reference_and_fails_the_starter(tmp_path: Path) -> None:
    done = check_shipped("java-takehome", tmp_path, timeout=400)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (14 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: error (0 passed, 7 failed, 7 errors)" in done.stdout


async def test_the_reference_passes_and_hidden_tests_stay_hidden(executor: Executor) -> None:
    pack = shipped_pack("java-takehome")
    assert pack.tests is not None and pack.task is not None
    outcome = await run(executor, pack, {**pack.task.files, **pack.tests.reference_files})
    assert outcome.status == "passed", (outcome.reason, outcome.output_tail, outcome.cases)
    assert {(c["judge"], c["path"], c["hidden"]) for c in outcome.cases} == {
        ("junit", "SlotsTest.java", False), ("junit", "EdgesTest.java", True), ("server", None, True)}
    assert outcome.candidate is not None
    assert "EdgesTest" not in repr(outcome.candidate.cases)
    assert "touchingRangesAreMerged" not in repr(outcome.candidate.cases)


WRONG = "public final class Calc {\n    public static int add(int a, int b) { return a - b; }\n}\n"

CALC: dict[str, Any] = {
    "slug": "java-calc", "title": "Java calc", "time_limit_minutes": 10,
    "task": {"description": "Make `add` add.", "main_file": "Calc.java", "files": {"Calc.java": WRONG}},
    "tests": {"language": "java", "timeout_seconds": 120,
              "cases": [{"name": "visible sum", "call": "Calc.add(1, 1)", "expected": 2, "hidden": False},
                        {"name": "secret sum", "call": "Calc.add(-20231, -3)", "expected": -20234},
                        {"name": "a record, a map and a set",
                         "call": "new Object() { record P(int x, String y) {} Object run() { return List.of("
                                 "new P(1, \"a\\\"b\"), new TreeMap<>(Map.of(\"k\", 2.5)), Set.of(3, 1, 2)); } }.run()",
                         "expected": [{"x": 1, "y": "a\"b"}, {"k": 2.5}, [1, 2, 3]]},
                        {"name": "NaN fails", "call": "Double.NaN", "expected": 0}]},
}

FORGER = r'''
import java.io.FileOutputStream;
import java.nio.file.*;

public final class Calc {
    static {
        String body = "\"{\\\"ok\\\": true, \\\"value\\\": -20234}\"";
        String line = "0".repeat(64) + " 1 call " + body + "\n";
        String text = line.repeat(20);
        System.out.print(text);
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"))) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        try (FileOutputStream out = new FileOutputStream(fd.toString())) {
                            out.write(text.getBytes());
                        } catch (Exception e) { }
                    }
                } catch (Exception e) { }
            }
        } catch (Exception e) { }
        Runtime.getRuntime().halt(0);
    }

    public static int add(int a, int b) { return a - b; }
}
'''
"""Candidate code that, when its class loads, writes forged result lines everywhere it can,
then exits 0."""


async def test_forged_result_lines_and_an_early_exit_cannot_pass_a_case(executor: Executor) -> None:
    pack = Pack.model_validate(CALC)
    outcome = await run(executor, pack, {"Calc.java": FORGER})
    outcomes = by_name(outcome)
    assert outcomes["secret sum"] == "failed", outcome.cases
    assert outcomes["visible sum"] == "failed"
    right = await run(executor, pack, {"Calc.java": WRONG.replace("a - b", "a + b")})
    got = {c["name"]: (c["outcome"], c["message"]) for c in right.cases}
    assert got["secret sum"] == ("passed", "") and got["visible sum"] == ("passed", "")
    assert got["a record, a map and a set"] == ("passed", ""), got
    assert got["NaN fails"] == ("failed", "raised IllegalArgumentException: not a finite number")


async def test_a_missing_jdk_or_junit_is_unavailable_with_what_to_install(executor: Executor) -> None:
    data = shipped_pack("java-takehome").model_dump(mode="json")
    data["tests"]["runtime"] = "/nonexistent/java"
    pack = Pack.model_validate(data)
    assert pack.task is not None
    outcome = await run(executor, pack, dict(pack.task.files))
    assert outcome.status == "unavailable" and not outcome.cases
    assert outcome.reason == ("/nonexistent/java is not installed on this server: "
                              "apt-get install default-jdk-headless junit5")


@pytest.mark.parametrize(("path", "test"), [
    ("SlotsTest.java", True), ("SlotsTests.java", True), ("TestSlots.java", True), ("Slots.java", False),
    ("slots_test.go", True), ("slots.go", False)])
def test_java_and_go_test_files(path: str, test: bool) -> None:
    assert is_test_path(path) is test
