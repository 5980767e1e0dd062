"""Grading against several model answers: the nearest one is the reference."""

from __future__ import annotations

from ..factsheet import fact_sheet
from ..rubric import Rubric
from .core import Grade, grade_answer
from .similarity import nearest

__all__ = ["grade_against", "rubric_for"]


def rubric_for(question: str, answer: str, model_answers: list[str],
               key_points: list[str] | None = None) -> Rubric:
    """The rubric of the model answer nearest the answer (key points, when given, are shared)."""
    refs = [m.strip() for m in model_answers if m and m.strip()]
    if not refs:
        return Rubric.from_model_answer(question, "", key_points)
    index, _ = nearest(answer, refs, question)
    rubric = Rubric.from_model_answer(question, refs[index], key_points)
    rubric.references = [refs[index], *(r for n, r in enumerate(refs) if n != index)]
    return rubric


def grade_against(question: str, answer: str, model_answers: list[str],
                  key_points: list[str] | None = None, *, code: str = "",
                  language: str = "python", output: str | None = None) -> Grade:
    """Grade an answer against the nearest of several model answers (and shared key points).

    Given the code the question is about, the answer's claims are checked against its fact
    sheet; the grade is still a prose one (how near the answer is to a model answer). Given
    what the code printed when it was run (`output`), a result the answer states is checked
    against that.
    """
    facts = fact_sheet(code, language) if code.strip() else None
    return grade_answer(question, answer, rubric_for(question, answer, model_answers, key_points),
                        facts=facts, output=output, source=code)
