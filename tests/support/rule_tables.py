"""One YAML rule run alone on a piece of code, and the first question on a small program: the
tables of forms, near misses and first questions use them."""

from __future__ import annotations

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.analysis.rules import load_rules, run_rules
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
