"""Grading: key points covered, wrong claims (against the code's fact sheet too), references.

- `core`: one answer against one rubric (key points, misconceptions, specificity, bluff);
- `similarity`: how near an answer is to a reference (stems, negation marked);
- `references`: several model answers, graded against the nearest;
- `claims`: claims the code's fact sheet (`server.examiner.factsheet`) contradicts;
- `catalogue`: well-known misconceptions, from language documentation and textbooks;
- `polarity`: a key point said the other way round ("nothing is ever suppressed").
"""

from __future__ import annotations

from .core import Grade, claimed_degrees, complexity_degree, grade, grade_answer, rubric_of
from .references import grade_against, rubric_for

__all__ = ["Grade", "claimed_degrees", "complexity_degree", "grade", "grade_against",
           "grade_answer", "rubric_for", "rubric_of"]
