"""Every rule kept as data finds each of its positive examples and stays silent on its negatives."""

from __future__ import annotations

import pytest

from server.examiner.analysis.rules import run_rules
from server.examiner.analysis.rules import Rule, load_rules

LANGUAGES = ("javascript", "typescript", "go", "java", "python")
RULES = [rule for language in LANGUAGES for rule in load_rules(language)]


def test_every_language_has_rules() -> None:
    assert {rule.language for rule in RULES} == set(LANGUAGES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.language}:{r.id}")
def test_rule_examples(rule: Rule) -> None:
    assert len(rule.match) >= 2 and len(rule.ignore) >= 2
    for code in rule.match:
        assert run_rules(code, rule.language, rules=(rule,)), f"{rule.id} misses:\n{code}"
    for code in rule.ignore:
        assert not run_rules(code, rule.language, rules=(rule,)), f"{rule.id} fires on:\n{code}"
