"""`viva quiz`: a quiz taken in the terminal over a real socket to the real server."""

from __future__ import annotations

from tests.conftest import Api
from tests.support.assessments import ANSWERS, load_pack, short_pack, wrong


async def test_viva_quiz_takes_a_quiz_to_its_results(sqlite_api: Api) -> None:
    from viva.quiz import take_quiz

    await load_pack(sqlite_api, short_pack())
    said: list[str] = []
    prompts: list[str] = []
    asked: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        qid = next(line for line in reversed(said) if line.startswith("Which option is right"))
        qid = qid.split("for ")[1].rstrip("?")
        asked.append(qid)
        if len(asked) == 1:
            return "z"  # not a letter of the options: asked again, nothing sent
        right = len(asked) <= 4
        return ANSWERS[qid] if right else wrong(ANSWERS[qid])

    token = sqlite_api.token("proctor", name="taker")
    code = await take_quiz(str(sqlite_api.client.make_url("")), token, "short", ask,
                           said.append)
    assert code == 0, said
    text = "\n".join(said)
    assert "one letter, A to D" in text
    assert text.count("  right.") == 3 and text.count("  wrong (the answer was") == 2
    assert "Assessment completed: 3 of 5 correct (60%)." in text and "Score: " in text
    assert "Basics:" in text and "Follow-up:" in text
    assert prompts[0] == "your answer (A-D): "


async def test_viva_quiz_says_why_when_refused(sqlite_api: Api) -> None:
    from viva.quiz import take_quiz

    said: list[str] = []
    code = await take_quiz(str(sqlite_api.client.make_url("")), "not-a-token", "short",
                           lambda _p: "A", said.append)
    assert code == 1 and said[-1].startswith("viva quiz: the server closed the connection: ")
    assert "token" in said[-1]
