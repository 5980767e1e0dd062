"""One test run, storage aside: files into fresh directories, the sandbox, the outcome.

Used by the server (`server.testruns.service`) and by `viva assessment check`, so both run a
pack's tests exactly the same way. A run is made of parts, each in its own fresh copy of the
workspace, so that nothing of a hidden part can reach what the candidate is shown:

- the visible part: the pack's visible test files (copied in last, from the pack, over
  whatever the candidate put there), the pack's command, and the visible `[[tests.cases]]`;
  this is all a candidate ever sees of any run;
- the hidden part (staff and final runs): the same plus the hidden test files, and the hidden
  cases; its results are for staff only.

Cases of `[[tests.cases]]` are judged by the server (`server.testruns.driver`): `judge` is
`server`. Cases read from the JUnit report were written by a process that also ran candidate
code: `judge` is `pytest`, and the console and report say such results can be influenced.
"""

from __future__ import annotations

import ast
import re
import secrets
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Final

from server.packs.model import Tests, is_test_path
from server.testruns.driver import DRIVER, RESULT_BYTES, driver_input, judge, read_frames
from server.testruns.junit import COLLECTION_FAILURE, Case, parse_junit, read_junit
from server.testruns.languages import Language, language_of, resolve_runtime
from server.testruns.sandbox import WORKDIR, ExecResult, Executor, SandboxLimits, run_directory
from viva.protocol import validate_path

__all__ = ["MAX_CASES", "RUN_DIR_PREFIX", "RunOutcome", "declared_at", "limits_for", "module_of", "outcome_of",
           "pack_test_files", "place", "run_tests_in_sandbox", "write_tree"]

OUTPUT_TAIL: Final = 4000
"""Characters of the output's end kept with a run."""

MAX_CASES: Final = 500
"""Most test cases a report may list; a longer one is an error, not stored."""

MESSAGE_BUDGET: Final = 64_000
"""Characters of failure messages kept per run part, all cases together."""

PYTEST_ENV: Final = {
    "PYTEST_ADDOPTS": f"-c /dev/null --rootdir={WORKDIR} --noconftest -p no:cacheprovider",
    "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    "PYTHONSAFEPATH": "1",
}
"""pytest without the candidate's conftest, ini files, plugins or a shadowing `pytest.py`."""

RUN_DIR_PREFIX: Final = "viva-run-"
"""Run directories are `viva-run-<server pid>-<random>` in the temp dir (a restart removes a
dead process's)."""

_ORDER: Final = ("unavailable", "timeout", "error", "failed", "passed")


@dataclass(slots=True)
class RunOutcome:
    """What a run found: its status, every case (`hidden` marked), counts and the output's end.

    `candidate` is the visible part alone: what the candidate may see of this run.
    """

    status: str
    cases: list[dict[str, Any]] = field(default_factory=list)
    duration_ms: int = 0
    output_tail: str = ""
    reason: str = ""
    candidate: RunOutcome | None = None

    def counts(self, cases: list[dict[str, Any]] | None = None) -> tuple[int, int, int]:
        """Passed, failed and errored cases (of `cases`, default all)."""
        chosen = self.cases if cases is None else cases
        return (sum(c["outcome"] == "passed" for c in chosen),
                sum(c["outcome"] == "failed" for c in chosen),
                sum(c["outcome"] == "error" for c in chosen))


def limits_for(tests: Tests, *, timeout: float, memory_mb: int) -> SandboxLimits:
    """The server's limits, lowered (never raised) by the pack's."""
    wall = min(timeout, tests.timeout_seconds or timeout)
    memory = min(memory_mb, tests.memory_mb or memory_mb)
    return SandboxLimits(wall_seconds=wall, cpu_seconds=max(1, int(wall)), memory_mb=memory)


def pack_test_files(starter: Mapping[str, str]) -> dict[str, str]:
    """The pack's visible test files among its starter files."""
    return {p: text for p, text in starter.items() if is_test_path(p)}


def _skipped(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return "__pycache__" in parts or path.endswith((".pyc", ".pyo"))


def write_tree(root: Path, files: Mapping[str, str]) -> None:
    """Write `files` under `root`; paths are checked again, since they come from storage.

    A path another file or directory of the tree blocks is skipped; compiled caches are never
    written (a stale `.pyc` must not stand in for a pack's test file).
    """
    for raw, text in files.items():
        if _skipped(raw):
            continue
        path = root / validate_path(raw)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except (NotADirectoryError, IsADirectoryError, FileExistsError):
            continue


def place(root: Path, files: Mapping[str, str]) -> None:
    """Write the pack's own files last, removing whatever of the candidate's is in their way."""
    for raw, text in files.items():
        rel = PurePosixPath(validate_path(raw))
        current = root
        for part in rel.parts[:-1]:
            current = current / part
            if current.is_symlink() or (current.exists() and not current.is_dir()):
                current.unlink()
            current.mkdir(exist_ok=True)
        target = root / rel
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.is_symlink() or target.exists():
            target.unlink()
        target.write_text(text, encoding="utf-8")


def collected(source: str) -> set[str] | None:
    """The test names pytest collects from a pack's test file by default, or None if unparsable."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            names |= {f.name for f in node.body
                      if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name.startswith("test")}
    return names


def _path_of(case: Case, known: Mapping[str, object]) -> str | None:
    """A case's file: the report's, or the pack's file its classname names (`pkg.test_mod.Cls`)."""
    if case.path in known:
        return case.path
    classname = case.classname or ""
    for path in known:
        module = path[:-3].replace("/", ".")
        if classname == module or classname.startswith(module + "."):
            return path
    return case.path


def _within_budget(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cases with their messages cut to the run's budget: what is stored and sent stays small."""
    left = MESSAGE_BUDGET
    for case in cases:
        message = str(case.get("message") or "")
        if len(message) > left:
            case["message"] = message[:max(0, left)] + ("… (cut: the run's messages are over budget)"
                                                        if left > 0 else "(cut: the run's messages are over budget)")
        left -= len(message)
    return cases


def status_of(result: ExecResult, cases: list[dict[str, Any]] | None) -> tuple[str, str]:
    """The run's status and, when the cases do not tell it, why."""
    if result.timed_out:
        return "timeout", "the tests ran past their time limit and were stopped"
    if result.memory_exceeded:
        return "error", "the run's processes together used more memory than allowed and were stopped"
    if result.output_exceeded:
        return "error", "the tests wrote more output than allowed and were stopped"
    if result.signal is not None:
        if result.signal in (9, 24):  # SIGKILL from RLIMIT_CPU's hard limit, or SIGXCPU
            return "timeout", "the tests used up their CPU time and were stopped"
        return "error", f"the test command was killed by signal {result.signal}"
    if cases:
        if any(c["outcome"] == "failed" for c in cases):
            return "failed", ""
        if any(c["outcome"] == "error" for c in cases):
            return "error", ""
        return ("passed", "") if result.exit_code == 0 else \
            ("error", f"every test passed but the command exited with {result.exit_code}")
    if result.exit_code == 0:
        return "passed", ("only the command's exit status says so (no per-test report); "
                          "candidate code can influence it")
    return "failed", f"the test command exited with {result.exit_code}"


def outcome_of(result: ExecResult, report: bytes | None, hidden: set[str], *,
               expected: Mapping[str, set[str] | None] | None = None, keep_hidden_only: bool = False,
               junit: bool = True, judge: str = "pytest", default_path: str | None = None,
               all_hidden: bool = False, parse: Callable[[bytes], list[Case] | None] = parse_junit,
               paths_by_test: Mapping[str, str] | None = None) -> RunOutcome:
    """Turn an executor's result and the JUnit report into an RunOutcome.

    With `junit`, a missing or unreadable report, or one that does not list exactly the pack's
    tests (`expected`, names per file), is an error: the exit status never decides alone.

    Another runner's report (node --test's, go test's) names no file: a case's file is the pack
    file declaring its top-level test (`paths_by_test`), else `default_path`; with
    `all_hidden`, every case of the report is a hidden one (the command ran hidden files only).
    """
    tail = result.output.decode("utf-8", "replace")[-OUTPUT_TAIL:]

    def done(status: str, reason: str, cases: list[dict[str, Any]] | None = None) -> RunOutcome:
        return RunOutcome(status=status, cases=_within_budget(cases or []), duration_ms=result.duration_ms,
                       output_tail=tail, reason="; ".join(r for r in (reason, result.note) if r))

    if result.timed_out or result.output_exceeded or result.signal is not None or result.memory_exceeded:
        return done(*status_of(result, None))
    if not junit:
        return done(*status_of(result, None))
    parsed = parse(report) if report is not None else None
    if parsed is None:
        return done("error", "the test report is missing or unreadable (the command exited with "
                             f"{result.exit_code}); a run is never passed on its exit status alone")
    if len(parsed) > MAX_CASES:
        return done("error", f"the test report lists {len(parsed)} tests, more than the {MAX_CASES} kept")
    known = expected or {}
    keys = [(c.classname or c.name).split("$", 1)[0] for c in parsed]  # a top-level test or class
    cases = [{"name": c.name, "outcome": c.outcome, "message": c.message,
              "path": _path_of(c, known) if judge == "pytest" else
              (paths_by_test or {}).get(key, default_path), "line": c.line,
              "judge": judge} for c, key in zip(parsed, keys, strict=True)]
    for case in cases:
        case["hidden"] = all_hidden or case["path"] in hidden
    for path, names in known.items():
        if names is None:
            continue
        if judge != "pytest":  # a test binary that stopped early never reports the tests after
            listed = {key for c, key in zip(cases, keys, strict=False) if c["path"] == path}
            cases += [{"name": name, "outcome": "failed", "path": path, "line": None, "judge": judge,
                       "hidden": all_hidden or path in hidden,
                       "message": "did not run: the tests stopped before it (a panic, a crash or an exit)"}
                      for name in sorted(names - listed)]
            continue
        broken = _collection_failure(cases, path)
        if broken is not None:
            # the file could not be imported (the candidate's module lacks a name it needs):
            # each of its tests is an error, none passes, and the reason says why
            cases = [c for c in cases if c is not broken] + [
                {"name": name, "outcome": "error", "path": path, "line": None, "judge": judge,
                 "hidden": path in hidden, "message": f"not run: {path} could not be imported "
                                                      f"({broken['message']})"}
                for name in sorted(names)]
            continue
        listed = {str(c["name"]).split("[", 1)[0] for c in cases if c["path"] == path}
        if listed != names:
            missing, extra = sorted(names - listed), sorted(listed - names)
            detail = "; ".join(part for part in (
                f"missing {', '.join(missing[:5])}" if missing else "",
                f"not the pack's {', '.join(extra[:5])}" if extra else "") if part)
            return done("error", f"the test report does not list exactly the tests of {path} "
                                 f"({detail}): it cannot be trusted")
    if keep_hidden_only:
        cases = [c for c in cases if c["hidden"]]
    status, reason = status_of(result, cases)
    return done(status, reason, cases)


def _collection_failure(cases: list[dict[str, Any]], path: str) -> dict[str, Any] | None:
    """pytest's case for a test file it could not import (`tests/test_x.py` is named
    `tests.test_x`), if the report has one."""
    module = path.removesuffix(".py").replace("/", ".")
    return next((c for c in cases if c["outcome"] == "error" and c["name"] == module
                 and str(c["message"]).startswith(COLLECTION_FAILURE)), None)


async def _pytest_part(executor: Executor, work: Path, tests: Tests, limits: SandboxLimits, slot: int,
                       protected: Mapping[str, str], hidden: bool, language: Language) -> RunOutcome:
    name = f".viva-junit-{secrets.token_hex(8)}.xml"
    command = (tests.command or "").replace("{junit}", f"{WORKDIR}/{name}")
    # `{tests}`: the part's own pack test files, for runners whose report names no file
    listed = sorted(tests.hidden_files) if hidden else sorted(p for p in protected if is_test_path(p))
    command = command.replace("{tests}", " ".join(shlex.quote(p) for p in listed))
    # `python -m pytest` must not find a `pytest.py` of the candidate's; a pack's own script
    # (`python run_tests.py`) still needs its folder on sys.path
    env = PYTEST_ENV if "pytest" in command else {k: v for k, v in PYTEST_ENV.items() if k != "PYTHONSAFEPATH"}
    result = await executor.run(work, command, limits, slot=slot, env={**env, **language.env(limits.memory_mb)})
    junit = "{junit}" in (tests.command or "")
    report = read_junit(work / name) if junit else None
    expected: dict[str, set[str] | None] = {p: collected(text) for p, text in protected.items()
                                            if p.endswith(".py")}
    by_list = "{tests}" in (tests.command or "")
    names = language.test_names
    paths_by_test = {name: path for path, text in protected.items() if is_test_path(path)
                     for name in (names(text) if names is not None else ())}
    if names is not None:  # every test a pack file declares is a case: run, or failed for not running
        expected = {p: names(text) for p, text in protected.items() if is_test_path(p)}
    return outcome_of(result, report, set(tests.hidden_files) if hidden else set(),
                      expected=expected, keep_hidden_only=hidden, junit=junit, judge=language.judge,
                      default_path=listed[0] if by_list and len(listed) == 1 else None,
                      all_hidden=hidden and by_list, parse=language.parse, paths_by_test=paths_by_test)


async def _cases_part(executor: Executor, work: Path, tests: Tests, limits: SandboxLimits, slot: int,
                      module: str, hidden: bool, language: Language, runtime: str) -> RunOutcome:
    chosen = [c for c in tests.cases if c.hidden == hidden]
    child = language.child(runtime, limits.memory_mb) if language.child is not None else None
    prepare = None
    if language.prepare is not None and any(c.call is not None for c in chosen):
        prepare = {**language.prepare(chosen), "timeout": limits.wall_seconds}
        argv = list(prepare["argv"])  # type: ignore[call-overload]
        prepare["argv"] = [runtime if argv[0] == language.runtime else argv[0], *argv[1:]]
    data, key = driver_input(tests, chosen, module, child, prepare)
    wall = min(limits.wall_seconds, sum(c.timeout_seconds for c in chosen) + 10)
    budget = RESULT_BYTES * 2 * len(chosen) + 65536
    run_limits = SandboxLimits(wall_seconds=wall, cpu_seconds=limits.cpu_seconds, memory_mb=limits.memory_mb,
                        processes=limits.processes, output_bytes=budget, keep_bytes=budget,
                        file_mb=limits.file_mb, tmp_mb=limits.tmp_mb, address_mb=limits.address_mb)
    command = f"exec {shlex.quote(sys.executable)} -I -c {shlex.quote(DRIVER)}"
    result = await executor.run(work, command, run_limits, slot=slot, stdin=data,
                                env=language.env(limits.memory_mb))
    frames = read_frames(result.output, key)
    verdicts = judge(chosen, frames)
    cases = [{"name": v.name, "outcome": v.outcome, "message": v.message, "path": None, "line": None,
              "hidden": v.hidden, "judge": "server"} for v in verdicts]
    status, reason = status_of(ExecResult(exit_code=0, output=b"", duration_ms=0), cases)
    if result.timed_out:
        reason = "the cases ran past their time limit; those without a result failed"
    elif result.memory_exceeded:
        reason = "the cases' processes together used more memory than allowed; those without a result failed"
    elif chosen and not frames:
        # no case reported at all: the driver itself did not run (its own error is its output;
        # the candidate's code writes nowhere the driver reads)
        ended = f"exit {result.exit_code}" if result.exit_code is not None else \
            f"signal {result.signal}" if result.signal else "no exit status"
        said = result.output.decode("utf-8", "replace").strip()[-300:]
        reason = f"no case reported a result: the case driver ended ({ended}) before any" + \
            (f": {said}" if said else "")
    reason = "; ".join(r for r in (reason, result.note) if r)
    return RunOutcome(status=status, cases=cases, duration_ms=result.duration_ms, reason=reason)


def _merge(parts: list[RunOutcome]) -> RunOutcome:
    if not parts:
        return RunOutcome(status="passed", reason="nothing to run in this part: the pack's tests are all hidden")
    status = min((p.status for p in parts), key=lambda s: _ORDER.index(s) if s in _ORDER else 0,
                 default="passed")
    return RunOutcome(status=status, cases=[c for p in parts for c in p.cases],
                   duration_ms=sum(p.duration_ms for p in parts),
                   output_tail="\n".join(p.output_tail for p in parts if p.output_tail)[-OUTPUT_TAIL:],
                   reason="; ".join(p.reason for p in parts if p.reason))


async def _part(executor: Executor, files: Mapping[str, str], tests: Tests, limits: SandboxLimits, *,
                slot: int, protected: Mapping[str, str], module: str, hidden: bool,
                language: Language, runtime: str) -> RunOutcome:
    parts: list[RunOutcome] = []
    async with run_directory(limits.disk_mb) as top:
        if tests.command:
            work = top / "pytest"
            work.mkdir()
            write_tree(work, files)
            place(work, protected)
            parts.append(await _pytest_part(executor, work, tests, limits, slot, protected, hidden, language))
        if any(c.hidden == hidden for c in tests.cases):
            work = top / "cases"  # a fresh copy: nothing the pytest part's code wrote carries over
            work.mkdir()
            write_tree(work, files)
            place(work, protected)
            parts.append(await _cases_part(executor, work, tests, limits, slot, module, hidden,
                                           language, runtime))
    outcome = _merge(parts)
    run = {**files, **protected}
    for case in outcome.cases:
        # JUnit, go test and the JavaScript runners report no line: the test's own is found
        # in its file as it was run
        if not case.get("line") and case.get("path") in run:
            case["line"] = declared_at(run[case["path"]], str(case["name"]))
    return outcome


def declared_at(text: str, name: str) -> int | None:
    """The line where a test of this name is declared in its file's text (None when not
    found): a function or method of the name (`func TestX(`, `void x()`, `def test_x(`), else
    a JavaScript test named by the string (`test('adds up', ...)`)."""
    base = re.escape(name.split("[", 1)[0].split("(", 1)[0].split("/", 1)[0].rsplit(".", 1)[-1])
    if not base:
        return None
    for pattern in (rf"\b{base}\s*\(", rf"""\b(?:it|test|describe)\s*\(\s*['"`]{base}['"`]"""):
        found = re.search(pattern, text)
        if found is not None:
            return text.count("\n", 0, found.start()) + 1
    return None


def module_of(tests: Tests, main_file: str | None) -> str:
    """The module `call` cases run against: `[tests] module`, else the main file's (Python: its
    dotted name; another language: its path)."""
    if tests.language != "python":
        extensions = language_of(tests.language).extensions
        source = tests.module or (main_file if main_file and main_file.endswith(extensions)
                                  else "solution" + extensions[0])
        convert = language_of(tests.language).module_path
        return convert(source) if convert is not None else source
    if tests.module:
        return tests.module
    if main_file and main_file.endswith(".py"):
        return main_file[:-3].replace("/", ".")
    return "solution"


async def run_tests_in_sandbox(executor: Executor, files: Mapping[str, str], tests: Tests,
                               limits: SandboxLimits, *, include_hidden: bool, slot: int = 0,
                               starter: Mapping[str, str] | None = None,
                               main_file: str | None = None) -> RunOutcome:
    """Run `tests` against `files` (the workspace); each part in a fresh directory removed after.

    `starter` is the pack's starter files: its test files are copied in over the candidate's.
    """
    language = language_of(tests.language)
    runtime, missing = resolve_runtime(language, tests.runtime)
    if runtime is None:
        unavailable = RunOutcome(status="unavailable", reason=missing)
        unavailable.candidate = unavailable
        return unavailable
    if language.address_mb:
        limits = replace(limits, address_mb=limits.memory_mb + language.address_mb)
    visible_tests = pack_test_files(starter or {})
    module = module_of(tests, main_file)
    visible = await _part(executor, files, tests, limits, slot=slot, protected=visible_tests,
                          module=module, hidden=False, language=language, runtime=runtime)
    if not include_hidden or not (tests.hidden_files or any(c.hidden for c in tests.cases)):
        visible.candidate = visible
        return visible
    shown = RunOutcome(status=visible.status, cases=visible.cases, duration_ms=visible.duration_ms,
                    output_tail=visible.output_tail, reason=visible.reason)
    secret = await _part(executor, files, tests, limits, slot=slot,
                         protected={**visible_tests, **tests.hidden_files}, module=module, hidden=True,
                         language=language, runtime=runtime)
    whole = _merge([visible, secret])
    whole.candidate = shown
    return whole

