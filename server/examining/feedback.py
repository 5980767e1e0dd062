"""What a candidate is told of a graded answer: the pack's `[examiner] feedback` choice.

- `score` (the default): the score and a short comment on how complete the answer was; never
  the rubric's key points, which are the answer a hiring team keeps to itself.
- `points`: the examiner's full evaluation, key points covered and missed included (for
  practice packs, where learning what was missed is the point).

Proctors and the report always get the full evaluation. Every candidate path goes through
`candidate_evaluation`: the socket's `evaluation_result`, the replay on connect (the editor
bridge reads the same frames) and the candidate's view of the report.
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal

from server.storage.models import Session

__all__ = ["DEFAULT_FEEDBACK", "FEEDBACK", "Feedback", "candidate_evaluation", "feedback_of",
           "session_feedback", "without_score"]

Feedback = Literal["score", "points"]
FEEDBACK: Final = ("score", "points")
DEFAULT_FEEDBACK: Final[Feedback] = "score"

_SCORE: Final = re.compile(r"^\s*score:?\s*\d+(?:\.\d+)?(?:\s*/\s*10)?\s*[.:]?\s*", re.IGNORECASE)
"""The score an evaluation opens with ("Score 7/10."): the frame carries it already."""


def feedback_of(pack: dict[str, Any] | None) -> Feedback:
    """The pack's `[examiner] feedback`, or the default."""
    examiner = (pack or {}).get("examiner")
    chosen = examiner.get("feedback") if isinstance(examiner, dict) else None
    return "points" if chosen == "points" else DEFAULT_FEEDBACK


async def session_feedback(session_id: int) -> Feedback:
    """The feedback choice of the session's assessment (the default without one)."""
    rows = await Session.filter(id=session_id).values_list("assessment__pack", flat=True)
    pack = rows[0] if rows else None
    return feedback_of(pack if isinstance(pack, dict) else None)


def without_score(text: str) -> str:
    """An evaluation without the score it opens with."""
    return _SCORE.sub("", text or "", count=1).strip()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


_BANDS: Final = ((10, "A complete answer."),
                  (8, "A strong answer; a point or two could go further."),
                  (5, "A partial answer: some of what the question asks is there, some is not."),
                  (1, "The answer misses most of what the question asks."),
                  (0, "The answer does not address what the question asks."))
"""The comment for a score at or above each floor (checked in order)."""


def _comment(score: int, grade: dict[str, Any]) -> str:
    said = next(text for floor, text in _BANDS if score >= floor)
    wrong = len(grade.get("misconceptions") or [])
    if wrong:
        verb = "is" if wrong == 1 else "are"
        said += f" It states {_plural(wrong, 'claim')} that {verb} not right for this code."
    return said


def candidate_evaluation(evaluation: str | None, score: int | None, grade: dict[str, Any] | None,
                         feedback: Feedback) -> str | None:
    """The evaluation as the candidate sees it (the score itself travels beside it)."""
    if evaluation is None:
        return None
    if feedback == "points" or score is None:
        return without_score(evaluation)
    return _comment(score, grade if isinstance(grade, dict) else {})
