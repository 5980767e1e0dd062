"""The adaptive multiple-choice engine: graph order, adaptivity, clocks, pauses, errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from server.packs import McqError, McqQuestion, McqState, Pack, mcq, parse_pack, shipped_pack

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

# Skill graph: a -> b, a -> c, (b, c) -> d. Skill a has one question per level 1-5.
PACK_TOML = """
slug = "graph"
title = "Graph"
time_limit_minutes = 10

[[mcq.skills]]
id = "a"
name = "Skill A"
questions = 2
difficulty = 3

[[mcq.skills]]
id = "b"
name = "Skill B"
questions = 1
difficulty = 1
requires = ["a"]

[[mcq.skills]]
id = "c"
name = "Skill C"
questions = 1
difficulty = 2
requires = ["a"]

[[mcq.skills]]
id = "d"
name = "Skill D"
questions = 1
difficulty = 2
requires = ["b", "c"]
"""
QUESTIONS = [
    ("a1", "a", 1),
    ("a2", "a", 2),
    ("a3", "a", 3),
    ("a4", "a", 4),
    ("a5", "a", 5),
    ("b1", "b", 1),
    ("b3", "b", 3),
    ("c2", "c", 2),
    ("c4", "c", 4),
    ("d3", "d", 3),
]


def build_pack() -> Pack:
    text = PACK_TOML
    for qid, skill, level in QUESTIONS:
        text += f"""
[[mcq.questions]]
id = "{qid}"
skill = "{skill}"
difficulty = {level}
question = "Question {qid}?"
options = ["right {qid}", "wrong one {qid}", "wrong two {qid}", "wrong three {qid}"]
answer = "A"
explanation = "Because {qid}."
time_limit_seconds = 30
"""
    return parse_pack(text, source="graph.toml")


PACK = build_pack()


def serve(state: McqState, now: datetime) -> tuple[McqState, McqQuestion]:
    state, question = mcq.current_or_next(PACK, state, now)
    assert question is not None
    return state, question


def answer(state: McqState, question: McqQuestion, right: bool, now: datetime) -> McqState:
    state, _ = mcq.submit(PACK, state, question.id, "A" if right else "B", now)
    return state


def test_a_full_run_follows_the_skill_graph_to_completion() -> None:
    state, now, skills = mcq.start(PACK, T0), T0, []
    while True:
        state, question = mcq.current_or_next(PACK, state, now)
        if question is None:
            break
        skills.append(question.skill)
        now += timedelta(seconds=5)
        state = answer(state, question, True, now)
    assert skills == ["a", "a", "b", "c", "d"]
    assert state.completed and state.completion_reason == "finished"
    assert mcq.results(PACK, state)["correct"] == 5
    assert mcq.progress(PACK, state) == {"answered": 5, "total": 5, "percent": 100.0}


def test_the_state_is_completed_by_the_last_answer_itself() -> None:
    state, now = mcq.start(PACK, T0), T0
    for _ in range(5):
        state, question = serve(state, now)
        assert not state.completed
        state = answer(state, question, True, now)
    assert state.completed


def test_the_first_question_is_at_the_first_skills_level() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    assert (question.id, state.difficulty_level) == ("a3", 3)


def test_difficulty_rises_after_a_correct_answer() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    state, second = serve(answer(state, question, True, T0), T0)
    assert state.difficulty_level == 4 and second.id == "a4"


def test_difficulty_falls_after_a_wrong_answer() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    state, second = serve(answer(state, question, False, T0), T0)
    assert state.difficulty_level == 2 and second.id == "a2"


def test_a_question_is_never_asked_twice() -> None:
    state, now, seen = mcq.start(PACK, T0), T0, []
    while not state.completed:
        state, question = mcq.current_or_next(PACK, state, now)
        if question is None:
            break
        seen.append(question.id)
        state = answer(state, question, len(seen) % 2 == 0, now)
    assert len(seen) == len(set(seen)) == 5


def test_a_question_whose_time_ran_out_counts_as_unanswered_and_the_next_follows() -> None:
    state, first = serve(mcq.start(PACK, T0), T0)
    later = T0 + timedelta(seconds=first.time_limit_seconds + mcq.GRACE_SECONDS + 1)
    state, second = serve(state, later)
    assert second.id != first.id
    missed = state.answered[0]
    assert (missed.question_id, missed.timed_out, missed.selected, missed.score_gained) == (
        first.id,
        True,
        None,
        0,
    )
    assert state.difficulty_level == 2
    assert mcq.results(PACK, state)["unanswered"] == 1


def test_a_late_answer_is_refused_as_question_expired() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    late = T0 + timedelta(seconds=question.time_limit_seconds + mcq.GRACE_SECONDS + 1)
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, question.id, "A", late)
    assert caught.value.code == "question_expired"


def test_an_answer_to_a_question_already_timed_out_is_also_question_expired() -> None:
    state, first = serve(mcq.start(PACK, T0), T0)
    state, _ = serve(state, T0 + timedelta(minutes=1))
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, first.id, "A", T0 + timedelta(minutes=1))
    assert caught.value.code == "question_expired"


def test_an_answer_inside_the_grace_second_still_counts() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    just_late = T0 + timedelta(seconds=question.time_limit_seconds + mcq.GRACE_SECONDS / 2)
    state, feedback = mcq.submit(PACK, state, question.id, "A", just_late)
    assert feedback.is_correct


def test_running_out_of_overall_time_completes_the_assessment() -> None:
    state, _ = serve(mcq.start(PACK, T0), T0)
    state, question = mcq.current_or_next(PACK, state, T0 + timedelta(minutes=11))
    assert question is None
    assert state.completed and state.completion_reason == "time_up"
    summary = mcq.results(PACK, state)
    assert (summary["unanswered"], summary["not_reached"]) == (1, 4)


def test_a_question_never_outlives_the_overall_deadline() -> None:
    state, _ = serve(mcq.start(PACK, T0), T0)
    near_end = T0 + timedelta(minutes=10) - timedelta(seconds=10)
    state, _ = serve(state, near_end)
    assert state.current_deadline == T0 + timedelta(minutes=10)


def test_pause_freezes_the_question_clock_and_the_overall_clock() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    state = mcq.pause(state, T0 + timedelta(seconds=10))
    much_later = T0 + timedelta(hours=1)
    state, same = mcq.current_or_next(PACK, state, much_later)
    assert same is not None and same.id == question.id and not state.answered
    assert mcq.question_payload(PACK, state, same, now=much_later)["time_limit_seconds"] == 20
    assert mcq.time_left(state, much_later) == 590
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, question.id, "A", much_later)
    assert caught.value.code == "assessment_paused"
    state = mcq.resume(state, much_later)
    five_more = much_later + timedelta(seconds=5)
    assert mcq.question_payload(PACK, state, question, now=five_more)["time_limit_seconds"] == 15
    state, feedback = mcq.submit(PACK, state, question.id, "A", five_more)
    assert feedback.time_taken_seconds == 15.0
    assert state.paused_seconds == 3590


def test_a_resumed_state_serves_the_same_question_with_the_time_left() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    stored = state.model_dump(mode="json")
    restored = McqState.model_validate(stored)
    reconnect = T0 + timedelta(seconds=12)
    restored, again = serve(restored, reconnect)
    assert again.id == question.id
    payload = mcq.question_payload(PACK, restored, again, now=reconnect)
    assert payload["time_limit_seconds"] == 18
    assert payload["question_number"] == 1


def test_the_question_payload_has_exactly_the_spec_fields() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    payload = mcq.question_payload(PACK, state, question, now=T0)
    assert set(payload) == {
        "question_id",
        "node_id",
        "question_text",
        "options",
        "time_limit_seconds",
        "question_number",
        "total_questions",
        "skill_being_tested",
        "difficulty_level",
    }
    assert (payload["node_id"], payload["skill_being_tested"], payload["total_questions"]) == (
        "a",
        "Skill A",
        5,
    )


def test_feedback_has_the_spec_fields_and_the_correct_letter() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    _, feedback = mcq.submit(PACK, state, question.id, 1, T0 + timedelta(seconds=7))
    data = feedback.model_dump()
    assert set(data) == {
        "question_id",
        "is_correct",
        "correct_option",
        "selected_option",
        "explanation",
        "score_gained",
        "total_score",
        "time_taken_seconds",
        "progress",
    }
    assert (data["is_correct"], data["correct_option"], data["selected_option"]) == (
        False,
        "A",
        "B",
    )
    assert data["time_taken_seconds"] == 7.0
    assert data["progress"] == {"answered": 1, "total": 5, "percent": 20.0}


@pytest.mark.parametrize("choice", ["A", "a", 0, "0", "right a3", " Right  A3 "])
def test_an_option_may_be_chosen_by_letter_index_or_text(choice: str | int) -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    _, feedback = mcq.submit(PACK, state, question.id, choice, T0)
    assert feedback.is_correct and feedback.score_gained == 30


@pytest.mark.parametrize("choice", ["E", 4, -1, "maybe", True, ""])
def test_an_option_that_does_not_exist_is_invalid(choice: str | int) -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, question.id, choice, T0)
    assert caught.value.code == "invalid_option"


def test_answering_another_question_than_the_current_one_is_refused() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, "d3", "A", T0)
    assert caught.value.code == "wrong_question"
    state = answer(state, question, True, T0)
    with pytest.raises(McqError) as again:
        mcq.submit(PACK, state, question.id, "A", T0)
    assert again.value.code == "wrong_question"


def test_answering_after_completion_is_refused() -> None:
    state, _ = mcq.current_or_next(PACK, mcq.start(PACK, T0), T0 + timedelta(hours=1))
    with pytest.raises(McqError) as caught:
        mcq.submit(PACK, state, "a3", "A", T0 + timedelta(hours=1))
    assert caught.value.code == "assessment_completed"


def test_the_engine_never_changes_the_state_it_was_given() -> None:
    state, question = serve(mcq.start(PACK, T0), T0)
    before = state.model_dump()
    mcq.submit(PACK, state, question.id, "A", T0)
    mcq.pause(state, T0)
    mcq.current_or_next(PACK, state, T0 + timedelta(hours=1))
    assert state.model_dump() == before


def test_a_pack_without_questions_cannot_start() -> None:
    with pytest.raises(McqError) as caught:
        mcq.start(shipped_pack("python-takehome"), T0)
    assert caught.value.code == "no_questions"


def test_results_break_the_score_down_per_skill_with_strengths_and_weaknesses() -> None:
    state, now = mcq.start(PACK, T0), T0
    for right in (True, True, False, True, False):
        state, question = serve(state, now)
        state = answer(state, question, right, now)
    summary = mcq.results(PACK, state)
    by_skill = {item["skill_id"]: item for item in summary["skills"]}
    assert by_skill["a"]["correct"] == 2 and by_skill["b"]["correct"] == 0
    assert "Skill A" in summary["strengths"] and "Skill B" in summary["weaknesses"]
    assert summary["percent"] == 60.0
    assert summary["score"] == state.total_score > 0
    steps = mcq.next_steps(PACK, state)
    assert any("Skill B" in step for step in steps)


def test_the_shipped_backend_assessment_runs_to_completion() -> None:
    pack = shipped_pack("backend-mcq")
    state, now, asked = mcq.start(pack, T0), T0, []
    while True:
        state, question = mcq.current_or_next(pack, state, now)
        if question is None:
            break
        asked.append(question)
        now += timedelta(seconds=20)
        state, _ = mcq.submit(pack, state, question.id, question.answer, now)
    assert pack.mcq is not None and len(asked) == pack.mcq.total_questions
    assert state.completion_reason == "finished" and state.difficulty_level == 5
    position = {q.skill: i for i, q in reversed(list(enumerate(asked)))}
    for skill in pack.mcq.skills:
        for required in skill.requires:
            assert position[required] < position[skill.id]
