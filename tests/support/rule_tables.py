"""One YAML rule run alone on a piece of code, and the first question on a small program: the
tables of forms, near misses and first questions use them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pytest

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.analysis.rules import Rule, load_rules, run_rules
from server.examiner.types import CodeQuestion


def fires(language: str, rule_id: str, code: str) -> bool:
    """True when the rule `rule_id` of `language` matches `code` (it must exist)."""
    rules = tuple(r for r in load_rules(language) if r.id == rule_id)
    assert rules, f"no rule {rule_id} for {language}"
    return bool(run_rules(code, language, rules=rules))


def first_question(path: str, code: str) -> CodeQuestion:
    """The offline examiner's first question on `code` as a new file at `path` (one is asked)."""
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=analyse(path, None, code)))
    assert question is not None, f"no question on {path}"
    return question


def rules_named(table: Mapping[str, Iterable[str]] | Iterable[tuple[str, str]]) -> list[Rule]:
    """The rules a round's table names ({language: ids} or (language, id) pairs), each loaded
    (a rule renamed or lost fails here; `test_examiner_rules` runs every rule's own examples)."""
    pairs = [(lang, rid) for lang, ids in table.items() for rid in ids] \
        if isinstance(table, Mapping) else list(table)
    found = [next((r for r in load_rules(lang) if r.id == rid), None) for lang, rid in pairs]
    missing = [pair for pair, rule in zip(pairs, found, strict=True) if rule is None]
    assert not missing, f"rules not loaded: {missing}"
    return [r for r in found if r is not None]


def fixed(code: str, fixes: Iterable[tuple[str, str]]) -> str:
    """The program with each (text, replacement) applied; each text must be there."""
    for text, replacement in fixes:
        assert text in code, text
        code = code.replace(text, replacement)
    return code


def assert_first_question(path: str, code: str, kind: str, rule_id: str) -> None:
    """The first question on `code` is `rule_id`'s, of `kind`."""
    question = first_question(path, code)
    assert (question.kind, question.facts.get("rule")) == (kind, rule_id), question.text


def assert_asks_no_defect(path: str, code: str, rule_id: str) -> None:
    """On the program fixed, `rule_id` is silent and the first question claims no bug."""
    from server.examiner.analysis.kinds import Kind
    from server.examiner.findings import dialect_of, language_of

    assert not fires(dialect_of(path) or language_of(path), rule_id, code)
    question = first_question(path, code)
    asked = Kind.of(question.kind)
    # an open cost question ("count how often the body runs") asks the candidate to reason;
    # it says nothing is wrong, as the held-out benchmark judges it
    cost = question.facts.get("complexity")
    assert asked is None or not asked.asserts_defect(cost if isinstance(cost, str) else None), \
        question.text


Case = tuple[str, str, str, tuple[tuple[str, str], ...]]
"""A take-home program: its file name, the rule its first question is, that question's kind, and
the (text, replacement) fixes a reviewer would accept."""


def takehome_tests(programs: Path, cases: list[Case]) -> tuple[Callable[..., None],
                                                                Callable[..., None]]:
    """The two tests of a table of take-home programs, for a test module to bind to its own
    names: the first question on each program is its rule's, and the program fixed asks
    nothing that claims a defect."""
    table = pytest.mark.parametrize(("name", "rule_id", "kind", "fixes"), cases,
                                    ids=[c[0] for c in cases])

    @table
    def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                               fixes: tuple[tuple[str, str], ...]) -> None:
        assert_first_question(name, (programs / name).read_text(), kind, rule_id)

    @table
    def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                              fixes: tuple[tuple[str, str], ...]) -> None:
        assert_asks_no_defect(name, fixed((programs / name).read_text(), fixes), rule_id)

    return test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect
