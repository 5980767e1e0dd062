"""The development corpus is well formed: every case parses and its stated facts hold in its code."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from corpus import ANSWER_LEVELS, KINDS, LANGUAGES, Case, case_files, load_cases, load_short_answers

CASES = load_cases()
MINIMUMS = {"python": 26, "javascript": 4, "typescript": 4, "go": 4, "java": 4}
EXT = {"python": ".py", "javascript": ".js", "typescript": ".ts", "go": ".go", "java": ".java"}
PREFIX = {"python": "py_", "javascript": "js_", "typescript": "ts_", "go": "go_", "java": "java_"}

# What the line at expect_line (or a neighbour) must show for each kind. Kinds about a
# function as a whole (recursion, design, function) are pinned by the identifier instead.
MARKERS: dict[str, str] = {
    "sql_injection": r"(?i)select|insert|update|delete|execute|query|sprintf",
    "command_injection": r"shell=True|os\.system|\bexec\(|execSync|spawn|popen|Popen|Runtime|Command\(",
    "code_injection": r"\beval\(|\bexec\(|new Function|Function\(",
    "unsafe_deserialization": r"pickle|yaml\.load|readObject|ObjectInputStream|marshal|shelve",
    "path_traversal": r"path\.join|Path\(|open\(|send_file|Paths\.get|filepath\.Join|readFile|sendFile|/",
    "hardcoded_secret": r"(?i)key|secret|token|password",
    "insecure_random": r"random|Math\.random",
    "xss": r"innerHTML|outerHTML|insertAdjacentHTML|document\.write",
    "mutable_default": r"=\s*(\[\]|\{\}|set\(\)|dict\(\)|list\(\))",
    "shared_mutable_state": (r"global|update|append|push|\]\s*=|=\s*[A-Z_]{3,}|setdefault|extend|"
                             r"assign|return\s|\.\w+\s*=[^=]"),
    "race_condition": r"\+=|-=|\+\+|--|\bif\b|\]\s*=|await|go func|put|=",
    "late_binding": r"lambda|=>|function|func\(|\bfor\b|\bvar\b",
    "equality_bug": r"==|!=",
    "swallowed_exception": r"except|catch|_\s*=|, _ :?=|\bpass\b",
    "unhandled_error": r"int\(|float\(|json\.loads|JSON\.parse|Atoi|\[|parseInt|open\(|Integer\.parse|decode",
    "resource_leak": (r"open\(|connect\(|socket|new File|Stream|Open\(|Get\(|Connection|urlopen|"
                      r"Reader|getConnection|\.Do\(|Dial"),
    "blocking_in_async": r"sleep|requests\.|Sync\(|urlopen|open\(|\.read|subprocess",
    "complexity": r"\bfor\b|\bwhile\b|\bin\b|\.index\(|\.count\(|\.includes\(|\.indexOf\(",
}


def _ids(cases: list[Case]) -> list[str]:
    return [c.id for c in cases]


def test_corpus_has_enough_cases_per_language() -> None:
    counts = Counter(c.language for c in CASES)
    for language, minimum in MINIMUMS.items():
        assert counts[language] >= minimum, (language, counts[language])
    assert len(CASES) >= 42


def test_ids_are_unique_and_match_file_names() -> None:
    ids = _ids(CASES)
    assert len(ids) == len(set(ids))
    assert [p.stem for p in case_files()] == ids


def test_a_third_of_cases_edit_an_existing_file() -> None:
    edits = [c for c in CASES if c.before.strip()]
    assert len(edits) * 3 >= len(CASES)
    for c in edits:
        assert c.before != c.code, c.id


def test_cases_spread_over_every_kind() -> None:
    assert set(KINDS) <= {c.expect_kind for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_case_fields(case: Case) -> None:
    assert case.language in LANGUAGES
    assert case.id.startswith(PREFIX[case.language])
    assert case.path.endswith(EXT[case.language])
    assert case.expect_kind in KINDS
    assert case.question.strip().endswith("?")
    lines = case.code.splitlines()
    assert 20 <= len(lines) <= 80, len(lines)
    assert set(case.answers) == set(ANSWER_LEVELS)
    for level in ANSWER_LEVELS:
        assert case.answers[level].strip(), level
    assert len(set(case.answers.values())) == len(ANSWER_LEVELS)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_expected_identifier_and_line_are_in_the_code(case: Case) -> None:
    lines = case.code.splitlines()
    assert re.search(rf"\b{re.escape(case.expect_identifier)}\b", case.code)
    assert 1 <= case.expect_line <= len(lines)
    window = lines[max(0, case.expect_line - 2) : case.expect_line + 1]
    marker = MARKERS.get(case.expect_kind)
    if marker is None:
        assert any(case.expect_identifier in line for line in window), window
    else:
        assert any(re.search(marker, line) for line in window), window


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.language == "python"],
    ids=_ids([c for c in CASES if c.language == "python"]),
)
def test_python_cases_compile(case: Case) -> None:
    compile(case.code, case.path, "exec")
    if case.before.strip():
        compile(case.before, case.path, "exec")


def test_short_answers_load_when_present() -> None:
    items = load_short_answers()
    for item in items:
        assert item.question.strip() and item.model_answer.strip()
        assert 0.0 <= item.grade <= 10.0
