"""Every rule kept as data finds each of its positive examples and stays silent on its negatives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from server.examiner.analysis.rules import Rule, RuleError, _rule, load_rules, run_rules

LANGUAGES = ("javascript", "typescript", "tsx", "go", "java", "python", "c", "cpp", "rust")
# a dialect's rules are its language's and its own (`tsx`: TypeScript's, and JSX's read in TSX):
# each rule is tested once in the grammar it is loaded for
RULES = [rule for language in LANGUAGES for rule in load_rules(language) if rule.language == language]


def test_every_language_has_rules() -> None:
    assert {rule.language for rule in RULES} == set(LANGUAGES)


def test_rule_questions_name_only_what_a_question_is_given() -> None:
    """A placeholder the question's values lack leaves the template unfilled, braces and all."""
    import string

    from server.examiner.questions import _Values

    known = set(_Values.__annotations__)
    for rule in RULES:
        named = {f for _, f, _, _ in string.Formatter().parse(rule.question) if f}
        assert named <= known, (rule.id, named - known)


def test_rule_ids_are_unique_within_a_language() -> None:
    """A rule's id keys its key points and its test: two rules of one id would share them."""
    seen = [(rule.language, rule.id) for rule in RULES]
    assert len(seen) == len(set(seen)), sorted({x for x in seen if seen.count(x) > 1})


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.language}:{r.id}")
def test_rule_examples(rule: Rule) -> None:
    assert len(rule.match) >= 2 and len(rule.ignore) >= 2
    for code in rule.match:
        assert run_rules(code, rule.language, rules=(rule,)), f"{rule.id} misses:\n{code}"
        # the same when only the changed region is searched (the analysis's fast path)
        whole = [(1, code.count("\n") + 1)]
        assert run_rules(code, rule.language, whole, rules=(rule,)), f"{rule.id} misses:\n{code}"
    for code in rule.ignore:
        assert not run_rules(code, rule.language, rules=(rule,)), f"{rule.id} fires on:\n{code}"


_QUESTIONS_WITH_VARIABLES = [r for r in RULES if re.search(r"\$[A-Z_]", r.question)]


@pytest.mark.parametrize("rule", _QUESTIONS_WITH_VARIABLES, ids=lambda r: f"{r.language}:{r.id}")
def test_a_rule_question_names_what_its_match_bound(rule: Rule) -> None:
    """`$L` in a rule's question is the code the match bound to it ("the length of `names`"),
    never the variable's name: on each match example the question has none left."""
    for code in rule.match:
        for hit in run_rules(code, rule.language, rules=(rule,)):
            assert not re.search(r"\$[A-Z_]|``", hit.question), (rule.id, hit.question)


def test_rules_search_only_the_changed_region() -> None:
    """A hazard outside the changed lines is not reported; inside them it is."""
    code = ("function a(x) { return x == 1; }\n" + "\n" * 100 +
            "function b(y) { return y == 2; }\n")
    lines = {hit.line for hit in run_rules(code, "javascript", [(102, 102)])}
    assert lines == {102}


def test_a_rule_without_negative_examples_is_refused(tmp_path: Path) -> None:
    """The format holds every rule to two examples each way and to a known kind."""
    raw = {"id": "x", "kind": "sql_injection", "severity": "error", "message": "m",
           "rule": {"kind": "identifier"}, "match": ["a", "b"], "ignore": ["c"]}
    with pytest.raises(RuleError, match="examples"):
        _rule(raw, "javascript", "t.yaml")
    with pytest.raises(RuleError, match="unknown kind"):
        _rule({**raw, "kind": "nope", "ignore": ["c", "d"]}, "javascript", "t.yaml")


def test_a_word_beside_groups_of_needs_is_a_group_of_its_own() -> None:
    """`needs: [fopen, [fwrite, fclose]]` asks for fopen and one of the other two; a list of
    words alone is one group (any of them)."""
    raw = {"id": "x", "kind": "sql_injection", "severity": "error", "message": "m",
           "rule": {"kind": "identifier"}, "match": ["a", "b"], "ignore": ["c", "d"]}
    mixed = _rule({**raw, "needs": ["fopen", ["fwrite", "fclose"]]}, "c", "t.yaml")
    assert mixed.needs == (("fopen",), ("fwrite", "fclose"))
    assert _rule({**raw, "needs": ["fopen", "fwrite"]}, "c", "t.yaml").needs == (("fopen", "fwrite"),)


def test_key_points_of_a_rule_name_a_rule() -> None:
    """Key points kept under a rule's id (templates.KEY_POINTS) belong to a rule that exists,
    and each such rule asks its own question; each has what goes wrong, why, and the fix, or,
    where the question asks only what goes wrong and what to do (who can read a logged secret,
    what a caller learns from a stack), those two."""
    from server.examiner.analysis.contracts import QUESTIONS as CONTRACT_QUESTIONS
    from server.examiner.analysis.kinds import Kind
    from server.examiner.analysis.pyreview import QUESTIONS as AST_QUESTIONS
    from server.examiner.questions.templates import KEY_POINTS

    ids = {rule.id: rule.question for rule in RULES} | AST_QUESTIONS | CONTRACT_QUESTIONS
    for key, points in KEY_POINTS.items():
        if Kind.of(key) is not None:
            continue
        assert key in ids, f"key points for {key}, which is no rule"
        assert ids[key], f"{key} has key points of its own but no question"
        assert [pid for pid, _, _ in points] in (["value", "cause", "fix"], ["value", "fix"]), key


def test_a_rule_file_with_a_key_given_twice_is_refused_and_a_rewritten_one_read_again(
        tmp_path: Path) -> None:
    """YAML would keep the last of two keys silently; the rules' reader refuses the file. A
    file is parsed once per version: written again, it is read again."""
    from server.examiner.analysis.rules import RuleError, _read

    path = tmp_path / "x.yaml"
    path.write_text("rules:\n  - id: a\n    kind: x\n    kind: y\n", encoding="utf-8")
    with pytest.raises(RuleError, match="given twice"):
        _read(path)
    path.write_text("rules:\n  - id: a\n    kind: sql_injection\n", encoding="utf-8")
    assert _read(path) == {"rules": [{"id": "a", "kind": "sql_injection"}]}


def test_a_rule_ast_grep_cannot_use_is_skipped_and_the_others_still_run(caplog) -> None:  # type: ignore[no-untyped-def]
    """A rule whose YAML gave a boolean where a node kind belongs (`kind: true`) raises in
    ast-grep: that rule is skipped with a warning, and the file keeps its other findings."""
    import dataclasses

    good = next(r for r in load_rules("javascript") if r.id == "js-regex-nested-quantifier")
    broken = dataclasses.replace(good, id="broken", config={"rule": {"kind": True}})
    code = good.match[0]
    with caplog.at_level("WARNING"):
        hits = run_rules(code, "javascript", rules=(broken, good))
    assert [h.rule.id for h in hits] == [good.id]
    assert "rule broken does not compile" in caplog.text
