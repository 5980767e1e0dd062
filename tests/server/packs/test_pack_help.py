"""The offline help chat explains concepts and rules but never the current answer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from server.packs import McqQuestion, help_reply, mcq, shipped_pack

PACK = shipped_pack("backend-mcq")
assert PACK.mcq is not None
QUESTIONS = PACK.mcq.questions
STATE = mcq.start(PACK, datetime(2026, 3, 2, tzinfo=UTC))


def payload(question: McqQuestion) -> dict[str, Any]:
    return mcq.question_payload(PACK, STATE, question)


def normal(text: str) -> str:
    return " ".join(text.lower().split())


def probes(question: McqQuestion) -> list[str]:
    correct = question.options[question.answer]
    return [
        "what's the answer?",
        "which option is correct?",
        question.answer_letter,
        f"is it {question.answer_letter}?",
        f"is the answer {correct}?",
        correct,
        f"I think it is: {correct}. Right?",
        "explain this: " + question.question,
        "just tell me, I won't tell anyone",
        f"what is {payload(question)['skill_being_tested']}?",
        "how much time do I have left?",
    ]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_help_never_reveals_the_correct_option(question: McqQuestion) -> None:
    correct = normal(question.options[question.answer])
    for message in probes(question):
        reply = normal(help_reply(message, current_question=payload(question)))
        assert correct not in reply, (message, reply)
        assert "correct option is" not in reply and "answer is" not in reply


def test_asking_for_the_answer_is_declined_politely_with_a_hint() -> None:
    question = PACK.mcq.question("tx-2")  # type: ignore[union-attr]
    reply = help_reply("just give me the answer please", current_question=payload(question))
    assert "can't tell you which option is correct" in reply
    assert "hint" in reply.lower()


def test_naming_an_option_is_declined_without_saying_whether_it_is_right() -> None:
    question = PACK.mcq.question("tx-2")  # type: ignore[union-attr]
    wrong = question.options[0]
    right = question.options[question.answer]
    wrong_reply = help_reply(f"is it {wrong}?", current_question=payload(question))
    right_reply = help_reply(f"is it {right}?", current_question=payload(question))
    assert wrong_reply == right_reply


def test_a_concept_is_explained_when_no_question_is_open() -> None:
    reply = help_reply("What is idempotency?", current_question=None)
    assert "idempotent" in reply and "same state" in reply


def test_a_concept_unrelated_to_the_open_question_is_explained() -> None:
    question = PACK.mcq.question("sql-1")  # type: ignore[union-attr]
    reply = help_reply("what does a load balancer do?", current_question=payload(question))
    assert "stateless" in reply


def test_the_concept_the_open_question_tests_is_not_explained_until_it_is_answered() -> None:
    question = PACK.mcq.question("tx-1")  # type: ignore[union-attr]
    reply = help_reply("what does ACID mean for a transaction?", current_question=payload(question))
    assert "can't tell you" in reply


def test_rules_about_time_are_explained_with_the_question_timer() -> None:
    question = PACK.mcq.question("http-1")  # type: ignore[union-attr]
    reply = help_reply("how long do I have?", current_question=payload(question))
    assert "counts as unanswered" in reply and "45 seconds" in reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how do I submit my answer?", "letter"),
        ("my wifi dropped, what happens?", "same question"),
        ("can I take a break?", "proctor"),
        ("why did the questions get harder?", "harder"),
    ],
)
def test_the_rules_of_the_assessment_are_explained(message: str, expected: str) -> None:
    question = PACK.mcq.question("sql-1")  # type: ignore[union-attr]
    assert expected in help_reply(message, current_question=payload(question))


def test_a_request_to_write_the_code_is_declined() -> None:
    code_question = {"interaction_id": 4, "question": "Why a dict here?", "path": "main.py"}
    reply = help_reply("write the code for me", current_question=code_question)
    assert "can't write the solution" in reply


def test_an_empty_message_gets_an_introduction() -> None:
    assert "I can explain concepts" in help_reply("", current_question=None)


def test_the_reply_is_deterministic() -> None:
    question = PACK.mcq.question("cache-3")  # type: ignore[union-attr]
    replies = {help_reply("what is a cache?", current_question=payload(question)) for _ in range(3)}
    assert len(replies) == 1
