"""A short program run once in the sandbox for what it prints: the fact a "what does this print"
answer is graded against (`POST /grade` with `code`).

The program is the question's, not an answer's: what it prints is a fact about it, as its syntax
tree is. It runs like any candidate code, in the same sandbox under smaller limits, with nothing
of the server's; the output it leaves (standard output and error, as a person running it sees
them) is kept only when the run ended by itself and a second run printed the same. A program
that reads input, runs too long, prints too much, prints differently each time (threads, clocks,
chance) or fails for want of a file or a network gives no output to grade against, and the
answer is graded without it.

Each language is run the way its own toolchain runs one file: `python3`, `node`, `tsc` then
`node`; `go build`, `javac`, `cc`, `c++` or `rustc`, then what it built. A snippet that does not
build gives nothing, and so does a language whose toolchain is missing.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from server.testruns.languages import SANDBOX_PATH, golang, java, javascript
from server.testruns.sandbox import Executor, SandboxLimits, run_directory

__all__ = ["Observed", "SnippetRunner", "program_for"]

LIMITS: Final = SandboxLimits(wall_seconds=30.0, cpu_seconds=30, memory_mb=512, processes=64,
                              output_bytes=64 * 1024, keep_bytes=64 * 1024, file_mb=32, tmp_mb=256,
                              disk_mb=64)
"""A snippet is a few dozen lines: a build and a run fit well within these (Go builds its
standard library into a cache on `/tmp` the first time)."""

MAX_CODE: Final = 20_000
"""Longer code is a program, not a snippet: it is not run."""

_CACHED: Final = 256
"""Snippets remembered with what they printed."""

BUILD_FAILED: Final = 97
"""The exit status of a run whose build failed: nothing ran, so nothing was printed."""

UNSTEADY: Final = 98
"""The exit status of a program that printed differently on two runs (threads, time, chance):
its output is not a fact about the code."""

_ELSEWHERE: Final = re.compile(
    r"No such file|FileNotFound|ENOENT|NoSuchFile|Connection refused|ECONNREFUSED|getaddrinfo|"
    r"Name or service not known|Temporary failure in name resolution|Network is unreachable|"
    r"ENETUNREACH|UnknownHostException|Permission denied|EACCES|dial tcp|"
    r"NameError|ModuleNotFoundError|ImportError|ReferenceError: \S+ is not defined|"
    r"Cannot find module|ERR_MODULE_NOT_FOUND|Could not find or load main class")
"""A failure that comes from outside the code: the sandbox (no files, no network: a snippet
that reads a file it describes, or calls a server) or what the snippet leaves out (a name
defined elsewhere, a package not installed). It printed what it would not where it belongs."""

_READS_ARGUMENTS: Final = re.compile(r"\bargs\s*\[|\bsys\.argv\s*\[|\bos\.Args\s*\[|"
                                     r"\bprocess\.argv\s*\[|\bargv\s*\[\s*[1-9]")
"""Code that reads its command-line arguments: run with none, a failure is the sandbox's (a
snippet's `main(args)` reading `args[0]`), not the code's."""

_JAVA_CLASS: Final = re.compile(r"^[ \t]*((?:public\s+)?)(?:(?:final|abstract|static)\s+)*"
                                r"(?:class|record|enum|interface)\s+([A-Za-z_$][\w$]*)", re.MULTILINE)
_JAVA_MAIN: Final = re.compile(r"\bstatic\s+void\s+main\s*\(")
_JAVA_INERT: Final = re.compile(r"\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|//[^\n]*|/\*.*?\*/",
                                re.DOTALL)
"""Strings, characters and comments: their braces are not the code's."""
_ESM: Final = re.compile(r"^\s*(?:import\s[^(]|export\s)", re.MULTILINE)
_TOOL_NOISE: Final = re.compile(rb"^Picked up (?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS):.*\n", re.MULTILINE)
"""What a runtime says about the sandbox's own settings, not about the program."""


@dataclass(frozen=True, slots=True)
class Program:
    """How one language runs one file: the file's name, how it is built (if it is) and run."""

    file: str
    run: str
    build: str = ""
    """A shell line that makes what `run` runs; its failure means nothing was run."""
    needs: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    address_mb: int = 0

    def command(self) -> str:
        """One shell script: the build, quiet (its failure exits BUILD_FAILED), then the program
        twice; two runs that print differently exit UNSTEADY, else the first run's output."""
        build = f"{{ {self.build} ; }} >/tmp/build.txt 2>&1 || exit {BUILD_FAILED}\n" \
            if self.build else ""
        return (f"{build}{self.run} >/tmp/1.txt 2>&1; echo $? >/tmp/1.rc\n"
                f"{self.run} >/tmp/2.txt 2>&1; echo $? >/tmp/2.rc\n"
                f"cmp -s /tmp/1.txt /tmp/2.txt && cmp -s /tmp/1.rc /tmp/2.rc || exit {UNSTEADY}\n"
                "cat /tmp/1.txt; exit \"$(cat /tmp/1.rc)\"")


@dataclass(frozen=True, slots=True)
class Observed:
    """What a snippet printed (standard output and error, in order) and how it ended."""

    output: str
    exit_code: int


def _javascript(code: str) -> Program:
    name = "main.mjs" if _ESM.search(code) else "main.js"
    return Program(name, f"node {name}", needs=("node",), env=javascript.env(LIMITS.memory_mb),
                   address_mb=javascript.ADDRESS_MB)


def _typescript(code: str) -> Program:
    del code
    # type errors still emit JavaScript (as `tsc` does by default): the run is what counts, so
    # the libraries' own declarations are not checked (half the build's time)
    return Program("main.ts", "node /tmp/out/main.js",
                   build="tsc --target es2020 --lib es2020,dom --skipLibCheck --outDir /tmp/out main.ts; "
                         "test -f /tmp/out/main.js",
                   needs=("tsc", "node"), env=javascript.env(LIMITS.memory_mb),
                   address_mb=javascript.ADDRESS_MB)


def _java_top_level(code: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, public) of each top-level type of a Java file, by brace depth with
    strings, characters and comments left out."""
    blank = _JAVA_INERT.sub(lambda m: " " * len(m.group(0)), code)
    depth_at, depth = [], 0
    for ch in blank:
        depth_at.append(depth)
        depth += (ch == "{") - (ch == "}")
    found = []
    for m in _JAVA_CLASS.finditer(blank):
        if depth_at[m.start(2)] != 0:
            continue
        opening = blank.find("{", m.end())
        end, level = len(blank), 0
        for k in range(max(opening, 0), len(blank)):
            level += (blank[k] == "{") - (blank[k] == "}")
            if level == 0:
                end = k
                break
        found.append((m.start(), end, m.group(2), bool(m.group(1))))
    return found


def _java(code: str) -> Program:
    classes = _java_top_level(code)
    main = _JAVA_MAIN.search(code)
    # the file is named after its public class; what runs is the top-level class around main
    runs = next((name for start, end, name, _ in classes
                 if main and start < main.start() < end), "Main")
    file = next((name for _, _, name, public in classes if public), runs)
    return Program(f"{file}.java", f"java -cp /tmp/classes {runs}",
                   build=f"javac -d /tmp/classes {file}.java", needs=("javac", "java"),
                   env=java.env(LIMITS.memory_mb), address_mb=java.ADDRESS_MB)


_PROGRAMS: Final[dict[str, Callable[[str], Program]]] = {
    "python": lambda _code: Program("main.py", "python3 -I main.py"),
    "javascript": _javascript,
    "typescript": _typescript,
    "go": lambda _code: Program("main.go", "/tmp/main", build="go build -o /tmp/main main.go",
                                needs=("go",), env=golang.env(LIMITS.memory_mb),
                                address_mb=golang.ADDRESS_MB),
    "java": _java,
    "c": lambda _code: Program("main.c", "/tmp/main", build="cc -std=c11 -o /tmp/main main.c -lm",
                               needs=("cc",)),
    "cpp": lambda _code: Program("main.cpp", "/tmp/main",
                                 build="c++ -std=c++17 -o /tmp/main main.cpp", needs=("c++",)),
    "rust": lambda _code: Program("main.rs", "/tmp/main",
                                  build="rustc --edition 2021 -o /tmp/main main.rs", needs=("rustc",)),
}


def program_for(code: str, language: str) -> Program | None:
    """How `code` in `language` is run, or None when the language is unknown or its toolchain
    is not on the sandbox's PATH (the system's, as the sandbox mounts only `/usr`)."""
    make = _PROGRAMS.get(language)
    if make is None:
        return None
    program = make(code)
    if any(shutil.which(tool, path=SANDBOX_PATH) is None for tool in program.needs):
        return None
    return program


class SnippetRunner:
    """Runs snippets in one executor's sandbox, one at a time per slot, remembering recent ones
    (the same question's code is graded once per answer)."""

    def __init__(self, executor: Executor, *, limits: SandboxLimits = LIMITS) -> None:
        self.executor = executor
        self.limits = limits
        self._seen: OrderedDict[str, Observed | None] = OrderedDict()

    async def observe(self, code: str, language: str, *, slot: int) -> Observed | None:
        """What `code` printed, or None when it could not be run or did not end by itself."""
        if not code.strip() or len(code) > MAX_CODE:
            return None
        key = hashlib.sha256(f"{language}\0{code}".encode()).hexdigest()
        if key in self._seen:  # a question's next answer: no toolchain lookup, no run
            self._seen.move_to_end(key)
            return self._seen[key]
        program = program_for(code, language)
        if program is None:
            return None
        observed = await self._run(code, program, slot)
        self._seen[key] = observed
        while len(self._seen) > _CACHED:
            self._seen.popitem(last=False)
        return observed

    async def _run(self, code: str, program: Program, slot: int) -> Observed | None:
        limits = replace(self.limits, address_mb=self.limits.memory_mb + program.address_mb) \
            if program.address_mb else self.limits
        async with run_directory(limits.disk_mb) as top:
            work = top / "work"
            work.mkdir()
            (work / program.file).write_text(code, encoding="utf-8")
            # stdin is empty, not the server's: a program that waits for input ends at once
            result = await self.executor.run(work, program.command(), limits, slot=slot, stdin=b"",
                                             env=program.env)
        if result.timed_out or result.output_exceeded or \
                result.exit_code in (None, BUILD_FAILED, UNSTEADY):
            return None
        text = _TOOL_NOISE.sub(b"", result.output).decode("utf-8", "replace")
        if result.exit_code != 0 and (_ELSEWHERE.search(text) or _READS_ARGUMENTS.search(code)):
            return None
        return Observed(text, result.exit_code)

