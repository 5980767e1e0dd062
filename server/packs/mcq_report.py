"""Results and next steps of a finished (or abandoned) multiple-choice run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from server.packs.mcq_state import McqState
    from server.packs.model import McqQuestion, Pack

POINTS_PER_LEVEL: Final[int] = 10
"""A correct answer earns this times the question's difficulty."""

STRENGTH_PERCENT: Final[float] = 66.0
"""A fully asked skill at or above this share correct is a strength."""

WEAKNESS_PERCENT: Final[float] = 50.0
"""A skill below this share correct (of the questions it asks) is a weakness."""


def results(pack: Pack, state: McqState) -> dict[str, Any]:
    """Score, percent, per-skill breakdown, strengths and weaknesses of a run."""
    assert pack.mcq is not None
    total = pack.mcq.total_questions
    correct = sum(1 for item in state.answered if item.correct)
    timed_out = sum(1 for item in state.answered if item.timed_out)
    served_max = sum(item.difficulty for item in state.answered)
    skills: list[dict[str, Any]] = []
    strengths: list[str] = []
    weaknesses: list[str] = []
    not_reached: list[str] = []
    for skill in pack.mcq.skills:
        items = [item for item in state.answered if item.skill == skill.id]
        right = sum(1 for item in items if item.correct)
        percent = round(100.0 * right / skill.questions, 1)
        skills.append(
            {
                "skill_id": skill.id,
                "name": skill.name,
                "asked": len(items),
                "correct": right,
                "unanswered": sum(1 for item in items if item.timed_out),
                "questions": skill.questions,
                "percent": percent,
                "score": sum(item.score_gained for item in items),
            }
        )
        if not items:
            not_reached.append(skill.name)
        elif len(items) >= skill.questions and percent >= STRENGTH_PERCENT:
            strengths.append(skill.name)
        elif percent < WEAKNESS_PERCENT:
            weaknesses.append(skill.name)
    elapsed = None
    if state.completed_at is not None:
        elapsed = round(
            (state.completed_at - state.started_at).total_seconds() - state.paused_seconds, 1
        )
    return {
        "score": state.total_score,
        "max_score_of_questions_served": POINTS_PER_LEVEL * served_max,
        "percent": round(100.0 * correct / total, 1) if total else 0.0,
        "correct": correct,
        "answered": len(state.answered) - timed_out,
        "unanswered": timed_out,
        "not_reached": total - len(state.answered),
        "total_questions": total,
        "final_difficulty_level": state.difficulty_level,
        "completed": state.completed,
        "completion_reason": state.completion_reason,
        "time_taken_seconds": elapsed,
        "skills": skills,
        "strengths": strengths,
        "weaknesses": weaknesses,
        "skills_not_reached": not_reached,
    }


def next_steps(pack: Pack, state: McqState) -> list[str]:
    """Short, concrete suggestions that follow from a run's results."""
    summary = results(pack, state)
    steps: list[str] = []
    by_name = {item["name"]: item for item in summary["skills"]}
    for name in summary["weaknesses"]:
        item = by_name[name]
        steps.append(
            f"Review {name}: {item['correct']} of {item['questions']} correct. Reread the "
            "explanations shown after each answer and work through one small example by hand."
        )
    for name in summary["skills_not_reached"]:
        steps.append(f"You did not reach {name}; practise it and pace yourself next time.")
    if summary["unanswered"]:
        steps.append(
            f"{summary['unanswered']} {'question' if summary['unanswered'] == 1 else 'questions'} "
            "ran out of time: answer what you can, "
            "then move on rather than waiting on one question."
        )
    if summary["strengths"]:
        steps.append(
            "Build on your strengths (" + ", ".join(summary["strengths"]) + ") with harder "
            "material, such as designing and explaining a small service end to end."
        )
    if not steps:
        steps.append("Keep practising with mixed questions across all the skills.")
    return steps


def quiz_report(pack: Pack, state: McqState) -> dict[str, Any]:
    """The quiz as a session report shows it: the results, and each question served in order
    with the option chosen, the right one, the time it took and the points it earned."""
    assert pack.mcq is not None
    names = {skill.id: skill.name for skill in pack.mcq.skills}
    questions: list[dict[str, Any]] = []
    for number, item in enumerate(state.answered, 1):
        try:
            found: McqQuestion | None = pack.mcq.question(item.question_id)
        except KeyError:  # the pack changed since: keep what the state knows
            found = None
        options = found.options if found is not None else []
        questions.append({
            "number": number,
            "question_id": item.question_id,
            "skill": names.get(item.skill, item.skill),
            "difficulty": item.difficulty,
            "question": found.question if found is not None else item.question_id,
            "selected": _option(options, item.selected),
            "answer": _option(options, found.answer) if found is not None else None,
            "correct": item.correct,
            "timed_out": item.timed_out,
            "time_taken_seconds": round(item.time_taken, 1),
            "score_gained": item.score_gained,
        })
    return {**results(pack, state), "title": pack.title, "questions": questions}


def _option(options: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return options[index] if 0 <= index < len(options) else f"option {index + 1}"
