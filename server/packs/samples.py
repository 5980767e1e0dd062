"""A pack's sample answers, graded the way candidates' answers are (`viva assessment check`).

A scenario's sample gets the `weighted_score` (0-100) a candidate would get from
`POST /evaluate-answer`; a question's sample is a written answer that the examiner's grading
core scores 0-10 against the correct option and its explanation, as `POST /grade` would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from server.examiner.grading import grade_answer
from server.examiner.rubric import Rubric
from server.packs.scenarios import score_scenario

if TYPE_CHECKING:
    from server.packs.model import McqQuestion, Pack, Sample

__all__ = ["SampleResult", "grade_samples", "question_model_answer"]


@dataclass(frozen=True)
class SampleResult:
    """One sample, the score it got and the band it had to fall in."""

    key: str
    """Where the sample is, e.g. `scenarios[0].samples[1]`."""
    item: str
    """The scenario's or question's id."""
    answer: str
    score: float
    low: float
    high: float
    scale: int
    """10 for questions, 100 for scenarios."""

    @property
    def ok(self) -> bool:
        """Whether the score is inside the band (ends included)."""
        return self.low <= self.score <= self.high


def question_model_answer(question: McqQuestion) -> str:
    """What a good written answer to a multiple-choice question says: its correct option and why."""
    correct = question.options[question.answer] if question.answer < len(question.options) else ""
    return ". ".join(part.strip().rstrip(".") for part in (correct, question.explanation)
                     if part.strip()) + "."


def grade_samples(pack: Pack) -> list[SampleResult]:
    """Grade every sample the pack declares, scenarios first, in document order."""
    results: list[SampleResult] = []
    for index, scenario in enumerate(pack.scenarios):
        for n, sample in enumerate(scenario.samples):
            score = float(score_scenario(scenario, sample.answer)["weighted_score"])
            results.append(_result(f"scenarios[{index}].samples[{n}]", scenario.id, sample,
                                   score, 100))
    questions = pack.mcq.questions if pack.mcq is not None else []
    for index, question in enumerate(questions):
        if not question.samples:
            continue
        rubric = Rubric.from_model_answer(question.question, question_model_answer(question))
        for n, sample in enumerate(question.samples):
            grade = grade_answer(question.question, sample.answer, rubric)
            results.append(_result(f"mcq.questions[{index}].samples[{n}]", question.id, sample,
                                   float(grade.score), 10))
    return results


def _result(key: str, item: str, sample: Sample, score: float, scale: int) -> SampleResult:
    return SampleResult(key, item, sample.answer, score, sample.min, sample.max, scale)
