"""One YAML rule run alone on a piece of code: the tables of forms and near misses use it."""

from __future__ import annotations

from server.examiner.analysis.rules import load_rules, run_rules


def fires(language: str, rule_id: str, code: str) -> bool:
    """True when the rule `rule_id` of `language` matches `code` (it must exist)."""
    rules = tuple(r for r in load_rules(language) if r.id == rule_id)
    assert rules, f"no rule {rule_id} for {language}"
    return bool(run_rules(code, language, rules=rules))
