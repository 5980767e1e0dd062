"""The parts of server-decided verdicts on their own: the checker language, the pack's cases,
the driver's framing, JUnit read with defusedxml, and candidate text made inert."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from server.packs.checker import CheckerError, compile_checker, evaluate
from server.packs.model import Pack, Tests, blocked_by, reserved_paths
from server.testruns.driver import judge, read_frames
from server.testruns.junit import parse_junit
from viva.inert import inert, inert_line


@pytest.mark.parametrize(("checker", "result", "holds"), [
    ("result is None", None, True),
    ("len(result) == 2 and result[0] < result[1]", [1, 3], True),
    ("sorted(result) == ['a', 'b']", {"b": 1, "a": 2}, True),
    ("isclose(result['x'], 1 / 3)", {"x": 0.3333333333333333}, True),
    ("min(result) >= 0", [0, 1, 2], True),
    ("result['k'] if 'k' in result else False", {"j": 1}, False),
    ("result[1:] == [2, 3]", [1, 2, 3], True),
])
def test_the_checker_language_evaluates_json_results(checker: str, result: Any, holds: bool) -> None:
    assert evaluate(checker, result) is holds


@pytest.mark.parametrize("checker", [
    "result.__class__", "().__class__.__bases__", "__import__('os').system('true')", "open('/etc/passwd')",
    "[x for x in result]", "lambda: 1", "result ** 2", "getattr(result, 'x')", "exec('1')", "(x := 1)",
    "len(result, key=print)",
])
def test_the_checker_language_refuses_everything_else(checker: str) -> None:
    with pytest.raises(CheckerError):
        compile_checker(checker)


def test_a_huge_result_cannot_make_the_checker_build_a_huge_value() -> None:
    with pytest.raises(CheckerError):
        evaluate("'x' * result == ''", 10**12)
    with pytest.raises(CheckerError):
        evaluate("result['missing'] == 1", {})


def _pack(cases: list[dict[str, Any]], **tests: Any) -> Pack:
    return Pack.model_validate({"slug": "p", "title": "P", "time_limit_minutes": 5,
                                "tests": {"cases": cases, **tests}})


@pytest.mark.parametrize(("case", "words"), [
    ({"name": "a", "call": "f(1)", "stdin": "1", "expected": 1}, "exactly one of `call` and `stdin`"),
    ({"name": "a", "call": "f(1)"}, "needs `expected` or `checker`"),
    ({"name": "a", "call": "f(1)", "expected": 1, "checker": "result == 1"}, "not both"),
    ({"name": "a", "call": "f(1)", "checker": "result.real"}, "may not use Attribute"),
    ({"name": "a", "call": "f(", "expected": 1}, "not a Python expression"),
    ({"name": "a", "stdin": "x", "expected": "y"}, "need `[tests] program`"),
    ({"name": "a\x1b[2J", "call": "f()", "expected": 1}, "should match pattern"),
])
def test_a_pack_case_with_a_mistake_is_refused_with_its_reason(case: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError) as err:
        _pack([case])
    assert words in str(err.value)


def test_a_stored_pack_round_trips_with_its_cases() -> None:
    pack = _pack([{"name": "none", "call": "f()", "checker": "result is None"},
                  {"name": "null expected", "call": "g()", "expected": None}])
    again = Pack.model_validate(pack.model_dump(mode="json"))
    assert again.tests is not None and [c.checker for c in again.tests.cases] == ["result is None", None]


def test_reserved_paths_block_what_would_stand_in_a_visible_test_files_way() -> None:
    pack = Pack.model_validate({"slug": "p", "title": "P", "time_limit_minutes": 5,
                                "task": {"description": "d", "files": {"tests/test_a.py": "", "a.py": ""}},
                                "tests": {"command": "true", "hidden_files": {"test_h.py": ""}}})
    reserved = reserved_paths(pack)
    starter = pack.task.files if pack.task else {}
    assert reserved == {"tests/test_a.py"}
    # a hidden file's path is taken like any other: a refusal would confirm a guess of it
    assert blocked_by("test_h.py", reserved, starter) is None
    assert blocked_by("test_h.py/x", reserved, starter) is None
    assert blocked_by("tests", reserved, starter) == "tests/test_a.py"
    assert blocked_by("tests/test_a.py/x", reserved, starter) == "tests/test_a.py"
    assert blocked_by("tests/test_a.py", reserved, starter) is None  # editing a visible test
    assert blocked_by("tests/test_b.py", reserved, starter) is None
    assert blocked_by("a.py", reserved, starter) is None


def test_a_run_places_the_packs_files_over_whatever_the_candidate_put_in_their_way(
        tmp_path: Path) -> None:
    """What a candidate wrote at a hidden file's path (a file, a folder, a symlink out of the
    workspace) is removed before the pack's copy is written there."""
    from server.testruns.runner import place

    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "work"
    (root / "test_h.py" / "sub").mkdir(parents=True)  # a folder where the hidden file goes
    (root / "test_h.py" / "sub" / "x.py").write_text("forged")
    (root / "checks").write_text("a file where a hidden folder goes")
    (root / "deep").symlink_to(outside, target_is_directory=True)
    place(root, {"test_h.py": "hidden = 1\n", "checks/test_c.py": "c = 1\n",
                 "deep/test_d.py": "d = 1\n"})
    assert (root / "test_h.py").read_text() == "hidden = 1\n"
    assert (root / "checks" / "test_c.py").read_text() == "c = 1\n"
    assert not (root / "deep").is_symlink() and (root / "deep" / "test_d.py").read_text() == "d = 1\n"
    assert list(outside.iterdir()) == []  # nothing written through the candidate's symlink


def _frame(key: bytes, body: str) -> bytes:
    return f"{hmac.new(key, body.encode(), hashlib.sha256).hexdigest()} {body}\n".encode()


def test_only_lines_with_the_runs_key_count_and_the_first_one_wins() -> None:
    key, other = b"k" * 32, b"o" * 32
    tests = Tests.model_validate({"cases": [{"name": "a", "call": "f()", "expected": 3},
                                            {"name": "b", "call": "g()", "expected": 4}]})
    good = json.dumps(json.dumps({"ok": True, "value": 3}))
    forged = json.dumps(json.dumps({"ok": True, "value": 4}))
    output = (_frame(other, f"1 call {forged}") + b"0" * 64 + f" 1 call {forged}\n".encode()
              + _frame(key, f"0 call {good}") + _frame(key, f"0 call {forged}"))
    verdicts = judge(tests.cases, read_frames(output, key))
    assert [(v.name, v.outcome) for v in verdicts] == [("a", "passed"), ("b", "failed")]
    spliced = _frame(key, f"0 call {good}").replace(b"3", b"4")
    assert read_frames(spliced, key) == {}


def test_a_bool_is_not_a_number_and_floats_compare_closely() -> None:
    tests = Tests.model_validate({"cases": [{"name": "t", "call": "f()", "expected": 1},
                                            {"name": "f", "call": "f()", "expected": 0.3}]})
    frames = {0: ("call", json.dumps(json.dumps({"ok": True, "value": True}))),
              1: ("call", json.dumps(json.dumps({"ok": True, "value": 0.1 + 0.2})))}
    assert [v.outcome for v in judge(tests.cases, frames)] == ["failed", "passed"]


BOMB = ('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        '<testsuite name="pytest"><testcase name="&b;"/></testsuite>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
def test_a_report_with_a_dtd_is_refused_in_any_encoding(encoding: str) -> None:
    data = BOMB.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>')
    raw = data.encode(encoding)
    if encoding == "utf-16-le":
        raw = b"\xff\xfe" + raw
    assert b"<!DOCTYPE" not in raw or encoding == "utf-8"
    assert parse_junit(raw) is None


def test_a_plain_report_is_still_read() -> None:
    cases = parse_junit(b'<testsuite name="pytest"><testcase classname="test_a" name="t" file="test_a.py" '
                        b'line="3"><failure message="boom"/></testcase></testsuite>')
    assert cases is not None and [(c.name, c.outcome, c.message, c.line) for c in cases] == [("t", "failed", "boom", 4)]


def test_candidate_text_is_inert() -> None:
    assert inert("\x1b]0;pwned\x07\x1b[2J") == "\\x1b]0;pwned\\x07\\x1b[2J"
    assert inert("abc\u202edcba\u200b") == "abc\\u202edcba\\u200b"
    assert inert("a\nb", keep_newlines=True) == "a\nb"
    assert inert_line("a\nb\tc") == "a b c"
    assert len(inert_line("x" * 1000, 50)) == 50


_COLLECTION_REPORT = b"""<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests">
<testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1">
<testcase classname="" name="test_solution" time="0.000"><error message="collection failure">
ImportError while importing test module '/sandbox/work/test_solution.py'.
Traceback:
test_solution.py:1: in &lt;module&gt;
    from solution import mean
E   ImportError: cannot import name 'mean' from 'solution' (/sandbox/work/solution.py)</error>
</testcase></testsuite></testsuites>"""


def test_a_test_file_that_cannot_be_imported_says_why() -> None:
    (case,) = parse_junit(_COLLECTION_REPORT) or []
    assert case.outcome == "error"
    assert case.message == ("collection failure: ImportError: cannot import name 'mean' from "
                            "'solution' (/sandbox/work/solution.py)")


def test_a_test_file_that_cannot_be_imported_fails_each_of_its_tests_none_passes() -> None:
    from server.testruns.runner import outcome_of
    from server.testruns.sandbox import ExecResult

    result = ExecResult(exit_code=2, output=b"1 error during collection", duration_ms=300)
    outcome = outcome_of(result, _COLLECTION_REPORT, set(),
                         expected={"test_solution.py": {"test_mean", "test_empty"}})
    assert outcome.status == "error" and "cannot be trusted" not in outcome.reason
    assert sorted((c["name"], c["outcome"]) for c in outcome.cases) == [
        ("test_empty", "error"), ("test_mean", "error")]
    assert all("test_solution.py could not be imported (collection failure: ImportError: "
               "cannot import name 'mean'" in c["message"] for c in outcome.cases)
    # a report that names another module's failure is still no report of these tests
    other = _COLLECTION_REPORT.replace(b'name="test_solution"', b'name="test_other"')
    assert "cannot be trusted" in outcome_of(result, other, set(), expected={
        "test_solution.py": {"test_mean", "test_empty"}}).reason
