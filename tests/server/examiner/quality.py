"""The examiner's judgement over the corpus: which question, its premises, and the grades."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from corpus import ANSWER_LEVELS, Case, ShortItem

from server.examiner import AskContext, CodeQuestion, OfflineExaminer, analyse
from server.examiner.analysis.kinds import Kind
from server.examiner.grading import grade, grade_answer
from server.examiner.questions import candidate_questions
from server.examiner.rubric import Rubric

_COST_WORDS = re.compile(r"\bO\(|quadratic|logarithmic|linear|cubic|n²|n\^2", re.IGNORECASE)


@dataclass
class CaseResult:
    """What the examiner asked about one case and how it graded the six answers."""

    case: Case
    question: CodeQuestion
    kind_ok: bool
    identifier_ok: bool
    scores: dict[str, int] = field(default_factory=dict)
    false_facts: list[str] = field(default_factory=list)


def ask(case: Case) -> CodeQuestion | None:
    """The first question the offline examiner asks about the case's change."""
    findings = analyse(case.path, case.before or None, case.code)
    return OfflineExaminer().ask_now(AskContext(1, findings))


def premise_errors(question: CodeQuestion, code: str) -> list[str]:
    """Facts in the question that the code does not bear out (empty when all hold)."""
    errors: list[str] = []
    lines = code.splitlines()
    flat = " ".join(code.split())
    if not 1 <= question.line <= len(lines):
        errors.append(f"line {question.line} is outside the file")
    if not re.search(rf"(?<![\w]){re.escape(question.identifier)}(?![\w])", code):
        errors.append(f"identifier {question.identifier!r} is not in the code")
    for fragment in re.findall(r"`([^`]+)`", question.text):
        if fragment == question.path:
            continue
        body = fragment.removesuffix("...").strip()
        if body and _quotes(body) not in _quotes(flat) and not body.startswith(("O(", "len(")):
            errors.append(f"`{fragment}` is not in the code")
    if re.search(r"\bnested \d+ (levels )?deep|\b\d+ (levels )?deep\b", question.text):
        errors.append("states a nesting depth")
    cost = question.facts.get("complexity") if question.kind == "complexity" else None
    if question.kind == "complexity" and not cost and _COST_WORDS.search(question.text):
        errors.append("states a cost the analysis did not derive")
    # quadratic and string_building questions state the cost of the operation their rule
    # matched (a linear list scan, a string copy): that cost is the verified fact
    if question.kind not in ("complexity", "quadratic", "string_building") and \
            _COST_WORDS.search(question.text):
        errors.append("states a cost in a question that is not about cost")
    about = question.rubric.about
    if about is None or (about.path, about.line, about.identifier) != \
            (question.path, question.line, question.identifier):
        errors.append("the rubric is not about the question's place")
    if cost and question.kind == "complexity":
        # A derived cost names the loops it comes from, and they are loops in the code.
        loops = [t for t in lines if re.search(r"\b(for|while|forEach)\b", t)]
        named = [f for f in re.findall(r"`([^`]+)`", question.text)
                 if f not in (question.path, question.identifier)]
        if not named or not any(_quotes(f) in _quotes(t) for f in named for t in loops):
            errors.append("a derived cost that names no loop of the code")
    return errors


def _quotes(text: str) -> str:
    """Whitespace collapsed and every quote mark the same (questions show ` as ')."""
    return re.sub(r"[`'\"]", '"', " ".join(text.split()))


def _matching_question(case: Case, asked: CodeQuestion) -> CodeQuestion:
    """The question the case's answers were written for: the asked one when it is of the
    expected kind or of the same category (a quadratic list scan for an expected cost)."""
    expected, got = Kind.of(case.expect_kind), Kind.of(asked.kind)
    if asked.kind == case.expect_kind or (expected is not None and got is not None and
                                          expected.category == got.category):
        return asked
    for question in candidate_questions(analyse(case.path, case.before or None, case.code)):
        if question.kind == case.expect_kind:
            return question
    return asked


def run_case(case: Case) -> CaseResult | None:
    """Ask, check premises, and grade every answer level of one case."""
    asked = ask(case)
    if asked is None:
        return None
    result = CaseResult(case, asked, asked.kind == case.expect_kind,
                        asked.identifier == case.expect_identifier
                        or case.expect_identifier in asked.text)
    result.false_facts = premise_errors(asked, case.code)
    graded = _matching_question(case, asked)
    result.scores = {level: grade(graded, case.answers[level], case.code).score
                     for level in ANSWER_LEVELS if level in case.answers}
    return result


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson's r of two equally long samples (0 when either is constant)."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    vy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (vx * vy) if vx and vy else 0.0


def cosine_baseline(answer: str, model: str) -> float:
    """Bag-of-words cosine between an answer and the model answer (the usual baseline)."""
    a = Counter(re.findall(r"[a-z0-9]+", answer.lower()))
    b = Counter(re.findall(r"[a-z0-9]+", model.lower()))
    dot = sum(a[k] * b[k] for k in a)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def short_scores(items: list[ShortItem]) -> tuple[list[float], list[float], list[float]]:
    """(hand grades, grade_answer scores, cosine baseline) for the short answers."""
    hand = [i.grade for i in items]
    ours = [float(grade_answer(i.question, i.answer,
                               Rubric.from_model_answer(i.question, i.model_answer)).score)
            for i in items]
    cosine = [cosine_baseline(i.answer, i.model_answer) for i in items]
    return hand, ours, cosine
