"""The adaptive multiple-choice engine: a pure state machine over a pack's skill graph.

The server keeps an `McqState` (JSON via `model_dump(mode="json")`) between messages and
passes the current time into every call; nothing here reads a clock. Every function returns
a new state and leaves its input untouched. Errors are `McqError(code, message)` with
`code` one of `wrong_question`, `question_expired`, `assessment_completed`,
`assessment_paused`, `invalid_option`, `no_questions`.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Final, Literal

from server.packs.mcq_report import POINTS_PER_LEVEL, next_steps, results
from server.packs.mcq_state import MAX_LEVEL, MIN_LEVEL, AnsweredQuestion, McqState
from server.packs.model import LETTERS, McqQuestion, Pack, Skill
from viva.protocol import AnswerFeedback, McqProgress, decimal_id

__all__ = [
    "GRACE_SECONDS",
    "POINTS_PER_LEVEL",
    "AnsweredQuestion",
    "McqError",
    "McqState",
    "current_or_next",
    "next_steps",
    "option_index",
    "pause",
    "progress",
    "question_payload",
    "results",
    "resume",
    "start",
    "submit",
    "time_left",
]

GRACE_SECONDS: Final[float] = 1.0
"""An answer this late after a question's deadline still counts (network latency)."""

class McqError(Exception):
    """A message the engine refuses; `code` is machine-readable, `message` a sentence."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


def start(pack: Pack, now: datetime) -> McqState:
    """A fresh run of `pack`'s multiple-choice part, started at `now`."""
    if pack.mcq is None or not pack.mcq.skills or not pack.mcq.questions:
        raise McqError("no_questions", f"assessment '{pack.slug}' has no multiple-choice part")
    now = _utc(now)
    state = McqState(started_at=now, deadline=now + timedelta(minutes=pack.time_limit_minutes))
    first = _next_skill(pack, state)
    if first is not None:
        state.difficulty_level = first.difficulty
    return state


def current_or_next(pack: Pack, state: McqState, now: datetime) -> tuple[McqState, McqQuestion | None]:
    """The question to show now: the current one, else the next one served; None when done.

    A current question whose time ran out is recorded as unanswered first. While paused,
    nothing moves: the current question (or None) comes back as it stands.
    """
    now = _utc(now)
    state = state.model_copy(deep=True)
    if state.completed:
        return state, None
    current = _current(pack, state)
    if state.paused_at is not None:
        return state, current
    if current is not None and _expired(state, now):
        _time_out(state, current)
        current = None
    if current is not None:
        return state, current
    if now >= state.deadline:
        _complete(state, now, "time_up")
        return state, None
    skill = _next_skill(pack, state)
    if skill is None:
        _complete(state, now, "finished")
        return state, None
    question = _pick(pack, state, skill)
    state.current_question_id = question.id
    state.current_served_at = now
    state.current_deadline = min(
        now + timedelta(seconds=question.time_limit_seconds), state.deadline
    )
    state.skill_counts[skill.id] = state.skill_counts.get(skill.id, 0) + 1
    return state, question


def submit(
    pack: Pack, state: McqState, question_id: str, selected_option: str | int, now: datetime
) -> tuple[McqState, AnswerFeedback]:
    """Record an answer to the current question; the state is completed if none follow."""
    now = _utc(now)
    if state.completed:
        raise McqError("assessment_completed", "this assessment is already completed")
    if state.paused_at is not None:
        raise McqError("assessment_paused", "the assessment is paused; wait for the proctor")
    if state.current_question_id != question_id:
        raise _not_current(state, question_id)
    if _expired(state, now):
        raise McqError("question_expired", "the time for this question has run out")
    question = _current(pack, state)
    served_at = state.current_served_at
    if question is None or served_at is None:
        raise McqError("wrong_question", "this question is no longer part of the assessment")
    selected = option_index(question, selected_option)
    state = state.model_copy(deep=True)
    correct = selected == question.answer
    gained = POINTS_PER_LEVEL * question.difficulty if correct else 0
    taken = round(max(0.0, (now - served_at).total_seconds()), 1)
    state.answered.append(
        AnsweredQuestion(
            question_id=question.id,
            skill=question.skill,
            difficulty=question.difficulty,
            selected=selected,
            correct=correct,
            time_taken=taken,
            score_gained=gained,
        )
    )
    state.total_score += gained
    _shift_level(state, correct)
    _clear_current(state)
    if now >= state.deadline:
        _complete(state, now, "time_up")
    elif _next_skill(pack, state) is None:
        _complete(state, now, "finished")
    feedback = AnswerFeedback(
        question_id=question.id,
        is_correct=correct,
        correct_option=LETTERS[question.answer],
        selected_option=LETTERS[selected],
        explanation=question.explanation,
        score_gained=gained,
        total_score=state.total_score,
        time_taken_seconds=taken,
        progress=McqProgress.model_validate(progress(pack, state)),
    )
    return state, feedback


def pause(state: McqState, now: datetime) -> McqState:
    """Freeze both clocks at `now` (no effect if already paused or completed)."""
    state = state.model_copy(deep=True)
    if state.paused_at is None and not state.completed:
        state.paused_at = _utc(now)
    return state


def resume(state: McqState, now: datetime) -> McqState:
    """Restart the clocks; every deadline moves later by the time spent paused."""
    state = state.model_copy(deep=True)
    if state.paused_at is None:
        return state
    gap = max(timedelta(0), _utc(now) - state.paused_at)
    state.deadline += gap
    if state.current_served_at is not None and state.current_deadline is not None:
        state.current_served_at += gap
        state.current_deadline += gap
    state.paused_seconds += gap.total_seconds()
    state.paused_at = None
    return state


def progress(pack: Pack, state: McqState) -> dict[str, float | int]:
    """`{answered, total, percent}`: questions finished (answered or timed out) so far."""
    total = pack.mcq.total_questions if pack.mcq else 0
    done = len(state.answered)
    percent = round(100.0 * done / total, 1) if total else 100.0
    return {"answered": done, "total": total, "percent": percent}


def time_left(state: McqState, now: datetime) -> float:
    """Seconds left overall (frozen while paused)."""
    if state.completed:
        return 0.0
    clock = state.paused_at or _utc(now)
    return max(0.0, (state.deadline - clock).total_seconds())


def question_payload(
    pack: Pack, state: McqState, q: McqQuestion, *, now: datetime | None = None
) -> dict[str, object]:
    """The `question` message's data (SPEC §5), with the time LEFT on it at `now`.

    Without `now` the clock is the pause time if paused, else the moment it was served.
    """
    assert pack.mcq is not None
    limit = q.time_limit_seconds
    if q.id == state.current_question_id and state.current_deadline is not None:
        clock = state.paused_at or (_utc(now) if now else state.current_served_at)
        assert clock is not None
        limit = max(0, math.ceil((state.current_deadline - clock).total_seconds()))
        number = len(state.answered) + 1
    else:
        number = len(state.answered) + (1 if state.current_question_id is None else 2)
    return {
        "question_id": q.id,
        "node_id": q.skill,
        "question_text": q.question,
        "options": list(q.options),
        "time_limit_seconds": limit,
        "question_number": number,
        "total_questions": pack.mcq.total_questions,
        "skill_being_tested": pack.mcq.skill(q.skill).name,
        "difficulty_level": q.difficulty,
    }


def option_index(question: McqQuestion, selected: str | int) -> int:
    """The 0-based index chosen by a letter, a 0-based int or the option's text."""
    count = len(question.options)
    if isinstance(selected, int) and not isinstance(selected, bool):
        if 0 <= selected < count:
            return selected
    elif isinstance(selected, str):
        text = " ".join(selected.split()).lower()
        for index, option in enumerate(question.options):
            if " ".join(option.split()).lower() == text:
                return index
        upper = text.upper()
        if len(upper) == 1 and upper in LETTERS[:count]:
            return LETTERS.index(upper)
        number = decimal_id(text)
        if number is not None and number < count:
            return number
    raise McqError(
        "invalid_option",
        f"choose one of {', '.join(LETTERS[:count])} (or the option's text)",
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _current(pack: Pack, state: McqState) -> McqQuestion | None:
    if state.current_question_id is None or pack.mcq is None:
        return None
    try:
        return pack.mcq.question(state.current_question_id)
    except KeyError:
        # The pack was edited under a running assessment; the question is gone.
        return None


def _expired(state: McqState, now: datetime) -> bool:
    if state.current_deadline is None:
        return False
    return now > state.current_deadline + timedelta(seconds=GRACE_SECONDS)


def _not_current(state: McqState, question_id: str) -> McqError:
    for item in state.answered:
        if item.question_id == question_id:
            if item.timed_out:
                return McqError("question_expired", "the time for this question ran out")
            return McqError("wrong_question", "this question has already been answered")
    return McqError("wrong_question", "this is not the current question")


def _time_out(state: McqState, question: McqQuestion) -> None:
    assert state.current_served_at is not None and state.current_deadline is not None
    allowed = (state.current_deadline - state.current_served_at).total_seconds()
    state.answered.append(
        AnsweredQuestion(
            question_id=question.id,
            skill=question.skill,
            difficulty=question.difficulty,
            selected=None,
            correct=False,
            time_taken=round(allowed, 1),
            score_gained=0,
            timed_out=True,
        )
    )
    _shift_level(state, False)
    _clear_current(state)


def _clear_current(state: McqState) -> None:
    state.current_question_id = None
    state.current_served_at = None
    state.current_deadline = None


def _complete(state: McqState, now: datetime, reason: Literal["finished", "time_up"]) -> None:
    state.completed = True
    state.completed_at = min(now, state.deadline)
    state.completion_reason = reason


def _shift_level(state: McqState, correct: bool) -> None:
    step = 1 if correct else -1
    state.difficulty_level = max(MIN_LEVEL, min(MAX_LEVEL, state.difficulty_level + step))


def _next_skill(pack: Pack, state: McqState) -> Skill | None:
    """The skill to ask next: finish the current skill, then the easiest eligible one."""
    assert pack.mcq is not None
    counts = state.skill_counts
    last = state.answered[-1].skill if state.answered else None
    current = next((skill for skill in pack.mcq.skills if skill.id == last), None)
    if current is not None and counts.get(current.id, 0) < current.questions:
        return current
    eligible = [
        skill
        for skill in pack.mcq.skills
        if counts.get(skill.id, 0) < skill.questions
        and all(counts.get(required, 0) > 0 for required in skill.requires)
    ]
    if not eligible:
        return None
    order = {skill.id: index for index, skill in enumerate(pack.mcq.skills)}
    return min(eligible, key=lambda skill: (skill.difficulty, order[skill.id]))


def _pick(pack: Pack, state: McqState, skill: Skill) -> McqQuestion:
    """The unasked question of `skill` closest to the current level."""
    assert pack.mcq is not None
    asked = {item.question_id for item in state.answered}
    pool = [q for q in pack.mcq.questions if q.skill == skill.id and q.id not in asked]
    # On a tie, lean the way the level last moved: harder after a right answer.
    lean = 1 if state.answered and state.answered[-1].correct else -1
    level = state.difficulty_level
    return min(
        enumerate(pool),
        key=lambda item: (abs(item[1].difficulty - level), -lean * item[1].difficulty, item[0]),
    )[1]
