"""Offline grading: expected concepts, the code's own facts, and no marks for bluff or injection."""

from __future__ import annotations

import re
from typing import Final

from .concepts import mentions
from .guard import content_words, is_non_answer, is_restatement, neutralise
from .types import Evaluation, Question

__all__ = ["claimed_degrees", "complexity_degree", "grade"]

_BIG_O: Final = re.compile(r"\bO\s*\(\s*([^()]{1,30}(?:\([^()]*\))?[^()]{0,10})\)", re.IGNORECASE)
_WORDS_DEGREE: Final = (
    (re.compile(r"\bcubic\b", re.IGNORECASE), 3),
    (re.compile(r"\bquadratic\b", re.IGNORECASE), 2),
    (re.compile(r"\b(linear|linearithmic)\b", re.IGNORECASE), 1),
    (re.compile(r"\bconstant[- ]time\b", re.IGNORECASE), 0),
)
_EXCEPTION_WORD: Final = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b")
_REASONING: Final = re.compile(
    r"\b(because|since|so that|otherwise|which means|therefore|so\b|that way|instead|"
    r"for example|e\.g\.|unless|then)\b", re.IGNORECASE)
_POINTS_PER_CONCEPT: Final = 2
_CONCEPT_CAP: Final = 6
_TERSE_WORDS: Final = 6
_TERSE_CAP: Final = 4
"""A bare list of buzzwords (under six content words) cannot score above this."""


def complexity_degree(text: str) -> int | None:
    """Polynomial degree of a big-O expression ('O(n^2)' -> 2, 'O(n*m)' -> 2, 'O(1)' -> 0)."""
    body = text.lower().replace("²", "^2").replace("³", "^3").replace("**", "^")
    body = re.sub(r"log\s*\(?\s*\w*\s*\)?", "", body)
    body = body.strip()
    if re.fullmatch(r"o?\(?\s*1\s*\)?", body):
        return 0
    degree = 0
    for var, power in re.findall(r"([a-z])(?:\s*\^\s*(\d+))?", body):
        if var in ("o", "g"):
            continue
        degree += int(power) if power else 1
    return degree if degree or "1" in body else None


def claimed_degrees(answer: str) -> list[int]:
    """Every complexity degree the answer claims, in big-O or in words."""
    claims = [d for m in _BIG_O.finditer(answer)
              if (d := complexity_degree(m.group(1))) is not None]
    for pattern, degree in _WORDS_DEGREE:
        if pattern.search(answer):
            claims.append(degree)
    return claims


def _facts_check(question: Question, answer: str) -> tuple[list[str], list[str], list[str], int]:
    """Return (matched, missing, notes, bonus) from the code's own facts."""
    matched: list[str] = []
    missing: list[str] = []
    notes: list[str] = []
    bonus = 0
    label = str(question.facts.get("complexity", ""))
    if label and label in question.expected:
        truth = complexity_degree(label.strip()[2:-1] if label.startswith("O(") else label)
        claims = claimed_degrees(answer)
        depth = question.facts.get("depth", question.facts.get("nesting", 0))
        if truth is not None and truth in claims:
            matched.append(label)
            bonus += 1
        elif claims:
            missing.append(label)
            notes.append(f"the loops nest {depth} deep, so the cost is {label}, not what the "
                         "answer claims")
            bonus -= 3
        else:
            missing.append(label)
    known = {str(x) for x in [*question.facts.get("raises", []),
                              *question.facts.get("catches", [])]}
    for label in question.expected:
        if label in known or label == question.facts.get("subject"):
            (matched if mentions(label.rsplit(".", 1)[-1], answer) else missing).append(label)
    short = {k.rsplit(".", 1)[-1].rsplit("::", 1)[-1] for k in known}
    invented = sorted({m.group(0) for m in _EXCEPTION_WORD.finditer(answer)} - short)
    if invented and question.skill == "error_handling":
        notes.append(f"the code does not raise or catch {', '.join(invented)}")
        bonus -= 1
    return matched, missing, notes, bonus


def _specific(question: Question, answer: str) -> bool:
    names = {question.identifier, *map(str, question.facts.get("params", []))}
    low = answer.lower()
    return any(n and re.search(rf"\b{re.escape(n.lower())}\b", low) for n in names) or \
        f"line {question.line}" in low


def _compose(score: int, matched: list[str], missing: list[str], notes: list[str]) -> str:
    parts = [f"Score {score}/10."]
    parts.append("Right: " + ", ".join(matched) + "." if matched else
                 "Nothing in the answer matched what the question was looking for.")
    if missing:
        parts.append("Missing: " + ", ".join(missing) + ".")
    parts.extend(note[0].upper() + note[1:] + "." for note in notes)
    return " ".join(parts)


def grade(question: Question, response: str) -> Evaluation:
    """Grade an answer against the question's expected concepts and the code's facts."""
    cleaned = neutralise(response)
    answer = cleaned.text
    notes = ["instructions to the examiner in the answer were ignored and earn nothing"] \
        if cleaned.injected else []
    if is_non_answer(answer) or is_restatement(answer, question.text):
        reason = "the answer restates the question" if answer and not is_non_answer(answer) \
            else "the answer does not address the question"
        return Evaluation(0, _compose(0, [], list(question.expected), [reason, *notes]), [],
                          list(question.expected))
    fact_matched, fact_missing, fact_notes, bonus = _facts_check(question, answer)
    decided = set(fact_matched) | set(fact_missing)
    matched = list(fact_matched)
    missing = list(fact_missing)
    for label in question.expected:
        if label in decided:
            continue
        (matched if mentions(label, answer) else missing).append(label)
    points = min(_CONCEPT_CAP, _POINTS_PER_CONCEPT * len(matched)) + bonus
    if matched:
        points += 1 if _specific(question, answer) else 0
        points += 1 if _REASONING.search(answer) and len(content_words(answer)) >= 8 else 0
        points += 1 if len(matched) >= 4 else 0
    if len(content_words(answer)) < _TERSE_WORDS:
        points = min(points, _TERSE_CAP)
        fact_notes.append("the answer names ideas without explaining them")
    score = max(0, min(10, points))
    order = {label: i for i, label in enumerate(question.expected)}
    matched.sort(key=lambda x: order.get(x, 99))
    missing.sort(key=lambda x: order.get(x, 99))
    return Evaluation(score, _compose(score, matched, missing, [*fact_notes, *notes]), matched,
                      missing)
