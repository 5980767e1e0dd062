"""The offline question catalogue: twelve skills, each asked about a finding in the change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .types import Question

if TYPE_CHECKING:
    from .findings import Finding

__all__ = ["SKILLS", "candidate_questions", "choose_question", "skill_of"]

SKILLS: Final = (
    "complexity", "edge_cases", "error_handling", "recursion", "data_structures",
    "api_design", "mutation", "concurrency", "resources", "testing", "security", "performance",
)
"""Every skill the offline examiner asks about."""

_PRIORITY: Final[dict[str, int]] = {
    "security": 10, "recursion": 9, "complexity": 8, "mutation": 7, "concurrency": 7,
    "resources": 6, "error_handling": 6, "data_structures": 5, "performance": 5,
    "edge_cases": 4, "api_design": 3, "testing": 3,
}


@dataclass(frozen=True)
class _Template:
    skill: str
    kinds: tuple[str, ...]
    text: str
    expected: tuple[str, ...]
    marker: str
    """A phrase only this template's questions contain, to recognise earlier questions."""


_TEMPLATES: Final = (
    _Template("complexity", ("loop",),
              "In `{path}` line {line}, `{ident}` has a loop nested {depth} deep. What is the "
              "time complexity of `{ident}` in terms of its input size, and which input makes "
              "it slowest?",
              ("{complexity}", "worst-case input", "growth with input size"), "time complexity"),
    _Template("performance", ("performance", "data_structure", "loop"),
              "`{ident}` (`{path}`, line {line}): {detail}. How would it behave with a million "
              "items, and what would you change to make it faster?",
              ("hash-based lookup", "avoid repeated work", "growth with input size",
               "measure before optimising"), "a million items"),
    _Template("edge_cases", ("function",),
              "Which inputs could break `{ident}` in `{path}` (line {line})? Name the edge "
              "cases you thought about and what `{ident}` does with each.",
              ("empty input", "missing or null values", "boundary values", "invalid input",
               "very large input"), "edge cases you thought about"),
    _Template("error_handling", ("raise",),
              "At line {line} of `{path}`, `{ident}` {detail}. When exactly does that happen, "
              "and what should a caller do about it?",
              ("{subject}", "condition that triggers it", "caller handles or propagates",
               "error message"), "what should a caller do about it"),
    _Template("error_handling", ("except",),
              "Line {line} of `{path}`: `{ident}` {detail}. Which failures does that handler "
              "cover, and why handle them there rather than let them propagate?",
              ("{subject}", "specific exception types", "propagate or re-raise",
               "hiding bugs", "logging"), "rather than let them propagate"),
    _Template("error_handling", ("io",),
              "At line {line} of `{path}`, `{ident}` {detail}. What can fail there, and how "
              "does `{ident}` react when it does?",
              ("I/O can fail", "handle or propagate the error", "timeouts or retries",
               "partial results"), "What can fail there"),
    _Template("recursion", ("recursion",),
              "`{ident}` calls itself at line {line} of `{path}`. What guarantees the recursion "
              "ends, and how deep can it go?",
              ("base case", "progress towards the base case", "stack depth limit",
               "iterative alternative"), "guarantees the recursion ends"),
    _Template("data_structures", ("data_structure", "class", "loop"),
              "Why did you choose the data structures in `{ident}` (`{path}`, line {line})? "
              "What would a different one change?",
              ("set or dict for membership", "lookup cost", "ordering", "memory use"),
              "choose the data structures"),
    _Template("api_design", ("function", "class"),
              "Walk me through the interface of `{ident}` at line {line} of `{path}`: why "
              "{params}, why this name, and what does it give back to the caller?",
              ("parameters and their types", "return value", "name says what it does",
               "side effects", "caller contract"), "Walk me through the interface"),
    _Template("mutation", ("mutation",),
              "`{ident}` {detail} (line {line} of `{path}`). What does the caller see "
              "afterwards, and when could that shared reference surprise someone?",
              ("changes visible to the caller", "aliasing or shared reference", "copy",
               "return a new value"), "shared reference surprise"),
    _Template("concurrency", ("concurrency",),
              "`{ident}` {detail} at line {line} of `{path}`. If two tasks or threads ran it at "
              "the same time, what could go wrong and how would you prevent it?",
              ("race condition", "shared state", "lock or synchronisation", "atomic operation",
               "ordering of awaits"), "ran it at the same time"),
    _Template("resources", ("resource",),
              "At line {line} of `{path}`, `{ident}` {detail}. What guarantees it is released, "
              "including when an error happens halfway?",
              ("close or release", "context manager or finally", "error path", "resource leak"),
              "guarantees it is released"),
    _Template("testing", ("function",),
              "How would you test `{ident}` (`{path}`, line {line})? Name the first test cases "
              "you would write and what each one asserts.",
              ("unit tests", "edge case tests", "expected output", "error case test",
               "test doubles or fixtures"), "first test cases"),
    _Template("security", ("sql",),
              "Line {line} of `{path}`: `{ident}` {detail}. What happens if the input contains "
              "a quote, and how would you fix it?",
              ("SQL injection", "parameterised query", "untrusted input",
               "broken query or leaked data"), "input contains a quote"),
    _Template("security", ("path",),
              "`{ident}` {detail} at line {line} of `{path}`. What stops a caller from passing "
              "`../../etc/passwd`, and how would you guard against it?",
              ("path traversal", "resolve and check the base directory", "allow-list",
               "untrusted input"), "../../etc/passwd"),
    _Template("security", ("risky",),
              "`{ident}` {detail} at line {line} of `{path}`. What could an attacker do with "
              "it, and what safer alternative would you use?",
              ("code or command injection", "untrusted input", "safer alternative",
               "validation"), "What could an attacker do"),
)
_MUTABLE_DEFAULT: Final = ("mutable default shared between calls", "use None as the default",
                           "aliasing or shared reference")


def skill_of(text: str) -> str | None:
    """Return the skill of a question this catalogue wrote, or None for other text."""
    for template in _TEMPLATES:
        if template.marker in text:
            return template.skill
    return None


def _params_phrase(finding: Finding) -> str:
    params = list(finding.facts.get("params") or [])
    if not params:
        return "no parameters"
    shown = ", ".join(f"`{p}`" for p in params[:4])
    return f"the parameters {shown}" if len(params) > 1 else f"the parameter {shown}"


def _fill(template: _Template, finding: Finding) -> Question | None:
    facts = finding.facts
    if template.skill == "complexity" and not facts.get("nesting"):
        return None
    if template.skill in ("performance", "data_structures") and finding.kind == "loop" \
            and facts.get("depth", 0) < 2:
        return None
    values = {
        "path": finding.path, "line": finding.line, "ident": finding.identifier,
        "depth": facts.get("depth", facts.get("nesting", 0)), "detail": finding.detail,
        "params": _params_phrase(finding), "complexity": facts.get("complexity", ""),
        "subject": facts.get("subject", ""),
    }
    expected = [e.format(**values) for e in template.expected]
    if template.skill == "mutation" and facts.get("subject") == "default":
        expected = list(_MUTABLE_DEFAULT)
    if finding.kind == "except" and values["subject"] in ("bare except", "any error", "?"):
        expected = expected[1:]
    expected = [e for e in expected if e]
    question_facts = {**facts, "language": finding.language, "expected_kind": finding.kind}
    return Question(finding.path, finding.line, finding.identifier, template.skill,
                    finding.kind, template.text.format(**values), expected, question_facts)


def candidate_questions(findings: list[Finding]) -> list[Question]:
    """Every question the catalogue could ask about these findings."""
    out: list[Question] = []
    for finding in findings:
        for template in _TEMPLATES:
            if finding.kind in template.kinds and (question := _fill(template, finding)):
                out.append(question)
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9_]+", text.lower()))


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


def is_repeat(text: str, asked: list[str], threshold: float = 0.85) -> bool:
    """True when text is the same as, or nearly the same as, an earlier question."""
    words = _words(text)
    return any(text == old or _jaccard(words, _words(old)) >= threshold for old in asked)


def choose_question(findings: list[Finding], asked: list[str]) -> Question | None:
    """Pick the most useful question not asked before, spreading skills and identifiers."""
    asked_skills = [s for s in (skill_of(t) for t in asked) if s]
    asked_text = " ".join(asked)
    asked_exact = set(asked)
    asked_words = [_words(t) for t in asked]
    best: tuple[tuple[int, int, str, int], Question] | None = None
    for order, question in enumerate(candidate_questions(findings)):
        if question.text in asked_exact:
            continue
        words = _words(question.text)
        if any(_jaccard(words, old) >= 0.85 for old in asked_words):
            continue
        score = _PRIORITY[question.skill] - 6 * asked_skills.count(question.skill)
        if f"`{question.identifier}`" in asked_text:
            score -= 2
        if question.skill == "complexity":
            score += min(3, int(question.facts.get("depth", 1)) - 1)
        key = (-score, question.line, question.skill, order)
        if best is None or key < best[0]:
            best = (key, question)
    return best[1] if best else None
