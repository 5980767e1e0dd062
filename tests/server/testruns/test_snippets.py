"""A question's snippet run for what it prints (`testruns/snippets.py`), in real bubblewrap: each
language the way its toolchain runs one file; nothing kept from a run that did not end by
itself, printed differently twice, failed to build, or failed for want of a file."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

import pytest

from server.testruns.sandbox import ExecResult, Executor, SandboxLimits
from server.testruns.snippets import LIMITS, SnippetRunner, program_for
from tests.support.languages import bwrap_executor, own_slot

SLOT = own_slot(58)


class Counting:
    """The real sandbox, counting the runs it was asked for."""

    name = "counting"

    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self.runs = 0

    async def run(self, workdir: Path, command: str, limits: SandboxLimits, *, slot: int = 0,
                  stdin: bytes | None = None, env: Mapping[str, str] | None = None) -> ExecResult:
        self.runs += 1
        return await self.executor.run(workdir, command, limits, slot=slot, stdin=stdin, env=env)


@pytest.fixture(scope="module")
def runner() -> SnippetRunner:
    return SnippetRunner(bwrap_executor())


PROGRAMS = {
    "python": "xs = [3, 1]\nxs.append(2)\nprint(sorted(xs), len(xs))\n",
    "javascript": "const xs = [10, 9, 1];\nxs.sort();\nconsole.log(xs.join(' '));\n",
    "typescript": ("function total(xs: number[]): number { return xs.reduce((a, b) => a + b, 0); }\n"
                   "console.log(total([1, 2, 3]));\n"),
    "go": ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3, 4}\n"
           "\th := s[:2]\n\th = append(h, 9)\n\tfmt.Println(s, len(h), cap(h))\n}\n"),
    "java": ("import java.util.*;\n\nclass Demo {\n    public static void main(String[] a) {\n"
             "        List<Integer> xs = new ArrayList<>(List.of(5, 1, 3));\n"
             "        xs.remove(1);\n        System.out.println(xs);\n    }\n}\n"),
    "c": "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 7 / 2); return 0; }\n",
    # a nested class declared before main: the top-level class around main runs
    "java-nested": ("public class Main {\n    static class Box { String s = \"}{\"; }\n\n"
                    "    public static void main(String[] a) {\n"
                    "        System.out.println(new Box().s);\n    }\n}\n"),
}
PRINTED = {"python": "[1, 2, 3] 3\n", "javascript": "1 10 9\n", "typescript": "6\n",
           "go": "[1 2 9 4] 3 4\n", "java": "[5, 3]\n", "c": "3\n", "java-nested": "}{\n"}


@pytest.mark.parametrize("language", sorted(PROGRAMS))
async def test_each_language_prints_what_its_toolchain_prints(runner: SnippetRunner,
                                                              language: str) -> None:
    toolchain = language.split("-")[0]
    if program_for(PROGRAMS[language], toolchain) is None:
        pytest.fail(f"no {toolchain} toolchain on the sandbox's PATH (.ci/run installs it)")
    seen = await runner.observe(PROGRAMS[language], toolchain, slot=SLOT)
    assert seen is not None
    assert (seen.output, seen.exit_code) == (PRINTED[language], 0)


async def test_an_exception_is_what_a_person_running_it_sees(runner: SnippetRunner) -> None:
    seen = await runner.observe("print('before')\n[1][3]\n", "python", slot=SLOT)
    assert seen is not None and seen.exit_code == 1
    assert seen.output.startswith("before\n") and "IndexError" in seen.output


@pytest.mark.parametrize(("code", "language"), [
    ("import random\nprint(random.random())\n", "python"),  # prints differently each run
    ("print(open('settings.json').read())\n", "python"),  # a file the snippet only describes
    ("console.log(require('fs').readFileSync('data.txt', 'utf8'))\n", "javascript"),
    ("package main\n\nfunc main() {\n\tfmt.Println(1)\n}\n", "go"),  # does not build
    ("class A { public static void main(String[] a) { int x = \"s\"; } }\n", "java"),
    # reads command-line arguments the sandbox does not give: the failure is no fact either
    ("import sys\nprint(int(sys.argv[1]) * 2)\n", "python"),
    ("", "python"),
    ("print(1)\n", "cobol"),
])
async def test_no_output_where_it_is_not_a_fact_about_the_code(runner: SnippetRunner, code: str,
                                                               language: str) -> None:
    assert await runner.observe(code, language, slot=SLOT) is None


async def test_a_snippet_that_never_ends_or_floods_gives_nothing() -> None:
    quick = SnippetRunner(bwrap_executor(), limits=dataclasses.replace(
        LIMITS, wall_seconds=3, cpu_seconds=3))
    assert await quick.observe("while True:\n    pass\n", "python", slot=SLOT) is None
    assert await quick.observe("while True:\n    print('x' * 1000)\n", "python", slot=SLOT) is None
    # input is empty, not the server's: a snippet that reads it ends at once
    seen = await quick.observe("import sys\nprint(repr(sys.stdin.read()))\n", "python", slot=SLOT)
    assert seen is not None and seen.output == "''\n"


async def test_the_same_snippet_runs_once() -> None:
    counting = Counting(bwrap_executor())
    runner = SnippetRunner(counting)
    first = await runner.observe("print(6 * 7)\n", "python", slot=SLOT)
    again = await runner.observe("print(6 * 7)\n", "python", slot=SLOT)
    other = await runner.observe("print(6 * 7)\n", "javascript", slot=SLOT)
    assert first == again and first is not None and first.output == "42\n"
    assert other is None  # not JavaScript's `print`: a ReferenceError names a missing piece
    assert counting.runs == 2
