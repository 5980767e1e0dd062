"""Where one candidate's multiple-choice run stands: the state the engine (`mcq`) moves and the
report (`mcq_report`) reads."""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, Field

__all__ = ["MAX_LEVEL", "MIN_LEVEL", "AnsweredQuestion", "McqState"]

MIN_LEVEL: Final[int] = 1
MAX_LEVEL: Final[int] = 5


class AnsweredQuestion(BaseModel):
    """One question that was served and then answered or timed out."""

    question_id: str
    skill: str
    difficulty: int
    selected: int | None
    """0-based option chosen; None when the question timed out unanswered."""
    correct: bool
    time_taken: float
    score_gained: int
    timed_out: bool = False


class McqState(BaseModel):
    """Where one candidate's multiple-choice run stands; clocks are UTC datetimes."""

    started_at: datetime
    deadline: datetime
    """Overall deadline; moved later by every pause."""
    current_question_id: str | None = None
    current_served_at: datetime | None = None
    current_deadline: datetime | None = None
    answered: list[AnsweredQuestion] = Field(default_factory=list)
    difficulty_level: int = Field(default=1, ge=MIN_LEVEL, le=MAX_LEVEL)
    skill_counts: dict[str, int] = Field(default_factory=dict)
    """Questions served per skill (answered, timed out or current)."""
    total_score: int = 0
    paused_at: datetime | None = None
    paused_seconds: float = 0.0
    completed: bool = False
    completed_at: datetime | None = None
    completion_reason: Literal["finished", "time_up"] | None = None
